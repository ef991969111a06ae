//! Copying text, from `file://` too: the async Clipboard API when the page may use it, else a hidden
//! textarea and `execCommand("copy")`, which works in more places (file://, older embeds). A quote
//! is copied rich: `text/plain` and `text/html` in one `ClipboardItem`, so it pastes as a table into
//! mail or a CRM; where the rich clipboard is refused it falls back to plain text.

use js_sys::{Array, Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// How a copy went.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Copied {
    /// Both flavours are on the clipboard.
    Rich,
    /// Only the plain text is.
    Plain,
    /// Nothing worked.
    Failed,
}

/// Copies `text` and `html` together; plain `text` alone where the rich clipboard is refused.
pub async fn copy_rich(text: String, html: String) -> Copied {
    if let Some(write) = write_item(&text, &html) {
        if JsFuture::from(write).await.is_ok() {
            return Copied::Rich;
        }
    }
    if copy(text).await {
        Copied::Plain
    } else {
        Copied::Failed
    }
}

/// `navigator.clipboard.write([new ClipboardItem({…})])`, or `None` where any part is missing or throws.
fn write_item(text: &str, html: &str) -> Option<js_sys::Promise> {
    let window = web_sys::window()?;
    if !window.is_secure_context() {
        return None;
    }
    let global = js_sys::global();
    let get =
        |o: &JsValue, k: &str| Reflect::get(o, &JsValue::from_str(k)).ok().and_then(|v| v.dyn_into::<Function>().ok());
    let (blob, item) = (get(&global, "Blob")?, get(&global, "ClipboardItem")?);
    let record = Object::new();
    for (kind, body) in [("text/plain", text), ("text/html", html)] {
        let options = Object::new();
        Reflect::set(&options, &JsValue::from_str("type"), &JsValue::from_str(kind)).ok()?;
        let b = Reflect::construct(&blob, &Array::of2(&Array::of1(&JsValue::from_str(body)), &options)).ok()?;
        Reflect::set(&record, &JsValue::from_str(kind), &b).ok()?;
    }
    let item = Reflect::construct(&item, &Array::of1(&record)).ok()?;
    let clip: JsValue = window.navigator().clipboard().into();
    get(&clip, "write")?.call1(&clip, &Array::of1(&item)).ok()?.dyn_into().ok()
}

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
