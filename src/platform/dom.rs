//! Small DOM helpers: the page URL, the hash, `<html>` attributes, timing.

use mailgun_help_core::route::parse_query;

/// The page's `?query` parameters (not the hash's).
pub fn page_params() -> Vec<(String, String)> {
    let search = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
    parse_query(search.trim_start_matches('?'))
}

/// The current location hash, including `#`, or empty.
pub fn hash() -> String {
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// Sets the location hash (adds a history entry, fires `hashchange`).
pub fn set_hash(hash: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(hash);
    }
}

/// The browser's preferred languages, most preferred first.
pub fn browser_languages() -> Vec<String> {
    let Some(nav) = web_sys::window().map(|w| w.navigator()) else { return Vec::new() };
    let mut out: Vec<String> = nav.languages().iter().filter_map(|v| v.as_string()).collect();
    if let Some(l) = nav.language() {
        out.push(l);
    }
    out
}

/// Sets an attribute on `<html>`.
pub fn set_root_attr(name: &str, value: &str) {
    if let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = el.set_attribute(name, value);
    }
}

/// Milliseconds since navigation start.
pub fn now_ms() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map(|p| p.now()).unwrap_or(0.0)
}

/// Opens the browser's print dialog (the print stylesheet shows only the quote); false when refused.
pub fn print() -> bool {
    web_sys::window().is_some_and(|w| w.print().is_ok())
}

/// Milliseconds since the Unix epoch (UTC), from the browser clock.
pub fn epoch_ms() -> f64 {
    js_sys::Date::now()
}

/// Minutes east of UTC of the reader's time zone at the local date-time `local`
/// (`YYYY-MM-DDTHH:MM`, as a date-time picker gives it); now's offset when it is not a date.
pub fn offset_minutes_at(local: &str) -> i32 {
    let at = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(local));
    let minutes_west = at.get_timezone_offset();
    let minutes_west = if minutes_west.is_nan() { js_sys::Date::new_0().get_timezone_offset() } else { minutes_west };
    -(minutes_west as i32)
}

/// `n` random lower-case hex digits from the browser's `crypto.getRandomValues` (available on
/// `http://` and `file://` pages too); `None` when the browser has no `crypto`.
pub fn random_hex(n: usize) -> Option<String> {
    let crypto = web_sys::window()?.crypto().ok()?;
    let mut bytes = vec![0u8; n.div_ceil(2)];
    crypto.get_random_values_with_u8_array(&mut bytes).ok()?;
    let mut out = mailgun_help_core::tools::signature::hex(&bytes);
    out.truncate(n);
    Some(out)
}

/// Names the page after the view's heading: "<heading> — <app name>", or the app name alone when
/// the main region holds no heading. The heading is echoed from the page, so it is cut to 80 chars.
pub fn title_after_heading(app: &web_sys::Element, app_name: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let heading = app.query_selector(".mh-main h1").ok().flatten().and_then(|h| h.text_content()).unwrap_or_default();
    let heading: String = heading.split_whitespace().collect::<Vec<_>>().join(" ").chars().take(80).collect();
    if heading.is_empty() || heading == app_name {
        doc.set_title(app_name);
    } else {
        doc.set_title(&format!("{heading} — {app_name}"));
    }
}

/// After a link inside the widget opened another view: when focus fell back to the page (the link
/// was replaced with the view), put it on the new view's heading (or the main region), so keyboard
/// and screen-reader users keep their place and an embed's dialog keeps focus inside it.
pub fn focus_view_if_lost(app: &web_sys::Element) {
    focus_if_lost(app, &[".mh-main h1", ".mh-main"]);
}

/// When focus fell back to the page (the focused element was replaced), focuses the first element
/// in `scope` that matches one of `selectors`, in order. Headings and regions are made focusable
/// from script (`tabindex="-1"`) first; controls keep their place in the tab order.
pub fn focus_if_lost(scope: &web_sys::Element, selectors: &[&str]) {
    use wasm_bindgen::JsCast;
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let lost = match (doc.active_element(), doc.body()) {
        (None, _) => true,
        (Some(active), Some(body)) => active.is_same_node(Some(&body)),
        (Some(_), None) => false,
    };
    if !lost {
        return;
    }
    let found = selectors.iter().find_map(|s| scope.query_selector(s).ok().flatten());
    if let Some(el) = found.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) {
        if el.tab_index() < 0 && !el.has_attribute("tabindex") {
            let _ = el.set_attribute("tabindex", "-1");
        }
        let _ = el.focus();
    }
}

/// Longest wait, in checks a frame apart, for a re-render to replace a pressed control.
const REFOCUS_TRIES: u32 = 10;

