//! The estimator view (`#/pricing?monthly=…&peak=…&ips=…&optimize=…&needs=…`).

use crate::app::AppContext;
use crate::components::error_panel::ErrorPanel;
use crate::components::pricing_estimator::PricingEstimator;
use mailgun_help_core::i18n::{key, t};
use mailgun_help_core::pricing::PricingData;
use mailgun_help_core::route::Route;
use yew::prelude::*;

/// Props of [`PricingView`].
#[derive(Properties, PartialEq)]
pub struct PricingViewProps {
    /// The hash query parameters.
    pub params: Vec<(String, String)>,
}

/// The estimator.
#[function_component(PricingView)]
pub fn pricing_view(props: &PricingViewProps) -> Html {
    let Some(ctx) = use_context::<AppContext>() else { return Html::default() };
    let lang = ctx.lang;
    let body = match PricingData::get() {
        Err(e) => html! { <ErrorPanel detail={e.to_string()} /> },
        // Keyed by the link: opening another link starts from its values; a language switch does not.
        Ok(_) => html! {
            <PricingEstimator key={Route::Pricing(props.params.clone()).to_hash()} params={props.params.clone()} />
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
