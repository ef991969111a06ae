//! Numbers written in Chinese numerals (十万, 两万五千, 三千): reps and readers type volumes that
//! way, and a volume misread is a wrong plan. One reader for the ask view's volumes and the
//! estimator's form.

/// The value of a Chinese numeral at `start` and the index just past it; `None` when none starts
/// there, or when the run of numeral characters there does not read as one number ("二二",
/// "一万万", "十十"): a misread volume is a wrong plan, so a malformed one is no number at all. A
/// number must start with a digit or 十, so "百分之" (per cent) and "千万" (by all means) are not
/// numbers. The spoken shortening is read as people mean it: 一万二 is 12,000 and 两千五 is 2,500
/// (a last digit right after 万, 千 or 百 counts in the next unit down), while 一万零二 is 10,002.
/// A last digit before 个 is a count of its own ("十万一个月" is 十万 a month).
///
/// ```
/// use mailgun_help_core::numerals::chinese_number;
/// let chars: Vec<char> = "发十万封".chars().collect();
/// assert_eq!(chinese_number(&chars, 1), Some((100_000, 3)));
/// assert_eq!(chinese_number(&chars, 0), None);
/// ```
pub fn chinese_number(chars: &[char], start: usize) -> Option<(u64, usize)> {
    let first = *chars.get(start)?;
    if digit(first).is_none() && first != '十' {
        return None;
    }
    let mut end = start + chars[start..].iter().take_while(|c| is_numeral(**c)).count();
    if end - start > 1 && chars.get(end) == Some(&'个') && digit(chars[end - 1]).is_some() {
        end -= 1;
    }
    read(&chars[start..end]).map(|value| (value, end))
}

fn is_numeral(c: char) -> bool {
    digit(c).is_some() || matches!(c, '十' | '百' | '千' | '万' | '亿')
}

/// A whole run: up to one 亿 part and one 万 part, in that order, then the rest.
fn read(run: &[char]) -> Option<u64> {
    let (mut total, mut rest, mut last_big) = (0u64, run, None);
    for (mark, big) in [('亿', 100_000_000u64), ('万', 10_000)] {
        if let Some(p) = rest.iter().position(|&c| c == mark) {
            total = total.checked_add(section(&rest[..p])?.checked_mul(big)?)?;
            rest = &rest[p + 1..];
            last_big = Some(big);
        }
    }
    if rest.is_empty() {
        return (last_big.is_some()).then_some(total);
    }
    // 一万二: one digit right after the big unit counts in the unit below it.
    if let (Some(big), [only]) = (last_big, rest) {
        if *only != '零' {
            return total.checked_add(digit(*only)?.checked_mul(big / 10)?);
        }
    }
    total.checked_add(section(rest)?)
}

/// A part below 万 (at most 9,999): digits each followed by a falling unit (千, 百, 十), zeros
/// standing for skipped units, a leading 十 for ten, and at most one bare digit, last.
fn section(s: &[char]) -> Option<u64> {
    let (mut value, mut last_unit, mut after_zero, mut i) = (0u64, 10_000u64, false, 0);
    if s.is_empty() {
        return None;
    }
    while let Some(&c) = s.get(i) {
        if c == '零' {
            after_zero = true;
            i += 1;
            continue;
        }
        if c == '十' && i == 0 {
            value = 10;
            last_unit = 10;
            i += 1;
            continue;
        }
        let d = digit(c)?;
        match s.get(i + 1).map(|&u| small_unit(u)) {
            Some(Some(u)) if u < last_unit => {
                value += d * u;
                last_unit = u;
                i += 2;
            }
            // A unit out of order (三千五千), or a digit after a digit (二二).
            Some(_) => return None,
            None => {
                // 两千五 is 2,500 and 一百五 is 150; 一百零五 is 105.
                let place = if !after_zero && (100..10_000).contains(&last_unit) { last_unit / 10 } else { 1 };
                value += d * place;
                i += 1;
            }
        }
    }
    Some(value)
}

fn small_unit(c: char) -> Option<u64> {
    match c {
        '十' => Some(10),
        '百' => Some(100),
        '千' => Some(1_000),
        _ => None,
    }
}

/// The value of a text that is one Chinese numeral and nothing else ("十万"); `None` otherwise.
pub fn whole_chinese_number(text: &str) -> Option<u64> {
    let chars: Vec<char> = text.chars().collect();
    chinese_number(&chars, 0).filter(|&(_, end)| end == chars.len()).map(|(value, _)| value)
}

fn digit(c: char) -> Option<u64> {
    match c {
        '零' => Some(0),
        '一' => Some(1),
        '二' | '两' => Some(2),
        '三' => Some(3),
        '四' => Some(4),
        '五' => Some(5),
        '六' => Some(6),
        '七' => Some(7),
        '八' => Some(8),
        '九' => Some(9),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn numerals_read_as_written() {
        for (text, value) in [
            ("十", 10),
            ("十五", 15),
            ("二十", 20),
            ("一百", 100),
            ("三千", 3_000),
            ("十万", 100_000),
            ("两万五千", 25_000),
            ("二十五万", 250_000),
            ("一百万", 1_000_000),
            ("五千万", 50_000_000),
            ("一亿", 100_000_000),
            // The spoken shortening: a last digit counts in the unit below the one before it.
            ("一万二", 12_000),
            ("两万五", 25_000),
            ("五万五", 55_000),
            ("两千五", 2_500),
            ("一百五", 150),
            ("三亿五", 350_000_000),
            // With a zero between, it is the units.
            ("一万零二", 10_002),
            ("一百零五", 105),
            ("三千零五十", 3_050),
            ("一亿五千万", 150_000_000),
            ("一万二千三百四十五", 12_345),
            ("零", 0),
        ] {
            assert_eq!(whole_chinese_number(text), Some(value), "{text}");
        }
        for text in [
            "",
            "百分之",
            "千万",
            "万",
            "十万封",
            "abc",
            "二二",
            "五五五五",
            "十十",
            "三万五万",
            "一万万",
            "三千五千",
            "一万亿五",
        ] {
            assert_eq!(whole_chinese_number(text), None, "{text}");
        }
    }

    #[test]
    fn a_numeral_in_a_sentence_ends_where_the_number_does() {
        let at = |text: &str, start: usize| {
            let chars: Vec<char> = text.chars().collect();
            chinese_number(&chars, start)
        };
        assert_eq!(at("每月一万二封", 2), Some((12_000, 5)));
        // "十万一个月": 一 counts the months.
        assert_eq!(at("十万一个月", 0), Some((100_000, 2)));
        assert_eq!(at("两个", 0), Some((2, 1)));
        // A run that is no number is none, at any of its starts.
        assert_eq!(at("五五五五封", 0), None);
        assert_eq!(at("五五五五封", 1), None);
    }

    proptest! {
        #[test]
        fn no_run_of_numerals_panics(s in "[零一二两三四五六七八九十百千万亿]{0,400}") {
            let chars: Vec<char> = s.chars().collect();
            if let Some((_, end)) = chinese_number(&chars, 0) {
                prop_assert!(end <= chars.len());
            }
        }
    }
}