/// Once a re-render has replaced `pressed` (focus fell to the page), focuses the first element in
/// `scope` matching one of `selectors` (the control now in its place, or a heading). The render may
/// come a frame or more after the event, so this checks again each frame until `pressed` is gone,
/// for at most [`REFOCUS_TRIES`] frames; if it is never replaced, focus never moved.
pub fn refocus_after_render(scope: web_sys::Element, pressed: Option<web_sys::Element>, selectors: Vec<String>) {
    fn check(scope: web_sys::Element, pressed: Option<web_sys::Element>, selectors: Vec<String>, tries: u32) {
        crate::platform::timer::after(if tries == 0 { 0 } else { 16 }, move || {
            if pressed.as_ref().is_none_or(|p| !p.is_connected()) {
                let list: Vec<&str> = selectors.iter().map(String::as_str).collect();
                focus_if_lost(&scope, &list);
            } else if tries < REFOCUS_TRIES {
                check(scope, pressed, selectors, tries + 1);
            }
        })
        .forget();
    }
    check(scope, pressed, selectors, 0);
}

/// Writes each field's problem into the empty slot under it (`[data-slot="<name>"]` inside
/// `scope`, as `core::tools::view::field` writes it) and clears the others: the slot's text, its
/// `data-error` and `hidden`, the control's `aria-invalid` and `aria-describedby`, and the
/// field's `is-invalid` class.
pub fn show_field_errors(scope: &web_sys::Element, errors: &[(String, String)]) {
    let Ok(slots) = scope.query_selector_all("[data-slot]") else { return };
    for i in 0..slots.length() {
        let Some(slot) = slots.item(i).and_then(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok()) else {
            continue;
        };
        let name = slot.get_attribute("data-slot").unwrap_or_default();
        let message = errors.iter().find(|(n, _)| *n == name).map(|(_, m)| m.as_str());
        let shown = slot.get_attribute("data-error").is_some();
        if message.is_none() && !shown {
            continue;
        }
        let control = scope.query_selector(&format!("[name=\"{name}\"]")).ok().flatten();
        let field = slot.parent_element();
        match message {
            Some(m) => {
                if slot.text_content().as_deref() != Some(m) {
                    slot.set_text_content(Some(m));
                }
                let _ = slot.set_attribute("data-error", &name);
                let _ = slot.remove_attribute("hidden");
                if let Some(c) = &control {
                    let _ = c.set_attribute("aria-invalid", "true");
                    let hint = c.get_attribute("aria-describedby").unwrap_or_default();
                    if !hint.contains(&slot.id()) {
                        let _ = c.set_attribute("aria-describedby", format!("{} {hint}", slot.id()).trim());
                    }
                }
                if let Some(f) = &field {
                    let _ = f.class_list().add_1("is-invalid");
                }
            }
            None => {
                slot.set_text_content(None);
                let _ = slot.remove_attribute("data-error");
                let _ = slot.set_attribute("hidden", "");
                if let Some(c) = &control {
                    let _ = c.remove_attribute("aria-invalid");
                    let hint = c.get_attribute("aria-describedby").unwrap_or_default().replace(&slot.id(), "");
                    let hint = hint.trim();
                    if hint.is_empty() {
                        let _ = c.remove_attribute("aria-describedby");
                    } else {
                        let _ = c.set_attribute("aria-describedby", hint);
                    }
                }
                if let Some(f) = &field {
                    let _ = f.class_list().remove_1("is-invalid");
                }
            }
        }
    }
}

/// Handles a click on a markup copy button (`data-copy` holds the text): copies the text, then
/// marks the button `data-copied="true"` and writes the outcome in its status line (`done` or
/// `failed`). `true` when the click was on such a button.
pub fn copy_from_button(e: &web_sys::Event, done: &'static str, failed: &'static str) -> bool {
    use wasm_bindgen::JsCast;
    let Some(button) = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|t| t.closest("[data-copy]").ok().flatten())
    else {
        return false;
    };
    let text = button.get_attribute("data-copy").unwrap_or_default();
    wasm_bindgen_futures::spawn_local(async move {
        let ok = crate::platform::clipboard::copy(text).await;
        if ok {
            let _ = button.set_attribute("data-copied", "true");
        }
        if let Some(status) = button.next_element_sibling() {
            status.set_text_content(Some(if ok { done } else { failed }));
        }
    });
    true
}

/// The nearest element matching `selector` around an event's target (the target itself or an
/// ancestor): how one listener on a group of controls learns which one was used.
pub fn closest(e: &web_sys::Event, selector: &str) -> Option<web_sys::Element> {
    use wasm_bindgen::JsCast;
    e.target()?.dyn_into::<web_sys::Element>().ok()?.closest(selector).ok()?
}

/// The number in attribute `attr` of the nearest element matching `selector` around an event's
/// target: how one listener on a list of markup buttons or options learns which one was used.
pub fn data_index(e: &web_sys::Event, selector: &str, attr: &str) -> Option<usize> {
    mailgun_help_core::text::parse_index(&closest(e, selector)?.get_attribute(attr)?)
}
