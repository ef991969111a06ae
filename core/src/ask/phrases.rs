//! The fixed phrases of composed answers (`assets/ask/phrases.toml`), compiled by `build.rs` the way
//! the UI strings are: each key is a constant (`phrase::HEADING_STEPS`), so a misspelt key does not
//! compile, and the build fails when a phrase misses a language or its `{placeholders}` differ.

use crate::lang::Lang;

/// A phrase key. Values come from the generated `phrase` module.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PhraseKey(pub usize);

include!(concat!(env!("OUT_DIR"), "/ask_phrases.rs"));

/// The phrase `key` in `lang`.
pub fn text(lang: Lang, key: PhraseKey) -> &'static str {
    crate::i18n::entry(lang, EN, ZH, key.0)
}

/// The phrase `key` in `lang` with its `{placeholders}` filled, spaced as the UI strings are
/// ([`crate::i18n::fill_text`]).
pub fn fill(lang: Lang, key: PhraseKey, args: &[(&str, &str)]) -> String {
    crate::i18n::fill_text(lang, text(lang, key), args)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_phrase_has_both_languages() {
        assert_eq!(EN.len(), KEYS.len());
        assert_eq!(ZH.len(), KEYS.len());
        assert!(KEYS.windows(2).all(|w| w[0] < w[1]), "keys sorted and unique");
        assert_eq!(text(Lang::En, phrase::OPT_EU), EN[phrase::OPT_EU.0]);
        assert!(text(Lang::Zh, phrase::HEADING_STEPS).contains("{title}"));
    }
}
