//! The estimator's sentences in both languages: the `[estimate]` strings of `assets/i18n`, filled
//! from the structured result and the data's names, so they always say what the numbers say.
//! Numbers go through a formatter the caller passes: the UI hands in the browser's
//! `Intl.NumberFormat`, the copied quote uses [`group`](super::group).

use super::data::{Period, PlanId, PricingData};
use super::estimate::{Estimate, FitNote, LineKind, Requirement, Verdict, Warning};
use crate::i18n::{fill, key, t, Key};
use crate::lang::Lang;

/// Formats a count for display (e.g. `50000` → `50,000`).
pub type NumFmt<'a> = &'a dyn Fn(u64) -> String;

fn usd(num: NumFmt, n: u64) -> String {
    format!("${}", num(n))
}

/// Joins phrases: "a, b and c" / "a、b和c".
fn join(lang: Lang, parts: &[String]) -> String {
    match parts {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => {
            let init = init.join(t(lang, key::ESTIMATE_LIST_SEP));
            fill(lang, key::ESTIMATE_LIST_LAST, &[("init", &init), ("last", last)])
        }
    }
}

/// The plan one below `plan`, for "more than Foundation includes".
fn plan_below(plan: PlanId) -> Option<PlanId> {
    plan.rank().checked_sub(1).and_then(|r| PlanId::ALL.get(r).copied())
}

impl Requirement {
    /// Why this requirement needs `plan`, as a clause: "you need 2 dedicated IPs" / "你需要 2 个专用 IP".
    pub fn clause(&self, plan: PlanId, data: &PricingData, lang: Lang, num: NumFmt) -> String {
        match *self {
            Requirement::Feature(f) => {
                fill(lang, key::ESTIMATE_NEED_FEATURE, &[("feature", &data.feature_name(f, lang))])
            }
            Requirement::DedicatedIps(1) => t(lang, key::ESTIMATE_NEED_ONE_IP).to_string(),
            Requirement::DedicatedIps(n) => fill(lang, key::ESTIMATE_NEED_IPS, &[("count", &n.to_string())]),
            Requirement::Volume { monthly, busiest_day, peak_given } => {
                let v = data.volume(plan);
                let over_top = v.per == Period::Month && !v.from && monthly > v.emails;
                let custom = super::estimate::custom_plan(data);
                let monthly = num(monthly);
                match plan_below(plan).map(|p| (p, data.volume(p))) {
                    // Over what even this plan includes: the rest is overage, below the custom plan.
                    _ if over_top && custom.is_some() => {
                        let (custom_name, floor) =
                            custom.map(|c| (c.name.get(lang).to_string(), num(c.volume.emails))).unwrap_or_default();
                        fill(
                            lang,
                            key::ESTIMATE_VOLUME_OVER_TOP,
                            &[
                                ("monthly", &monthly),
                                ("plan", &data.plan_name(plan, lang)),
                                ("included", &num(v.emails)),
                                ("custom", &custom_name),
                                ("floor", &floor),
                            ],
                        )
                    }
                    _ if v.from => fill(
                        lang,
                        key::ESTIMATE_VOLUME_FROM,
                        &[("monthly", &monthly), ("plan", &data.plan_name(plan, lang)), ("floor", &num(v.emails))],
                    ),
                    Some((p, pv)) if pv.per == Period::Day => {
                        // "about" only for a busiest day assumed from the month, not one typed.
                        let (how, about) = if peak_given {
                            ("", "")
                        } else {
                            (t(lang, key::ESTIMATE_VOLUME_ASSUMED), t(lang, key::ESTIMATE_ABOUT))
                        };
                        fill(
                            lang,
                            key::ESTIMATE_VOLUME_OVER_DAY,
                            &[
                                ("about", about),
                                ("busiest", &num(busiest_day)),
                                ("plan", &data.plan_name(p, lang)),
                                ("cap", &num(pv.emails)),
                                ("how", how),
                            ],
                        )
                    }
                    Some((p, pv)) => fill(
                        lang,
                        key::ESTIMATE_VOLUME_OVER_MONTH,
                        &[("monthly", &monthly), ("plan", &data.plan_name(p, lang)), ("included", &num(pv.emails))],
                    ),
                    None => fill(lang, key::ESTIMATE_VOLUME, &[("monthly", &monthly)]),
                }
            }
        }
    }
}

