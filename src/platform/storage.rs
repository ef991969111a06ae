//! `localStorage`, which may be missing or throw (file:// in some browsers, privacy modes,
//! sandboxed iframes). Reads fall back to `None`; writes report failure and are otherwise ignored.

/// The storage key prefix, so the widget never collides with a host page's keys.
const PREFIX: &str = "mailgun-help.";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The saved value of `key`, or `None` when unset or storage is unavailable.
pub fn get(key: &str) -> Option<String> {
    storage()?.get_item(&format!("{PREFIX}{key}")).ok().flatten()
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
