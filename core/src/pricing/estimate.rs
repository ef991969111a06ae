//! Choosing the plan, totalling the month, and saying why.
//!
//! Each plan is checked against each requirement (volume, every need, dedicated IPs) using only the
//! data file; the chosen plan is the cheapest one that passes them all. The same per-requirement
//! check names the binding constraints (the ones whose own cheapest plan is the chosen one), so the
//! "because" is never a canned sentence.

use super::data::{Feature, Optimize, Period, Plan, PlanId, PricingData};
use super::input::Input;

/// One thing the inputs require of a plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Requirement {
    /// The sending volume.
    Volume {
        /// Emails a month.
        monthly: u64,
        /// Emails on the busiest day (given, or `ceil(monthly / 30)`).
        busiest_day: u64,
        /// True when the busiest day was given, false when assumed.
        peak_given: bool,
    },
    /// A ticked need.
    Feature(Feature),
    /// Dedicated IPs (at least one).
    DedicatedIps(u32),
}

/// How a plan handles the volume.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VolumeFit {
    /// Within the included volume (or, for a custom-volume plan, any volume).
    Covered,
    /// Above the included volume of the largest self-serve plan and below the custom plan's floor:
    /// the base is known, the overage rate is not.
    OverageUnknown,
    /// Over the plan's cap.
    Exceeded,
}

/// One reason a plan does or does not fit, for the side-by-side view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FitNote {
    /// The volume fits (per day or per month, with the plan's figure).
    VolumeFits {
        /// The plan's included emails.
        included: u64,
        /// Per day or per month.
        per: Period,
    },
    /// The busiest day is over a daily cap.
    DailyCapExceeded {
        /// Emails on the busiest day.
        busiest_day: u64,
        /// The cap.
        cap: u64,
    },
    /// The month is over a monthly cap.
    MonthlyCapExceeded {
        /// Emails a month.
        monthly: u64,
        /// The included volume.
        included: u64,
    },
    /// Over the included volume; overage rate not in the data.
    OverageUnknown {
        /// Emails a month.
        monthly: u64,
        /// The included volume.
        included: u64,
    },
    /// A priced plan asked about a month at or above the custom plan's floor, where Mailgun sells
    /// the volume as that plan (with overage it would fit just below the floor).
    AtCustomFloor {
        /// The custom plan's floor.
        floor: u64,
    },
    /// A custom-volume plan asked about a volume under its floor; the price is custom either way.
    BelowFloor {
        /// The plan's floor.
        floor: u64,
    },
    /// A custom-volume plan at or above its floor.
    CustomVolume {
        /// The plan's floor.
        floor: u64,
    },
    /// A ticked need the plan lacks.
    Lacks(Feature),
    /// The plan does not allow dedicated IPs.
    NoDedicatedIps,
    /// The plan has a custom price.
    CustomPrice,
    /// It fits, but a cheaper plan fits too.
    CheaperPlanFits,
    /// It fits, and so does a cheaper plan, but only with overage at a rate not in the data.
    CheaperPlanFitsWithOverage,
}

/// Whether a plan fits these inputs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// The recommendation.
    Chosen,
    /// Fits, but costs more than the chosen plan.
    Fits,
    /// Fits, beside a recommendation whose total is only a lower bound (its overage has no known
    /// rate), so which costs more is not known.
    FitsUncompared,
    /// Does not fit.
    DoesNotFit,
}

/// One column of the side-by-side.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanFit {
    /// The plan.
    pub plan: PlanId,
    /// Whether it fits.
    pub verdict: Verdict,
    /// The monthly total on this plan with the same add-ons, when it fits and has a price.
    pub total_usd: Option<u64>,
    /// Why, one note per requirement checked, failures first.
    pub notes: Vec<FitNote>,
}

/// A priced line of the estimate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineKind {
    /// The plan's base price.
    Plan(PlanId),
    /// Dedicated IPs.
    DedicatedIps {
        /// How many.
        count: u32,
        /// Whole dollars each per month.
        each_usd: u64,
    },
    /// An Optimize tier.
    Optimize(Optimize),
}

/// One line item; `usd` is `None` for a custom price.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LineItem {
    /// What is charged.
    pub kind: LineKind,
    /// Whole dollars a month.
    pub usd: Option<u64>,
}

