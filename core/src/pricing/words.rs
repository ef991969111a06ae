//! The estimator's sentences in both languages.
//!
//! Every sentence is built from the structured result and the data's names, so it always says what
//! the numbers say. Numbers go through a formatter the caller passes: the UI hands in the browser's
//! `Intl.NumberFormat`, the copied quote uses [`group`](super::group).

use super::data::{Period, PlanId, PricingData};
use super::estimate::{Estimate, FitNote, LineKind, Requirement, Verdict, Warning};
use crate::lang::Lang;

/// Formats a count for display (e.g. `50000` → `50,000`).
pub type NumFmt<'a> = &'a dyn Fn(u64) -> String;

fn usd(num: NumFmt, n: u64) -> String {
    format!("${}", num(n))
}

/// Joins phrases: "a, b and c" / "a、b和c".
fn join(lang: Lang, parts: &[String]) -> String {
    match (parts, lang) {
        ([], _) => String::new(),
        ([one], _) => one.clone(),
        ([init @ .., last], Lang::En) => format!("{} and {last}", init.join(", ")),
        ([init @ .., last], Lang::Zh) => format!("{}，并且{last}", init.join(",")),
    }
}

/// The plan one below `plan`, for "more than Foundation includes".
fn plan_below(plan: PlanId) -> Option<PlanId> {
    plan.rank().checked_sub(1).and_then(|r| PlanId::ALL.get(r).copied())
}

impl Requirement {
    /// Why this requirement needs `plan`, as a clause: "you need 2 dedicated IPs" / "你需要2个专用IP".
    pub fn clause(&self, plan: PlanId, data: &PricingData, lang: Lang, num: NumFmt) -> String {
        let zh = lang == Lang::Zh;
        match *self {
            Requirement::Feature(f) if zh => format!("你需要{}", data.feature_name(f, lang)),
            Requirement::Feature(f) => format!("you need {}", data.feature_name(f, lang)),
            Requirement::DedicatedIps(n) if zh => format!("你需要{n}个专用IP"),
            Requirement::DedicatedIps(1) => "you need a dedicated IP".into(),
            Requirement::DedicatedIps(n) => format!("you need {n} dedicated IPs"),
            Requirement::Volume { monthly, busiest_day, peak_given } => {
                let below = plan_below(plan).map(|p| (p, data.volume(p)));
                let v = data.volume(plan);
                let (m, b) = (num(monthly), num(busiest_day));
                match below {
                    _ if v.from && zh => {
                        format!("你每月发送{m}封（达到{}每月{}封的起步量）", data.plan_name(plan, lang), num(v.emails))
                    }
                    _ if v.from => format!(
                        "you send {m} emails a month ({} starts at {})",
                        data.plan_name(plan, lang),
                        num(v.emails)
                    ),
                    Some((p, pv)) if pv.per == Period::Day && zh => {
                        let how = if peak_given { "" } else { "；按每月量÷30估算" };
                        format!("你最忙的一天约{b}封（超过{}每天{}封{how}）", data.plan_name(p, lang), num(pv.emails))
                    }
                    Some((p, pv)) if pv.per == Period::Day => {
                        let how = if peak_given { "" } else { "; monthly ÷ 30" };
                        format!(
                            "your busiest day is about {b} emails (over {}'s {} a day{how})",
                            data.plan_name(p, lang),
                            num(pv.emails)
                        )
                    }
                    Some((p, pv)) if zh => {
                        format!("你每月发送{m}封（超过{}包含的{}封）", data.plan_name(p, lang), num(pv.emails))
                    }
                    Some((p, pv)) => format!(
                        "you send {m} emails a month (over the {} {} includes)",
                        num(pv.emails),
                        data.plan_name(p, lang)
                    ),
                    None if zh => format!("你每月发送{m}封"),
                    None => format!("you send {m} emails a month"),
                }
            }
        }
    }
}

impl Estimate {
    /// The one-line answer: "Scale, because you need 2 dedicated IPs".
    pub fn headline(&self, data: &PricingData, lang: Lang, num: NumFmt) -> String {
        let name = data.plan_name(self.plan, lang);
        if self.because.is_empty() {
            let busiest = num(self.input.busiest_day());
            let cap = num(data.volume(self.plan).emails);
            return match lang {
                Lang::En => format!("{name}, because your busiest day (about {busiest} emails) fits in {cap} a day and nothing you need is paid"),
                Lang::Zh => format!("{name}，因为你最忙的一天约{busiest}封，在每天{cap}封之内，且不需要付费功能"),
            };
        }
        let clauses: Vec<String> = self.because.iter().map(|r| r.clause(self.plan, data, lang, num)).collect();
        match lang {
            Lang::En => format!("{name}, because {}", join(lang, &clauses)),
            Lang::Zh => format!("{name}，因为{}", join(lang, &clauses)),
        }
    }

