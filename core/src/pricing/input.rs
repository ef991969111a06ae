//! What the estimator is asked, and reading it from a link or a form.
//!
//! Links are shared on calls and pasted into chats, so the parser is strict but friendly: whole
//! numbers with optional `,` `_` or space grouping (`50,000`, `50 000`, full-width `５０，０００`), and a
//! typed error naming the field for everything else, never a silent guess. `1.5k`, `5万` or `1e6`
//! are refused with an example of what to write, because a wrong volume gives a wrong plan.

use super::data::{Feature, FeatureSet, Optimize};
use crate::lang::Lang;

/// Largest monthly volume accepted: 1,000,000,000 emails a month is 400 times Enterprise's 2.5M
/// floor; anything above is a typo (an extra zero or two), not a real plan question.
pub const MAX_MONTHLY: u64 = 1_000_000_000;

/// Most dedicated IPs accepted: large senders run a handful; 100 ($5,900 a month) is far past any
/// self-serve question, so more is taken as a typo.
pub const MAX_IPS: u32 = 100;

/// The estimator's inputs.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Input {
    /// Emails a month.
    pub monthly: u64,
    /// Emails on the busiest day, when known; otherwise `ceil(monthly / 30)` is assumed.
    pub peak: Option<u64>,
    /// Dedicated IPs wanted.
    pub ips: u32,
    /// Optimize tier.
    pub optimize: Optimize,
    /// Needs ticked.
    pub needs: FeatureSet,
}

/// A form field / link parameter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    /// `monthly`.
    Monthly,
    /// `peak`.
    Peak,
    /// `ips`.
    Ips,
    /// `optimize`.
    Optimize,
    /// `needs`.
    Needs,
}

impl Field {
    /// Every field, in form order.
    pub const ALL: [Field; 5] = [Field::Monthly, Field::Peak, Field::Ips, Field::Optimize, Field::Needs];

    /// The link parameter name.
    pub fn key(self) -> &'static str {
        match self {
            Field::Monthly => "monthly",
            Field::Peak => "peak",
            Field::Ips => "ips",
            Field::Optimize => "optimize",
            Field::Needs => "needs",
        }
    }

    /// The field's label in `lang`, for messages.
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Field::Monthly, Lang::En) => "Emails a month",
            (Field::Monthly, Lang::Zh) => "每月邮件量",
            (Field::Peak, Lang::En) => "Emails on the busiest day",
            (Field::Peak, Lang::Zh) => "最忙一天的邮件量",
            (Field::Ips, Lang::En) => "Dedicated IPs",
            (Field::Ips, Lang::Zh) => "专用IP数量",
            (Field::Optimize, Lang::En) => "Optimize",
            (Field::Optimize, Lang::Zh) => "Optimize附加组件",
            (Field::Needs, Lang::En) => "Needed features",
            (Field::Needs, Lang::Zh) => "所需功能",
        }
    }

    fn parse_key(k: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.key() == k)
    }
}

/// What is wrong with a value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// Not a whole number written with digits (carries what was written, shortened).
    NotANumber(String),
    /// A minus sign.
    Negative,
    /// A decimal point where a count is needed.
    Fractional,
    /// Over the field's maximum.
    TooLarge {
        /// The maximum.
        max: u64,
    },
    /// The busiest day is larger than the whole month.
    PeakAboveMonthly,
    /// The busiest day times 31 days cannot reach the monthly volume.
    PeakTooLow {
        /// At most this many emails a month fit under that busiest day.
        month_at_most: u64,
    },
    /// Not `none`, `pilot` or `starter`.
    UnknownOptimize(String),
    /// Not one of the known needs.
    UnknownFeature(String),
    /// The parameter appears more than once with different values.
    Conflicting,
}

/// A value that cannot be used, and which field it belongs to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InputError {
    /// The field to mark.
    pub field: Field,
    /// What is wrong.
    pub problem: Problem,
}

impl InputError {
    fn new(field: Field, problem: Problem) -> InputError {
        InputError { field, problem }
    }

