//! Sales-call scenarios: up to three estimates side by side, all carried by one `#/pricing?…` link.
//!
//! On a call the questions are "and in six months?" and "what does a year cost?", and the answer is
//! sent on afterwards, so every scenario travels in the link. Scenario 1 uses the keys a link has
//! always had, so a one-scenario link is exactly what it was; scenarios 2 and 3 use the same keys
//! prefixed `2.` and `3.` (`2.monthly=300000&2.ips=1`); names are `name=`, `2.name=`; the language of
//! the quote is `quote=en|zh`, chosen apart from the page's language. A scenario's values are read by
//! [`Input::from_query`](super::Input::from_query) exactly as a one-scenario link is. Links are read
//! and written by [`Sales`](super::Sales), the estimator's state; this file holds the shared pieces
//! and how two scenarios differ ([`change`]).

use super::data::{PlanId, PricingData};
use super::estimate::Estimate;
use super::words::NumFmt;
use crate::i18n::{fill, key, t};
use crate::lang::Lang;
use crate::route::percent_encode;

/// The most scenarios a link or the estimator holds.
pub const MAX_SCENARIOS: usize = 3;

/// The longest scenario or quote name kept, in characters.
pub const MAX_NAME_CHARS: usize = 40;

/// A name as kept: control characters dropped, spaces trimmed, at most [`MAX_NAME_CHARS`].
pub fn clean_name(raw: &str) -> String {
    let kept: String = raw.chars().filter(|c| !c.is_control()).collect();
    kept.trim().chars().take(MAX_NAME_CHARS).collect::<String>().trim_end().to_string()
}

/// `2.monthly` → (1, `monthly`); `monthly` → (0, `monthly`). `1.` is scenario 1 too.
pub(crate) fn split_key(k: &str) -> (usize, &str) {
    match k.split_once('.') {
        Some((n, rest)) if n.len() == 1 && n.as_bytes()[0].is_ascii_digit() => {
            (usize::from(n.as_bytes()[0] - b'0').wrapping_sub(1), rest)
        }
        _ => (0, k),
    }
}

/// Appends `k=v` to a hash being built, each percent-encoded, after `?` or `&`.
pub(crate) fn push_pair(out: &mut String, k: &str, v: &str) {
    out.push(if out.contains('?') { '&' } else { '?' });
    out.push_str(&percent_encode(k));
    out.push('=');
    out.push_str(&percent_encode(v));
}

/// The name shown for scenario `i` (0-based): its own (trimmed), or "Scenario 2".
pub fn scenario_name(name: &str, i: usize, lang: Lang) -> String {
    match name.trim() {
        "" => fill(lang, key::SALES_SCENARIO, &[("n", &(i + 1).to_string())]),
        name => name.to_string(),
    }
}

impl Estimate {
    /// The yearly total: twelve times the monthly one (`None` when the price is custom; only the
    /// known base when [`Estimate::incomplete`]).
    pub fn annual_usd(&self) -> Option<u64> {
        self.monthly_usd.map(|n| n.saturating_mul(12))
    }
}

/// How a scenario differs from the one it is compared with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Change {
    /// The plan of the scenario compared with.
    pub from: PlanId,
    /// This scenario's plan.
    pub to: PlanId,
    /// The cost difference.
    pub cost: CostChange,
}

/// The monthly cost difference between two scenarios.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CostChange {
    /// Both totals are known: this many dollars more (or, negative, less) a month.
    Monthly(i64),
    /// One of them has a custom price.
    Custom,
    /// One total is only a lower bound (its overage is billed at the control panel's rate) and the
    /// difference still has a sign: at least this many dollars more (or, negative, less) a month.
    AtLeast(i64),
    /// One or both totals are only lower bounds and the difference could go either way.
    Incomplete,
}

/// How `other` differs from `base`.
pub fn change(base: &Estimate, other: &Estimate) -> Change {
    let cost = match (base.monthly_usd, other.monthly_usd) {
        // `other` is at least b while `base` is exactly a: b − a is a floor, worth saying when positive.
        (Some(a), Some(b)) if other.incomplete && !base.incomplete && b > a => CostChange::AtLeast(b as i64 - a as i64),
        // `base` is at least a while `other` is exactly b: a − b is how much less, at least.
        (Some(a), Some(b)) if base.incomplete && !other.incomplete && b < a => CostChange::AtLeast(b as i64 - a as i64),
        (Some(_), Some(_)) if base.incomplete || other.incomplete => CostChange::Incomplete,
        (Some(a), Some(b)) => CostChange::Monthly(b as i64 - a as i64),
        _ => CostChange::Custom,
    };
    Change { from: base.plan, to: other.plan, cost }
}

