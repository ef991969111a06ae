//! Code in several languages behind tabs, each panel with its own copy button. A plain view: the
//! caller keeps which tab is selected (the request builder keeps it in its link). Every panel is in
//! the page, hidden unless selected, and says its language as `data-code-lang`.

use crate::components::copy_button::CopyButton;
use mailgun_help_core::i18n::{key, t};
use mailgun_help_core::lang::Lang;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// `codes` (`(id, label, code)`) as tabs; `selected` is an id (the first tab when unknown).
/// Left and Right arrows move between tabs, as the ARIA tabs pattern expects.
pub fn code_tabs(
    codes: &[(&'static str, &'static str, String)],
    selected: &str,
    on_select: Callback<String>,
    lang: Lang,
) -> Html {
    let current = codes.iter().position(|(id, _, _)| *id == selected).unwrap_or(0);
    let ids: Vec<&'static str> = codes.iter().map(|(id, _, _)| *id).collect();
    let onkeydown = {
        let (on_select, ids) = (on_select.clone(), ids.clone());
        Callback::from(move |e: KeyboardEvent| {
            let step: isize = match e.key().as_str() {
                "ArrowRight" => 1,
                "ArrowLeft" => -1,
                _ => return,
            };
            e.prevent_default();
            let next = (current as isize + step).rem_euclid(ids.len().max(1) as isize) as usize;
            if let Some(id) = ids.get(next) {
                on_select.emit(id.to_string());
                // Focus follows the selection (the tab that will be rendered selected).
                let list =
                    e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).and_then(|el| el.parent_element());
                if let Some(tab) = list.and_then(|l| l.children().item(next as u32)) {
                    if let Ok(tab) = tab.dyn_into::<web_sys::HtmlElement>() {
                        let _ = tab.focus();
                    }
                }
            }
        })
    };
    html! {
        <div class="mh-code-tabs">
            <div role="tablist" class="mh-tabs" aria-label={t(lang, key::SNIPPET_LANGUAGE)} onkeydown={onkeydown}>
                { for codes.iter().enumerate().map(|(i, (id, label, _))| {
                    let is = i == current;
                    let on_select = on_select.clone();
                    let id = id.to_string();
                    html! {
                        <button type="button" role="tab" id={format!("mh-code-tab-{id}")} aria-selected={is.to_string()}
                            aria-controls={format!("mh-code-{id}")} tabindex={if is { "0" } else { "-1" }}
                            class={classes!("mh-tab", is.then_some("is-active"))}
                            onclick={Callback::from(move |_| on_select.emit(id.clone()))}>{ *label }</button>
                    }
                }) }
            </div>
            { for codes.iter().enumerate().map(|(i, (id, _, code))| html! {
                <div role="tabpanel" id={format!("mh-code-{id}")} aria-labelledby={format!("mh-code-tab-{id}")}
                    hidden={i != current} class="mh-code-panel">
                    <CopyButton text={AttrValue::from(code.clone())} />
                    <pre tabindex="0"><code data-code-lang={*id}>{ code.clone() }</code></pre>
                </div>
            }) }
        </div>
    }
}
