//! Follows `location.hash`: calls back with the new hash whenever it changes, so links (`<a href="#/…">`),
//! the back button and typed URLs all drive navigation the same way.

use gloo_events::EventListener;
use yew::prelude::*;

/// Calls `on_change` with the new hash on every `hashchange` event, for the component's lifetime.
#[hook]
pub fn use_hash_change(on_change: Callback<String>) {
    use_effect_with((), move |_| {
        // Removed when dropped, at the component's end.
        let listener = web_sys::window()
            .map(|w| EventListener::new(&w, "hashchange", move |_| on_change.emit(crate::platform::dom::hash())));
        move || drop(listener)
    });
}
