//! Every plan side by side for the current inputs: the verdict, the total it would cost, and why
//! it does or does not fit.

use crate::components::raw;
use crate::platform::intl;
use mailgun_help_core::i18n::{fill, key, t};
use mailgun_help_core::lang::Lang;
use mailgun_help_core::markup::Markup;
use mailgun_help_core::pricing::{Estimate, FitNote, PricingData, Verdict};
use yew::prelude::*;

fn verdict_id(v: Verdict) -> &'static str {
    match v {
        Verdict::Chosen => "chosen",
        Verdict::Fits | Verdict::FitsUncompared => "fits",
        Verdict::DoesNotFit => "no-fit",
    }
}

/// "bad" for a reason the plan fails, "caution" for something to confirm, "ok" otherwise.
fn note_kind(n: &FitNote) -> &'static str {
    match n {
        FitNote::DailyCapExceeded { .. }
        | FitNote::MonthlyCapExceeded { .. }
        | FitNote::AtCustomFloor { .. }
        | FitNote::Lacks(_)
        | FitNote::NoDedicatedIps => "bad",
        FitNote::OverageUnknown { .. } | FitNote::BelowFloor { .. } | FitNote::CheaperPlanFits => "caution",
        _ => "ok",
    }
}

fn mark(kind: &str) -> &'static str {
    match kind {
        "bad" => "✗",
        "caution" => "!",
        _ => "✓",
    }
}

/// The side-by-side.
pub fn pricing_compare(est: &Estimate, lang: Lang) -> Html {
    let Ok(data) = PricingData::get() else { return Html::default() };
    let num = move |n: u64| intl::count(lang, n);
    let mut m = Markup::new();
    m.tag("section").attr("class", "mh-est-compare").attr("data-testid", "pricing-compare").end();
    m.el("h2", t(lang, key::PRICING_COMPARE)).open_class("ul", "mh-list mh-est-cards");
    for fit in &est.plans {
        let custom = data.plan(fit.plan).is_some_and(|p| p.price_usd.is_none());
        let overage = fit.notes.iter().any(|n| matches!(n, FitNote::OverageUnknown { .. }));
        let total = match (fit.verdict, fit.total_usd) {
            (Verdict::DoesNotFit, _) => "—".to_string(),
            (_, None) if custom => t(lang, key::PRICING_CUSTOM).to_string(),
            (_, None) => "—".to_string(),
            (_, Some(n)) if overage => fill(lang, key::PRICING_AT_LEAST, &[("amount", &intl::usd(lang, n))]),
            (_, Some(n)) => fill(lang, key::PRICING_PER_MONTH, &[("amount", &intl::usd(lang, n))]),
        };
        let chosen = fit.verdict == Verdict::Chosen;
        let verdict = verdict_id(fit.verdict);
        m.tag("li")
            .attr("class", if chosen { "mh-card mh-est-plan-card is-chosen" } else { "mh-card mh-est-plan-card" })
            .attr("data-plan-card", fit.plan.id())
            .attr("data-verdict", verdict)
            .attr_opt("aria-current", chosen.then_some("true"))
            .end();
        m.el("h3", &data.plan_name(fit.plan, lang));
        m.el_class("p", &format!("mh-est-verdict is-{verdict}"), fit.verdict.label(lang));
        m.el_class("p", "mh-est-card-total", &total).open_class("ul", "mh-list");
        for n in &fit.notes {
            let kind = note_kind(n);
            m.open_class("li", &format!("mh-est-note is-{kind}"));
            m.tag("span").attr("class", "mh-est-mark").attr("aria-hidden", "true").end().text(mark(kind)).close("span");
            m.text(&n.text(data, lang, &num)).close("li");
        }
        m.close("ul").close("li");
    }
    m.close("ul").close("section");
    raw(m)
}