    /// A sentence for the reader in `lang`, starting with the field's label.
    pub fn message(&self, lang: Lang) -> String {
        let label = self.field.label(lang);
        let zh = lang == Lang::Zh;
        let body = match &self.problem {
            Problem::NotANumber(s) if zh => format!("“{s}”不是整数。请只用数字，可用逗号分组，例如 50,000。"),
            Problem::NotANumber(s) => {
                format!("“{s}” is not a whole number. Use digits, optionally grouped with commas, e.g. 50,000.")
            }
            Problem::Negative if zh => "不能为负数。".into(),
            Problem::Negative => "cannot be negative.".into(),
            Problem::Fractional if zh => "必须是整数（分组请用逗号，例如 1,000，不要写 1.000）。".into(),
            Problem::Fractional => "must be a whole number (group thousands with commas: 1,000, not 1.000).".into(),
            Problem::TooLarge { max } if zh => format!("最大为 {}。", group(*max)),
            Problem::TooLarge { max } => format!("can be at most {}.", group(*max)),
            Problem::PeakAboveMonthly if zh => "不能大于每月邮件量。".into(),
            Problem::PeakAboveMonthly => "cannot be more than the emails in the whole month.".into(),
            Problem::PeakTooLow { month_at_most } if zh => {
                format!("太小：按此数量每天发送，一个月最多 {} 封，少于每月邮件量。", group(*month_at_most))
            }
            Problem::PeakTooLow { month_at_most } => format!(
                "is too low: at that many a day a month holds at most {}, less than the monthly volume.",
                group(*month_at_most)
            ),
            Problem::UnknownOptimize(s) if zh => format!("“{s}”未知。可选：none、pilot、starter。"),
            Problem::UnknownOptimize(s) => format!("“{s}” is unknown. Choose none, pilot or starter."),
            Problem::UnknownFeature(s) if zh => format!("“{s}”未知。可选：{}。", feature_list()),
            Problem::UnknownFeature(s) => format!("“{s}” is unknown. Known: {}.", feature_list()),
            Problem::Conflicting if zh => "在链接中出现了多次且取值不同。".into(),
            Problem::Conflicting => "appears more than once in the link with different values.".into(),
        };
        if zh {
            format!("{label}:{body}")
        } else {
            format!("{label}: {body}")
        }
    }
}

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for InputError {}

fn feature_list() -> String {
    Feature::ALL.map(Feature::id).join(", ")
}

/// Groups digits in threes with commas: `1234567` → `1,234,567`. The quote's default number format.
pub fn group(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Shortens what a reader wrote for quoting it back in a message.
fn shown(raw: &str) -> String {
    let t: String = raw.trim().chars().take(24).collect();
    if raw.trim().chars().count() > 24 {
        format!("{t}…")
    } else {
        t
    }
}

/// Reads a whole count: digits, optionally grouped in threes by `,` `_` or spaces (full-width digits
/// and commas are accepted for Chinese input methods). Blank is `Ok(None)`.
pub fn parse_count(field: Field, raw: &str, max: u64) -> Result<Option<u64>, InputError> {
    let err = |p| InputError::new(field, p);
    let normal: String = raw
        .trim()
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            '，' => ',',
            '\u{a0}' | '\u{202f}' | '\u{3000}' => ' ',
            '－' | '−' => '-',
            '．' => '.',
            other => other,
        })
        .collect();
    if normal.is_empty() {
        return Ok(None);
    }
    if let Some(rest) = normal.strip_prefix('-') {
        if rest.chars().next().is_some_and(|c| c.is_ascii_digit()) {
            return Err(err(Problem::Negative));
        }
    }
    let unsigned = normal.strip_prefix('+').unwrap_or(&normal);
    if let Some((whole, frac)) = unsigned.split_once('.') {
        let digitish = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit() || matches!(c, ',' | '_' | ' '));
        if digitish(whole) && frac.chars().all(|c| c.is_ascii_digit()) && !frac.is_empty() {
            return Err(err(Problem::Fractional));
        }
        return Err(err(Problem::NotANumber(shown(raw))));
    }
    let groups: Vec<&str> = unsigned.split([',', '_', ' ']).collect();
    let well_formed = groups.iter().all(|g| !g.is_empty() && g.chars().all(|c| c.is_ascii_digit()))
        && (groups.len() == 1 || (groups[0].len() <= 3 && groups[1..].iter().all(|g| g.len() == 3)));
    if !well_formed {
        return Err(err(Problem::NotANumber(shown(raw))));
    }
    let mut value: u64 = 0;
    for c in groups.concat().chars() {
        let d = u64::from(c.to_digit(10).unwrap_or(0));
        value = match value.checked_mul(10).and_then(|v| v.checked_add(d)) {
            Some(v) if v <= max => v,
            _ => return Err(err(Problem::TooLarge { max })),
        };
    }
    Ok(Some(value))
}

