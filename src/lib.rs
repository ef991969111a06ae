//! The mailgun-help widget: Yew components over the pure `mailgun_help_core`.
//!
//! The page provides `<div id="mailgun-help">`; when it is missing (a host page forgot it) [`start`]
//! creates one at the end of `<body>` rather than rendering nothing. A page that loaded the embed
//! script (`<mailgun-help>` elements, see `embed`, built only with the `embed` feature) gets no
//! page-level widget: each element mounts its own.

pub mod app;
pub mod components;
#[cfg(feature = "embed")]
pub mod embed;
pub mod hooks;
pub mod panic_panel;
pub mod platform;
pub mod state;

/// Installs the panic panel and mounts the widget.
pub fn start() {
    #[cfg(feature = "embed")]
    if embed::is_embed_page() {
        return;
    }
    panic_panel::install();
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let root = match document.get_element_by_id("mailgun-help") {
        Some(el) => el,
        None => {
            let Ok(el) = document.create_element("div") else { return };
            el.set_id("mailgun-help");
            if let Some(body) = document.body() {
                let _ = body.append_child(&el);
            }
            el
        }
    };
    yew::Renderer::<app::App>::with_root(root).render();
    panic_panel::panic_if_asked();
}