    /// The total for display: "$149", "at least $90 + overage", or "Custom".
    pub fn total_label(&self, lang: Lang, num: NumFmt) -> String {
        match (self.monthly_usd, self.incomplete, lang) {
            (None, _, Lang::En) => "Custom (contact Mailgun sales)".into(),
            (None, _, Lang::Zh) => "定制价格（请联系Mailgun销售）".into(),
            (Some(n), false, Lang::En) => format!("{}/mo", usd(num, n)),
            (Some(n), false, Lang::Zh) => format!("{}/月", usd(num, n)),
            (Some(n), true, Lang::En) => format!("at least {}/mo + overage (INCOMPLETE)", usd(num, n)),
            (Some(n), true, Lang::Zh) => format!("至少{}/月 + 超额费用（估算不完整）", usd(num, n)),
        }
    }
}

impl LineKind {
    /// The line's label: "Scale plan", "2 × dedicated IP ($59 each)", "Optimize Pilot".
    pub fn label(&self, data: &PricingData, lang: Lang, num: NumFmt) -> String {
        match (*self, lang) {
            (LineKind::Plan(p), Lang::En) => format!("{} plan", data.plan_name(p, lang)),
            (LineKind::Plan(p), Lang::Zh) => format!("{}套餐", data.plan_name(p, lang)),
            (LineKind::DedicatedIps { count, each_usd }, Lang::En) => {
                format!("{count} × dedicated IP ({} each)", usd(num, each_usd))
            }
            (LineKind::DedicatedIps { count, each_usd }, Lang::Zh) => {
                format!("{count} × 专用IP（每个{}）", usd(num, each_usd))
            }
            (LineKind::Optimize(o), _) => {
                data.optimize_tier(o).map_or_else(|| o.id().to_string(), |t| t.name.get(lang).to_string())
            }
        }
    }
}

impl Verdict {
    /// "Recommended", "Fits, costs more", "Does not fit".
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Verdict::Chosen, Lang::En) => "Recommended",
            (Verdict::Chosen, Lang::Zh) => "推荐",
            (Verdict::Fits, Lang::En) => "Fits, costs more",
            (Verdict::Fits, Lang::Zh) => "适用，但更贵",
            (Verdict::DoesNotFit, Lang::En) => "Does not fit",
            (Verdict::DoesNotFit, Lang::Zh) => "不适用",
        }
    }
}

impl FitNote {
    /// The note as a short sentence.
    pub fn text(&self, data: &PricingData, lang: Lang, num: NumFmt) -> String {
        let zh = lang == Lang::Zh;
        match *self {
            FitNote::VolumeFits { included, per: Period::Day } if zh => format!("每天{}封以内，够用", num(included)),
            FitNote::VolumeFits { included, per: Period::Day } => {
                format!("Your busiest day fits in {} a day", num(included))
            }
            FitNote::VolumeFits { included, per: Period::Month } if zh => format!("每月包含{}封，够用", num(included)),
            FitNote::VolumeFits { included, per: Period::Month } => {
                format!("Your volume fits in the {} included a month", num(included))
            }
            FitNote::DailyCapExceeded { busiest_day, cap } if zh => {
                format!("最忙一天约{}封，超过每天{}封的上限", num(busiest_day), num(cap))
            }
            FitNote::DailyCapExceeded { busiest_day, cap } => {
                format!("Busiest day (about {}) is over the {} a day cap", num(busiest_day), num(cap))
            }
            FitNote::MonthlyCapExceeded { monthly, included } if zh => {
                format!("每月{}封，超过包含的{}封", num(monthly), num(included))
            }
            FitNote::MonthlyCapExceeded { monthly, included } => {
                format!("{} a month is over the {} included", num(monthly), num(included))
            }
            FitNote::OverageUnknown { monthly, included } if zh => {
                format!("每月{}封超过包含的{}封；超额费率未知，请向Mailgun确认", num(monthly), num(included))
            }
            FitNote::OverageUnknown { monthly, included } => format!(
                "{} a month is over the {} included; the overage rate is unknown — confirm with Mailgun",
                num(monthly),
                num(included)
            ),
            FitNote::BelowFloor { floor } if zh => format!("通常每月{}封起；低于此量也可咨询", num(floor)),
            FitNote::BelowFloor { floor } => {
                format!("Usually from {} a month; ask if you need it at lower volume", num(floor))
            }
            FitNote::Lacks(f) if zh => format!("不包含{}", data.feature_name(f, lang)),
            FitNote::Lacks(f) => format!("Does not include {}", data.feature_name(f, lang)),
            FitNote::NoDedicatedIps if zh => "不支持专用IP".into(),
            FitNote::NoDedicatedIps => "Does not allow dedicated IPs".into(),
            FitNote::CustomPrice if zh => "定制价格".into(),
            FitNote::CustomPrice => "Custom price".into(),
            FitNote::CustomVolume { floor } if zh => format!("定制额度，每月{}封起", num(floor)),
            FitNote::CustomVolume { floor } => format!("Custom volume, from {} a month", num(floor)),
            FitNote::CheaperPlanFits if zh => "更便宜的套餐已够用".into(),
            FitNote::CheaperPlanFits => "A cheaper plan already fits".into(),
        }
    }
}