impl Estimate {
    /// The one-line answer: "Scale, because you need 2 dedicated IPs".
    pub fn headline(&self, data: &PricingData, lang: Lang, num: NumFmt) -> String {
        let plan = data.plan_name(self.plan, lang);
        if self.because.is_empty() {
            let busiest = num(self.input.busiest_day());
            let cap = num(data.volume(self.plan).emails);
            return fill(lang, key::ESTIMATE_HEADLINE_FREE, &[("plan", &plan), ("busiest", &busiest), ("cap", &cap)]);
        }
        let clauses: Vec<String> = self.because.iter().map(|r| r.clause(self.plan, data, lang, num)).collect();
        fill(lang, key::ESTIMATE_HEADLINE, &[("plan", &plan), ("reasons", &join(lang, &clauses))])
    }

    /// The total for display: "$149", "at least $90 + overage", or "Custom".
    pub fn total_label(&self, lang: Lang, num: NumFmt) -> String {
        match (self.monthly_usd, self.incomplete) {
            (None, _) => t(lang, key::ESTIMATE_TOTAL_CUSTOM).to_string(),
            (Some(n), false) => fill(lang, key::ESTIMATE_TOTAL, &[("usd", &usd(num, n))]),
            (Some(n), true) => fill(lang, key::ESTIMATE_TOTAL_INCOMPLETE, &[("usd", &usd(num, n))]),
        }
    }
}

impl LineKind {
    /// The line's label: "Scale plan", "2 × dedicated IP ($59 each)", "Optimize Pilot".
    pub fn label(&self, data: &PricingData, lang: Lang, num: NumFmt) -> String {
        match *self {
            LineKind::Plan(p) => fill(lang, key::ESTIMATE_LINE_PLAN, &[("plan", &data.plan_name(p, lang))]),
            LineKind::DedicatedIps { count, each_usd } => {
                fill(lang, key::ESTIMATE_LINE_IPS, &[("count", &count.to_string()), ("usd", &usd(num, each_usd))])
            }
            LineKind::Optimize(o) => {
                data.optimize_tier(o).map_or_else(|| o.id().to_string(), |t| t.name.get(lang).to_string())
            }
        }
    }
}

impl Verdict {
    /// "Recommended", "Fits, costs more", "Fits, price to compare", "Does not fit".
    pub fn label(self, lang: Lang) -> &'static str {
        t(
            lang,
            match self {
                Verdict::Chosen => key::ESTIMATE_VERDICT_CHOSEN,
                Verdict::Fits => key::ESTIMATE_VERDICT_FITS,
                Verdict::FitsUncompared => key::ESTIMATE_VERDICT_FITS_UNCOMPARED,
                Verdict::DoesNotFit => key::ESTIMATE_VERDICT_NO,
            },
        )
    }
}

