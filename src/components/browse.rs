//! Browse: every area (A–M) and every reference page.

use crate::app::AppContext;
use crate::components::reference::ref_title;
use mailgun_help_core::i18n::{key, t};
use mailgun_help_core::kb::Kb;
use mailgun_help_core::route::{RefPage, Route};
use yew::prelude::*;

/// The list of areas and reference pages.
#[function_component(Browse)]
pub fn browse() -> Html {
    let Some(ctx) = use_context::<AppContext>() else { return Html::default() };
    let Ok(kb) = Kb::get() else { return Html::default() };
    let lang = ctx.lang;
    html! {
        <section data-view="browse">
            <h1>{ t(lang, key::BROWSE_TITLE) }</h1>
            <ul class="mh-grid">
                { for kb.areas.iter().map(|a| html! {
                    <li><a class="mh-card mh-area-card" href={Route::Area(a.id).to_hash()} data-area={a.id.slug()}>
                        <span class="mh-letter" aria-hidden="true">{ a.id.letter() }</span>
                        <strong>{ a.title.get(lang) }</strong>
                        <small>{ a.tagline.get(lang) }</small>
                    </a></li>
                }) }
            </ul>
            <h2>{ t(lang, key::BROWSE_REFERENCE) }</h2>
            <ul class="mh-links">
                { for RefPage::ALL.iter().map(|p| html! {
                    <li><a href={Route::Reference(*p).to_hash()}>{ ref_title(lang, *p) }</a></li>
                }) }
            </ul>
        </section>
    }
}