impl Warning {
    /// The warning as one or two sentences. For [`Warning::FreeDailyCap`] the UI appends the time of
    /// the next reset in local time (see [`ms_until_next_utc_midnight`](super::ms_until_next_utc_midnight)).
    pub fn text(&self, data: &PricingData, lang: Lang, num: NumFmt) -> String {
        let zh = lang == Lang::Zh;
        match *self {
            Warning::FreeDailyCap { cap, assumed_busiest_day } => {
                let free = data.plan_name(PlanId::Free, lang);
                let assumed = match (assumed_busiest_day, zh) {
                    (Some(b), true) => format!("我们按每月量÷30估算最忙一天约{}封；如果发送量有波动，请填写最忙一天的数量。", num(b)),
                    (Some(b), false) => format!(" We assumed about {} on your busiest day (monthly ÷ 30); if your sending is bursty, enter your busiest day.", num(b)),
                    (None, _) => String::new(),
                };
                if zh {
                    format!("{free}每天（不是每月）最多{}封，更忙的一天会触及上限；额度在UTC时间零点重置。{assumed}", num(cap))
                } else {
                    format!("{free} allows {} emails per DAY (not per month); a busier day hits the cap, and the count resets at midnight UTC.{assumed}", num(cap))
                }
            }
            Warning::IpWarmup { min_weeks, max_weeks } if zh => format!("新的专用IP没有信誉，需要在{min_weeks}-{max_weeks}周内从低发送量逐步预热；在未预热的IP上大量发送会严重影响送达率。"),
            Warning::IpWarmup { min_weeks, max_weeks } => format!("A new dedicated IP has no reputation: warm it up over {min_weeks}–{max_weeks} weeks, starting at low volume. Sending high volume on a cold IP hurts deliverability."),
            Warning::IpLowVolume { per_ip, threshold } if zh => format!("每个专用IP每月只承载约{}封（低于{}封）：这种发送量下，Mailgun的共享IP池通常投递效果更好。", num(per_ip), num(threshold)),
            Warning::IpLowVolume { per_ip, threshold } => format!("Each dedicated IP would carry only about {} emails a month (under {}): at that volume Mailgun's shared IP pools often deliver better.", num(per_ip), num(threshold)),
            Warning::OptimizeNotIncluded { tier } => {
                let name = data.optimize_tier(tier).map_or_else(|| tier.id().to_string(), |t| t.name.get(lang).to_string());
                if zh {
                    format!("{name}是独立付费附加组件，不包含在任何发送套餐中，已单独计入总价。")
                } else {
                    format!("{name} is a separate paid add-on, not included in any Send plan; it is billed on top and counted in the total.")
                }
            }
            Warning::OverageUnknown { plan, included, monthly, floor } => {
                let name = data.plan_name(plan, lang);
                let custom = data.plan_name(PlanId::Enterprise, lang);
                if zh {
                    format!("估算不完整：每月{}封超过{name}包含的{}封，但低于{custom}每月{}封的起步量。我们没有超额费率，总价只含已知的基础部分。请向Mailgun确认：超额部分每千封的价格，或是否有适合此发送量的更高档位。", num(monthly), num(included), num(floor))
                } else {
                    format!("INCOMPLETE estimate: {} a month is over the {} {name} includes but under {custom}'s {} floor. We have no overage rate, so the total shows only the known base. Confirm with Mailgun: the price per 1,000 emails over {}, or a volume tier that fits.", num(monthly), num(included), num(floor), num(included))
                }
            }
            Warning::CustomPrice { plan } => {
                let name = data.plan_name(plan, lang);
                if zh {
                    format!("{name}为定制价格，没有公开标价：请联系Mailgun销售获取报价。上面列出的附加组件价格仅供参考。")
                } else {
                    format!("{name} has a custom price with no public list price: ask Mailgun sales for a quote. Add-on prices above are for reference.")
                }
            }
        }
    }
}
