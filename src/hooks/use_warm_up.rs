//! Builds the search index and the question-understanding model in the background shortly after the
//! first render, so the first search or question is answered at once instead of paying the build
//! (milliseconds for the index, tens of milliseconds for the model in the browser) on the keystroke
//! that needs it. Each runs in its own task, so neither makes a long one with the other.
//!
//! The standalone page warms up after its first render. An embed warms up only once it is seen
//! (`mh_warm_up`: an inline widget when ready, a launcher at its first opening), so a closed
//! launcher costs its host page no long task.

use crate::platform::timer;
use std::cell::Cell;
use yew::prelude::*;

/// How long after the first render the warm-up starts (after the page is ready and painted).
const DELAY_MS: u32 = 300;

thread_local! {
    static SCHEDULED: Cell<bool> = const { Cell::new(false) };
}

/// Schedules the search index and the ask model builds, once per page.
pub fn schedule() {
    if SCHEDULED.with(|s| s.replace(true)) {
        return;
    }
    #[cfg(feature = "search")]
    timer::after(DELAY_MS, || {
        let _ = mailgun_help_core::search::index::Index::get();
    })
    .forget();
    #[cfg(feature = "ask")]
    timer::after(DELAY_MS + 50, || {
        let _ = mailgun_help_core::ask::engine();
    })
    .forget();
}

/// Schedules the warm-up after the first render when `now` (the standalone page).
#[hook]
pub fn use_warm_up(now: bool) {
    use_effect_with((), move |_| {
        if now {
            schedule();
        }
    });
}
