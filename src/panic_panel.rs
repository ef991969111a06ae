//! A panic never leaves a blank page: the hook replaces the widget with a small bilingual panel that
//! says what happened and how to recover, and logs the details to the console for a bug report.

use wasm_bindgen::JsValue;

/// The panel's markup (also used by embeds).
pub(crate) const PANEL: &str = r#"<div class="mh-panic" role="alert" data-error="panic">
<strong>Something went wrong in Mailgun Help.</strong> Reload the page to start again.<br>
<strong>Mailgun Help 出现了错误。</strong>请刷新页面重新开始。
</div>"#;

/// Installs the panic hook. It goes through `yew::set_custom_panic_hook`: a plain
/// `std::panic::set_hook` would be replaced by Yew's console-only hook when the app renders.
pub fn install() {
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&JsValue::from_str(&format!("mailgun-help panicked: {info}")));
        let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
        if let Some(root) = document.get_element_by_id("mailgun-help") {
            root.set_inner_html(PANEL);
        } else if let Some(body) = document.body() {
            let _ = body.insert_adjacent_html("beforeend", PANEL);
        }
    }));
}

/// The page parameter that makes the standalone page panic right after its first render, so the
/// end-to-end suite can prove the panel appears (`index.html?mh-test-panic=1`). It only ever shows
/// the panel, which is what any real panic would do.
pub const TEST_PANIC_PARAM: &str = "mh-test-panic";

/// Panics on the next tick when the page URL asks for it with [`TEST_PANIC_PARAM`].
pub fn panic_if_asked() {
    if !crate::platform::dom::page_params().iter().any(|(k, _)| k == TEST_PANIC_PARAM) {
        return;
    }
    let Some(window) = web_sys::window() else { return };
    let trigger = wasm_bindgen::closure::Closure::once_into_js(|| -> () {
        panic!("panic requested by ?{TEST_PANIC_PARAM}");
    });
    let _ =
        window.set_timeout_with_callback_and_timeout_and_arguments_0(wasm_bindgen::JsCast::unchecked_ref(&trigger), 0);
}