/// Something the reader should know before relying on the number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Warning {
    /// Free counts per day and resets at midnight UTC (the UI adds the time to the next reset).
    FreeDailyCap {
        /// Emails a day.
        cap: u64,
        /// The busiest day used, when it was assumed from the month rather than given.
        assumed_busiest_day: Option<u64>,
    },
    /// New dedicated IPs need warming up.
    IpWarmup {
        /// Shortest warm-up, weeks.
        min_weeks: u32,
        /// Longest warm-up, weeks.
        max_weeks: u32,
    },
    /// Each dedicated IP would carry little mail; shared pools often do better.
    IpLowVolume {
        /// Emails a month per IP.
        per_ip: u64,
        /// The threshold from the data.
        threshold: u64,
    },
    /// Optimize is billed on top of every plan.
    OptimizeNotIncluded {
        /// The tier chosen.
        tier: Optimize,
    },
    /// Volume above the largest self-serve plan and below the custom plan's floor: incomplete total.
    OverageUnknown {
        /// The plan whose base is shown.
        plan: PlanId,
        /// Its included volume.
        included: u64,
        /// Emails a month.
        monthly: u64,
        /// The custom plan's floor.
        floor: u64,
    },
    /// The chosen plan has a custom price.
    CustomPrice {
        /// The plan.
        plan: PlanId,
    },
}

/// The estimator's answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Estimate {
    /// The inputs it answers.
    pub input: Input,
    /// The recommended plan (`plan.id()` is the UI contract's string).
    pub plan: PlanId,
    /// Plan, IPs, Optimize, in that order (IPs and Optimize only when chosen).
    pub lines: Vec<LineItem>,
    /// The monthly total in whole dollars; `None` when the price is custom.
    pub monthly_usd: Option<u64>,
    /// True when `monthly_usd` is only the known base (overage rate unknown).
    pub incomplete: bool,
    /// The binding constraints; empty when the plan is the cheapest one (Free) anyway.
    pub because: Vec<Requirement>,
    /// Every plan, cheapest first, with whether and why it fits.
    pub plans: Vec<PlanFit>,
    /// Warnings that apply, most important first.
    pub warnings: Vec<Warning>,
}

/// The largest plan with a price and a monthly cap: the one whose overflow is "base known, overage
/// unknown" rather than "does not fit".
fn overflow_plan(data: &PricingData) -> Option<PlanId> {
    data.plans
        .iter()
        .rev()
        .find(|p| p.price_usd.is_some() && p.volume.per == Period::Month && !p.volume.from)
        .map(|p| p.id)
}

/// The custom-volume plan (`from = true`), if any.
pub(super) fn custom_plan(data: &PricingData) -> Option<&Plan> {
    data.plans.iter().find(|p| p.volume.from)
}

/// The floor of the custom-volume plan, if any.
fn custom_floor(data: &PricingData) -> Option<u64> {
    custom_plan(data).map(|p| p.volume.emails)
}

/// How `plan` handles the input's volume.
pub fn volume_fit(data: &PricingData, plan: PlanId, input: &Input) -> VolumeFit {
    let v = data.volume(plan);
    let within = match (v.per, v.from) {
        (_, true) => true,
        (Period::Day, false) => input.busiest_day() <= v.emails,
        (Period::Month, false) => input.monthly <= v.emails,
    };
    if within {
        VolumeFit::Covered
    } else if overflow_plan(data) == Some(plan) && takes_overage(data, plan, input) {
        VolumeFit::OverageUnknown
    } else {
        VolumeFit::Exceeded
    }
}

/// True when `plan` is priced, counts a month's volume and would take `input`'s month with overage:
/// over its included volume and under the custom plan's floor. Such a plan fits, at a price to
/// compare, whether or not it is the one recommended.
fn takes_overage(data: &PricingData, plan: PlanId, input: &Input) -> bool {
    data.plan(plan).is_some_and(|p| {
        p.price_usd.is_some() && p.volume.per == Period::Month && !p.volume.from && input.monthly > p.volume.emails
    }) && custom_floor(data).is_none_or(|floor| input.monthly < floor)
}

