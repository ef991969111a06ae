//! What the estimator is asked, and reading it from a link or a form.
//!
//! Links are shared on calls and pasted into chats, and reps type fast on a call, so the parser is
//! strict but friendly. Counts are whole numbers with optional `,` `_` or space grouping (`50,000`,
//! `50 000`, full-width `５０，０００`); volumes also take a unit: `80k`, `1.2m`, `12万`, `1.5 万`
//! (k or 千 = 1,000, m = 1,000,000, 万 = 10,000, 亿 = 100,000,000), or are written in Chinese
//! numerals (`十万`, `两万五千`, `一万二`).
//! Everything else is a typed error naming the field, never
//! a silent guess: `1e6`, `1.5` emails or `1.2345k` are refused with an example of what to write,
//! because a wrong volume gives a wrong plan. Messages come from `assets/i18n` (`pricing_err.*`).

use super::data::{Feature, FeatureSet, Optimize};
use crate::i18n::{fill, key, t, Key};
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
        t(
            lang,
            match self {
                Field::Monthly => key::PRICING_ERR_MONTHLY,
                Field::Peak => key::PRICING_ERR_PEAK,
                Field::Ips => key::PRICING_ERR_IPS,
                Field::Optimize => key::PRICING_ERR_OPTIMIZE,
                Field::Needs => key::PRICING_ERR_NEEDS,
            },
        )
    }

    /// The field a link parameter name stands for.
    pub fn parse_key(k: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.key() == k)
    }

    /// True for the volumes, which accept a unit (`80k`, `12万`); a count of IPs does not.
    pub fn is_volume(self) -> bool {
        matches!(self, Field::Monthly | Field::Peak)
    }
}

/// What is wrong with a value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// Not a number written with digits (and, for volumes, a unit); carries what was written, shortened.
    NotANumber(String),
    /// A minus sign.
    Negative,
    /// A decimal point where a count is needed.
    Fractional,
    /// A volume with a unit that does not come to a whole number (`1.2345k`); carries what was written.
    NotWhole(String),
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
        let with = |k: Key, name: &str, value: &str| fill(lang, k, &[(name, value)]);
        let body = match &self.problem {
            Problem::NotANumber(s) if self.field.is_volume() => with(key::PRICING_ERR_NOT_AMOUNT, "value", s),
            Problem::NotANumber(s) => with(key::PRICING_ERR_NOT_COUNT, "value", s),
            Problem::Negative => t(lang, key::PRICING_ERR_NEGATIVE).into(),
            // The hint on grouping thousands is for volumes; an IP count is a small number.
            Problem::Fractional if self.field == Field::Ips => t(lang, key::PRICING_ERR_WHOLE).into(),
            Problem::Fractional => t(lang, key::PRICING_ERR_FRACTIONAL).into(),
            Problem::NotWhole(s) => with(key::PRICING_ERR_NOT_WHOLE, "value", s),
            Problem::TooLarge { max } => with(key::PRICING_ERR_TOO_LARGE, "max", &group(*max)),
            Problem::PeakAboveMonthly => t(lang, key::PRICING_ERR_PEAK_ABOVE).into(),
            Problem::PeakTooLow { month_at_most } => with(key::PRICING_ERR_PEAK_LOW, "max", &group(*month_at_most)),
            Problem::UnknownOptimize(s) => with(key::PRICING_ERR_OPTIMIZE_UNKNOWN, "value", s),
            Problem::UnknownFeature(s) => fill(
                lang,
                key::PRICING_ERR_NEED_UNKNOWN,
                &[
                    ("value", s),
                    ("known", &Feature::ALL.map(Feature::id).join(if lang == Lang::Zh { "、" } else { ", " })),
                ],
            ),
            Problem::Conflicting => t(lang, key::PRICING_ERR_CONFLICTING).into(),
        };
        fill(lang, key::PRICING_ERR_FORMAT, &[("label", self.field.label(lang)), ("message", &body)])
    }
}

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for InputError {}

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

/// Trimmed, with full-width digits and punctuation (Chinese input methods) and odd spaces made plain.
fn normalize(raw: &str) -> String {
    raw.trim()
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            '，' => ',',
            '\u{a0}' | '\u{202f}' | '\u{3000}' => ' ',
            '－' | '−' => '-',
            '．' => '.',
            'ｋ' | 'Ｋ' => 'k',
            'ｍ' | 'Ｍ' => 'm',
            other => other,
        })
        .collect()
}

