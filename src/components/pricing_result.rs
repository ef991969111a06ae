//! One scenario's answer: the plan with its reasons, a big monthly total, the annual total, the line
//! items, the warnings and, beside the first scenario, what changed. The element carries the link
//! contract's `data-scenario`, `data-plan`, `data-monthly-usd` and `data-annual-usd`.

use crate::components::raw;
use crate::platform::{dom, intl};
use mailgun_help_core::i18n::{fill, key, t};
use mailgun_help_core::lang::Lang;
use mailgun_help_core::markup::Markup;
use mailgun_help_core::pricing::{ms_until_next_utc_midnight, Estimate, PricingData, Warning};
use yew::prelude::*;

/// What [`pricing_result`] shows.
pub struct PricingResultProps<'a> {
    /// The estimate to show.
    pub estimate: &'a Estimate,
    /// Which scenario it is (0-based).
    pub n: usize,
    /// The scenario's name, shown as a heading when there are several.
    pub name: Option<String>,
    /// How it differs from the first scenario, as a sentence.
    pub change: Option<String>,
}

/// The contract value of `data-monthly-usd` (and, with `annual`, `data-annual-usd`): whole dollars,
/// or `custom`.
pub fn usd_attr(est: &Estimate, annual: bool) -> String {
    let n = if annual { est.annual_usd() } else { est.monthly_usd };
    n.map_or_else(|| "custom".to_string(), |n| n.to_string())
}

fn warning_id(w: &Warning) -> &'static str {
    match w {
        Warning::FreeDailyCap { .. } => "free-daily-cap",
        Warning::IpWarmup { .. } => "ip-warmup",
        Warning::IpLowVolume { .. } => "ip-low-volume",
        Warning::OptimizeNotIncluded { .. } => "optimize-separate",
        Warning::OverageUnknown { .. } => "incomplete",
        Warning::CustomPrice { .. } => "custom-price",
    }
}

/// "Next reset in 5 h 12 min: Tue 08:00 your local time."
fn next_reset(lang: Lang) -> String {
    let now = dom::epoch_ms();
    let ms = ms_until_next_utc_midnight(now.max(0.0) as u64);
    let (h, m) = (ms / 3_600_000, (ms % 3_600_000).div_ceil(60_000));
    let (h, m) = if m == 60 { (h + 1, 0) } else { (h, m) };
    let duration = fill(lang, key::PRICING_DURATION, &[("h", &h.to_string()), ("m", &m.to_string())]);
    let time = intl::local_time(lang, now + ms as f64);
    fill(lang, key::PRICING_RESET_IN, &[("duration", &duration), ("time", &time)])
}

/// The big total in `lang`: "$257 / month", "at least $90 / month" or "Custom price".
pub fn total_text(est: &Estimate, lang: Lang) -> String {
    match est.monthly_usd {
        None => t(lang, key::PRICING_CUSTOM).to_string(),
        Some(n) if est.incomplete => fill(lang, key::PRICING_AT_LEAST, &[("amount", &intl::usd(lang, n))]),
        Some(n) => fill(lang, key::PRICING_PER_MONTH, &[("amount", &intl::usd(lang, n))]),
    }
}

/// The big total with the amount emphasised: "at least **$90** / month".
fn big_total(m: &mut Markup, est: &Estimate, lang: Lang) {
    let (k, n) = match est.monthly_usd {
        None => {
            m.el_class("span", "mh-est-total-amount", t(lang, key::PRICING_CUSTOM));
            return;
        }
        Some(n) if est.incomplete => (key::PRICING_AT_LEAST, n),
        Some(n) => (key::PRICING_PER_MONTH, n),
    };
    // Split the filled text, not the template, so Chinese keeps the space `fill` puts before `$`.
    let amount = intl::usd(lang, n);
    let full = fill(lang, k, &[("amount", &amount)]);
    let (before, after) = full.split_once(amount.as_str()).unwrap_or(("", ""));
    if !before.is_empty() {
        m.el_class("span", "mh-est-total-unit", before);
    }
    m.el_class("span", "mh-est-total-amount", &amount);
    if !after.is_empty() {
        m.el_class("span", "mh-est-total-unit", after);
    }
}

