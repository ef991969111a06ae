//! Quote history: the last ten quotes, kept in local storage on this device only, each restorable
//! in one click, nameable and deletable, with "Clear all". With storage blocked there is no
//! history, and a note says so (copy and print still work).
//!
//! The list is markup (it re-renders only when the history changes); the estimator's delegated
//! click and change listeners restore, delete, clear and rename (when a name field is left). The
//! rules (ten entries, moving a repeated link to the top, reading damaged text) are `core`'s
//! `History`.

use crate::components::raw;
use crate::platform::{intl, storage};
use mailgun_help_core::i18n::{fill, key, t};
use mailgun_help_core::lang::Lang;
use mailgun_help_core::markup::Markup;
use mailgun_help_core::pricing::{History, MAX_NAME_CHARS};
use yew::prelude::*;

/// The storage key of the history's text form.
const HISTORY_KEY: &str = "pricing.history";

/// The longest history text read back: ten entries, each a name and a bounded estimator link,
/// fit well inside this; anything longer was not written by the widget and reads as empty.
const MAX_HISTORY_CHARS: usize = 64_000;

/// The saved history, or `None` when storage is blocked here (history off).
pub fn load_history() -> Option<History> {
    storage::available()
        .then(|| History::parse(&storage::get_bounded(HISTORY_KEY, MAX_HISTORY_CHARS).unwrap_or_default()))
}

/// Saves `next` and returns it; `None` (history off) when it is `None` or the write is refused.
pub fn store_history(next: Option<History>) -> Option<History> {
    let h = next?;
    storage::set(HISTORY_KEY, &h.to_text()).then_some(h)
}

/// The history section: markup only. Its controls are named by `data-testid` (`history-restore`,
/// `history-delete`, `history-clear`, `history-name`, with the entry's id as `value`/`data-id`) and
/// handled by the estimator's delegated listeners.
pub fn pricing_history(history: &Option<History>, lang: Lang) -> Html {
    let mut m = Markup::new();
    m.tag("h2").attr("id", "mh-est-history").end().text(t(lang, key::SALES_HISTORY)).close("h2");
    match history {
        None => {
            m.tag("p").attr("class", "mh-hint").attr("data-testid", "history-off").end();
            m.text(t(lang, key::SALES_HISTORY_OFF)).close("p");
        }
        Some(h) if h.entries.is_empty() => {
            m.el_class("p", "mh-hint", t(lang, key::SALES_HISTORY_EMPTY));
        }
        Some(h) => {
            m.open_class("ol", "mh-est-hist");
            for e in &h.entries {
                let id = e.saved_ms.to_string();
                m.tag("li").attr("data-history", &id).end();
                m.tag("input").attr("type", "text").attr("value", &e.name).attr("data-testid", "history-name");
                m.attr("data-id", &id).attr("maxlength", &MAX_NAME_CHARS.to_string());
                m.attr("aria-label", t(lang, key::SALES_HISTORY_NAME)).end();
                let saved = intl::date(lang, e.saved_ms as f64, true);
                m.el_class("small", "mh-hint", &fill(lang, key::SALES_SAVED, &[("date", &saved)]));
                m.tag("a").attr("class", "mh-button mh-small").attr("href", &e.hash);
                m.attr("data-testid", "history-restore").end().text(t(lang, key::SALES_RESTORE)).close("a");
                m.tag("button").attr("type", "button").attr("class", "mh-button mh-small");
                m.attr("data-testid", "history-delete").attr("value", &id).end();
                m.text(t(lang, key::SALES_DELETE)).close("button").close("li");
            }
            m.close("ol");
            m.tag("button").attr("type", "button").attr("class", "mh-button mh-small");
            m.attr("data-testid", "history-clear").end().text(t(lang, key::SALES_CLEAR)).close("button");
        }
    }
    html! {
        <section class="mh-est-history" data-testid="quote-history" aria-labelledby="mh-est-history" tabindex="-1">
            { raw(m) }
        </section>
    }
}
