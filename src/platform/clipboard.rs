//! Copying text, from `file://` too: the async Clipboard API when the page may use it, else a hidden
//! textarea and `execCommand("copy")`, which works in more places (file://, older embeds).

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Copies `text`; resolves to true when some method succeeded.
pub async fn copy(text: String) -> bool {
    if let Some(clip) = web_sys::window().map(|w| w.navigator().clipboard()) {
        let is_secure = web_sys::window().map(|w| w.is_secure_context()).unwrap_or(false);
        if is_secure && JsFuture::from(clip.write_text(&text)).await.is_ok() {
            return true;
        }
    }
    copy_with_textarea(&text)
}

fn copy_with_textarea(text: &str) -> bool {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return false };
    let Some(body) = doc.body() else { return false };
    let Ok(el) = doc.create_element("textarea") else { return false };
    let Ok(area) = el.dyn_into::<web_sys::HtmlTextAreaElement>() else { return false };
    area.set_value(text);
    let _ = area.set_attribute("readonly", "");
    // Through the CSSOM, not a `style` attribute, which a strict CSP (embeds) reports as a violation.
    let style = area.style();
    for (k, v) in [("position", "fixed"), ("top", "0"), ("left", "0"), ("opacity", "0")] {
        let _ = style.set_property(k, v);
    }
    if body.append_child(&area).is_err() {
        return false;
    }
    area.select();
    let ok = doc.dyn_ref::<web_sys::HtmlDocument>().and_then(|d| d.exec_command("copy").ok()).unwrap_or(false);
    area.remove();
    ok
}
