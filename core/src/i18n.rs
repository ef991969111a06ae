//! UI strings, compiled from `assets/i18n/en.toml` and `zh.toml` by `build.rs`.
//!
//! Each key is a constant (`key::NAV_ASK`), so a misspelt key does not compile, and the build fails
//! when either language misses a key or their `{placeholders}` differ. A key is its two strings
//! (English, Chinese), not an index into one table per language: the linker then keeps only the
//! strings some code uses, so a feature's strings leave with its code and count in its share.

use crate::ask::normalise::is_cjk;
use crate::lang::Lang;

/// A UI string key: its English and Chinese text. Values come from the generated `key` module.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Key(pub &'static [&'static str; 2]);

include!(concat!(env!("OUT_DIR"), "/i18n.rs"));

/// The text of `key` in `lang`.
pub fn t(lang: Lang, key: Key) -> &'static str {
    match lang {
        Lang::En => key.0[0],
        Lang::Zh => key.0[1],
    }
}

/// Entry `i` of the table for `lang` (`en` or `zh`), or "" past the end: the lookup of the tables
/// compiled per language (the ask phrases).
pub fn entry(lang: Lang, en: &'static [&'static str], zh: &'static [&'static str], i: usize) -> &'static str {
    let table = match lang {
        Lang::En => en,
        Lang::Zh => zh,
    };
    table.get(i).copied().unwrap_or("")
}

/// The text of `key` in `lang` with each `{name}` replaced by its value. In Chinese a value that
/// meets Chinese text with a Latin letter, a digit or `$` gets a space on that side, as the strings
/// themselves are written ("每月 $90"), so "{plan}每天" reads "Scale 每天" and "免费版每天" alike.
/// A value is inserted once: braces inside it are never read as placeholders.
///
/// ```
/// use mailgun_help_core::i18n::{fill, key, Key};
/// use mailgun_help_core::lang::Lang;
/// let _ = fill(Lang::En, key::NOT_FOUND_TITLE, &[]);
/// ```
pub fn fill(lang: Lang, key: Key, args: &[(&str, &str)]) -> String {
    fill_text(lang, t(lang, key), args)
}

/// [`fill`] on a template that is not a UI string (the answer phrases).
pub fn fill_text(lang: Lang, template: &str, args: &[(&str, &str)]) -> String {
    let mut rest = template;
    let mut out = String::with_capacity(rest.len() + 16);
    let spaced = |a: Option<char>, b: Option<char>| {
        lang == Lang::Zh
            && matches!((a, b), (Some(a), Some(b)) if (is_cjk(a) && is_latin(b)) || (is_latin(a) && is_cjk(b)))
    };
    while let Some(open) = rest.find('{') {
        let Some(len) = rest[open..].find('}') else { break };
        let (before, after) = (&rest[..open], &rest[open + len + 1..]);
        out.push_str(before);
        match args.iter().find(|(name, _)| *name == &rest[open + 1..open + len]) {
            Some((_, value)) => {
                if spaced(out.chars().next_back(), value.chars().next()) {
                    out.push(' ');
                }
                out.push_str(value);
                if spaced(value.chars().next_back(), after.chars().next()) {
                    out.push(' ');
                }
            }
            None => out.push_str(&rest[open..=open + len]),
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

/// What Chinese text sets off with a space: a Latin letter, a digit, `$`.
fn is_latin(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '$'
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_languages_have_every_key_and_no_empty_string() {
        assert!(ALL.len() > 100, "the strings are compiled");
        for (name, key) in ALL {
            assert!(!t(Lang::En, *key).trim().is_empty(), "en `{name}` is empty");
            assert!(!t(Lang::Zh, *key).trim().is_empty(), "zh `{name}` is empty");
        }
    }

    #[test]
    fn chinese_strings_are_translated_not_copied() {
        // A Chinese string identical to its English one is a missed translation, unless it is a
        // product or protocol name that stays the same in both.
        let same_ok = ["nav.lang_toggle_other"];
        for (name, key) in ALL {
            let [en, zh] = *key.0;
            if en == zh && en.chars().any(|c| c.is_ascii_alphabetic()) && en.len() > 6 {
                assert!(same_ok.contains(name), "zh `{name}` is a copy of the English text");
            }
        }
    }

    #[test]
    fn chinese_sets_latin_text_and_numbers_off_with_spaces() {
        // Literal text is written spaced ("专用 IP", "每月 $90"); a filled value gets its spaces
        // from `fill`. Two hints keep "12万", the compact input form they teach.
        let compact = ["pricing.monthly_hint", "pricing_err.not_amount"];
        for (name, key) in ALL {
            let mut literal = String::new();
            for (i, part) in t(Lang::Zh, *key).split(['{', '}']).enumerate() {
                literal.push_str(if i % 2 == 0 { part } else { "\u{1}" });
            }
            let chars: Vec<char> = literal.chars().collect();
            let tight = chars.windows(2).any(|w| (is_cjk(w[0]) && is_latin(w[1])) || (is_latin(w[0]) && is_cjk(w[1])));
            assert!(!tight || compact.contains(name), "zh `{name}` has Chinese touching Latin text: {literal}");
        }
        let shown = fill(Lang::Zh, key::ESTIMATE_NEED_IPS, &[("count", "2")]);
        assert_eq!(shown, "你需要 2 个专用 IP");
        assert_eq!(
            fill(Lang::Zh, key::ESTIMATE_HEADLINE, &[("plan", "Scale"), ("reasons", "你需要 SSO")]),
            "Scale，因为你需要 SSO"
        );
        assert_eq!(fill(Lang::Zh, key::ESTIMATE_LIST_LAST, &[("init", "甲"), ("last", "b")]), "甲，并且 b");
        assert_eq!(fill(Lang::En, key::ESTIMATE_NEED_IPS, &[("count", "{count}")]), "you need {count} dedicated IPs");
    }

    #[test]
    fn fill_replaces_named_placeholders() {
        let text = fill(Lang::En, key::NOT_FOUND_BODY, &[("path", "#/nowhere")]);
        assert!(text.contains("#/nowhere"), "{text}");
    }
}
