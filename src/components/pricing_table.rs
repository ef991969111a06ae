//! The plans-and-prices reference table, read from the same `assets/pricing.toml` as the estimator:
//! price, included volume, key features, add-ons, the as-of date and the "verify current pricing" note.

use crate::components::error_panel::error_panel;
use crate::components::raw;
use crate::platform::intl;
use mailgun_help_core::i18n::{fill, key, t};
use mailgun_help_core::lang::Lang;
use mailgun_help_core::markup::Markup;
use mailgun_help_core::pricing::{Period, Plan, PricingData};
use mailgun_help_core::render;
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
pub fn pricing_table(lang: Lang) -> Html {
    let data = match PricingData::get() {
        Ok(d) => d,
        Err(e) => return error_panel(&e.to_string()),
    };
    let mut m = Markup::new();
    m.tag("div").attr("class", "mh-pricing-table").attr("data-as-of", data.as_of).end();
    m.el_class("p", "mh-lead", t(lang, key::PRICING_TABLE_INTRO));
    let plan_heads = [
        key::PRICING_TABLE_PLAN,
        key::PRICING_TABLE_PRICE,
        key::PRICING_TABLE_VOLUME,
        key::PRICING_TABLE_FEATURES,
        key::PRICING_TABLE_NOTE,
    ];
    render::table_start(&mut m, &plan_heads, lang);
    for p in data.plans {
        m.tag("tr").attr("data-plan", p.id.id()).end();
        row_head(&mut m, p.name.get(lang));
        m.el_class("td", "mh-est-amount", &price(p, lang)).el("td", &volume(p, lang));
        m.el("td", p.summary.get(lang)).el("td", p.note.get(lang)).close("tr");
    }
    render::table_end(&mut m);
    m.el("h2", t(lang, key::PRICING_TABLE_ADDONS));
    render::table_start(&mut m, &[key::PRICING_TABLE_ADDON, key::PRICING_TABLE_PRICE, key::PRICING_TABLE_NOTE], lang);
    let ip = &data.dedicated_ip;
    m.tag("tr").attr("data-addon", "dedicated-ip").end();
    row_head(&mut m, t(lang, key::PRICING_TABLE_DEDICATED_IP));
    m.el_class(
        "td",
        "mh-est-amount",
        &fill(lang, key::PRICING_TABLE_EACH_MONTH, &[("amount", &intl::usd(lang, ip.price_usd))]),
    );
    m.el("td", ip.note.get(lang)).close("tr");
    for o in data.optimize_tiers {
        m.tag("tr").attr("data-addon", o.id.id()).end();
        row_head(&mut m, o.name.get(lang));
        m.el_class(
            "td",
            "mh-est-amount",
            &fill(lang, key::PRICING_TABLE_PRICE_MONTH, &[("amount", &intl::usd(lang, o.price_usd))]),
        );
        m.el("td", o.quota.get(lang)).close("tr");
    }
    render::table_end(&mut m);
    m.el_class("p", "mh-hint", t(lang, key::PRICING_TABLE_OPTIMIZE_NOTE));
    m.tag("p").attr("class", "mh-hint").attr("data-testid", "pricing-as-of").end();
    m.text(&fill(lang, key::PRICING_AS_OF, &[("date", data.as_of_label.get(lang))])).text(lang.sentence_gap());
    m.el("strong", data.verify.get(lang)).text(lang.sentence_gap());
    m.text(&fill(lang, key::PRICING_TABLE_SOURCE, &[("source", data.source)])).close("p");
    m.open("p").tag("a").attr("class", "mh-button mh-primary").attr("href", "#/pricing").end();
    m.text(t(lang, key::PRICING_OPEN)).close("a").close("p");
    m.close("div");
    raw(m)
}

fn row_head(m: &mut Markup, text: &str) {
    m.tag("th").attr("scope", "row").end().text(text).close("th");
}