impl Change {
    /// "Compared with Today: plan changes from Foundation to Scale; $55 more a month, $660 more a
    /// year." in `lang`, amounts as `$` and `num`.
    pub fn text(&self, base_name: &str, data: &PricingData, lang: Lang, num: NumFmt) -> String {
        let plan = if self.from == self.to {
            t(lang, key::SALES_PLAN_SAME).to_string()
        } else {
            fill(
                lang,
                key::SALES_PLAN_CHANGE,
                &[("from", &data.plan_name(self.from, lang)), ("to", &data.plan_name(self.to, lang))],
            )
        };
        let cost = match self.cost {
            CostChange::Monthly(0) => t(lang, key::SALES_COST_SAME).to_string(),
            CostChange::Monthly(d) | CostChange::AtLeast(d) => {
                let k = if d > 0 { key::SALES_COST_MORE } else { key::SALES_COST_LESS };
                let m = d.unsigned_abs();
                let amounts =
                    fill(lang, k, &[("month", &format!("${}", num(m))), ("year", &format!("${}", num(m * 12)))]);
                match self.cost {
                    CostChange::AtLeast(_) => fill(lang, key::SALES_COST_AT_LEAST, &[("amounts", &amounts)]),
                    _ => amounts,
                }
            }
            CostChange::Custom => t(lang, key::SALES_COST_CUSTOM).to_string(),
            CostChange::Incomplete => t(lang, key::SALES_COST_INCOMPLETE).to_string(),
        };
        fill(lang, key::SALES_VS, &[("name", base_name), ("plan", &plan), ("cost", &cost)])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pricing::{Field, Input, Sales, Scenario};
    use crate::route::parse_query;
    use proptest::prelude::*;

    fn q(s: &str) -> Sales {
        Sales::from_params(&parse_query(s))
    }

    fn hash(s: &Sales) -> String {
        s.link_hash(&s.parsed(), None)
    }

    fn data() -> &'static PricingData {
        PricingData::get().unwrap()
    }

    fn num(n: u64) -> String {
        super::super::group(n)
    }

    fn monthly(s: &Sales) -> Vec<u64> {
        s.parsed().iter().map(|p| p.as_ref().map_or(0, |i| i.monthly)).collect()
    }

    #[test]
    fn a_one_scenario_link_is_read_and_written_as_it_always_was() {
        let s = q("monthly=120000&ips=2&optimize=pilot&needs=sso&lang=zh");
        assert_eq!(s.scenarios.len(), 1);
        assert_eq!(monthly(&s), [120_000]);
        assert_eq!(s.lang.as_deref(), Some("zh"));
        assert_eq!(hash(&s), "#/pricing?monthly=120000&ips=2&optimize=pilot&needs=sso&lang=zh");
        assert_eq!(hash(&q("")), "#/pricing?monthly=0&ips=0&optimize=none");
    }