/// True when `plan` satisfies `req` (an overage with unknown rate counts as satisfying).
fn satisfies(data: &PricingData, plan: PlanId, req: &Requirement, input: &Input) -> bool {
    match req {
        Requirement::Volume { .. } => volume_fit(data, plan, input) != VolumeFit::Exceeded,
        Requirement::Feature(f) => data.plan(plan).is_some_and(|p| p.features.contains(f)),
        Requirement::DedicatedIps(_) => data.dedicated_ip.allowed_on.contains(&plan),
    }
}

/// Everything the input requires, volume first.
pub fn requirements(input: &Input) -> Vec<Requirement> {
    let mut out = vec![Requirement::Volume {
        monthly: input.monthly,
        busiest_day: input.busiest_day(),
        peak_given: input.peak.is_some(),
    }];
    out.extend(input.needs.iter().map(Requirement::Feature));
    if input.ips > 0 {
        out.push(Requirement::DedicatedIps(input.ips));
    }
    out
}

/// The cheapest plan that satisfies `req` on its own.
pub fn min_plan(data: &PricingData, req: &Requirement, input: &Input) -> PlanId {
    PlanId::ALL.into_iter().find(|p| satisfies(data, *p, req, input)).unwrap_or(PlanId::Enterprise)
}

/// The monthly total on `plan` with the input's add-ons; `None` when the plan's price is custom.
pub fn total_on(data: &PricingData, plan: PlanId, input: &Input) -> Option<u64> {
    let base = data.plan(plan)?.price_usd?;
    Some(base + u64::from(input.ips) * data.dedicated_ip.price_usd + data.optimize_price(input.optimize))
}

fn notes_for(data: &PricingData, plan: PlanId, input: &Input, reqs: &[Requirement]) -> Vec<FitNote> {
    let mut fails = Vec::new();
    let mut fine = Vec::new();
    let v = data.volume(plan);
    match volume_fit(data, plan, input) {
        VolumeFit::Covered if v.from && input.monthly < v.emails => fine.push(FitNote::BelowFloor { floor: v.emails }),
        VolumeFit::Covered if v.from => fine.push(FitNote::CustomVolume { floor: v.emails }),
        VolumeFit::Covered => fine.push(FitNote::VolumeFits { included: v.emails, per: v.per }),
        VolumeFit::OverageUnknown => {
            fine.push(FitNote::OverageUnknown { monthly: input.monthly, included: v.emails });
        }
        VolumeFit::Exceeded if takes_overage(data, plan, input) => {
            fine.push(FitNote::OverageUnknown { monthly: input.monthly, included: v.emails });
        }
        VolumeFit::Exceeded if v.per == Period::Month && custom_floor(data).is_some_and(|f| input.monthly >= f) => {
            fails.push(FitNote::AtCustomFloor { floor: custom_floor(data).unwrap_or_default() });
        }
        VolumeFit::Exceeded if v.per == Period::Day => {
            fails.push(FitNote::DailyCapExceeded { busiest_day: input.busiest_day(), cap: v.emails });
        }
        VolumeFit::Exceeded => fails.push(FitNote::MonthlyCapExceeded { monthly: input.monthly, included: v.emails }),
    }
    for req in reqs {
        if satisfies(data, plan, req, input) {
            continue;
        }
        match req {
            Requirement::Feature(f) => fails.push(FitNote::Lacks(*f)),
            Requirement::DedicatedIps(_) => fails.push(FitNote::NoDedicatedIps),
            Requirement::Volume { .. } => {}
        }
    }
    if data.plan(plan).is_some_and(|p| p.price_usd.is_none()) {
        fine.push(FitNote::CustomPrice);
    }
    fails.extend(fine);
    fails
}

