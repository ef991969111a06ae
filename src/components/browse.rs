//! Browse: every area (A–M) and every reference page.

use crate::components::raw;
use crate::components::reference::ref_title;
use mailgun_help_core::i18n::{key, t};
use mailgun_help_core::kb::Kb;
use mailgun_help_core::lang::Lang;
use mailgun_help_core::markup::Markup;
use mailgun_help_core::route::{RefPage, Route};
use yew::prelude::*;

/// The list of areas and reference pages (a plain view function: it holds no state, so it needs no
/// component of its own).
pub fn browse(kb: &Kb, lang: Lang) -> Html {
    let mut m = Markup::new();
    m.tag("section").attr("data-view", "browse").end().el("h1", t(lang, key::BROWSE_TITLE)).open_class("ul", "mh-grid");
    for a in kb.areas {
        m.open("li").tag("a").attr("class", "mh-card mh-area-card").attr("href", &Route::Area(a.id).to_hash());
        m.attr("data-area", a.id.slug()).end();
        m.tag("span")
            .attr("class", "mh-letter")
            .attr("aria-hidden", "true")
            .end()
            .text(a.id.letter().encode_utf8(&mut [0; 4]))
            .close("span");
        m.el("strong", a.title.get(lang)).el("small", a.tagline.get(lang)).close("a").close("li");
    }
    m.close("ul").el("h2", t(lang, key::BROWSE_REFERENCE)).open_class("ul", "mh-links");
    for p in &RefPage::ALL {
        m.open("li").tag("a").attr("href", &Route::Reference(*p, None).to_hash()).end().text(ref_title(lang, *p));
        m.close("a").close("li");
    }
    m.close("ul").close("section");
    raw(m)
}