    #[test]
    fn prefixed_keys_make_scenarios_two_and_three_with_their_names_and_the_quote_language() {
        let s = q("monthly=80k&name=Today&2.monthly=300000&2.ips=1&2.name=In%206%20months&3.monthly=1.2m&3.name=In%20a%20year&quote=zh");
        assert_eq!(s.scenarios.len(), 3);
        let names: Vec<&str> = s.scenarios.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["Today", "In 6 months", "In a year"]);
        assert_eq!(monthly(&s), [80_000, 300_000, 1_200_000]);
        assert_eq!(s.parsed()[1].as_ref().map(|i| i.ips), Ok(1));
        assert_eq!(s.quote, Some(Lang::Zh));
        assert_eq!(
            hash(&s),
            "#/pricing?monthly=80000&ips=0&optimize=none&name=Today&2.monthly=300000&2.ips=1&2.optimize=none\
             &2.name=In%206%20months&3.monthly=1200000&3.ips=0&3.optimize=none&3.name=In%20a%20year&quote=zh"
        );
        // Written back and read again, nothing changes.
        let again = q(hash(&s).trim_start_matches("#/pricing?"));
        assert_eq!(hash(&again), hash(&s));
        assert_eq!(again.parsed(), s.parsed());
    }

    #[test]
    fn scenarios_run_to_the_highest_number_named_and_ignore_the_rest() {
        let s = q("3.monthly=5000&4.monthly=9&9.ips=1&x.monthly=1&utm=a&0.monthly=3");
        assert_eq!(s.scenarios.len(), 3);
        assert_eq!(s.scenarios[1], Scenario::default());
        assert_eq!(monthly(&s), [0, 0, 5000]);
        assert_eq!(monthly(&q("1.monthly=7")), [7]);
        // An empty scenario between others still travels.
        assert!(hash(&q("2.name=&3.monthly=1")).contains("&2.monthly=0&"));
    }

    #[test]
    fn a_bad_value_stays_with_its_scenario() {
        let p = q("monthly=1000&2.monthly=abc&3.ips=-1").parsed();
        assert!(p[0].is_ok());
        assert_eq!(p[1].as_ref().unwrap_err()[0].field, Field::Monthly);
        assert_eq!(p[2].as_ref().unwrap_err()[0].field, Field::Ips);
        // A bad scenario travels as typed, so the receiver sees the same message.
        assert!(hash(&q("monthly=1000&2.monthly=abc")).ends_with("&2.monthly=abc"));
    }

    #[test]
    fn an_unknown_quote_language_is_kept_aside_and_names_are_cleaned() {
        let s = q("quote=fr&name=%20A%0Ab%09c%20");
        assert_eq!((s.quote, s.bad_quote.as_deref()), (None, Some("fr")));
        assert!(!hash(&s).contains("quote"));
        assert_eq!(s.scenarios[0].name, "Abc");
        let long = "x".repeat(100);
        assert_eq!(clean_name(&long).chars().count(), MAX_NAME_CHARS);
        assert_eq!(q(&format!("name={long}")).scenarios[0].name.len(), MAX_NAME_CHARS);
        assert_eq!(
            clean_name(&format!(" {}", "é ".repeat(30))),
            clean_name(&clean_name(&format!(" {}", "é ".repeat(30))))
        );
    }

    #[test]
    fn default_names_are_numbered_in_both_languages() {
        assert_eq!(scenario_name("", 1, Lang::En), "Scenario 2");
        assert_eq!(scenario_name("", 2, Lang::Zh), "方案 3");
        assert_eq!(scenario_name(" Today ", 0, Lang::Zh), "Today");
        assert_eq!(scenario_name("  ", 0, Lang::En), "Scenario 1");
    }

    fn est(query: &str) -> Estimate {
        Estimate::new(data(), &Input::from_query(&parse_query(query)).unwrap())
    }

    #[test]
    fn the_change_names_the_plans_and_the_monthly_and_annual_difference() {
        let (a, b) = (est("monthly=40000"), est("monthly=90000&needs=sso"));
        assert_eq!(b.annual_usd(), Some(90 * 12));
        let c = change(&a, &b);
        assert_eq!(c, Change { from: PlanId::Foundation, to: PlanId::Scale, cost: CostChange::Monthly(55) });
        let en = c.text("Today", data(), Lang::En, &num);
        assert_eq!(
            en,
            "Compared with Today: plan changes from Foundation to Scale; $55 more a month, $660 more a year."
        );
        let zh = c.text("今天", data(), Lang::Zh, &num);
        assert!(zh.contains("今天") && zh.contains("$55") && zh.contains("$660"), "{zh}");
        let back = change(&b, &a).text("X", data(), Lang::En, &num);
        assert!(back.contains("$55 less a month, $660 less a year"), "{back}");
        assert!(change(&a, &a).text("X", data(), Lang::En, &num).contains("same plan; same total"));
    }

    #[test]
    fn no_difference_is_invented_for_a_custom_or_incomplete_total() {
        let (a, ent, over) = (est("monthly=40000"), est("monthly=3000000"), est("monthly=200000"));
        assert_eq!(ent.annual_usd(), None);
        assert_eq!(change(&a, &ent).cost, CostChange::Custom);
        let text = change(&a, &ent).text("A", data(), Lang::En, &num);
        assert!(text.contains("custom / ask Mailgun") && !text.contains('$'), "{text}");
        // Two lower bounds: the difference could go either way.
        let over2 = est("monthly=900000");
        assert_eq!(change(&over, &over2).cost, CostChange::Incomplete);
        assert!(!change(&over, &over2).text("A", data(), Lang::Zh, &num).contains('$'));
    }

    #[test]
    fn a_lower_bound_still_gives_a_difference_when_its_sign_is_certain() {
        // $35 exactly against at least $90: at least $55 more.
        let (a, over) = (est("monthly=20000"), est("monthly=300000"));
        assert_eq!(change(&a, &over).cost, CostChange::AtLeast(55));
        let en = change(&a, &over).text("Scenario 1", data(), Lang::En, &num);
        assert!(en.ends_with("Scale; at least $55 more a month, $660 more a year."), "{en}");
        let zh = change(&a, &over).text("方案 1", data(), Lang::Zh, &num);
        assert!(zh.contains("至少每月多 $55"), "{zh}");
        // At least $90 against exactly $35: at least $55 less.
        assert_eq!(change(&over, &a).cost, CostChange::AtLeast(-55));
        // At least $90 against exactly $149 (Scale with an IP): the sign is not certain.
        let ip = est("monthly=90000&ips=1");
        assert_eq!(change(&over, &ip).cost, CostChange::Incomplete);
    }

    proptest! {
        #[test]
        fn no_link_panics(pairs in proptest::collection::vec(
            ("([0-9]\\.)?(monthly|peak|ips|optimize|needs|name|quote|lang)|.{0,8}", ".{0,30}"), 0..12)) {
            let s = Sales::from_params(&pairs);
            prop_assert!((1..=MAX_SCENARIOS).contains(&s.scenarios.len()));
            let h = hash(&s);
            let again = q(h.trim_start_matches("#/pricing").trim_start_matches('?'));
            prop_assert_eq!(again.scenarios.len(), s.scenarios.len());
            prop_assert_eq!(hash(&again), h);
        }
    }
}
