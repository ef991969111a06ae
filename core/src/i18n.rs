//! UI strings, compiled from `assets/i18n/en.toml` and `zh.toml` by `build.rs`.
//!
//! Each key is a constant (`key::NAV_ASK`), so a misspelt key does not compile, and the build fails
//! when either language misses a key or their `{placeholders}` differ. Lookup is an array index.

use crate::lang::Lang;

/// A UI string key. Values come from the generated `key` module.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Key(pub usize);

include!(concat!(env!("OUT_DIR"), "/i18n.rs"));

/// The text of `key` in `lang`.
pub fn t(lang: Lang, key: Key) -> &'static str {
    entry(lang, EN, ZH, key.0)
}

/// Entry `i` of the table for `lang` (`en` or `zh`), or "" past the end: the lookup of every table
/// compiled per language (UI strings, ask phrases).
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
        assert_eq!(EN.len(), NAMES.len());
        assert_eq!(ZH.len(), NAMES.len());
        for (i, name) in NAMES.iter().enumerate() {
            assert!(!EN[i].trim().is_empty(), "en `{name}` is empty");
            assert!(!ZH[i].trim().is_empty(), "zh `{name}` is empty");
        }
    }

    #[test]
    fn chinese_strings_are_translated_not_copied() {
        // A Chinese string identical to its English one is a missed translation, unless it is a
        // product or protocol name that stays the same in both.
        let same_ok = ["nav.lang_toggle_other"];
        for (i, name) in NAMES.iter().enumerate() {
            if EN[i] == ZH[i] && EN[i].chars().any(|c| c.is_ascii_alphabetic()) && EN[i].len() > 6 {
                assert!(same_ok.contains(name), "zh `{name}` is a copy of the English text");
            }
        }
    }

    #[test]
    fn fill_replaces_named_placeholders() {
        let i = NAMES.iter().position(|n| *n == "not_found.body").expect("key exists");
        let text = fill(Lang::En, Key(i), &[("path", "#/nowhere")]);
        assert!(text.contains("#/nowhere"), "{text}");
    }
}
