//! The page URL for shareable links, and rewriting the hash without a history entry.

/// The page URL up to (not including) `#`, keeping `?lang=` and any other page query.
pub fn page_base() -> String {
    let href = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
    match href.split_once('#') {
        Some((base, _)) => base.to_string(),
        None => href,
    }
}

/// The ASCII (punycode) form of an internationalised host name (`bücher.example` →
/// `xn--bcher-kva.example`), as the browser's URL parser writes it; `None` when it refuses the
/// name. Callers pass a name already bounded in length.
pub fn ascii_host(name: &str) -> Option<String> {
    web_sys::Url::new(&format!("http://{}/", name.trim())).ok().map(|u| u.hostname())
}

/// Replaces the current history entry's hash with `hash` (starting with `#`), without adding an
/// entry or firing `hashchange`. Returns false when the browser refuses (sandboxed frames, odd
/// `file://` policies); the caller keeps working either way.
pub fn replace_hash(hash: &str) -> bool {
    let Some(window) = web_sys::window() else { return false };
    if window.location().hash().ok().as_deref() == Some(hash) {
        return true;
    }
    let Ok(history) = window.history() else { return false };
    let url = format!("{}{hash}", page_base());
    history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url)).is_ok()
}
