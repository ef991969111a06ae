//! The state of a developer tool's form: its inputs are the tool's link. Every control says which
//! query key it holds by its `name`; one `input` listener on the `<form>` records any of them, and
//! the page address follows (without a history entry), so the link restores the tool as it is.
//! Controls named `secret-…` (the webhook signing key) are never recorded here: the tool keeps them
//! in its own state, out of the address.

use crate::hooks::{use_navigator, Navigator};
use mailgun_help_core::route::{Route, ToolPage};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Longest value kept for one key (a pasted payload is the largest thing a tool holds).
pub const MAX_PARAM_CHARS: usize = 20_000;

/// A tool form's values and its listener.
#[derive(Clone)]
pub struct ToolForm {
    /// The query pairs the form holds, in the order first set.
    pub params: UseStateHandle<Vec<(String, String)>>,
    /// Put on the `<form>` as `oninput` (and `onchange`, through [`ToolForm::onchange`]).
    pub oninput: Callback<InputEvent>,
    /// The same for `change` events (selects and checkboxes in some browsers).
    pub onchange: Callback<Event>,
    /// The tool's secret (the webhook signing key): component state only, never in the address.
    pub secret: UseStateHandle<String>,
    /// Counts changes made by a button rather than typed (a route added, a test payload made):
    /// the form's markup is written again when it changes, so it shows them.
    pub revision: UseStateHandle<u32>,
    /// Which tool (its link's path).
    page: ToolPage,
    /// Where the address is kept (none outside an app).
    nav: Option<Navigator>,
    /// The values the address last showed.
    shown: Rc<RefCell<Vec<(String, String)>>>,
}

impl ToolForm {
    /// The value of `key` ("" when unset).
    pub fn get(&self, key: &str) -> String {
        mailgun_help_core::route::param(&self.params, key).to_string()
    }

    /// After a render: makes the address show the values when they changed, without a history
    /// entry per keystroke, so the link restores the tool as it is.
    pub fn sync_address(&self) {
        if *self.shown.borrow() == *self.params {
            return;
        }
        self.shown.replace((*self.params).clone());
        if let Some(nav) = &self.nav {
            nav.replace(&Route::Tools(self.page, (*self.params).clone()).to_hash());
        }
    }

    /// Replaces every value at once, from a button: the form is written again to show them.
    pub fn replace(&self, params: Vec<(String, String)>) {
        self.params.set(params);
        self.revision.set(self.revision.wrapping_add(1));
    }
}

/// `params` with `key` set to `value` (removed when empty), cut to [`MAX_PARAM_CHARS`].
pub fn with_param(params: &[(String, String)], key: &str, value: &str) -> Vec<(String, String)> {
    mailgun_help_core::route::set_param(params, key, value, MAX_PARAM_CHARS)
}

fn record(params: &UseStateHandle<Vec<(String, String)>>, secret: &UseStateHandle<String>, e: &Event) {
    // Inputs, text areas and selects all have `name` and `value`; one type reads them all.
    let Some(el) = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
    let name = el.get_attribute("name").unwrap_or_default();
    let input = el.unchecked_into::<HtmlInputElement>();
    if name.starts_with("secret-") {
        secret.set(input.value().chars().take(MAX_PARAM_CHARS).collect());
        return;
    }
    if name.is_empty() {
        return;
    }
    let value = if input.type_() == "checkbox" {
        if input.checked() {
            "1".to_string()
        } else {
            String::new()
        }
    } else {
        input.value()
    };
    params.set(with_param(params, &name, &value));
}

/// The form state of tool `page`, starting from the link's `initial` query.
#[hook]
pub fn use_tool_form(page: ToolPage, initial: &[(String, String)]) -> ToolForm {
    let initial = initial.to_vec();
    let shown = use_mut_ref(|| initial.clone());
    let params = use_state(move || initial);
    let nav = use_navigator();
    let secret = use_state(String::new);
    let oninput = {
        let (params, secret) = (params.clone(), secret.clone());
        Callback::from(move |e: InputEvent| record(&params, &secret, &e))
    };
    let onchange = {
        let (params, secret) = (params.clone(), secret.clone());
        Callback::from(move |e: Event| record(&params, &secret, &e))
    };
    let revision = use_state(|| 0u32);
    ToolForm { params, oninput, onchange, secret, revision, page, nav, shown }
}
