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

/// The nearest element matching `selector` around an event's target (the target itself or an
/// ancestor): how one listener on a group of controls learns which one was used.
pub fn closest(e: &web_sys::Event, selector: &str) -> Option<web_sys::Element> {
    use wasm_bindgen::JsCast;
    e.target()?.dyn_into::<web_sys::Element>().ok()?.closest(selector).ok()?
}

/// The number in attribute `attr` of the nearest element matching `selector` around an event's
/// target: how one listener on a list of markup buttons or options learns which one was used.
pub fn data_index(e: &web_sys::Event, selector: &str, attr: &str) -> Option<usize> {
    closest(e, selector)?.get_attribute(attr)?.parse().ok()
}
