//! Builds the question-understanding model in the background shortly after the first render, so
//! the first question a reader asks is answered at once instead of paying the model build (tens
//! of milliseconds in the browser) on the keystroke that submits it.

use crate::platform::timer;
use yew::prelude::*;

/// How long after the first render the warm-up runs (after the page is ready and painted).
const DELAY_MS: i32 = 300;

/// Schedules the ask model build once, after the first render.
#[hook]
pub fn use_warm_up() {
    use_effect_with((), |_| {
        let _ = timer::after(DELAY_MS, || {
            let _ = mailgun_help_core::ask::engine();
        });
    });
}
