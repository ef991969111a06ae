//! A panic never leaves a blank page: the hook replaces the widget with a small bilingual panel that
//! says what happened and how to recover, and logs the details to the console for a bug report.

use wasm_bindgen::JsValue;

const PANEL: &str = r#"<div class="mh-panic" role="alert" data-error="panic">
<strong>Something went wrong in Mailgun Help.</strong> Reload the page to start again.<br>
<strong>Mailgun Help 出现了错误。</strong>请刷新页面重新开始。
</div>"#;

/// Installs the panic hook.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&JsValue::from_str(&format!("mailgun-help panicked: {info}")));
        let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
        if let Some(root) = document.get_element_by_id("mailgun-help") {
            root.set_inner_html(PANEL);
        } else if let Some(body) = document.body() {
            let _ = body.insert_adjacent_html("beforeend", PANEL);
        }
    }));
}
