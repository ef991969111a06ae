//! UI strings, compiled from `assets/i18n/en.toml` and `zh.toml` by `build.rs`.
//!
//! Each key is a constant (`key::NAV_ASK`), so a misspelt key does not compile, and the build fails
//! when either language misses a key or their `{placeholders}` differ. A key is its two strings
//! (English, Chinese), not an index into one table per language: the linker then keeps only the
//! strings some code uses, so a feature's strings leave with its code and count in its share.

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

/// The text of `key` in `lang` with each `{name}` replaced by its value.
///
/// ```
/// use mailgun_help_core::i18n::{fill, key, Key};
/// use mailgun_help_core::lang::Lang;
/// let _ = fill(Lang::En, key::NOT_FOUND_TITLE, &[]);
/// ```
pub fn fill(lang: Lang, key: Key, args: &[(&str, &str)]) -> String {
    let mut text = t(lang, key).to_string();
    for (name, value) in args {
        text = text.replace(&format!("{{{name}}}"), value);
    }
    text
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
    fn fill_replaces_named_placeholders() {
        let text = fill(Lang::En, key::NOT_FOUND_BODY, &[("path", "#/nowhere")]);
        assert!(text.contains("#/nowhere"), "{text}");
    }
}
