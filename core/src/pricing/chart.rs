//! Points for the "monthly total vs volume" chart, as plain numbers the UI draws as inline SVG.
//!
//! The add-ons and needs stay as the reader set them; only the volume moves, so the chart shows where
//! each plan takes over and what it costs. Volumes are sampled on a 1–2–5 log scale plus every plan
//! boundary from the data (and one email past it), so each step lands exactly where it happens.

use super::data::{Period, PlanId, PricingData};
use super::estimate::Estimate;
use super::input::Input;

/// The default right edge of the chart: past Enterprise's 2.5M floor.
pub const CHART_MAX_VOLUME: u64 = 3_000_000;

/// One sampled volume.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChartPoint {
    /// Emails a month.
    pub volume: u64,
    /// The monthly total; `None` for a custom price (draw it as a "custom" band, not a number).
    pub usd: Option<u64>,
    /// True when `usd` is only the known base (overage unknown): draw it dashed.
    pub incomplete: bool,
}

/// The volumes at which one plan is the recommendation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Series {
    /// The plan.
    pub plan: PlanId,
    /// Its points, by rising volume (empty when the plan is never chosen for these add-ons).
    pub points: Vec<ChartPoint>,
}

/// Everything the chart needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chart {
    /// One series per plan, cheapest first.
    pub series: Vec<Series>,
    /// The reader's own estimate.
    pub you: ChartPoint,
    /// The plan of the reader's own estimate.
    pub you_plan: PlanId,
    /// The right edge (at least [`CHART_MAX_VOLUME`], more if the reader sends more).
    pub max_volume: u64,
    /// The highest numeric total on the chart (the top of the y axis).
    pub max_usd: u64,
}

/// Sample volumes: 0, a 1–2–5 scale from 100, each plan boundary and the next email, and `extra`.
pub fn sample_volumes(data: &PricingData, max: u64, extra: u64) -> Vec<u64> {
    let mut v = vec![0, extra];
    let mut decade = 100u64;
    while decade <= max {
        v.extend([decade, decade * 2, decade * 5]);
        decade = decade.saturating_mul(10);
    }
    for p in data.plans {
        let edge = match p.volume.per {
            // Free's daily cap in a 30-day month (the rule used when no busiest day is given).
            Period::Day => p.volume.emails * 30,
            Period::Month if p.volume.from => p.volume.emails.saturating_sub(1),
            Period::Month => p.volume.emails,
        };
        v.extend([edge, edge + 1]);
    }
    v.push(max);
    v.retain(|x| *x <= max);
    crate::sort::sort_dedup(&mut v);
    v
}

/// Where a volume sits on the x axis, 0.0 (no email) to 1.0 (`max`), on a log scale.
pub fn x_position(volume: u64, max: u64) -> f64 {
    let top = (max.max(1) as f64 + 1.0).ln();
    ((volume.min(max) as f64 + 1.0).ln() / top).clamp(0.0, 1.0)
}

/// The chart for the reader's add-ons and needs. Sampled points assume no busiest day is given
/// (`ceil(volume / 30)`); the reader's own point uses their actual input.
pub fn chart(data: &PricingData, input: &Input) -> Chart {
    let max_volume = CHART_MAX_VOLUME.max(input.monthly);
    let mut series: Vec<Series> = PlanId::ALL.into_iter().map(|plan| Series { plan, points: Vec::new() }).collect();
    let mut max_usd = 0;
    for volume in sample_volumes(data, max_volume, input.monthly) {
        let at = Input { monthly: volume, peak: None, ..input.clone() };
        let est = Estimate::new(data, &at);
        max_usd = max_usd.max(est.monthly_usd.unwrap_or(0));
        let point = ChartPoint { volume, usd: est.monthly_usd, incomplete: est.incomplete };
        if let Some(s) = series.iter_mut().find(|s| s.plan == est.plan) {
            s.points.push(point);
        }
    }
    let own = Estimate::new(data, input);
    max_usd = max_usd.max(own.monthly_usd.unwrap_or(0));
    Chart {
        series,
        you: ChartPoint { volume: input.monthly, usd: own.monthly_usd, incomplete: own.incomplete },
        you_plan: own.plan,
        max_volume,
        max_usd,
    }
}
