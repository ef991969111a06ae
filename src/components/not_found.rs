//! The friendly page for a link that leads nowhere.

use crate::components::raw;
use mailgun_help_core::i18n::{fill, key, t};
use mailgun_help_core::lang::Lang;
use mailgun_help_core::markup::Markup;
use mailgun_help_core::route::MAX_PATH;
use mailgun_help_core::text::clip;
use yew::Html;

/// Says the page at `path` does not exist and offers a way home. The path is shown cut to
/// [`MAX_PATH`] characters whatever the caller passes (a link can be any length).
pub fn not_found(path: &str, lang: Lang) -> Html {
    let path = clip(path, MAX_PATH + 1);
    let mut m = Markup::new();
    m.tag("section").attr("class", "mh-card mh-not-found").attr("data-view", "not-found").end();
    m.el("h1", t(lang, key::NOT_FOUND_TITLE)).el("p", &fill(lang, key::NOT_FOUND_BODY, &[("path", path)]));
    m.open("p").tag("a").attr("class", "mh-button").attr("href", "#/").end().text(t(lang, key::NOT_FOUND_HOME));
    m.close("a").close("p").close("section");
    raw(m)
}
