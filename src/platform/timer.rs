//! One-shot timers (`setTimeout`), for work that should wait until the reader pauses: gloo's
//! `Timeout`, which cancels the timer when dropped.

pub use gloo_timers::callback::Timeout;

/// Runs `f` once after `ms` milliseconds, unless the returned [`Timeout`] is dropped first (call
/// `forget()` on it to let it run regardless).
pub fn after(ms: u32, f: impl FnOnce() + 'static) -> Timeout {
    Timeout::new(ms, f)
}
