//! The shape of `assets/pricing.toml`, and the questions the estimator asks of it.
//!
//! The estimator never names a price, a volume or a feature gate in code: it asks this data ("which
//! plan first includes SSO?", "what does an IP cost?"), so a price change is an edit to one TOML file
//! that both the estimator and the knowledge-base pricing table pick up.

use crate::assets::node::read_all;
use crate::assets::{self, AssetError};
use crate::text::Text;
use serde::Serialize;
use std::sync::OnceLock;

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

/// A set of [`Feature`]s, iterated in [`Feature::ALL`] order. A bit set rather than a `BTreeSet`:
/// eight possible members, and the B-tree code it replaces cost ~3 KB of gzipped wasm.
///
/// ```
/// use mailgun_help_core::pricing::{Feature, FeatureSet};
/// let mut s: FeatureSet = [Feature::Sso, Feature::Logs, Feature::Sso].into_iter().collect();
/// assert_eq!(s.iter().collect::<Vec<_>>(), [Feature::Logs, Feature::Sso]);
/// s.remove(Feature::Logs);
/// assert!(s.contains(Feature::Sso) && !s.contains(Feature::Logs) && !s.is_empty());
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct FeatureSet(u16);

impl FeatureSet {
    fn bit(f: Feature) -> u16 {
        1 << (f as u16)
    }

    /// Adds `f`.
    pub fn insert(&mut self, f: Feature) {
        self.0 |= Self::bit(f);
    }

    /// Removes `f`.
    pub fn remove(&mut self, f: Feature) {
        self.0 &= !Self::bit(f);
    }

    /// True when `f` is in the set.
    pub fn contains(&self, f: Feature) -> bool {
        self.0 & Self::bit(f) != 0
    }

    /// True when nothing is in the set.
    pub fn is_empty(&self) -> bool {
        self.0 == 0
    }

    /// The members, in [`Feature::ALL`] order.
    pub fn iter(&self) -> impl Iterator<Item = Feature> + '_ {
        Feature::ALL.into_iter().filter(|f| self.contains(*f))
    }
}

impl FromIterator<Feature> for FeatureSet {
    fn from_iter<I: IntoIterator<Item = Feature>>(iter: I) -> Self {
        let mut set = FeatureSet::default();
        for f in iter {
            set.insert(f);
        }
        set
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

/// A plan's included volume.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Volume {
    /// How many emails.
    pub emails: u64,
    /// Per day or per month.
    pub per: Period,
    /// True when `emails` is a floor ("from 2.5M/mo"), not a cap.
    pub from: bool,
}

/// One plan as `[[plan]]` writes it.
#[derive(Clone, Debug, PartialEq, Serialize)]
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
    pub features: Vec<Feature>,
    /// The table's "key gated features" cell.
    pub summary: Text,
    /// One line about the plan.
    pub note: Text,
}

/// One tickable need as `[[feature]]` writes it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FeatureInfo {
    /// Which need.
    pub id: Feature,
    /// Display name, lower case so it reads inside a sentence ("you need SAML single sign-on").
    pub name: Text,
}

/// Dedicated IP rules.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DedicatedIp {
    /// Whole dollars a month per IP.
    pub price_usd: u64,
    /// Plans that allow dedicated IPs.
    pub allowed_on: Vec<PlanId>,
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
#[derive(Clone, Debug, PartialEq, Serialize)]
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
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Preset {
    /// Stable id.
    pub id: String,
    /// Button label.
    pub label: Text,
    /// Emails a month.
    pub monthly: u64,
    /// Emails on the busiest day, when known.
    pub peak: Option<u64>,
    /// Dedicated IPs.
    pub ips: u32,
    /// Optimize tier.
    pub optimize: Optimize,
    /// Needs.
    pub needs: Vec<Feature>,
}

impl Preset {
    /// The estimator input this preset stands for.
    pub fn input(&self) -> super::Input {
        super::Input {
            monthly: self.monthly,
            peak: self.peak,
            ips: self.ips,
            optimize: self.optimize,
            needs: self.needs.iter().copied().collect(),
        }
    }
}

/// Everything in `assets/pricing.toml`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PricingData {
    /// `YYYY-MM` the prices were checked.
    pub as_of: String,
    /// The same date for readers ("March 2026").
    pub as_of_label: Text,
    /// Always `USD`.
    pub currency: String,
    /// Where to verify.
    pub source: String,
    /// "Verify current pricing" note.
    pub verify: Text,
    /// Plans, cheapest first.
    #[serde(rename = "plan")]
    pub plans: Vec<Plan>,
    /// Tickable needs.
    #[serde(rename = "feature")]
    pub features: Vec<FeatureInfo>,
    /// Dedicated IP rules.
    pub dedicated_ip: DedicatedIp,
    /// Paid Optimize tiers.
    #[serde(rename = "optimize")]
    pub optimize_tiers: Vec<OptimizeTier>,
    /// Presets for a call.
    #[serde(rename = "preset")]
    pub presets: Vec<Preset>,
}

