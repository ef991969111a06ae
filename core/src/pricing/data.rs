//! The questions the estimator asks of `assets/pricing.toml` (compiled in as [`PricingData`]).
//!
//! The estimator never names a price, a volume or a feature gate in code: it asks this data ("which
//! plan first includes SSO?", "what does an IP cost?"), so a price change is an edit to one TOML file
//! that both the estimator and the knowledge-base pricing table pick up.

pub use super::model::*;
use std::sync::OnceLock;

mod compiled {
    use super::super::model::*;
    use crate::text::Text;
    include!(concat!(env!("OUT_DIR"), "/pricing.rs"));
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

/// Why the pricing data cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DataError {
    /// The file loads but breaks a rule the estimator relies on (the message says which).
    Contract(String),
}

impl std::fmt::Display for DataError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DataError::Contract(m) => write!(f, "assets/pricing.toml: {m}"),
        }
    }
}

impl std::error::Error for DataError {}

static CHECKED: OnceLock<Result<(), DataError>> = OnceLock::new();

impl PricingData {
    /// The pricing data the build compiled in, once it has passed [`check`](Self::check) (checked
    /// on first use; a native test checks the shipped file, so an `Err` here means a file edited
    /// without running the tests, shown to the reader as that, never as a wrong number).
    pub fn get() -> Result<&'static PricingData, &'static DataError> {
        let data = &compiled::PRICING;
        match CHECKED.get_or_init(|| data.check().map_err(DataError::Contract)) {
            Ok(()) => Ok(data),
            Err(e) => Err(e),
        }
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
        for p in self.plans {
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
        for p in self.presets {
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
