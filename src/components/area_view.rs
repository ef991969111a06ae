//! One platform area: summary, facts, endpoints, snippets, playbooks, gotchas, troubleshooting,
//! examples, and links to related areas and sibling skills.

use crate::app::AppContext;
use crate::components::endpoint_table::EndpointTable;
use crate::components::snippet_box::SnippetBox;
use crate::components::{
    example_entry::ExampleEntry, gotcha_entry::GotchaEntry, playbook_entry::PlaybookEntry, trouble_entry::TroubleEntry,
};
use mailgun_help_core::i18n::{key, t};
use mailgun_help_core::kb::ids::AreaId;
use mailgun_help_core::kb::Kb;
use mailgun_help_core::route::{AskQuery, Route};
use yew::prelude::*;

/// Props of [`AreaView`].
#[derive(Properties, PartialEq)]
pub struct AreaViewProps {
    /// The area to show.
    pub area: AreaId,
}

/// The page of one area.
#[function_component(AreaView)]
pub fn area_view(props: &AreaViewProps) -> Html {
    let Some(ctx) = use_context::<AppContext>() else { return Html::default() };
    let Ok(kb) = Kb::get() else { return Html::default() };
    let Some(area) = kb.area(props.area) else { return Html::default() };
    let lang = ctx.lang;
    let endpoints: Vec<_> = area.endpoints.iter().filter_map(|id| kb.endpoint(id)).cloned().collect();
    let ask = Route::Ask(AskQuery { area: Some(area.id), ..AskQuery::default() }).to_hash();
    let section = |title_key, body: Html, empty: bool| {
        if empty {
            Html::default()
        } else {
            html! { <section class="mh-section"><h2>{ t(lang, title_key) }</h2>{ body }</section> }
        }
    };

    html! {
        <article class="mh-area" data-view="area" data-area={area.id.slug()}>
            <p class="mh-crumbs"><a href="#/browse">{ t(lang, key::NAV_BROWSE) }</a>{ " › " }</p>
            <h1><span class="mh-letter" aria-hidden="true">{ area.id.letter() }</span>{ area.title.get(lang) }</h1>
            <p class="mh-lead">{ area.summary.get(lang) }</p>
            <p><a class="mh-button" href={ask}>{ t(lang, key::AREA_ASK) }</a></p>
            { section(key::AREA_FACTS, html! {
                <ul class="mh-facts">{ for area.facts.iter().map(|f| html! { <li>{ f.get(lang) }</li> }) }</ul>
            }, area.facts.is_empty()) }
            { section(key::AREA_ENDPOINTS, html! { <EndpointTable endpoints={endpoints.clone()} /> }, endpoints.is_empty()) }
            { section(key::AREA_SNIPPETS, html! {
                <>{ for area.snippets.iter().filter_map(|id| kb.snippet(id)).map(|s| html! { <SnippetBox snippet={s.clone()} /> }) }</>
            }, area.snippets.is_empty()) }
            { section(key::AREA_PLAYBOOKS, html! {
                <>{ for area.playbooks.iter().filter_map(|id| kb.playbook(id)).map(|p| html! { <PlaybookEntry playbook={p.clone()} /> }) }</>
            }, area.playbooks.is_empty()) }
            { section(key::AREA_GOTCHAS, html! {
                <>{ for area.gotchas.iter().filter_map(|id| kb.gotcha(id)).map(|g| html! { <GotchaEntry gotcha={g.clone()} /> }) }</>
            }, area.gotchas.is_empty()) }
            { section(key::AREA_TROUBLESHOOTING, html! {
                <>{ for area.troubleshooting.iter().filter_map(|id| kb.trouble(id)).map(|x| html! { <TroubleEntry trouble={x.clone()} /> }) }</>
            }, area.troubleshooting.is_empty()) }
            { section(key::AREA_EXAMPLES, html! {
                <>{ for area.examples.iter().filter_map(|id| kb.example(id)).map(|x| html! { <ExampleEntry example={x.clone()} /> }) }</>
            }, area.examples.is_empty()) }
            { section(key::AREA_RELATED, html! {
                <ul class="mh-links">{ for area.related.iter().filter_map(|id| kb.area(*id)).map(|r| html! {
                    <li><a href={Route::Area(r.id).to_hash()} data-area={r.id.slug()}>{ r.title.get(lang) }</a></li>
                }) }</ul>
            }, area.related.is_empty()) }
            { section(key::AREA_SIBLINGS, html! {
                <ul class="mh-links">{ for area.siblings.iter().filter_map(|s| kb.sibling(s)).map(|s| html! {
                    <li><strong>{ format!("/{}", s.slug) }</strong>{ " — " }{ s.covers.get(lang) }</li>
                }) }</ul>
            }, area.siblings.is_empty()) }
        </article>
    }
}
