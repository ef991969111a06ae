//! Bilingual text: the one type every content file uses for words a reader sees.

use crate::lang::Lang;
use serde::Serialize;

/// A piece of text written in both languages. Content files write it as `{ en = "…", zh = "…" }`;
/// `build.rs` compiles it into the binary, so both sides are `'static`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Text {
    /// English.
    pub en: &'static str,
    /// Simplified Chinese.
    pub zh: &'static str,
}

impl Text {
    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::Zh => self.zh,
        }
    }

    /// True when either side is blank (a missing translation).
    pub fn has_blank_side(&self) -> bool {
        self.en.trim().is_empty() || self.zh.trim().is_empty()
    }
}

/// The first `max` characters of `s` (all of it when shorter): how every string that came from
/// outside (a link, the host page, storage) is bounded before it is kept or shown again.
///
/// ```
/// use mailgun_help_core::text::clip;
/// assert_eq!(clip("退订链接", 2), "退订");
/// assert_eq!(clip("abc", 10), "abc");
/// ```
pub fn clip(s: &str, max: usize) -> &str {
    match s.char_indices().nth(max) {
        Some((at, _)) => &s[..at],
        None => s,
    }
}

/// The whole number `s` writes: an optional sign, then ASCII digits only; `None` for anything
/// else, and past `i64`. The widget's one integer parser: `str::parse` is generic code instantiated
/// once per integer type, and the tools' four instances cost ~1.2 KB of wasm.
///
/// ```
/// use mailgun_help_core::text::{parse_index, parse_int};
/// assert_eq!(parse_int("-42"), Some(-42));
/// assert_eq!(parse_int("+7"), Some(7));
/// assert_eq!(parse_int("4 2"), None);
/// assert_eq!(parse_int("99999999999999999999"), None);
/// assert_eq!(parse_index("-1"), None);
/// ```
pub fn parse_int(s: &str) -> Option<i64> {
    let (negative, digits) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    if digits.is_empty() {
        return None;
    }
    let mut n: i64 = 0;
    for b in digits.bytes() {
        if !b.is_ascii_digit() {
            return None;
        }
        n = n.checked_mul(10)?.checked_add(i64::from(b - b'0'))?;
    }
    Some(if negative { -n } else { n })
}

/// [`parse_int`] for a count or a position: `None` below zero.
pub fn parse_index(s: &str) -> Option<usize> {
    parse_int(s).and_then(|n| usize::try_from(n).ok())
}

/// `v` with one decimal (`12.3`, `-0.5`, `7.0`), rounded half away from zero; non-finite values
/// give `0.0`. Integer formatting only: Rust's float formatting adds ~15 KB to the wasm and this is
/// all the widget needs (SVG coordinates, milliseconds).
///
/// ```
/// use mailgun_help_core::text::one_decimal;
/// assert_eq!(one_decimal(12.34), "12.3");
/// assert_eq!(one_decimal(-0.05), "-0.1");
/// assert_eq!(one_decimal(7.0), "7.0");
/// ```
pub fn one_decimal(v: f64) -> String {
    let tenths = if v.is_finite() { (v * 10.0).round().clamp(-9.0e15, 9.0e15) as i64 } else { 0 };
    let sign = if tenths < 0 { "-" } else { "" };
    let abs = tenths.unsigned_abs();
    format!("{sign}{}.{}", abs / 10, abs % 10)
}