/// Reads the Optimize choice; blank is [`Optimize::None`].
pub fn parse_optimize(raw: &str) -> Result<Optimize, InputError> {
    if raw.trim().is_empty() {
        return Ok(Optimize::None);
    }
    Optimize::parse(raw).ok_or_else(|| InputError::new(Field::Optimize, Problem::UnknownOptimize(shown(raw))))
}

/// Reads a comma list of needs; blank items are skipped, repeats collapse.
pub fn parse_needs(raw: &str) -> Result<FeatureSet, InputError> {
    let mut out = FeatureSet::default();
    for item in raw.split([',', '，']).map(str::trim).filter(|s| !s.is_empty()) {
        match Feature::parse(item) {
            Some(f) => {
                out.insert(f);
            }
            None => return Err(InputError::new(Field::Needs, Problem::UnknownFeature(shown(item)))),
        }
    }
    Ok(out)
}

/// One field's parsed value.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Value {
    Count(Option<u64>),
    Optimize(Optimize),
    Needs(FeatureSet),
}

fn parse_value(field: Field, raw: &str) -> Result<Value, InputError> {
    match field {
        Field::Monthly => parse_count(field, raw, MAX_MONTHLY).map(Value::Count),
        Field::Peak => parse_count(field, raw, MAX_MONTHLY).map(Value::Count),
        Field::Ips => parse_count(field, raw, u64::from(MAX_IPS)).map(Value::Count),
        Field::Optimize => parse_optimize(raw).map(Value::Optimize),
        Field::Needs => parse_needs(raw).map(Value::Needs),
    }
}

impl Input {
    /// Reads `#/pricing?monthly=…&peak=…&ips=…&optimize=…&needs=…` (already split into decoded pairs by
    /// `route::parse_query`). Missing or blank values take defaults (0 emails, no peak, no IPs, no
    /// Optimize, no needs); unknown parameters are ignored; a parameter repeated with the same value is
    /// fine. Every problem is returned, at most one per field, in form order.
    pub fn from_query(params: &[(String, String)]) -> Result<Input, Vec<InputError>> {
        let mut values: Vec<(Field, Value)> = Vec::new();
        let mut errors: Vec<InputError> = Vec::new();
        for (k, v) in params {
            let Some(field) = Field::parse_key(k.trim()) else { continue };
            if errors.iter().any(|e| e.field == field) {
                continue;
            }
            match parse_value(field, v) {
                Err(e) => errors.push(e),
                Ok(value) => match values.iter().find(|(f, _)| *f == field) {
                    Some((_, earlier)) if *earlier != value => {
                        errors.push(InputError::new(field, Problem::Conflicting));
                    }
                    Some(_) => {}
                    None => values.push((field, value)),
                },
            }
        }
        let mut input = Input::default();
        for (field, value) in values {
            if errors.iter().any(|e| e.field == field) {
                continue;
            }
            match (field, value) {
                (Field::Monthly, Value::Count(n)) => input.monthly = n.unwrap_or(0),
                (Field::Peak, Value::Count(n)) => input.peak = n,
                (Field::Ips, Value::Count(n)) => input.ips = n.and_then(|n| u32::try_from(n).ok()).unwrap_or(0),
                (_, Value::Optimize(o)) => input.optimize = o,
                (_, Value::Needs(n)) => input.needs = n,
                _ => {}
            }
        }
        if errors.is_empty() {
            input.validate()?;
            Ok(input)
        } else {
            crate::sort::sort_by_key(&mut errors, |e| e.field);
            Err(errors)
        }
    }