/// The estimate.
pub fn pricing_result(props: &PricingResultProps, lang: Lang) -> Html {
    let Ok(data) = PricingData::get() else { return Html::default() };
    let est = props.estimate;
    let num = move |n: u64| intl::count(lang, n);
    let headline = est.headline(data, lang, &num);

    // The live region stays one element across updates (so changes are announced); what is
    // inside it, and the static parts below, are written as markup.
    let mut answer = Markup::new();
    if let Some(name) = &props.name {
        answer.el_class("h2", "mh-est-sname", name);
    }
    answer.el_class("p", "mh-est-kicker", t(lang, key::PRICING_RECOMMENDED));
    answer.el_class("p", "mh-est-plan", &data.plan_name(est.plan, lang));
    answer
        .tag("p")
        .attr("class", "mh-est-headline")
        .attr("data-testid", "pricing-headline")
        .end()
        .text(&headline)
        .close("p");
    answer.el_class("p", "mh-est-kicker", t(lang, key::PRICING_TOTAL));
    answer
        .tag("p")
        .attr("class", if est.incomplete { "mh-est-total is-incomplete" } else { "mh-est-total" })
        .attr("data-testid", "pricing-total")
        .end();
    big_total(&mut answer, est, lang);
    answer.close("p");
    if est.monthly_usd.is_none() {
        answer.el_class("p", "mh-est-sub", t(lang, key::PRICING_CUSTOM_HINT));
    } else if est.incomplete {
        answer.el_class("p", "mh-est-sub", t(lang, key::PRICING_INCOMPLETE));
    }
    if let Some(n) = est.annual_usd() {
        let k = if est.incomplete { key::SALES_AT_LEAST_YEAR } else { key::SALES_PER_YEAR };
        answer.el_class("p", "mh-est-kicker", t(lang, key::SALES_ANNUAL));
        answer.el_class("p", "mh-est-annual", &fill(lang, k, &[("amount", &intl::usd(lang, n))]));
    }
    if let Some(change) = &props.change {
        answer.el_class("p", "mh-est-change", change);
    }

    let mut details = Markup::new();
    details.el("h2", t(lang, key::PRICING_LINES)).open_class("table", "mh-table mh-est-lines").open("tbody");
    for item in &est.lines {
        let amount = match item.usd {
            Some(n) => fill(lang, key::PRICING_PER_MONTH, &[("amount", &intl::usd(lang, n))]),
            None => t(lang, key::PRICING_LINE_CUSTOM).to_string(),
        };
        details.open("tr").tag("th").attr("scope", "row").end().text(&item.kind.label(data, lang, &num)).close("th");
        details.el_class("td", "mh-est-amount", &amount).close("tr");
    }
    details.close("tbody").open("tfoot").open("tr").tag("th").attr("scope", "row").end();
    details.text(t(lang, key::PRICING_TOTAL)).close("th").el_class("td", "mh-est-amount", &total_text(est, lang));
    details.close("tr").close("tfoot").close("table");
    if !est.warnings.is_empty() {
        details.el("h2", t(lang, key::PRICING_WARNINGS)).open_class("ul", "mh-list mh-est-warnings");
        for w in &est.warnings {
            let mut text = w.text(data, lang, &num);
            if matches!(w, Warning::FreeDailyCap { .. }) {
                text.push_str(lang.sentence_gap());
                text.push_str(&next_reset(lang));
            }
            details.tag("li").attr("class", "mh-entry mh-warn").attr("data-warning", warning_id(w)).end();
            details.text(&text).close("li");
        }
        details.close("ul");
    }

    html! {
        <section class="mh-est-result" data-testid="pricing-result" data-scenario={(props.n + 1).to_string()}
            data-plan={est.plan_id()} data-monthly-usd={usd_attr(est, false)} data-annual-usd={usd_attr(est, true)}
            data-incomplete={est.incomplete.then_some("true")} aria-label={t(lang, key::PRICING_RESULT)}>
            <div class="mh-est-answer" role="status" aria-live="polite" aria-atomic="true">{ raw(answer) }</div>
            { raw(details) }
        </section>
    }
}
