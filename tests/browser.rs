//! Component tests in headless Chromium (wasm-bindgen-test): the app shell mounts, becomes ready,
//! switches language in place, follows hash routes, and the snippet region switch rewrites URLs.
#![cfg(target_arch = "wasm32")]

use mailgun_help::app::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

async fn tick(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = JsFuture::from(promise).await;
}

fn document() -> web_sys::Document {
    web_sys::window().and_then(|w| w.document()).expect("a browser document")
}

/// Mounts a fresh App in its own element and waits for it to render.
async fn mount(hash: &str) -> Element {
    let _ = web_sys::window().expect("window").location().set_hash(hash);
    tick(10).await;
    let root = document().create_element("div").expect("div");
    document().body().expect("body").append_child(&root).expect("append");
    yew::Renderer::<App>::with_root(root.clone()).render();
    tick(50).await;
    root
}

fn query(root: &Element, selector: &str) -> Option<Element> {
    root.query_selector(selector).ok().flatten()
}

fn click(root: &Element, selector: &str) {
    let el = query(root, selector).unwrap_or_else(|| panic!("no element {selector}"));
    el.dyn_into::<HtmlElement>().expect("html element").click();
}

#[wasm_bindgen_test]
async fn app_renders_header_and_step_one_choices_and_sets_ready() {
    let root = mount("#/").await;
    assert_eq!(document().document_element().and_then(|e| e.get_attribute("data-ready")).as_deref(), Some("true"));
    assert!(query(&root, "header").is_some());
    let areas = root.query_selector_all("[data-view=home] [data-area]").expect("query").length();
    let roles = root.query_selector_all("[data-view=home] [data-role]").expect("query").length();
    assert_eq!((areas, roles), (13, 6));
    root.remove();
}

#[wasm_bindgen_test]
async fn language_toggle_switches_in_place_and_sets_html_lang() {
    let root = mount("#/area/smtp").await;
    let before = document().document_element().and_then(|e| e.get_attribute("lang")).unwrap_or_default();
    click(&root, "[data-testid=lang-toggle]");
    tick(30).await;
    let after = document().document_element().and_then(|e| e.get_attribute("lang")).unwrap_or_default();
    assert_ne!(before, after);
    assert!(query(&root, "[data-view=area][data-area=smtp]").is_some(), "route lost on language switch");
    click(&root, "[data-testid=lang-toggle]");
    tick(30).await;
    root.remove();
}

#[wasm_bindgen_test]
async fn hash_change_navigates_and_unknown_route_is_not_found() {
    let root = mount("#/browse").await;
    assert!(query(&root, "[data-view=browse]").is_some());
    let _ = web_sys::window().expect("window").location().set_hash("#/nowhere");
    tick(50).await;
    assert!(query(&root, "[data-view=not-found] a[href='#/']").is_some());
    root.remove();
}

#[wasm_bindgen_test]
async fn region_switch_rewrites_snippet_base_urls() {
    let root = mount("#/area/email-api").await;
    let code = |root: &Element| query(root, ".mh-snippet code").and_then(|e| e.text_content()).unwrap_or_default();
    assert!(code(&root).contains("https://api.mailgun.net"), "US by default: {}", code(&root));
    click(&root, ".mh-snippet [data-region=EU]");
    tick(30).await;
    assert!(code(&root).contains("https://api.eu.mailgun.net"), "EU after switch: {}", code(&root));
    click(&root, ".mh-snippet [data-region=US]");
    tick(30).await;
    root.remove();
}

#[wasm_bindgen_test]
async fn copy_button_gives_visible_feedback() {
    let root = mount("#/area/email-api").await;
    click(&root, ".mh-snippet .mh-copy button");
    tick(100).await;
    let status = query(&root, ".mh-snippet .mh-copy-status").and_then(|e| e.text_content()).unwrap_or_default();
    assert!(!status.trim().is_empty(), "no feedback after copy");
    root.remove();
}
