//! The smallest Yew app that marks itself ready the way the widget does (`data-ready-ms` on
//! `<html>` after the first render), to time against an empty page.

use yew::prelude::*;

#[function_component]
fn App() -> Html {
    let count = use_state(|| 0u32);
    use_effect_with((), |_| {
        let window = web_sys::window();
        let now = window.as_ref().and_then(|w| w.performance()).map(|p| p.now()).unwrap_or(f64::NAN);
        if let Some(root) = window.and_then(|w| w.document()).and_then(|d| d.document_element()) {
            let _ = root.set_attribute("data-ready-ms", &now.to_string());
            let _ = root.set_attribute("data-ready", "true");
        }
    });
    let onclick = {
        let count = count.clone();
        Callback::from(move |_| count.set(*count + 1))
    };
    html! { <div><button {onclick}>{ "+1" }</button><p>{ *count }</p></div> }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