/// Why the pricing data cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DataError {
    /// The file is missing or malformed.
    Asset(AssetError),
    /// The file loads but breaks a rule the estimator relies on (the message says which).
    Contract(String),
}

impl std::fmt::Display for DataError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DataError::Asset(e) => write!(f, "{e}"),
            DataError::Contract(m) => write!(f, "assets/pricing.toml: {m}"),
        }
    }
}

impl std::error::Error for DataError {}

static DATA: OnceLock<Result<PricingData, DataError>> = OnceLock::new();

impl PricingData {
    /// Parses and checks `assets/pricing.toml`. Prefer [`PricingData::get`], which does this once.
    pub fn load() -> Result<PricingData, DataError> {
        let data = read_pricing().map_err(DataError::Asset)?;
        data.check().map_err(DataError::Contract)?;
        Ok(data)
    }

    /// The pricing data, parsed on first use and shared after.
    pub fn get() -> Result<&'static PricingData, &'static DataError> {
        DATA.get_or_init(PricingData::load).as_ref()
    }

    /// The rules the estimator relies on: every plan once and in rank order, only Enterprise without
    /// a price, prices rising with rank, plans cumulative, every need sold somewhere, texts in both
    /// languages, presets valid.
    pub fn check(&self) -> Result<(), String> {
        let ids: Vec<PlanId> = self.plans.iter().map(|p| p.id).collect();
        if ids != PlanId::ALL {
            return Err(format!("plans must be free, foundation, scale, enterprise in that order, found {ids:?}"));
        }
        let mut last_price = 0;
        for pair in self.plans.windows(2) {
            if let [lower, higher] = pair {
                if let Some(missing) = lower.features.iter().find(|f| !higher.features.contains(f)) {
                    return Err(format!("{} lacks `{}` that {} has", higher.id.id(), missing.id(), lower.id.id()));
                }
            }
        }
        for p in &self.plans {
            match p.price_usd {
                Some(price) if price < last_price => return Err(format!("{} is cheaper than a lower plan", p.id.id())),
                Some(price) => last_price = price,
                None if p.id != PlanId::Enterprise => return Err(format!("{} has no price", p.id.id())),
                None => {}
            }
            if p.name.has_blank_side() || p.summary.has_blank_side() || p.note.has_blank_side() {
                return Err(format!("{}: a language is empty", p.id.id()));
            }
        }
        for f in Feature::ALL {
            if self.min_plan_for(f).is_none() {
                return Err(format!("no plan includes `{}`", f.id()));
            }
            if self.feature(f).is_none_or(|i| i.name.has_blank_side()) {
                return Err(format!("feature `{}` needs a name in both languages", f.id()));
            }
        }
        if self.min_plan_for_ips().is_none() {
            return Err("dedicated_ip.allowed_on names no plan".into());
        }
        for o in [Optimize::Pilot, Optimize::Starter] {
            if self.optimize_tier(o).is_none() {
                return Err(format!("optimize tier `{}` is missing", o.id()));
            }
        }
        for t in [&self.as_of_label, &self.verify, &self.dedicated_ip.note] {
            if t.has_blank_side() {
                return Err("a top-level text has an empty language".into());
            }
        }
        for p in &self.presets {
            if let Err(e) = p.input().validate() {
                return Err(format!(
                    "preset `{}`: {}",
                    p.id,
                    e.first().map(|e| e.message(crate::lang::Lang::En)).unwrap_or_default()
                ));
            }
        }
        Ok(())
    }

    /// The plan with this id (always present once [`check`](Self::check) passed).
    pub fn plan(&self, id: PlanId) -> Option<&Plan> {
        self.plans.iter().find(|p| p.id == id)
    }

    /// Display information for a need.
    pub fn feature(&self, f: Feature) -> Option<&FeatureInfo> {
        self.features.iter().find(|i| i.id == f)
    }

    /// The paid tier for `o`; `None` for [`Optimize::None`].
    pub fn optimize_tier(&self, o: Optimize) -> Option<&OptimizeTier> {
        self.optimize_tiers.iter().find(|t| t.id == o && o != Optimize::None)
    }

    /// What the Optimize choice costs a month (0 for none).
    pub fn optimize_price(&self, o: Optimize) -> u64 {
        self.optimize_tier(o).map_or(0, |t| t.price_usd)
    }

    /// The cheapest plan that includes `f`.
    pub fn min_plan_for(&self, f: Feature) -> Option<PlanId> {
        self.plans.iter().find(|p| p.features.contains(&f)).map(|p| p.id)
    }

