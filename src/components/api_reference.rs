//! The API quick reference: base URLs, general facts and a filterable table of every endpoint.

use crate::app::AppContext;
use crate::components::raw;
use mailgun_help_core::i18n::{fill, key, t};
use mailgun_help_core::kb::Kb;
use mailgun_help_core::markup::Markup;
use mailgun_help_core::render;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The API reference page body.
#[function_component(ApiReference)]
pub fn api_reference() -> Html {
    let filter = use_state(String::new);
    let Some(ctx) = use_context::<AppContext>() else { return Html::default() };
    let kb = Kb::get();
    let lang = ctx.lang;
    let rows: Vec<_> = kb.endpoints.iter().filter(|e| render::endpoint_matches(e, &filter)).collect();
    let oninput = {
        let filter = filter.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(el) = e.target_dyn_into::<HtmlInputElement>() {
                filter.set(el.value());
            }
        })
    };
    let count = rows.len().to_string();
    let mut table = Markup::new();
    render::endpoint_table(&mut table, kb, rows.into_iter(), true, lang);
    html! {
        <>
            <dl class="mh-dl">
                <dt>{ t(lang, key::API_BASE_US) }</dt><dd><code>{ &kb.api.base_us }</code></dd>
                <dt>{ t(lang, key::API_BASE_EU) }</dt><dd><code>{ &kb.api.base_eu }</code></dd>
            </dl>
            <ul class="mh-facts">{ for kb.api.facts.iter().map(|f| html! { <li>{ f.text.get(lang) }</li> }) }</ul>
            <label class="mh-legend" for="mh-api-filter">{ t(lang, key::API_FILTER) }</label>
            <input id="mh-api-filter" type="search" value={(*filter).clone()} {oninput}
                placeholder={t(lang, key::API_FILTER_PLACEHOLDER)} />
            <p class="mh-hint" role="status" aria-live="polite">{ fill(lang, key::API_FILTER_COUNT, &[("n", &count)]) }</p>
            { raw(table) }
        </>
    }
}
