//! One-shot timers (`setTimeout`), for work that should wait until the reader pauses.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Runs `f` once after `ms` milliseconds; the handle cancels it. `None` when there is no window
/// (then `f` never runs).
pub fn after(ms: i32, f: impl FnOnce() + 'static) -> Option<i32> {
    let window = web_sys::window()?;
    let task = Closure::once_into_js(f);
    window.set_timeout_with_callback_and_timeout_and_arguments_0(task.unchecked_ref(), ms).ok()
}

/// Cancels a timer from [`after`] (nothing happens if it already ran).
pub fn cancel(handle: i32) {
    if let Some(window) = web_sys::window() {
        window.clear_timeout_with_handle(handle);
    }
}
