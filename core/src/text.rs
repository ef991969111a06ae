//! Bilingual text: the one type every content file uses for words a reader sees.

use crate::lang::Lang;
use serde::{Deserialize, Serialize};

/// A piece of text written in both languages. Content files write it as `{ en = "…", zh = "…" }`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    /// English.
    pub en: String,
    /// Simplified Chinese.
    pub zh: String,
}

impl Text {
    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Zh => &self.zh,
        }
    }

    /// True when either side is blank (a missing translation).
    pub fn has_blank_side(&self) -> bool {
        self.en.trim().is_empty() || self.zh.trim().is_empty()
    }
}
