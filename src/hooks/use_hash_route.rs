//! Follows `location.hash`: calls back with the new hash whenever it changes, so links (`<a href="#/…">`),
//! the back button and typed URLs all drive navigation the same way.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Calls `on_change` with the new hash on every `hashchange` event, for the component's lifetime.
#[hook]
pub fn use_hash_change(on_change: Callback<String>) {
    use_effect_with((), move |_| {
        let listener = Closure::<dyn Fn()>::new(move || on_change.emit(crate::platform::dom::hash()));
        let window = web_sys::window();
        if let Some(w) = &window {
            let _ = w.add_event_listener_with_callback("hashchange", listener.as_ref().unchecked_ref());
        }
        move || {
            if let Some(w) = &window {
                let _ = w.remove_event_listener_with_callback("hashchange", listener.as_ref().unchecked_ref());
            }
            drop(listener);
        }
    });
}
