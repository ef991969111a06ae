//! Finds the monthly email volume a question names ("80,000 emails", "1.5M a month", "8万封"), so an
//! answer about plans can run the estimator on it instead of listing every plan.

use super::asks::{asks, Asks};
use super::normalise::{any_cue, fold};

/// Words that make a number in a question an email volume.
const SENDING_CUES: &str = "email|emails|mail|mails|message|messages|send|sends|sending|volume|month|monthly|mo|day|daily|封|邮件|发送|发信|每月|每天|月";

/// Words that make a volume one day's ("500 emails per day", "每天 500 封").
const DAY_CUES: &str = "per day|a day|each day|every day|daily|/day|每天|每日|一天|日均";
/// Words that make a volume a week's ("1000 emails per week", "每周 1000 封").
const WEEK_CUES: &str = "week|weekly|每周|一周";
/// Words of a question about sending past what a plan includes: its number is a plan's, not the
/// reader's volume.
const OVERAGE_CUES: &str = "overage|overages|exceed|exceeding|more emails than|more than my plan|more than the plan|over my plan|over the plan|over my limit|extra emails|超出|超过|超额|额外邮件";
/// Words that make a volume a month's, which wins when a question names both.
const MONTH_CUES: &str = "month|monthly|/mo|月";

/// True when the volume a question names is a day's, not a month's: "500 emails per day", "每天
/// 2000 封", but not "50,000 a month, 3,000 on the busiest day".
///
/// ```
/// use mailgun_help_core::ask::volume::per_day;
/// assert!(per_day("500 emails per day, which plan?"));
/// assert!(per_day("每天发2000封用什么套餐"));
/// assert!(!per_day("80k emails a month"));
/// assert!(!per_day("50,000 a month and 3,000 a day at peak"));
/// ```
pub fn per_day(question: &str) -> bool {
    let q = fold(question);
    any_cue(&q, DAY_CUES) && !any_cue(&q, MONTH_CUES)
}

/// True when the volume a question names is a week's: "1000 emails per week", "每周发1000封", but
/// not when it also names a day or a month.
///
/// ```
/// use mailgun_help_core::ask::volume::per_week;
/// assert!(per_week("which plan for 1000 emails per week"));
/// assert!(per_week("每周发1000封邮件用什么套餐"));
/// assert!(!per_week("10,000 a month, 500 a week at most"));
/// ```
pub fn per_week(question: &str) -> bool {
    let q = fold(question);
    any_cue(&q, WEEK_CUES) && !any_cue(&q, MONTH_CUES) && !any_cue(&q, DAY_CUES)
}

/// True when a question asks about sending past what a plan includes ("the overage cost per 1000
/// emails", "超出套餐额度后…"), not past a warming IP's cap ("预热期间超过每日上限…").
pub fn speaks_of_overage(question: &str) -> bool {
    let q = fold(question);
    any_cue(&q, OVERAGE_CUES) && !any_cue(&q, "warm|warmup|预热")
}

/// True when a question states how much is sent in a month, a week or a day and asks nothing of
/// how: "we send roughly 70k emails every month", "我们一个月大概发 7 万封", but not "send 1000
/// emails in one call" (no period) or "how do I send 500 emails a day from PHP" (a how-to). Such a
/// question wants the plan and the price for that volume.
///
/// ```
/// use mailgun_help_core::ask::volume::states_volume;
/// assert!(states_volume("We send roughly 70k emails every month"));
/// assert!(states_volume("我们一个月大概发 7 万封"));
/// assert!(!states_volume("how do I send 1000 emails in one call"));
/// assert!(!states_volume("how do I send 500 emails a day from PHP"));
/// ```
pub fn states_volume(question: &str) -> bool {
    let q = fold(question);
    let period = [DAY_CUES, MONTH_CUES, WEEK_CUES].iter().any(|cues| any_cue(&q, cues));
    period && any_cue(&q, SENDING_CUES) && volume_in(question).is_some() && asks(question) != Asks::HowTo
}

/// True when a question speaks of sending email, so a number in it can be a volume: "80,000
/// emails", "we send 1.5M", "每月 8万封", but not "run my first 5k in 8 weeks".
pub fn speaks_of_sending(question: &str) -> bool {
    any_cue(&fold(question), SENDING_CUES)
}

