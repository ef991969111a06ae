//! The estimator view (`#/pricing?monthly=…&peak=…&ips=…&optimize=…&needs=…`).

use crate::components::error_panel::error_panel;
use crate::components::pricing_estimator::PricingEstimator;
use mailgun_help_core::i18n::{key, t};
use mailgun_help_core::lang::Lang;
use mailgun_help_core::pricing::PricingData;
use mailgun_help_core::route::Route;
use yew::prelude::*;

/// The estimator page (a plain view function: the estimator keeps the state).
pub fn pricing_view(params: &[(String, String)], lang: Lang) -> Html {
    let body = match PricingData::get() {
        Err(e) => error_panel(&e.to_string()),
        // Keyed by the link: opening another link starts from its values; a language switch does not.
        Ok(_) => html! {
            <PricingEstimator key={Route::Pricing(params.to_vec()).to_hash()} params={params.to_vec()} />
        },
    };
    html! {
        <section class="mh-est-view" data-view="pricing">
            <h1>{ t(lang, key::PRICING_TITLE) }</h1>
            <p class="mh-lead">{ t(lang, key::PRICING_LEAD) }</p>
            { body }
        </section>
    }
}
