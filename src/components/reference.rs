//! The reference pages (`#/ref/<page>`): API, data model, playbooks, gotchas, troubleshooting,
//! examples, integrations, pricing, related skills, about.

use crate::app::AppContext;
use crate::components::{
    api_reference::ApiReference, area_links::AreaLinks, example_entry::ExampleEntry, gotcha_entry::GotchaEntry,
    playbook_entry::PlaybookEntry, pricing_table::PricingTable, trouble_entry::TroubleEntry,
};
use mailgun_help_core::i18n::{key, t};
use mailgun_help_core::kb::Kb;
use mailgun_help_core::lang::Lang;
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

/// Props of [`ReferenceView`].
#[derive(Properties, PartialEq)]
pub struct ReferenceViewProps {
    /// Which page.
    pub page: RefPage,
}

/// A reference page.
#[function_component(ReferenceView)]
pub fn reference_view(props: &ReferenceViewProps) -> Html {
    let Some(ctx) = use_context::<AppContext>() else { return Html::default() };
    let Ok(kb) = Kb::get() else { return Html::default() };
    let lang = ctx.lang;
    let body = match props.page {
        RefPage::Api => html! { <ApiReference /> },
        RefPage::DataModel => data_model(kb, lang),
        RefPage::Playbooks => {
            html! { <>{ for kb.playbooks.iter().map(|p| html! { <PlaybookEntry playbook={p.clone()} /> }) }</> }
        }
        RefPage::Gotchas => {
            html! { <>{ for kb.gotchas.iter().map(|g| html! { <GotchaEntry gotcha={g.clone()} /> }) }</> }
        }
        RefPage::Troubleshooting => {
            html! { <>{ for kb.troubleshooting.iter().map(|x| html! { <TroubleEntry trouble={x.clone()} /> }) }</> }
        }
        RefPage::Examples => {
            html! { <>{ for kb.examples.iter().map(|x| html! { <ExampleEntry example={x.clone()} /> }) }</> }
        }
        RefPage::Integrations => integrations(kb, lang),
        RefPage::Pricing => html! { <PricingTable /> },
        RefPage::Skills => skills(kb, lang),
        RefPage::About => html! {
            <ul class="mh-facts">{ for kb.company.facts.iter().map(|f| html! { <li>{ f.get(lang) }</li> }) }</ul>
        },
    };
    html! {
        <article class="mh-reference" data-view="reference" data-page={props.page.slug()}>
            <p class="mh-crumbs"><a href="#/browse">{ t(lang, key::NAV_BROWSE) }</a>{ " › " }</p>
            <h1>{ ref_title(lang, props.page) }</h1>
            <nav class="mh-subnav" aria-label={t(lang, key::BROWSE_REFERENCE)}>
                { for RefPage::ALL.iter().map(|p| {
                    let current = (*p == props.page).then_some("page");
                    html! { <a href={Route::Reference(*p).to_hash()} aria-current={current}>{ ref_title(lang, *p) }</a> }
                }) }
            </nav>
            { body }
        </article>
    }
}

fn data_model(kb: &Kb, lang: Lang) -> Html {
    html! {
        <div class="mh-table-wrap"><table class="mh-table">
            <thead><tr>
                <th scope="col">{ t(lang, key::MODEL_OBJECT) }</th>
                <th scope="col">{ t(lang, key::MODEL_DESCRIPTION) }</th>
                <th scope="col">{ t(lang, key::MODEL_FIELDS) }</th>
            </tr></thead>
            <tbody>{ for kb.data_model.iter().map(|o| html! {
                <tr>
                    <th scope="row"><a href={Route::Area(o.area).to_hash()}>{ &o.name }</a></th>
                    <td>{ o.description.get(lang) }</td>
                    <td>{ for o.fields.iter().map(|f| html! { <code class="mh-field">{ f }</code> }) }</td>
                </tr>
            }) }</tbody>
        </table></div>
    }
}

fn integrations(kb: &Kb, lang: Lang) -> Html {
    html! {
        <>
            <p class="mh-lead">{ kb.integrations.summary.get(lang) }</p>
            <div class="mh-table-wrap"><table class="mh-table">
                <thead><tr>
                    <th scope="col">{ t(lang, key::INTEGRATIONS_CATEGORY) }</th>
                    <th scope="col">{ t(lang, key::INTEGRATIONS_TOOLS) }</th>
                </tr></thead>
                <tbody>{ for kb.integrations.integration.iter().map(|i| html! {
                    <tr><th scope="row">{ i.category.get(lang) }</th><td>{ i.tools.get(lang) }</td></tr>
                }) }</tbody>
            </table></div>
        </>
    }
}

fn skills(kb: &Kb, lang: Lang) -> Html {
    html! {
        <ul class="mh-list">{ for kb.siblings.iter().map(|s| html! {
            <li class="mh-entry" data-skill={s.slug.clone()}>
                <h3>{ s.name.get(lang) }{ " " }<code>{ format!("/{}", s.slug) }</code></h3>
                <p>{ s.covers.get(lang) }</p>
                <p class="mh-hint">{ s.reason.get(lang) }</p>
                <AreaLinks areas={kb.areas.iter().filter(|a| a.siblings.contains(&s.slug)).map(|a| a.id).collect::<Vec<_>>()} />
            </li>
        }) }</ul>
    }
}
