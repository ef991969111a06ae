//! The page URL for shareable links, and rewriting the address (a hash, a language switch) without
//! a history entry.

/// The page URL up to (not including) `#`, keeping `?lang=` and any other page query.
pub fn page_base() -> String {
    let href = href();
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

/// The page's whole address, `""` when the browser will not say.
pub fn href() -> String {
    web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default()
}

/// Replaces the current history entry's address with `url` (same document, no `hashchange`);
/// false when the browser refuses.
pub fn replace_url(url: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.history().ok())
        .is_some_and(|h| h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url)).is_ok())
}

/// Replaces the current history entry's hash with `hash` (starting with `#`), without adding an
/// entry or firing `hashchange`. Returns false when the browser refuses (sandboxed frames, odd
/// `file://` policies); the caller keeps working either way.
pub fn replace_hash(hash: &str) -> bool {
    let Some(window) = web_sys::window() else { return false };
    if window.location().hash().ok().as_deref() == Some(hash) {
        return true;
    }
    replace_url(&format!("{}{hash}", page_base()))
}
