//! `localStorage`, which may be missing or throw (file:// in some browsers, privacy modes,
//! sandboxed iframes). Reads fall back to `None`; writes report failure and are otherwise ignored.
//! Storage is shared with the host page (and anyone with devtools), so every read is bounded: a
//! value longer than the widget ever writes under that key is treated as missing.

/// The storage key prefix, so the widget never collides with a host page's keys.
const PREFIX: &str = "mailgun-help.";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Saves `value` under `key`; returns false when storage is unavailable or full.
pub fn set(key: &str, value: &str) -> bool {
    storage().map(|s| s.set_item(&format!("{PREFIX}{key}"), value).is_ok()).unwrap_or(false)
}

/// Removes `key` (nothing happens when storage is unavailable).
pub fn remove(key: &str) {
    if let Some(s) = storage() {
        let _ = s.remove_item(&format!("{PREFIX}{key}"));
    }
}

/// True when values can be saved here: storage exists and accepts a write (a probe, removed again).
pub fn available() -> bool {
    let key = "probe";
    let ok = set(key, "1");
    remove(key);
    ok
}

/// The saved value of `key` when it is at most `max` characters (UTF-16 units) long; `None` for
/// anything longer (a value the widget never writes there), as for a missing one.
pub fn get_bounded(key: &str, max: usize) -> Option<String> {
    let storage = storage()?;
    let full = format!("{PREFIX}{key}");
    // Read the length on the JS side first, so a huge value is never copied into the wasm.
    let value = js_sys::Reflect::get(&storage, &wasm_bindgen::JsValue::from_str(&full)).ok()?;
    let text = wasm_bindgen::JsCast::dyn_ref::<js_sys::JsString>(&value)?;
    if text.length() as usize > max {
        return None;
    }
    text.as_string()
}