/// The value of digits grouped in threes by `,` `_` or spaces (or not grouped at all); `None` when
/// malformed. Values past `u64::MAX` saturate (every field's maximum is far below).
fn grouped(s: &str) -> Option<u64> {
    let mut value: u64 = 0;
    let (mut groups, mut len, mut first_len) = (0, 0, 0);
    for c in s.chars().chain(std::iter::once(',')) {
        if let Some(d) = c.to_digit(10) {
            value = value.saturating_mul(10).saturating_add(u64::from(d));
            len += 1;
        } else if matches!(c, ',' | '_' | ' ') {
            // Every group but the first has exactly three digits; the first has one to three when
            // there are several groups.
            if len == 0 || (groups > 0 && len != 3) {
                return None;
            }
            if groups == 0 {
                first_len = len;
            }
            groups += 1;
            len = 0;
        } else {
            return None;
        }
    }
    (groups == 1 || first_len <= 3).then_some(value)
}

/// The value of a run of ASCII digits (saturating), or `None` for anything else: ids and decimals,
/// without the standard library's generic parser.
pub(crate) fn digits(s: &str) -> Option<u64> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    grouped(s)
}

/// True when `s` starts with a minus sign followed by a digit.
fn is_negative(s: &str) -> bool {
    s.strip_prefix('-').is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
}

/// Reads a whole count: digits, optionally grouped in threes by `,` `_` or spaces (full-width digits
/// and commas are accepted for Chinese input methods). Blank is `Ok(None)`.
pub fn parse_count(field: Field, raw: &str, max: u64) -> Result<Option<u64>, InputError> {
    let err = |p| InputError::new(field, p);
    let normal = normalize(raw);
    if normal.is_empty() {
        return Ok(None);
    }
    if is_negative(&normal) {
        return Err(err(Problem::Negative));
    }
    let unsigned = normal.strip_prefix('+').unwrap_or(&normal);
    if let Some((whole, frac)) = unsigned.split_once('.') {
        if grouped(whole).is_some() && !frac.is_empty() && frac.chars().all(|c| c.is_ascii_digit()) {
            return Err(err(Problem::Fractional));
        }
        return Err(err(Problem::NotANumber(shown(raw))));
    }
    match grouped(unsigned) {
        None => Err(err(Problem::NotANumber(shown(raw)))),
        Some(v) if v > max => Err(err(Problem::TooLarge { max })),
        Some(v) => Ok(Some(v)),
    }
}

/// Reads a sending volume: a count as [`parse_count`] reads it, a number in Chinese numerals
/// (`十万`, `一万二`), or a number (with up to six decimals) and a unit, `k` or `千` = 1,000, `m` =
/// 1,000,000, `万` = 10,000 or `亿` = 100,000,000, in either case and with or without a space
/// before it: `80k`, `1.2m`, `12万`, `1.5 万`, `3千`. The result must be a whole number of
/// emails (`1.2345k` is refused). Blank is `Ok(None)`.
pub fn parse_amount(field: Field, raw: &str, max: u64) -> Result<Option<u64>, InputError> {
    let err = |p| InputError::new(field, p);
    let normal = normalize(raw);
    if let Some(v) = crate::numerals::whole_chinese_number(&normal) {
        return if v > max { Err(err(Problem::TooLarge { max })) } else { Ok(Some(v)) };
    }
    let mut chars = normal.chars();
    let unit: u64 = match chars.next_back() {
        Some('k' | 'K') => 1_000,
        Some('m' | 'M') => 1_000_000,
        Some('千') => 1_000,
        Some('万') => 10_000,
        Some('亿') => 100_000_000,
        _ => return parse_count(field, raw, max),
    };
    let body = chars.as_str().trim_end();
    if is_negative(body) {
        return Err(err(Problem::Negative));
    }
    let body = body.strip_prefix('+').unwrap_or(body);
    let (whole, frac) = match body.split_once('.') {
        Some((_, "")) => return Err(err(Problem::NotANumber(shown(raw)))),
        Some((w, f)) => (w, f),
        None => (body, ""),
    };
    let (Some(whole), true) = (grouped(whole), frac.chars().all(|c| c.is_ascii_digit())) else {
        return Err(err(Problem::NotANumber(shown(raw))));
    };
    let frac = frac.trim_end_matches('0');
    if frac.len() > 6 {
        return Err(err(Problem::NotWhole(shown(raw))));
    }
    // Six decimals or fewer and a unit of at most 10^8: the product fits in a u64.
    let scale = 10u64.pow(frac.len() as u32);
    let part = digits(frac).unwrap_or(0) * unit;
    if part % scale != 0 {
        return Err(err(Problem::NotWhole(shown(raw))));
    }
    match whole.saturating_mul(unit).saturating_add(part / scale) {
        v if v > max => Err(err(Problem::TooLarge { max })),
        v => Ok(Some(v)),
    }
}