impl Estimate {
    /// Estimates for a validated input (see [`Input::validate`]; an unvalidated input still gets an
    /// answer, it is just not guaranteed to make sense).
    pub fn new(data: &PricingData, input: &Input) -> Estimate {
        let reqs = requirements(input);
        let fits = |p: PlanId| reqs.iter().all(|r| satisfies(data, p, r, input));
        let plan = PlanId::ALL.into_iter().find(|p| fits(*p)).unwrap_or(PlanId::Enterprise);
        let because: Vec<Requirement> =
            reqs.iter().copied().filter(|r| plan != PlanId::Free && min_plan(data, r, input) == plan).collect();

        // A recommendation over its included volume fits only with overage: a dearer plan that
        // fits must not read as though a cheaper one simply does.
        let chosen_overage = volume_fit(data, plan, input) == VolumeFit::OverageUnknown;
        let plans = PlanId::ALL
            .into_iter()
            .map(|p| {
                let mut notes = notes_for(data, p, input, &reqs);
                let verdict = if p == plan {
                    Verdict::Chosen
                } else if fits(p) && chosen_overage {
                    notes.insert(0, FitNote::CheaperPlanFitsWithOverage);
                    Verdict::FitsUncompared
                } else if takes_overage(data, p, input)
                    && reqs.iter().all(|r| matches!(r, Requirement::Volume { .. }) || satisfies(data, p, r, input))
                {
                    // A smaller plan sends the month too, paying overage at a rate only the control
                    // panel gives: it fits, and which costs less is for the reader to compare.
                    Verdict::FitsUncompared
                } else if fits(p) {
                    notes.insert(0, FitNote::CheaperPlanFits);
                    Verdict::Fits
                } else {
                    Verdict::DoesNotFit
                };
                let total_usd = if verdict == Verdict::DoesNotFit { None } else { total_on(data, p, input) };
                PlanFit { plan: p, verdict, total_usd, notes }
            })
            .collect();

        let price = data.plan(plan).and_then(|p| p.price_usd);
        let mut lines = vec![LineItem { kind: LineKind::Plan(plan), usd: price }];
        if input.ips > 0 {
            let each_usd = data.dedicated_ip.price_usd;
            lines.push(LineItem {
                kind: LineKind::DedicatedIps { count: input.ips, each_usd },
                usd: Some(u64::from(input.ips) * each_usd),
            });
        }
        if input.optimize != Optimize::None {
            lines.push(LineItem {
                kind: LineKind::Optimize(input.optimize),
                usd: Some(data.optimize_price(input.optimize)),
            });
        }
        let incomplete = volume_fit(data, plan, input) == VolumeFit::OverageUnknown;
        Estimate {
            input: input.clone(),
            plan,
            lines,
            monthly_usd: total_on(data, plan, input),
            incomplete,
            because,
            plans,
            warnings: warnings(data, plan, input, incomplete),
        }
    }

    /// The plan id string of the UI contract: `free`, `foundation`, `scale` or `enterprise`.
    pub fn plan_id(&self) -> &'static str {
        self.plan.id()
    }
}

fn warnings(data: &PricingData, plan: PlanId, input: &Input, incomplete: bool) -> Vec<Warning> {
    let mut out = Vec::new();
    let v = data.volume(plan);
    if data.plan(plan).is_some_and(|p| p.price_usd.is_none()) {
        out.push(Warning::CustomPrice { plan });
    }
    if incomplete {
        out.push(Warning::OverageUnknown {
            plan,
            included: v.emails,
            monthly: input.monthly,
            floor: custom_floor(data).unwrap_or(0),
        });
    }
    if v.per == Period::Day {
        let assumed_busiest_day = input.peak.is_none().then(|| input.busiest_day());
        out.push(Warning::FreeDailyCap { cap: v.emails, assumed_busiest_day });
    }
    if input.ips > 0 {
        let ip = &data.dedicated_ip;
        out.push(Warning::IpWarmup { min_weeks: ip.warmup_weeks_min, max_weeks: ip.warmup_weeks_max });
        let per_ip = input.monthly / u64::from(input.ips);
        if per_ip < ip.low_volume_per_ip {
            out.push(Warning::IpLowVolume { per_ip, threshold: ip.low_volume_per_ip });
        }
    }
    if input.optimize != Optimize::None {
        out.push(Warning::OptimizeNotIncluded { tier: input.optimize });
    }
    out
}

/// Milliseconds from `now_ms` (Unix time, UTC) to the next midnight UTC, when Free's daily count
/// resets. At exactly midnight the next reset is a full day away.
pub fn ms_until_next_utc_midnight(now_ms: u64) -> u64 {
    const DAY_MS: u64 = 86_400_000;
    DAY_MS - now_ms % DAY_MS
}
