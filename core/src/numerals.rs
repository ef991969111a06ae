//! Numbers written in Chinese numerals (十万, 两万五千, 三千): reps and readers type volumes that
//! way, and a volume misread is a wrong plan. One reader for the ask view's volumes and the
//! estimator's form.

/// The value of a Chinese numeral at `start` and the index just past it; `None` when none starts
/// there. A number must start with a digit or 十, so "百分之" (per cent) and "千万" (by all means)
/// are not numbers. Sums saturate, so no input overflows.
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
    let (mut total, mut section, mut current, mut i) = (0u64, 0u64, 0u64, start);
    while let Some(&c) = chars.get(i) {
        let unit = match c {
            '十' => 10,
            '百' => 100,
            '千' => 1_000,
            '万' => 10_000,
            '亿' => 100_000_000,
            _ => match digit(c) {
                Some(d) => {
                    current = d;
                    i += 1;
                    continue;
                }
                None => break,
            },
        };
        if unit >= 10_000 {
            // 万 and 亿 multiply everything since the last of them: 二十五万 is 25 × 10,000.
            total = total.saturating_add(section.saturating_add(current).max(1).saturating_mul(unit));
            section = 0;
        } else {
            // 十 alone is ten; 百 and 千 take the digit before them.
            let times = if unit == 10 { current.max(1) } else { current };
            section = section.saturating_add(times * unit);
        }
        current = 0;
        i += 1;
    }
    Some((total.saturating_add(section).saturating_add(current), i))
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
        ] {
            assert_eq!(whole_chinese_number(text), Some(value), "{text}");
        }
        for text in ["", "百分之", "千万", "万", "十万封", "abc"] {
            assert_eq!(whole_chinese_number(text), None, "{text}");
        }
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