    /// Checks limits and that the busiest day is consistent with the month. An inconsistent peak is
    /// an error, not a warning: the Free decision rests on it, and a busiest day above the month (or
    /// one that cannot add up to it in 31 days) means a typo in one of the two fields.
    pub fn validate(&self) -> Result<(), Vec<InputError>> {
        let mut errors = Vec::new();
        if self.monthly > MAX_MONTHLY {
            errors.push(InputError::new(Field::Monthly, Problem::TooLarge { max: MAX_MONTHLY }));
        }
        if let Some(peak) = self.peak {
            if peak > self.monthly {
                errors.push(InputError::new(Field::Peak, Problem::PeakAboveMonthly));
            } else if peak.saturating_mul(31) < self.monthly {
                errors
                    .push(InputError::new(Field::Peak, Problem::PeakTooLow { month_at_most: peak.saturating_mul(31) }));
            }
        }
        if self.ips > MAX_IPS {
            errors.push(InputError::new(Field::Ips, Problem::TooLarge { max: u64::from(MAX_IPS) }));
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }

    /// The emails on the busiest day: the given peak, or `ceil(monthly / 30)` when none is given.
    pub fn busiest_day(&self) -> u64 {
        self.peak.unwrap_or_else(|| self.monthly.div_ceil(30))
    }

    /// The link parameters that restore this input ([`Input::from_query`] reads them back). `monthly`,
    /// `ips` and `optimize` are always written; `peak` and `needs` only when set.
    pub fn to_query(&self) -> Vec<(String, String)> {
        let mut out = vec![("monthly".to_string(), self.monthly.to_string())];
        if let Some(p) = self.peak {
            out.push(("peak".into(), p.to_string()));
        }
        out.push(("ips".into(), self.ips.to_string()));
        out.push(("optimize".into(), self.optimize.id().to_string()));
        if !self.needs.is_empty() {
            out.push(("needs".into(), self.needs.iter().map(|f| f.id()).collect::<Vec<_>>().join(",")));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn q(s: &str) -> Vec<(String, String)> {
        crate::route::parse_query(s)
    }

    fn field_of(r: Result<Input, Vec<InputError>>) -> Vec<(Field, Problem)> {
        r.err().unwrap_or_default().into_iter().map(|e| (e.field, e.problem)).collect()
    }

    #[test]
    fn a_full_link_restores_every_input() {
        let i = Input::from_query(&q("monthly=120000&peak=9000&ips=2&optimize=pilot&needs=sso,logs")).unwrap();
        assert_eq!(i.monthly, 120_000);
        assert_eq!(i.peak, Some(9000));
        assert_eq!(i.ips, 2);
        assert_eq!(i.optimize, Optimize::Pilot);
        assert_eq!(i.needs, [Feature::Sso, Feature::Logs].into_iter().collect());
    }

    #[test]
    fn missing_and_blank_parameters_take_defaults_and_unknown_ones_are_ignored() {
        assert_eq!(Input::from_query(&[]), Ok(Input::default()));
        assert_eq!(Input::from_query(&q("monthly=&peak=&ips=&optimize=&needs=&utm=x")), Ok(Input::default()));
    }

    #[test]
    fn grouped_numbers_are_accepted() {
        for s in ["50,000", "50_000", "50 000", "50000", " 50,000 ", "５０，０００", "+50000"] {
            assert_eq!(parse_count(Field::Monthly, s, MAX_MONTHLY), Ok(Some(50_000)), "{s}");
        }
        assert_eq!(parse_count(Field::Monthly, "1,000,000", MAX_MONTHLY), Ok(Some(1_000_000)));
    }

    #[test]
    fn shorthand_and_misgrouped_numbers_are_refused_naming_the_field() {
        for s in ["1.5k", "5万", "1e6", "abc", "5,0000", "1,5", ",500", "500,", "1,,000", "0x10", "--5"] {
            let e = parse_count(Field::Monthly, s, MAX_MONTHLY).unwrap_err();
            assert_eq!(e.field, Field::Monthly);
            assert!(matches!(e.problem, Problem::NotANumber(_)), "{s}: {:?}", e.problem);
        }
    }

    #[test]
    fn negative_fractional_and_huge_counts_have_their_own_errors() {
        assert_eq!(parse_count(Field::Ips, "-1", 100).unwrap_err().problem, Problem::Negative);
        assert_eq!(parse_count(Field::Ips, "1.5", 100).unwrap_err().problem, Problem::Fractional);
        assert_eq!(parse_count(Field::Monthly, "1.000", MAX_MONTHLY).unwrap_err().problem, Problem::Fractional);
        assert_eq!(parse_count(Field::Ips, "101", 100).unwrap_err().problem, Problem::TooLarge { max: 100 });
        let huge = "9".repeat(60);
        assert_eq!(
            parse_count(Field::Monthly, &huge, MAX_MONTHLY).unwrap_err().problem,
            Problem::TooLarge { max: MAX_MONTHLY }
        );
        assert!(parse_count(Field::Monthly, "1,000,000,000", MAX_MONTHLY).is_ok());
        assert!(parse_count(Field::Monthly, "1,000,000,001", MAX_MONTHLY).is_err());
    }

    #[test]
    fn unknown_optimize_tier_and_unknown_feature_are_errors_on_their_fields() {
        let errs = field_of(Input::from_query(&q("optimize=gold&needs=sso,fax")));
        assert_eq!(
            errs,
            vec![
                (Field::Optimize, Problem::UnknownOptimize("gold".into())),
                (Field::Needs, Problem::UnknownFeature("fax".into()))
            ]
        );
    }

    #[test]
    fn repeated_keys_conflict_only_when_their_values_differ() {
        assert!(Input::from_query(&q("monthly=50000&monthly=50,000")).is_ok());
        assert_eq!(
            field_of(Input::from_query(&q("monthly=1&monthly=2"))),
            vec![(Field::Monthly, Problem::Conflicting)]
        );
        assert_eq!(field_of(Input::from_query(&q("needs=sso&needs=logs"))), vec![(Field::Needs, Problem::Conflicting)]);
    }

    #[test]
    fn peak_above_the_month_or_too_low_to_reach_it_is_a_peak_error() {
        assert_eq!(
            field_of(Input::from_query(&q("monthly=100&peak=101"))),
            vec![(Field::Peak, Problem::PeakAboveMonthly)]
        );
        assert_eq!(
            field_of(Input::from_query(&q("monthly=10000&peak=50"))),
            vec![(Field::Peak, Problem::PeakTooLow { month_at_most: 1550 })]
        );
        assert!(Input::from_query(&q("monthly=3100&peak=100")).is_ok());
    }

    #[test]
    fn needs_accept_case_underscores_spaces_and_empty_items() {
        let i = Input::from_query(&q("needs=SSO,%20custom_domains,,")).unwrap();
        assert_eq!(i.needs, [Feature::Sso, Feature::CustomDomains].into_iter().collect());
    }

    #[test]
    fn busiest_day_defaults_to_monthly_over_thirty_rounded_up() {
        assert_eq!(Input { monthly: 3000, ..Input::default() }.busiest_day(), 100);
        assert_eq!(Input { monthly: 3001, ..Input::default() }.busiest_day(), 101);
        assert_eq!(Input { monthly: 3001, peak: Some(100), ..Input::default() }.busiest_day(), 100);
    }

    #[test]
    fn error_messages_name_the_field_in_both_languages() {
        let e = InputError::new(Field::Ips, Problem::Negative);
        assert!(e.message(Lang::En).starts_with("Dedicated IPs"));
        assert!(e.message(Lang::Zh).starts_with("专用IP数量"));
    }

    fn arb_input() -> impl Strategy<Value = Input> {
        (
            0..=MAX_MONTHLY,
            proptest::option::of(0.0f64..=1.0),
            0..=MAX_IPS,
            0usize..3,
            proptest::collection::btree_set(0usize..8, 0..8),
        )
            .prop_map(|(monthly, peak_frac, ips, o, needs)| {
                // A valid peak lies between ceil(monthly/31) and monthly.
                let low = monthly.div_ceil(31);
                let peak = peak_frac.map(|f| low + ((monthly - low) as f64 * f) as u64);
                Input {
                    monthly,
                    peak,
                    ips,
                    optimize: Optimize::ALL[o],
                    needs: needs.into_iter().map(|i| Feature::ALL[i]).collect(),
                }
            })
    }

    proptest! {
        #[test]
        fn to_query_then_parse_restores_the_input(input in arb_input()) {
            prop_assert_eq!(input.validate(), Ok(()));
            prop_assert_eq!(Input::from_query(&input.to_query()), Ok(input.clone()));
            let hash = crate::route::with_query("#/pricing", input.to_query().iter().map(|(k, v)| (k.as_str(), v.as_str())));
            let crate::route::Route::Pricing(params) = crate::route::Route::parse(&hash) else {
                return Err(TestCaseError::fail("not a pricing route"));
            };
            prop_assert_eq!(Input::from_query(&params), Ok(input));
        }

        #[test]
        fn the_link_parser_never_panics(pairs in proptest::collection::vec(("(monthly|peak|ips|optimize|needs|.{0,6})", ".{0,30}"), 0..8)) {
            let _ = Input::from_query(&pairs);
        }

        #[test]
        fn the_link_parser_never_panics_on_number_like_text(v in "[-+0-9,_ .０-９，]{0,40}") {
            let _ = Input::from_query(&[("monthly".to_string(), v.clone()), ("peak".to_string(), v.clone()), ("ips".to_string(), v)]);
        }

        #[test]
        fn any_accepted_count_is_within_its_maximum(v in ".{0,20}") {
            if let Ok(Some(n)) = parse_count(Field::Ips, &v, 100) {
                prop_assert!(n <= 100);
            }
        }
    }
}