    /// The cheapest plan that allows dedicated IPs.
    pub fn min_plan_for_ips(&self) -> Option<PlanId> {
        self.plans.iter().map(|p| p.id).find(|id| self.dedicated_ip.allowed_on.contains(id))
    }

    /// The plan's display name in `lang` (its id if the data lacks it).
    pub fn plan_name(&self, id: PlanId, lang: crate::lang::Lang) -> String {
        self.plan(id).map_or_else(|| id.id().to_string(), |p| p.name.get(lang).to_string())
    }

    /// The need's display name in `lang` (its id if the data lacks it).
    pub fn feature_name(&self, f: Feature, lang: crate::lang::Lang) -> String {
        self.feature(f).map_or_else(|| f.id().to_string(), |i| i.name.get(lang).to_string())
    }

    /// A plan's included volume (zero when the data lacks the plan).
    pub fn volume(&self, id: PlanId) -> Volume {
        self.plan(id).map_or(Volume { emails: 0, per: Period::Month, from: false }, |p| p.volume)
    }
}

/// Reads `assets/pricing.toml` (compiled to JSON) field by field; see `assets::node` for why this is
/// not derived. Unknown fields, missing ones and wrong kinds are errors naming the place.
fn read_pricing() -> Result<PricingData, AssetError> {
    const PATH: &str = "pricing.toml";
    read_all(&assets::node(PATH)?, PATH, |o| {
        o.only(&[
            "as_of",
            "as_of_label",
            "currency",
            "source",
            "verify",
            "plan",
            "feature",
            "dedicated_ip",
            "optimize",
            "preset",
        ]);
        for key in ["plan", "feature", "optimize"] {
            o.require(key);
        }
        PricingData {
            as_of: o.string("as_of"),
            as_of_label: o.text("as_of_label"),
            currency: o.string("currency"),
            source: o.string("source"),
            verify: o.text("verify"),
            plans: o.each("plan", |p| {
                p.only(&["id", "name", "price_usd", "volume", "features", "summary", "note"]);
                p.require("features");
                Plan {
                    id: p.one_of("id", &PlanId::ALL, PlanId::id),
                    name: p.text("name"),
                    price_usd: p.opt_int("price_usd"),
                    volume: p.object("volume", |v| {
                        v.only(&["emails", "per", "from"]);
                        Volume {
                            emails: v.int("emails"),
                            per: v.one_of("per", &[Period::Day, Period::Month], |p| match p {
                                Period::Day => "day",
                                Period::Month => "month",
                            }),
                            from: v.flag("from"),
                        }
                    }),
                    features: p.list_of("features", &Feature::ALL, Feature::id),
                    summary: p.text("summary"),
                    note: p.text("note"),
                }
            }),
            features: o.each("feature", |f| {
                f.only(&["id", "name"]);
                FeatureInfo { id: f.one_of("id", &Feature::ALL, Feature::id), name: f.text("name") }
            }),
            dedicated_ip: o.object("dedicated_ip", |ip| {
                ip.only(&[
                    "price_usd",
                    "allowed_on",
                    "warmup_weeks_min",
                    "warmup_weeks_max",
                    "low_volume_per_ip",
                    "note",
                ]);
                ip.require("allowed_on");
                DedicatedIp {
                    price_usd: ip.int("price_usd"),
                    allowed_on: ip.list_of("allowed_on", &PlanId::ALL, PlanId::id),
                    warmup_weeks_min: ip.int("warmup_weeks_min"),
                    warmup_weeks_max: ip.int("warmup_weeks_max"),
                    low_volume_per_ip: ip.int("low_volume_per_ip"),
                    note: ip.text("note"),
                }
            }),
            optimize_tiers: o.each("optimize", |t| {
                t.only(&["id", "name", "price_usd", "quota"]);
                OptimizeTier {
                    id: t.one_of("id", &Optimize::ALL, Optimize::id),
                    name: t.text("name"),
                    price_usd: t.int("price_usd"),
                    quota: t.text("quota"),
                }
            }),
            presets: o.each("preset", |p| {
                p.only(&["id", "label", "monthly", "peak", "ips", "optimize", "needs"]);
                Preset {
                    id: p.string("id"),
                    label: p.text("label"),
                    monthly: p.int("monthly"),
                    peak: p.opt_int("peak"),
                    ips: p.opt_int("ips").unwrap_or(0),
                    optimize: if p.has("optimize") {
                        p.one_of("optimize", &Optimize::ALL, Optimize::id)
                    } else {
                        Optimize::None
                    },
                    needs: p.list_of("needs", &Feature::ALL, Feature::id),
                }
            }),
        }
    })
}
