//! Builds the search index and the question-understanding model in the background shortly after the
//! first render, so the first search or question is answered at once instead of paying the build
//! (milliseconds for the index, tens of milliseconds for the model in the browser) on the keystroke
//! that needs it. Each runs in its own task, so neither makes a long one.

use crate::platform::timer;
use yew::prelude::*;

/// How long after the first render the warm-up starts (after the page is ready and painted).
const DELAY_MS: i32 = 300;

/// Schedules the search index and the ask model builds once, after the first render.
#[hook]
pub fn use_warm_up() {
    use_effect_with((), |_| {
        #[cfg(feature = "search")]
        let _ = timer::after(DELAY_MS, || {
            let _ = mailgun_help_core::search::index::Index::get();
        });
        #[cfg(feature = "ask")]
        let _ = timer::after(DELAY_MS + 50, || {
            let _ = mailgun_help_core::ask::engine();
        });
    });
}