impl FitNote {
    /// The note as a short sentence.
    pub fn text(&self, data: &PricingData, lang: Lang, num: NumFmt) -> String {
        let (k, args): (Key, Vec<(&str, String)>) = match *self {
            FitNote::VolumeFits { included, per: Period::Day } => (key::ESTIMATE_FIT_DAY, vec![("cap", num(included))]),
            FitNote::VolumeFits { included, per: Period::Month } => {
                (key::ESTIMATE_FIT_MONTH, vec![("included", num(included))])
            }
            FitNote::DailyCapExceeded { busiest_day, cap } => {
                (key::ESTIMATE_FIT_DAY_OVER, vec![("busiest", num(busiest_day)), ("cap", num(cap))])
            }
            FitNote::MonthlyCapExceeded { monthly, included } => {
                (key::ESTIMATE_FIT_MONTH_OVER, vec![("monthly", num(monthly)), ("included", num(included))])
            }
            FitNote::OverageUnknown { monthly, included } => {
                (key::ESTIMATE_FIT_OVERAGE, vec![("monthly", num(monthly)), ("included", num(included))])
            }
            FitNote::BelowFloor { floor } => (key::ESTIMATE_FIT_BELOW_FLOOR, vec![("floor", num(floor))]),
            FitNote::AtCustomFloor { floor } => (
                key::ESTIMATE_FIT_AT_FLOOR,
                vec![("floor", num(floor)), ("custom", data.plan_name(PlanId::Enterprise, lang))],
            ),
            FitNote::Lacks(f) => (key::ESTIMATE_FIT_LACKS, vec![("feature", data.feature_name(f, lang))]),
            FitNote::NoDedicatedIps => (key::ESTIMATE_FIT_NO_IPS, Vec::new()),
            FitNote::CustomPrice => (key::ESTIMATE_FIT_CUSTOM_PRICE, Vec::new()),
            FitNote::CustomVolume { floor } => (key::ESTIMATE_FIT_CUSTOM_VOLUME, vec![("floor", num(floor))]),
            FitNote::CheaperPlanFits => (key::ESTIMATE_FIT_CHEAPER, Vec::new()),
            FitNote::CheaperPlanFitsWithOverage => (key::ESTIMATE_FIT_CHEAPER_OVERAGE, Vec::new()),
        };
        filled(lang, k, &args)
    }
}

/// [`fill`] with owned values.
fn filled(lang: Lang, k: Key, args: &[(&str, String)]) -> String {
    let refs: Vec<(&str, &str)> = args.iter().map(|(name, value)| (*name, value.as_str())).collect();
    fill(lang, k, &refs)
}

impl Warning {
    /// The warning as one or two sentences. For [`Warning::FreeDailyCap`] the UI appends the time of
    /// the next reset in local time (see [`ms_until_next_utc_midnight`](super::ms_until_next_utc_midnight)).
    pub fn text(&self, data: &PricingData, lang: Lang, num: NumFmt) -> String {
        let (k, args): (Key, Vec<(&str, String)>) = match *self {
            Warning::FreeDailyCap { cap, assumed_busiest_day } => {
                let assumed = assumed_busiest_day
                    .map_or_else(String::new, |b| fill(lang, key::ESTIMATE_WARN_FREE_ASSUMED, &[("busiest", &num(b))]));
                (
                    key::ESTIMATE_WARN_FREE_CAP,
                    vec![("plan", data.plan_name(PlanId::Free, lang)), ("cap", num(cap)), ("assumed", assumed)],
                )
            }
            Warning::IpWarmup { min_weeks, max_weeks } => {
                (key::ESTIMATE_WARN_IP_WARMUP, vec![("min", min_weeks.to_string()), ("max", max_weeks.to_string())])
            }
            Warning::IpLowVolume { per_ip, threshold } => {
                (key::ESTIMATE_WARN_IP_LOW, vec![("per_ip", num(per_ip)), ("threshold", num(threshold))])
            }
            Warning::OptimizeNotIncluded { tier } => {
                let name =
                    data.optimize_tier(tier).map_or_else(|| tier.id().to_string(), |t| t.name.get(lang).to_string());
                (key::ESTIMATE_WARN_OPTIMIZE, vec![("tier", name)])
            }
            Warning::OverageUnknown { plan, included, monthly, floor } => (
                key::ESTIMATE_WARN_OVERAGE,
                vec![
                    ("monthly", num(monthly)),
                    ("included", num(included)),
                    ("plan", data.plan_name(plan, lang)),
                    ("custom", data.plan_name(PlanId::Enterprise, lang)),
                    ("floor", num(floor)),
                ],
            ),
            Warning::CustomPrice { plan } => {
                (key::ESTIMATE_WARN_CUSTOM_PRICE, vec![("plan", data.plan_name(plan, lang))])
            }
        };
        filled(lang, k, &args)
    }
}
