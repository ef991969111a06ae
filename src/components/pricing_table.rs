//! The plans-and-prices reference table, read from the same `assets/pricing.toml` as the estimator:
//! price, included volume, key features, add-ons, the as-of date and the "verify current pricing" note.

use crate::app::AppContext;
use crate::components::error_panel::ErrorPanel;
use crate::platform::intl;
use mailgun_help_core::i18n::{fill, key, t};
use mailgun_help_core::lang::Lang;
use mailgun_help_core::pricing::{Period, Plan, PricingData};
use yew::prelude::*;

fn price(plan: &Plan, lang: Lang) -> String {
    match plan.price_usd {
        Some(n) => fill(lang, key::PRICING_TABLE_PRICE_MONTH, &[("amount", &intl::usd(lang, n))]),
        None => t(lang, key::PRICING_TABLE_PRICE_CUSTOM).to_string(),
    }
}

fn volume(plan: &Plan, lang: Lang) -> String {
    let v = plan.volume;
    let k = match (v.per, v.from) {
        (_, true) => key::PRICING_TABLE_FROM_MONTH,
        (Period::Day, false) => key::PRICING_TABLE_PER_DAY,
        (Period::Month, false) => key::PRICING_TABLE_PER_MONTH,
    };
    fill(lang, k, &[("n", &intl::count(lang, v.emails))])
}

/// The pricing table.
#[function_component(PricingTable)]
pub fn pricing_table() -> Html {
    let Some(ctx) = use_context::<AppContext>() else { return Html::default() };
    let data = match PricingData::get() {
        Ok(d) => d,
        Err(e) => return html! { <ErrorPanel detail={e.to_string()} /> },
    };
    let lang = ctx.lang;
    let plans = data.plans.iter().map(|p| {
        html! {
            <tr data-plan={p.id.id()}>
                <th scope="row">{ p.name.get(lang) }</th>
                <td class="mh-est-amount">{ price(p, lang) }</td>
                <td>{ volume(p, lang) }</td>
                <td>{ p.summary.get(lang) }</td>
                <td>{ p.note.get(lang) }</td>
            </tr>
        }
    });
    let ip = &data.dedicated_ip;
    let tiers = data.optimize_tiers.iter().map(|o| {
        html! {
            <tr data-addon={o.id.id()}>
                <th scope="row">{ o.name.get(lang) }</th>
                <td class="mh-est-amount">
                    { fill(lang, key::PRICING_TABLE_PRICE_MONTH, &[("amount", &intl::usd(lang, o.price_usd))]) }
                </td>
                <td>{ o.quota.get(lang) }</td>
            </tr>
        }
    });
    html! {
        <div class="mh-pricing-table" data-as-of={data.as_of.clone()}>
            <p class="mh-lead">{ t(lang, key::PRICING_TABLE_INTRO) }</p>
            <div class="mh-table-wrap"><table class="mh-table">
                <thead><tr>
                    <th scope="col">{ t(lang, key::PRICING_TABLE_PLAN) }</th>
                    <th scope="col">{ t(lang, key::PRICING_TABLE_PRICE) }</th>
                    <th scope="col">{ t(lang, key::PRICING_TABLE_VOLUME) }</th>
                    <th scope="col">{ t(lang, key::PRICING_TABLE_FEATURES) }</th>
                    <th scope="col">{ t(lang, key::PRICING_TABLE_NOTE) }</th>
                </tr></thead>
                <tbody>{ for plans }</tbody>
            </table></div>
            <h2>{ t(lang, key::PRICING_TABLE_ADDONS) }</h2>
            <div class="mh-table-wrap"><table class="mh-table">
                <thead><tr>
                    <th scope="col">{ t(lang, key::PRICING_TABLE_ADDON) }</th>
                    <th scope="col">{ t(lang, key::PRICING_TABLE_PRICE) }</th>
                    <th scope="col">{ t(lang, key::PRICING_TABLE_NOTE) }</th>
                </tr></thead>
                <tbody>
                    <tr data-addon="dedicated-ip">
                        <th scope="row">{ t(lang, key::PRICING_TABLE_DEDICATED_IP) }</th>
                        <td class="mh-est-amount">
                            { fill(lang, key::PRICING_TABLE_EACH_MONTH, &[("amount", &intl::usd(lang, ip.price_usd))]) }
                        </td>
                        <td>{ ip.note.get(lang) }</td>
                    </tr>
                    { for tiers }
                </tbody>
            </table></div>
            <p class="mh-hint">{ t(lang, key::PRICING_TABLE_OPTIMIZE_NOTE) }</p>
            <p class="mh-hint" data-testid="pricing-as-of">
                { fill(lang, key::PRICING_AS_OF, &[("date", data.as_of_label.get(lang))]) }{ " " }
                <strong>{ data.verify.get(lang) }</strong>{ " " }
                { fill(lang, key::PRICING_TABLE_SOURCE, &[("source", &data.source)]) }
            </p>
            <p><a class="mh-button mh-primary" href="#/pricing">{ t(lang, key::PRICING_OPEN) }</a></p>
        </div>
    }
}
