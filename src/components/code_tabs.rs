//! Code in several languages behind tabs, each panel with its own copy button, written as markup
//! (`mailgun_help_core::tools::view::code_tabs`) with one set of listeners: a click on a tab
//! selects it, Left and Right arrows move between tabs (the ARIA tabs pattern), a click on a copy
//! button copies its panel. The caller keeps which tab is selected.

use crate::components::raw;
use crate::platform::dom;
use mailgun_help_core::i18n::{key, t};
use mailgun_help_core::lang::Lang;
use mailgun_help_core::markup::Markup;
use mailgun_help_core::tools::view;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// `codes` (`(id, label, code)`) as tabs; `selected` is an id (the first tab when unknown).
pub fn code_tabs(
    codes: &[(&'static str, &'static str, String)],
    selected: &str,
    on_select: Callback<String>,
    lang: Lang,
) -> Html {
    let mut m = Markup::new();
    view::code_tabs(&mut m, codes, selected, lang);
    let current = codes.iter().position(|(id, _, _)| *id == selected).unwrap_or(0);
    let ids: Vec<&'static str> = codes.iter().map(|(id, _, _)| *id).collect();
    // The markup is written again with the new tab selected: focus goes to that tab.
    let select = move |e: &Event, id: String| {
        if let (Some(scope), Some(pressed)) = (
            e.current_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()),
            e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()),
        ) {
            dom::refocus_after_render(scope, Some(pressed), vec![format!("#mh-code-tab-{id}")]);
        }
        on_select.emit(id);
    };
    let onclick = {
        let select = select.clone();
        Callback::from(move |e: MouseEvent| {
            if dom::copy_from_button(&e, t(lang, key::COPY_DONE), t(lang, key::COPY_FAILED)) {
                return;
            }
            let tab = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|t| t.closest("[data-tab]").ok().flatten());
            if let Some(id) = tab.and_then(|t| t.get_attribute("data-tab")) {
                select(&e, id);
            }
        })
    };
    let onkeydown = Callback::from(move |e: KeyboardEvent| {
        let step: isize = match e.key().as_str() {
            "ArrowRight" => 1,
            "ArrowLeft" => -1,
            _ => return,
        };
        let on_tab =
            e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).is_some_and(|t| t.has_attribute("data-tab"));
        if !on_tab || ids.is_empty() {
            return;
        }
        e.prevent_default();
        let next = (current as isize + step).rem_euclid(ids.len() as isize) as usize;
        select(&e, ids[next].to_string());
    });
    html! { <div class="mh-code" {onclick} {onkeydown}>{ raw(m) }</div> }
}
