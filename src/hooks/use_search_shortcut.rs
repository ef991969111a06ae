//! The standalone page's search shortcut: Ctrl/Cmd-K anywhere, and "/" when the reader is not
//! typing in a field. Embeds do not use it: a host page's document is not the widget's, so the
//! `<mailgun-help>` element listens itself, as its `shortcut` attribute says.
//!
//! Rebind it with `data-search-key` on the mount element (or any ancestor element on the page):
//! a letter for Ctrl/Cmd-<letter> (default `k`), or `none` to turn both shortcuts off.

use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent};
use yew::prelude::*;

/// The configured letter, `None` when shortcuts are off.
fn bound_key() -> Option<String> {
    let doc = web_sys::window()?.document()?;
    let attr = doc.query_selector("[data-search-key]").ok().flatten().and_then(|e| e.get_attribute("data-search-key"));
    match attr.map(|a| mailgun_help_core::case::lower(a.trim())) {
        Some(a) if a == "none" => None,
        Some(a) if a.chars().count() == 1 => Some(a),
        _ => Some("k".to_string()),
    }
}

/// True when the key was typed into a place that takes text. Uses the event's composed path, so a
/// field inside a shadow root counts too (there `document.activeElement` is only the host).
fn typing_elsewhere(e: &KeyboardEvent) -> bool {
    let target = e.composed_path().get(0).dyn_into::<Element>().ok();
    let Some(el) = target.or_else(|| web_sys::window()?.document()?.active_element()) else {
        return false;
    };
    let tag = el.tag_name().to_ascii_lowercase();
    matches!(tag.as_str(), "input" | "textarea" | "select")
        || el.dyn_ref::<HtmlElement>().map(|h| h.is_content_editable()).unwrap_or(false)
}

/// Focuses (and selects) the element behind `input` when the shortcut is pressed; listens only
/// when `enabled`.
#[hook]
pub fn use_search_shortcut(input: NodeRef, enabled: bool) {
    use_effect_with((), move |_| {
        let key = if enabled { bound_key() } else { None };
        let on_key = move |e: &Event| {
            let Some(e) = e.dyn_ref::<KeyboardEvent>() else { return };
            let Some(key) = key.as_deref() else { return };
            let pressed = mailgun_help_core::case::lower(&e.key());
            let combo = (e.ctrl_key() || e.meta_key()) && !e.alt_key() && pressed == key;
            let slash = pressed == "/" && !e.ctrl_key() && !e.meta_key() && !e.alt_key() && !typing_elsewhere(e);
            if combo || slash {
                if let Some(el) = input.cast::<web_sys::HtmlInputElement>() {
                    e.prevent_default();
                    let _ = el.focus();
                    el.select();
                }
            }
        };
        // Removed when dropped, at the component's end.
        let doc = if enabled { web_sys::window().and_then(|w| w.document()) } else { None };
        // Not passive: the shortcut's key must not also type into the page.
        let options = EventListenerOptions::enable_prevent_default();
        let listener = doc.map(|d| EventListener::new_with_options(&d, "keydown", options, on_key));
        move || drop(listener)
    });
}
