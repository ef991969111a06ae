//! The shape of `assets/pricing.toml`: plans, needs, dedicated IPs, Optimize tiers and presets.
//!
//! Compiled twice, like `kb/model.rs` (see there): in the crate as `'static` data that `build.rs`
//! wrote from `pricing.toml`, and in `build.rs` (`build_support/pricing.rs`) to read and check that
//! file. Unknown fields, missing ones and unknown ids fail the build, naming file and line.

use super::{content, List, Str, Text};
use serde::Serialize;

/// A Mailgun plan, in rank order (cheapest first). The derived order is the rank.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PlanId {
    /// Free: 100 emails a day.
    Free,
    /// Foundation: the smallest paid plan.
    Foundation,
    /// Scale: the smallest plan that allows dedicated IPs.
    Scale,
    /// Enterprise: custom price.
    Enterprise,
}

impl PlanId {
    /// Every plan, cheapest first.
    pub const ALL: [PlanId; 4] = [PlanId::Free, PlanId::Foundation, PlanId::Scale, PlanId::Enterprise];

    /// The id used in data and in the UI contract: `free`, `foundation`, `scale`, `enterprise`.
    pub fn id(self) -> &'static str {
        match self {
            PlanId::Free => "free",
            PlanId::Foundation => "foundation",
            PlanId::Scale => "scale",
            PlanId::Enterprise => "enterprise",
        }
    }

    /// 0 for Free up to 3 for Enterprise.
    pub fn rank(self) -> usize {
        self as usize
    }
}

/// A need a reader can tick; which plan first includes it is decided by the data, not here.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Feature {
    /// Email logs.
    Logs,
    /// 1,000 custom domains.
    CustomDomains,
    /// 24/7 ticket support.
    TicketSupport,
    /// SAML single sign-on.
    Sso,
    /// Priority support.
    PrioritySupport,
    /// A service-level agreement.
    Sla,
    /// A dedicated customer success manager.
    Csm,
    /// Phone support.
    PhoneSupport,
}

impl Feature {
    /// Every feature, in the order forms list them.
    pub const ALL: [Feature; 8] = [
        Feature::Logs,
        Feature::CustomDomains,
        Feature::TicketSupport,
        Feature::Sso,
        Feature::PrioritySupport,
        Feature::Sla,
        Feature::Csm,
        Feature::PhoneSupport,
    ];

    /// The id used in links (`needs=sso,logs`) and data.
    pub fn id(self) -> &'static str {
        match self {
            Feature::Logs => "logs",
            Feature::CustomDomains => "custom-domains",
            Feature::TicketSupport => "ticket-support",
            Feature::Sso => "sso",
            Feature::PrioritySupport => "priority-support",
            Feature::Sla => "sla",
            Feature::Csm => "csm",
            Feature::PhoneSupport => "phone-support",
        }
    }

    /// Parses an id, ignoring case, surrounding space, and `_` written for `-`.
    pub fn parse(s: &str) -> Option<Feature> {
        let s = s.trim().to_ascii_lowercase().replace('_', "-");
        Feature::ALL.into_iter().find(|f| f.id() == s)
    }
}

/// The Optimize add-on tier chosen (Optimize is never part of a plan).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Optimize {
    /// No Optimize subscription.
    #[default]
    None,
    /// Optimize Pilot.
    Pilot,
    /// Optimize Starter.
    Starter,
}

impl Optimize {
    /// Every choice, `none` first.
    pub const ALL: [Optimize; 3] = [Optimize::None, Optimize::Pilot, Optimize::Starter];

    /// The id used in links: `none`, `pilot`, `starter`.
    pub fn id(self) -> &'static str {
        match self {
            Optimize::None => "none",
            Optimize::Pilot => "pilot",
            Optimize::Starter => "starter",
        }
    }

    /// Parses an id, ignoring case and surrounding space.
    pub fn parse(s: &str) -> Option<Optimize> {
        let s = s.trim().to_ascii_lowercase();
        Optimize::ALL.into_iter().find(|o| o.id() == s)
    }
}

