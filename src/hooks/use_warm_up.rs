//! Builds the question-understanding model in the background shortly after the first render, so
//! the first question a reader asks is answered at once instead of paying the model build (tens
//! of milliseconds in the browser) on the keystroke that submits it.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// How long after the first render the warm-up runs (after the page is ready and painted).
const DELAY_MS: i32 = 300;

/// Schedules the ask model build once, after the first render.
#[hook]
pub fn use_warm_up() {
    use_effect_with((), |_| {
        if let Some(window) = web_sys::window() {
            let task = Closure::once_into_js(|| {
                let _ = mailgun_help_core::ask::engine();
            });
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(task.unchecked_ref(), DELAY_MS);
        }
    });
}