/// The largest volume written in `question`, when there is one of at least 100 (smaller numbers are
/// more likely counts of tags or days than a volume) that is not a status code or a port by the
/// word next to it ("401 Unauthorized", "port 587").
///
/// ```
/// use mailgun_help_core::ask::volume::volume_in;
/// assert_eq!(volume_in("plan for 80,000 emails a month?"), Some(80_000));
/// assert_eq!(volume_in("每月 8万封"), Some(80_000));
/// assert_eq!(volume_in("一个月发十万封"), Some(100_000));
/// assert_eq!(volume_in("we send 1.5M"), Some(1_500_000));
/// assert_eq!(volume_in("port 587"), None);
/// assert_eq!(volume_in("3 tags"), None);
/// ```
pub fn volume_in(question: &str) -> Option<u64> {
    let chars: Vec<char> = question.chars().map(fold_width).collect();
    let mut best: Option<u64> = None;
    let mut i = 0;
    while i < chars.len() {
        if let Some((value, end)) = crate::numerals::chinese_number(&chars, i) {
            if value >= 100 && best.is_none_or(|b| value > b) {
                best = Some(value);
            }
            i = end;
            continue;
        }
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        let (mut whole, mut frac, mut frac_digits) = (0u64, 0u64, 0u32);
        let mut in_frac = false;
        while i < chars.len() {
            let c = chars[i];
            if let Some(d) = c.to_digit(10) {
                if in_frac {
                    if frac_digits < 6 {
                        frac = frac * 10 + u64::from(d);
                        frac_digits += 1;
                    }
                } else {
                    whole = whole.saturating_mul(10).saturating_add(u64::from(d));
                }
            } else if (c == ',' || c == '_') && chars.get(i + 1).is_some_and(char::is_ascii_digit) && !in_frac {
                // thousands separator
            } else if c == '.' && chars.get(i + 1).is_some_and(char::is_ascii_digit) && !in_frac {
                in_frac = true;
            } else {
                break;
            }
            i += 1;
        }
        let suffix = chars[i..].iter().find(|c| !c.is_whitespace()).copied();
        let multiplier = match suffix {
            Some('k' | 'K' | '千') => 1_000,
            Some('m' | 'M') if !next_word_is(&chars[i..], "month") && !next_word_is(&chars[i..], "mo") => 1_000_000,
            Some('万') => 10_000,
            Some('亿') => 100_000_000,
            _ => 1,
        };
        let scale = 10u64.pow(frac_digits);
        let value = whole.saturating_mul(multiplier).saturating_add(frac.saturating_mul(multiplier) / scale.max(1));
        if is_a_code(&chars, start, i) {
            continue;
        }
        if value >= 100 && best.is_none_or(|b| value > b) {
            best = Some(value);
        }
    }
    best
}

/// Words after a number that make it a status code ("401 Unauthorized", "500 error").
const STATUS_AFTER: &str = "unauthorized|forbidden|error|errors|bad|unprocessable|internal|not|too";
/// Words before a number that make it a code or a port ("status 429", "HTTP 401", "port 587").
const CODE_BEFORE: &str = "status|code|http|error|port";

/// True when the number in `chars[start..end]` is a status code or a port, by the word next to it:
/// "both come back 401 Unauthorized … created last week" states no volume.
fn is_a_code(chars: &[char], start: usize, end: usize) -> bool {
    let mut b = start;
    while b > 0 && chars[b - 1].is_whitespace() {
        b -= 1;
    }
    let mut a = b;
    while a > 0 && chars[a - 1].is_alphabetic() {
        a -= 1;
    }
    // ASCII case only: `to_lowercase` would bring Unicode's case tables into the wasm (4.9 KB gz).
    let before: String = chars[a..b].iter().collect();
    CODE_BEFORE.split('|').any(|w| before.eq_ignore_ascii_case(w))
        || STATUS_AFTER.split('|').any(|w| next_word_is(&chars[end..], w))
}

fn next_word_is(rest: &[char], word: &str) -> bool {
    let mut i = 0;
    while rest.get(i).is_some_and(|c| c.is_whitespace()) {
        i += 1;
    }
    let start = i;
    while rest.get(i).is_some_and(|c| c.is_alphabetic()) {
        i += 1;
    }
    let s: String = rest[start..i].iter().collect();
    s.eq_ignore_ascii_case(word)
}

fn fold_width(c: char) -> char {
    match c {
        '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
        '，' => ',',
        '．' => '.',
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn volumes_with_separators_suffixes_and_full_width_digits() {
        assert_eq!(volume_in("about 120_000 per month"), Some(120_000));
        assert_eq!(volume_in("２５０万封"), Some(2_500_000));
        assert_eq!(volume_in("40k emails, 2 IPs"), Some(40_000));
        assert_eq!(volume_in("100 emails a day"), Some(100));
        assert_eq!(volume_in("50,000/mo vs 100,000/mo"), Some(100_000));
    }

    #[test]
    fn volumes_in_chinese_numerals() {
        for (q, v) in [
            ("一个月发十万封选哪个套餐", Some(100_000)),
            ("每月两万五千封", Some(25_000)),
            ("每月二十五万封", Some(250_000)),
            ("一个月一百万封", Some(1_000_000)),
            ("每天三千封", Some(3_000)),
            ("一年五千万封", Some(50_000_000)),
            // Not numbers, or too small to be a volume.
            ("百分之九十的邮件", None),
            ("千万不要用共享 IP", None),
            ("统一发一封", None),
            ("十几万封", None),
        ] {
            assert_eq!(volume_in(q), v, "{q}");
        }
    }

    #[test]
    fn only_questions_about_sending_name_a_volume() {
        assert!(speaks_of_sending("plan for 80,000 emails a month?"));
        assert!(speaks_of_sending("we send 1.5M"));
        assert!(speaks_of_sending("每月 8万封"));
        assert!(speaks_of_sending("50,000/mo"));
        assert!(!speaks_of_sending("beginner plan for a 10k race in 12 weeks"));
    }

    #[test]
    fn months_are_not_millions_and_small_counts_are_ignored() {
        assert_eq!(volume_in("300 m"), Some(300_000_000));
        assert_eq!(volume_in("300 month"), Some(300));
        assert_eq!(volume_in("3 tags, 2 IPs"), None);
        // Status codes and ports are not volumes.
        assert_eq!(volume_in("both come back 401 Unauthorized, the key we created last week"), None);
        assert_eq!(volume_in("HTTP 429 when we send 2000 emails a day"), Some(2_000));
        assert_eq!(volume_in("smtp port 2525 blocked"), None);
        assert_eq!(volume_in(""), None);
    }

    proptest::proptest! {
        #[test]
        fn any_text_is_safe(s in ".*") {
            let _ = volume_in(&s);
        }
    }
}
