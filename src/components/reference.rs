//! The reference pages (`#/ref/<page>`): API, data model, playbooks, gotchas, troubleshooting,
//! examples, integrations, pricing, related skills, about.

use crate::components::{api_reference::ApiReference, pricing_table::pricing_table, raw};
use mailgun_help_core::i18n::{fill, key, t};
use mailgun_help_core::kb::Kb;
use mailgun_help_core::lang::Lang;
use mailgun_help_core::markup::Markup;
use mailgun_help_core::render;
use mailgun_help_core::route::{RefPage, Route};
use yew::prelude::*;

/// The title of a reference page in `lang`.
pub fn ref_title(lang: Lang, page: RefPage) -> &'static str {
    let k = match page {
        RefPage::Api => key::REF_API,
        RefPage::DataModel => key::REF_DATA_MODEL,
        RefPage::Playbooks => key::REF_PLAYBOOKS,
        RefPage::Gotchas => key::REF_GOTCHAS,
        RefPage::Troubleshooting => key::REF_TROUBLESHOOTING,
        RefPage::Examples => key::REF_EXAMPLES,
        RefPage::Integrations => key::REF_INTEGRATIONS,
        RefPage::Pricing => key::REF_PRICING,
        RefPage::Skills => key::REF_SKILLS,
        RefPage::About => key::REF_ABOUT,
    };
    t(lang, k)
}

/// True when `page` lists an entry with the id `item`.
fn lists(kb: &Kb, page: RefPage, item: &str) -> bool {
    match page {
        RefPage::Api => kb.endpoint(item).is_some(),
        RefPage::Playbooks => kb.playbook(item).is_some(),
        RefPage::Gotchas => kb.gotcha(item).is_some(),
        RefPage::Troubleshooting => kb.trouble(item).is_some(),
        RefPage::Examples => kb.example(item).is_some(),
        _ => false,
    }
}

/// A reference page (a plain view function: the API page's filter keeps its own state). `item`
/// is the entry a link names; one the page does not list is said so above the page.
pub fn reference_view(kb: &Kb, page: RefPage, item: Option<&str>, lang: Lang) -> Html {
    let missing = item.filter(|i| !lists(kb, page, i)).map(|i| {
        html! {
            <p class="mh-field-error" role="status" data-error="item">
                { fill(lang, key::REF_NO_ITEM, &[("item", i)]) }
            </p>
        }
    });
    let mut m = Markup::new();
    let body = match page {
        RefPage::Api => html! { <ApiReference /> },
        RefPage::Pricing => pricing_table(lang),
        RefPage::DataModel => {
            render::data_model(&mut m, kb, lang);
            raw(m)
        }
        RefPage::Playbooks => {
            kb.playbooks.iter().for_each(|p| render::playbook(&mut m, kb, p, lang));
            raw(m)
        }
        RefPage::Gotchas => {
            kb.gotchas.iter().for_each(|g| render::gotcha(&mut m, kb, g, lang));
            raw(m)
        }
        RefPage::Troubleshooting => {
            kb.troubleshooting.iter().for_each(|x| render::trouble(&mut m, kb, x, lang));
            raw(m)
        }
        RefPage::Examples => {
            kb.examples.iter().for_each(|x| render::example(&mut m, kb, x, lang));
            raw(m)
        }
        RefPage::Integrations => {
            render::integrations(&mut m, kb, lang);
            raw(m)
        }
        RefPage::Skills => {
            render::skills(&mut m, kb, lang);
            raw(m)
        }
        RefPage::About => {
            render::text_list(&mut m, "mh-facts", kb.company.facts, lang);
            raw(m)
        }
    };
    html! {
        <article class="mh-reference" data-view="reference" data-page={page.slug()}>
            <p class="mh-crumbs"><a href="#/browse">{ t(lang, key::NAV_BROWSE) }</a>{ " › " }</p>
            <h1>{ ref_title(lang, page) }</h1>
            { for missing }
            <nav class="mh-subnav" aria-label={t(lang, key::BROWSE_REFERENCE)}>
                { for RefPage::ALL.iter().map(|p| {
                    let current = (*p == page).then_some("page");
                    html! { <a href={Route::Reference(*p, None).to_hash()} aria-current={current}>{ ref_title(lang, *p) }</a> }
                }) }
            </nav>
            { body }
        </article>
    }
}
