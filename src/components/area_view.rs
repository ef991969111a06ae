//! One platform area: summary, facts, endpoints, snippets, playbooks, gotchas, troubleshooting,
//! examples, and links to related areas and sibling skills.

use crate::app::AppContext;
use crate::components::raw;
use crate::components::snippet_box::SnippetBox;
use crate::state::Action;
use mailgun_help_core::i18n::{key, t};
use mailgun_help_core::kb::model::Area;
use mailgun_help_core::kb::Kb;
use mailgun_help_core::lang::Lang;
use mailgun_help_core::markup::Markup;
use mailgun_help_core::render;
use mailgun_help_core::route::{AskQuery, Route};
use mailgun_help_core::tools::codegen::DOMAIN_PLACEHOLDER;
use yew::prelude::*;

/// The page of one area (a plain view function: its only state is in the snippets).
pub fn area_view(kb: &Kb, area: &Area, ctx: &AppContext, lang: Lang) -> Html {
    let region = ctx.region;
    let ask = Route::Ask(AskQuery { area: Some(area.id), ..AskQuery::default() }).to_hash();

    // Everything but the snippets (which have copy buttons) is written as markup.
    let mut head = Markup::new();
    head.open_class("p", "mh-lead").text(area.summary.get(lang)).close("p");
    head.open("p")
        .tag("a")
        .attr("class", "mh-button")
        .attr("href", &ask)
        .end()
        .text(t(lang, key::AREA_ASK))
        .close("a")
        .close("p");
    if render::section_start(&mut head, t(lang, key::AREA_FACTS), !area.facts.is_empty()) {
        render::fact_list(&mut head, "mh-facts", area.facts, lang);
        head.close("section");
    }
    let endpoints = area.endpoints.iter().filter_map(|id| kb.endpoint(id));
    if render::section_start(&mut head, t(lang, key::AREA_ENDPOINTS), endpoints.clone().next().is_some()) {
        render::endpoint_table(&mut head, kb, endpoints, false, lang);
        head.close("section");
    }
    let mut tail = Markup::new();
    render::area_tail(&mut tail, kb, area, lang);

    html! {
        <article class="mh-area" data-view="area" data-area={area.id.slug()}>
            <p class="mh-crumbs"><a href="#/browse">{ t(lang, key::NAV_BROWSE) }</a>{ " › " }</p>
            <h1><span class="mh-letter" aria-hidden="true">{ area.id.letter() }</span>{ " " }{ area.title.get(lang) }</h1>
            { raw(head) }
            if !area.snippets.is_empty() {
                <section class="mh-section"><h2>{ t(lang, key::AREA_SNIPPETS) }</h2>
                    { for area.snippets.iter().filter_map(|id| kb.snippet(id)).map(|s| {
                        let ctx = ctx.clone();
                        let on_region = Callback::from(move |r| ctx.dispatch(Action::SetRegion(r)));
                        html! { <SnippetBox snippet={s.clone()} region={region} domain={DOMAIN_PLACEHOLDER} {on_region} {lang} /> }
                    }) }
                </section>
            }
            { raw(tail) }
        </article>
    }
}