/// The value after an arrow key in a count field: up or down by the field's step (1,000 emails a
/// month, 100 on the busiest day, 1 IP; ×10 with `big`, i.e. Shift), kept within `0..=max`. `None`
/// when there is nothing to step: not a count field, or its text is not a valid value.
pub fn step(field: Field, raw: &str, up: bool, big: bool) -> Option<u64> {
    let (unit, max) = match field {
        Field::Monthly => (1_000, MAX_MONTHLY),
        Field::Peak => (100, MAX_MONTHLY),
        Field::Ips => (1, u64::from(MAX_IPS)),
        Field::Optimize | Field::Needs => return None,
    };
    let now = match parse_value(field, raw).ok()? {
        Value::Count(n) => n.unwrap_or(0),
        _ => return None,
    };
    let by = if big { unit * 10 } else { unit };
    Some(if up { now.saturating_add(by).min(max) } else { now.saturating_sub(by) })
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
        Field::Monthly | Field::Peak => parse_amount(field, raw, MAX_MONTHLY).map(Value::Count),
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
    fn misgrouped_and_unknown_numbers_are_refused_naming_the_field() {
        for s in ["1e6", "abc", "5,0000", "1,5", ",500", "500,", "1,,000", "0x10", "--5", "12w", "1kk", "k", "万"] {
            let e = parse_amount(Field::Monthly, s, MAX_MONTHLY).unwrap_err();
            assert_eq!(e.field, Field::Monthly);
            assert!(matches!(e.problem, Problem::NotANumber(_)), "{s}: {:?}", e.problem);
        }
    }

    #[test]
    fn volumes_accept_each_short_form() {
        for (s, n) in [
            ("80k", 80_000),
            ("80K", 80_000),
            ("1.2m", 1_200_000),
            ("1.2M", 1_200_000),
            ("120,000", 120_000),
            ("12万", 120_000),
            ("1.5 万", 15_000),
            ("１２万", 120_000),
            ("十万", 100_000),
            ("两万五千", 25_000),
            ("一万二", 12_000),
            ("两千五", 2_500),
            ("3千", 3_000),
            ("0.01亿", 1_000_000),
            ("0.5k", 500),
            ("1,200k", 1_200_000),
            ("2.5 m", 2_500_000),
            ("1.000k", 1_000),
            ("+3k", 3_000),
            ("1.000001m", 1_000_001),
            ("1000m", 1_000_000_000),
        ] {
            assert_eq!(parse_amount(Field::Monthly, s, MAX_MONTHLY), Ok(Some(n)), "{s}");
            let link = Input::from_query(&[("monthly".to_string(), s.to_string())]);
            assert_eq!(link.map(|i| i.monthly), Ok(n), "{s} in a link");
        }
        assert_eq!(parse_amount(Field::Peak, "4k", MAX_MONTHLY), Ok(Some(4_000)));
    }

    #[test]
    fn short_forms_are_refused_with_their_own_errors() {
        let problem = |s: &str| parse_amount(Field::Monthly, s, MAX_MONTHLY).unwrap_err().problem;
        assert_eq!(problem("1.2345k"), Problem::NotWhole("1.2345k".into()));
        assert_eq!(problem("0.0000001m"), Problem::NotWhole("0.0000001m".into()));
        assert_eq!(problem("-5k"), Problem::Negative);
        assert_eq!(problem("1.5"), Problem::Fractional);
        assert_eq!(problem("1001m"), Problem::TooLarge { max: MAX_MONTHLY });
        assert_eq!(problem(&format!("{}万", "9".repeat(40))), Problem::TooLarge { max: MAX_MONTHLY });
        for s in ["1.2.3m", "5.k", ".5k", "1.5e3k", "k5", "1 2k", "二二", "一万万", "三万五万", "十十"] {
            assert!(matches!(problem(s), Problem::NotANumber(_)), "{s}: {:?}", problem(s));
        }
        // A count of IPs takes no unit.
        let e = parse_count(Field::Ips, "1k", 100).unwrap_err();
        assert!(matches!(e.problem, Problem::NotANumber(_)));
        assert!(Input::from_query(&q("ips=1k")).is_err());
    }

    #[test]
    fn refused_amounts_say_what_to_write_in_both_languages() {
        let e = parse_amount(Field::Monthly, "1e6", MAX_MONTHLY).unwrap_err();
        let en = e.message(Lang::En);
        assert!(en.starts_with("Emails a month: “1e6”") && en.contains("80k") && en.contains("12万"), "{en}");
        let zh = e.message(Lang::Zh);
        assert!(zh.starts_with("每月邮件量：“1e6”") && zh.contains("12万"), "{zh}");
        let e = parse_amount(Field::Monthly, "1.2345k", MAX_MONTHLY).unwrap_err();
        assert!(e.message(Lang::En).contains("whole number of emails"), "{}", e.message(Lang::En));
        assert!(e.message(Lang::Zh).contains("不是整数"), "{}", e.message(Lang::Zh));
        let ips = parse_count(Field::Ips, "two", 100).unwrap_err().message(Lang::En);
        assert!(!ips.contains("80k"), "IPs take no unit: {ips}");
    }

    #[test]
    fn arrow_keys_step_by_the_fields_unit_and_ten_times_with_shift() {
        assert_eq!(step(Field::Monthly, "120,000", true, false), Some(121_000));
        assert_eq!(step(Field::Monthly, "80k", false, true), Some(70_000));
        assert_eq!(step(Field::Monthly, "", true, false), Some(1_000));
        assert_eq!(step(Field::Monthly, "500", false, false), Some(0));
        assert_eq!(step(Field::Monthly, "1000m", true, true), Some(MAX_MONTHLY));
        assert_eq!(step(Field::Peak, "1,000", true, false), Some(1_100));
        assert_eq!(step(Field::Ips, "2", true, true), Some(12));
        assert_eq!(step(Field::Ips, "99", true, true), Some(100));
        assert_eq!(step(Field::Monthly, "abc", true, false), None);
        assert_eq!(step(Field::Optimize, "pilot", true, false), None);
    }

    #[test]
    fn negative_fractional_and_huge_counts_have_their_own_errors() {
        assert_eq!(parse_count(Field::Ips, "-1", 100).unwrap_err().problem, Problem::Negative);
        assert_eq!(parse_count(Field::Ips, "1.5", 100).unwrap_err().problem, Problem::Fractional);
        let ips = parse_count(Field::Ips, "1.5", 100).unwrap_err().message(Lang::En);
        assert!(ips.contains("whole number") && !ips.contains("1,000"), "no thousands hint for an IP count: {ips}");
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
        assert!(e.message(Lang::Zh).starts_with("专用 IP 数量"));
        for p in [Problem::Conflicting, Problem::PeakAboveMonthly, Problem::UnknownFeature("fax".into())] {
            let e = InputError::new(Field::Needs, p);
            assert!(e.message(Lang::En).starts_with("Needed features: "), "{}", e.message(Lang::En));
            assert!(e.message(Lang::Zh).starts_with("所需功能："), "{}", e.message(Lang::Zh));
        }
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

        #[test]
        fn no_amount_panics_and_any_accepted_one_is_within_its_maximum(v in "[-+0-9,_ .kKmM万０-９，．]{0,30}|.{0,20}") {
            if let Ok(Some(n)) = parse_amount(Field::Monthly, &v, MAX_MONTHLY) {
                prop_assert!(n <= MAX_MONTHLY);
            }
            let _ = step(Field::Monthly, &v, true, true);
            let _ = step(Field::Peak, &v, false, false);
        }

        #[test]
        fn a_volume_with_a_unit_is_the_number_times_the_unit(n in 0u64..=1_000_000, d in 0u32..=3) {
            let whole = n / 1000;
            let frac = n % 1000;
            let text = match d { 0 => format!("{whole}k"), _ => format!("{whole}.{frac:03}k") };
            let want = if d == 0 { whole * 1000 } else { n };
            prop_assert_eq!(parse_amount(Field::Monthly, &text, MAX_MONTHLY), Ok(Some(want)));
            let wan = n % 100_001;
            prop_assert_eq!(parse_amount(Field::Monthly, &format!("{wan}万"), MAX_MONTHLY), Ok(Some(wan * 10_000)));
        }
    }
}
