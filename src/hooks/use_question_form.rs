//! The state and listeners of a question form, shared by the two forms that ask one: the Step-1
//! wizard (area radios, role chips, goal) and the ask view's form (question, area and role
//! selects). Both are markup with one set of listeners on the `<form>`; the controls say which part
//! of the draft they hold by their `name` (`mh-area`, `mh-role`, `mh-text`), so a radio and a select
//! need the same code. Submitting opens `#/ask` with the draft, so every answer has a link.

use crate::hooks::use_navigator;
use mailgun_help_core::kb::ids::{AreaId, RoleId};
use mailgun_help_core::lang::Lang;
use mailgun_help_core::route::{AskQuery, Route};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{HtmlFormElement, HtmlInputElement};
use yew::prelude::*;

/// What a question form holds. Kept outside render state: the form's own controls show it, and it
/// is read only to write the form again (a language switch) and on submit.
#[derive(Default)]
pub struct QuestionDraft {
    /// The area chosen, if any.
    pub area: Option<AreaId>,
    /// The role chosen, if any.
    pub role: Option<RoleId>,
    /// The question or goal as typed.
    pub text: String,
    /// The ask form: the link it last followed.
    pub from: Option<AskQuery>,
    /// The ask form: the markup last written, with its language.
    pub written: Option<(Lang, String)>,
}

impl QuestionDraft {
    /// True when the form already shows what `q` says (it was submitted from here).
    pub fn shows(&self, q: &AskQuery) -> bool {
        self.text.trim() == q.q.trim() && self.area == q.area && self.role == q.role
    }
}

/// A question form's draft and the listeners to put on its `<form>`.
pub struct QuestionForm {
    /// The draft.
    pub draft: Rc<RefCell<QuestionDraft>>,
    /// Records what a control says (`input` events: typing, radios and selects).
    pub oninput: Callback<InputEvent>,
    /// The same for `change` events (a select changed by a script or an older browser).
    pub onchange: Callback<Event>,
    /// Opens the answer.
    pub onsubmit: Callback<SubmitEvent>,
    /// Enter in the text area submits (Shift+Enter is a new line); Ctrl/Cmd+Enter anywhere in the
    /// form does too.
    pub onkeydown: Callback<KeyboardEvent>,
}

/// Records the value of the control an event came from.
fn record(draft: &RefCell<QuestionDraft>, e: &Event) {
    // Radios, selects and text areas all have `name` and `value`; reading them through one type
    // keeps a single copy of this code (the controls are ours, inside the form).
    let Some(el) = e.target().map(|t| t.unchecked_into::<HtmlInputElement>()) else { return };
    let mut d = draft.borrow_mut();
    match el.name().as_str() {
        "mh-area" => d.area = AreaId::parse(&el.value()),
        "mh-role" => d.role = RoleId::parse(&el.value()),
        "mh-text" => d.text = el.value(),
        _ => {}
    }
}

/// The draft and listeners of a question form.
#[hook]
pub fn use_question_form() -> QuestionForm {
    let draft = use_mut_ref(QuestionDraft::default);
    let nav = use_navigator();
    let oninput = {
        let draft = draft.clone();
        Callback::from(move |e: InputEvent| record(&draft, &e))
    };
    let onchange = {
        let draft = draft.clone();
        Callback::from(move |e: Event| record(&draft, &e))
    };
    let onsubmit = {
        let draft = draft.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let d = draft.borrow();
            let q = AskQuery { q: d.text.trim().to_string(), area: d.area, role: d.role, invalid: vec![] };
            if let Some(nav) = &nav {
                nav.push(Route::Ask(q));
            }
        })
    };
    // Enter asks, as in a chat box; Shift+Enter starts a new line. An Enter that confirms an input
    // method's candidate (Chinese pinyin) is the input method's, not a submit.
    let onkeydown = Callback::from(|e: KeyboardEvent| {
        let target = e.target().map(|t| t.unchecked_into::<web_sys::Element>());
        let in_text = target.as_ref().is_some_and(|t| t.tag_name().eq_ignore_ascii_case("textarea"));
        let plain = in_text && !e.shift_key() && !e.alt_key() && !e.is_composing();
        if e.key() == "Enter" && (plain || e.ctrl_key() || e.meta_key()) {
            let form = target.and_then(|t| t.closest("form").ok().flatten());
            if let Some(form) = form.and_then(|f| f.dyn_into::<HtmlFormElement>().ok()) {
                e.prevent_default();
                let _ = form.request_submit();
            }
        }
    });
    QuestionForm { draft, oninput, onchange, onsubmit, onkeydown }
}
