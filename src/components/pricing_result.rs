//! The answer: the plan with its reasons, a big monthly total, the line items, the warnings and
//! "Copy quote". The element carries the link contract's `data-plan` and `data-monthly-usd`.

use crate::app::AppContext;
use crate::components::copy_button::CopyButton;
use crate::platform::{dom, intl};
use mailgun_help_core::i18n::{fill, key, t};
use mailgun_help_core::lang::Lang;
use mailgun_help_core::pricing::{ms_until_next_utc_midnight, quote, Estimate, PricingData, Warning};
use yew::prelude::*;

/// Props of [`PricingResult`].
#[derive(Properties, PartialEq)]
pub struct PricingResultProps {
    /// The estimate to show.
    pub estimate: Estimate,
}

/// The contract value of `data-monthly-usd`: whole dollars, or `custom`.
pub fn monthly_usd_attr(est: &Estimate) -> String {
    est.monthly_usd.map_or_else(|| "custom".to_string(), |n| n.to_string())
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
fn big_total(est: &Estimate, lang: Lang) -> Html {
    let (k, n) = match est.monthly_usd {
        None => return html! { <span class="mh-est-total-amount">{ t(lang, key::PRICING_CUSTOM) }</span> },
        Some(n) if est.incomplete => (key::PRICING_AT_LEAST, n),
        Some(n) => (key::PRICING_PER_MONTH, n),
    };
    let (before, after) = t(lang, k).split_once("{amount}").unwrap_or(("", ""));
    html! {
        <>
            if !before.is_empty() { <span class="mh-est-total-unit">{ before }</span> }
            <span class="mh-est-total-amount">{ intl::usd(lang, n) }</span>
            if !after.is_empty() { <span class="mh-est-total-unit">{ after }</span> }
        </>
    }
}

/// The estimate.
#[function_component(PricingResult)]
pub fn pricing_result(props: &PricingResultProps) -> Html {
    let Some(ctx) = use_context::<AppContext>() else { return Html::default() };
    let Ok(data) = PricingData::get() else { return Html::default() };
    let lang = ctx.lang;
    let est = &props.estimate;
    let num = move |n: u64| intl::count(lang, n);
    let headline = est.headline(data, lang, &num);
    let quote_text = quote(est, data, lang, &num);

    let lines = est.lines.iter().map(|item| {
        let amount = match item.usd {
            Some(n) => fill(lang, key::PRICING_PER_MONTH, &[("amount", &intl::usd(lang, n))]),
            None => t(lang, key::PRICING_LINE_CUSTOM).to_string(),
        };
        html! {
            <tr>
                <th scope="row">{ item.kind.label(data, lang, &num) }</th>
                <td class="mh-est-amount">{ amount }</td>
            </tr>
        }
    });
    let warnings = est.warnings.iter().map(|w| {
        let mut text = w.text(data, lang, &num);
        if matches!(w, Warning::FreeDailyCap { .. }) {
            text.push(' ');
            text.push_str(&next_reset(lang));
        }
        html! { <li class="mh-entry mh-warn" data-warning={warning_id(w)}>{ text }</li> }
    });
    let sub = if est.monthly_usd.is_none() {
        Some(t(lang, key::PRICING_CUSTOM_HINT))
    } else if est.incomplete {
        Some(t(lang, key::PRICING_INCOMPLETE))
    } else {
        None
    };

    html! {
        <section class="mh-est-result" data-testid="pricing-result" data-plan={est.plan_id()}
            data-monthly-usd={monthly_usd_attr(est)} data-incomplete={est.incomplete.then_some("true")}
            aria-label={t(lang, key::PRICING_RESULT)}>
            <div class="mh-est-answer" role="status" aria-live="polite" aria-atomic="true">
                <p class="mh-est-kicker">{ t(lang, key::PRICING_RECOMMENDED) }</p>
                <p class="mh-est-plan">{ data.plan_name(est.plan, lang) }</p>
                <p class="mh-est-headline" data-testid="pricing-headline">{ headline }</p>
                <p class="mh-est-kicker">{ t(lang, key::PRICING_TOTAL) }</p>
                <p class={classes!("mh-est-total", est.incomplete.then_some("is-incomplete"))} data-testid="pricing-total">
                    { big_total(est, lang) }
                </p>
                { for sub.map(|s| html! { <p class="mh-est-sub">{ s }</p> }) }
            </div>
            <h2>{ t(lang, key::PRICING_LINES) }</h2>
            <table class="mh-table mh-est-lines">
                <tbody>{ for lines }</tbody>
                <tfoot><tr>
                    <th scope="row">{ t(lang, key::PRICING_TOTAL) }</th>
                    <td class="mh-est-amount">{ total_text(est, lang) }</td>
                </tr></tfoot>
            </table>
            if !est.warnings.is_empty() {
                <h2>{ t(lang, key::PRICING_WARNINGS) }</h2>
                <ul class="mh-list mh-est-warnings">{ for warnings }</ul>
            }
            <div class="mh-est-actions">
                <CopyButton text={quote_text} label={AttrValue::from(t(lang, key::PRICING_COPY_QUOTE))}
                    testid={AttrValue::from("copy-quote")} />
            </div>
        </section>
    }
}
