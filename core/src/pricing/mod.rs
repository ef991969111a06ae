//! The plan and pricing estimator: which Mailgun plan fits, what it costs a month, and why.
//!
//! Sales calls and support chats keep asking the same question with different numbers, and the
//! answer has traps (Free is 100 a DAY, Optimize is never included, IPs need Scale and a warm-up,
//! no public overage rate). So the rules live here, tested, and read every number from
//! `assets/pricing.toml`, the one file the knowledge-base pricing table also reads.
//!
//! Flow: [`Input::from_query`] (a `#/pricing?…` link or the form) → [`Estimate::new`] → the UI shows
//! [`Estimate::headline`], the line items, [`Estimate::plans`] side by side, the warnings, the
//! [`chart`] and, on "copy" or "print", the [`quote`]. On a sales call a link holds up to three
//! scenarios ([`Sales`]), each estimated on its own and compared with the first ([`change`]);
//! quotes made are kept in a [`History`].

mod chart;
mod data;
mod estimate;
mod form;
mod history;
mod input;
mod model;
#[cfg(test)]
mod owned;
mod quote;
mod scenario;
mod words;

#[cfg(test)]
mod tests;

use crate::kb::{content, List, Str};
use crate::text::Text;

pub use chart::{chart, sample_volumes, x_position, Chart, ChartPoint, Series, CHART_MAX_VOLUME};
pub use data::{
    DataError, DedicatedIp, Feature, FeatureInfo, FeatureSet, Optimize, OptimizeTier, Period, Plan, PlanId, Preset,
    PricingData, Volume,
};
pub use estimate::{
    min_plan, ms_until_next_utc_midnight, requirements, total_on, volume_fit, Estimate, FitNote, LineItem, LineKind,
    PlanFit, Requirement, Verdict, VolumeFit, Warning,
};
pub use form::{FormEdit, FormValues, Sales, SalesEdit, Scenario};
pub use history::{parse_id, History, HistoryEntry, MAX_ENTRIES};
pub use input::{
    group, parse_amount, parse_count, parse_needs, parse_optimize, step, Field, Input, InputError, Problem, MAX_IPS,
    MAX_MONTHLY,
};
pub use quote::{quote, Quote, QuotePart};
pub use scenario::{change, clean_name, scenario_name, Change, CostChange, MAX_NAME_CHARS, MAX_SCENARIOS};
pub use words::NumFmt;

/// Parses a `#/pricing?…` query and estimates it in one step (the data must have loaded).
pub fn estimate_query(data: &PricingData, params: &[(String, String)]) -> Result<Estimate, Vec<InputError>> {
    Input::from_query(params).map(|input| Estimate::new(data, &input))
}