/// Whether a plan's included volume counts per day or per month.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Period {
    /// Per UTC day (Free).
    Day,
    /// Per month.
    Month,
}

impl Period {
    /// Both periods.
    pub const ALL: [Period; 2] = [Period::Day, Period::Month];

    /// The name `pricing.toml` writes (`per = "day"`).
    pub fn name(self) -> &'static str {
        match self {
            Period::Day => "day",
            Period::Month => "month",
        }
    }
}

content! {
/// A plan's included volume.
#[derive(Copy, Eq)]
pub struct Volume {
    /// How many emails.
    pub emails: u64,
    /// Per day or per month.
    pub per: Period,
    /// True when `emails` is a floor ("from 2.5M/mo"), not a cap.
    #[serde(default)]
    pub from: bool,
}

/// One plan as `[[plan]]` writes it.
pub struct Plan {
    /// Which plan.
    pub id: PlanId,
    /// Display name.
    pub name: Text,
    /// Whole dollars a month; `None` is a custom (negotiated) price.
    pub price_usd: Option<u64>,
    /// Included volume.
    pub volume: Volume,
    /// Needs this plan covers.
    pub features: List<Feature>,
    /// The table's "key gated features" cell.
    pub summary: Text,
    /// One line about the plan.
    pub note: Text,
}

/// One tickable need as `[[feature]]` writes it.
pub struct FeatureInfo {
    /// Which need.
    pub id: Feature,
    /// Display name, lower case so it reads inside a sentence ("you need SAML single sign-on").
    pub name: Text,
}

/// Dedicated IP rules.
pub struct DedicatedIp {
    /// Whole dollars a month per IP.
    pub price_usd: u64,
    /// Plans that allow dedicated IPs.
    pub allowed_on: List<PlanId>,
    /// Shortest warm-up, in weeks.
    pub warmup_weeks_min: u32,
    /// Longest warm-up, in weeks.
    pub warmup_weeks_max: u32,
    /// Below this many emails a month per IP, warn that shared pools often do better.
    pub low_volume_per_ip: u64,
    /// One line about IPs.
    pub note: Text,
}

/// One paid Optimize tier as `[[optimize]]` writes it.
pub struct OptimizeTier {
    /// `pilot` or `starter`.
    pub id: Optimize,
    /// Display name.
    pub name: Text,
    /// Whole dollars a month.
    pub price_usd: u64,
    /// What the tier includes.
    pub quota: Text,
}

/// A starting point for a call, as `[[preset]]` writes it.
pub struct Preset {
    /// Stable id.
    pub id: Str,
    /// Button label.
    pub label: Text,
    /// Emails a month.
    pub monthly: u64,
    /// Emails on the busiest day, when known.
    pub peak: Option<u64>,
    /// Dedicated IPs.
    #[serde(default)]
    pub ips: u32,
    /// Optimize tier.
    #[serde(default)]
    pub optimize: Optimize,
    /// Needs.
    #[serde(default)]
    pub needs: List<Feature>,
}

/// Everything in `assets/pricing.toml`.
pub struct PricingData {
    /// `YYYY-MM` the prices were checked.
    pub as_of: Str,
    /// The same date for readers ("March 2026").
    pub as_of_label: Text,
    /// Always `USD`.
    pub currency: Str,
    /// Where to verify.
    pub source: Str,
    /// "Verify current pricing" note.
    pub verify: Text,
    /// Plans, cheapest first.
    #[serde(rename = "plan")]
    pub plans: List<Plan>,
    /// Tickable needs.
    #[serde(rename = "feature")]
    pub features: List<FeatureInfo>,
    /// Dedicated IP rules.
    pub dedicated_ip: DedicatedIp,
    /// Paid Optimize tiers.
    #[serde(rename = "optimize")]
    pub optimize_tiers: List<OptimizeTier>,
    /// Presets for a call.
    #[serde(default, rename = "preset")]
    pub presets: List<Preset>,
}
}
