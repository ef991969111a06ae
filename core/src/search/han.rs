//! Chinese terms are found by scanning the documents' own text, not through the stored dictionary.
//!
//! Why: Han bigrams were three quarters of the compile-time dictionary (about 2,800 of 3,650 terms,
//! some 13 KB of the gzipped widget) while the Chinese text they point into is already in the wasm
//! for display. Counting a bigram's occurrences in ~8,000 Han characters is a single pass over a
//! flat array and gives exactly the term frequencies the stored postings held, so ranking is
//! unchanged; a query character that stands alone now matches every place the character occurs.
//!
//! The documents' Han characters are gathered once, on the first Chinese query: a copy of those
//! characters (non-Han runs collapse to one separator), no tokenizing and no per-term tables.

use super::docs::Doc;
use super::normalise::is_cjk;
use std::sync::OnceLock;

/// Separator between runs of Han characters (never a Han character itself).
const GAP: char = '\0';
/// The per-field caps of the stored term frequencies: title, path, body.
const TF_CAP: [u32; 3] = [3, 3, 15];

/// The Han characters of every document field, flat: document `d`'s field `f` is
/// `chars[bounds[d * 3 + f]..bounds[d * 3 + f + 1]]`.
#[derive(Debug, Default)]
pub struct HanText {
    chars: Vec<char>,
    bounds: Vec<u32>,
}

impl HanText {
    /// Gathers the Han characters of `docs` (title: both languages; path; body: both languages),
    /// the fields the index builder counts.
    pub fn from_docs(docs: &[Doc]) -> HanText {
        let mut chars = Vec::new();
        let mut bounds = Vec::with_capacity(docs.len() * 3 + 1);
        for d in docs {
            let body = [&d.body[0][..], &d.body[1]];
            let fields: [&[&str]; 3] = [&[&d.title[0], &d.title[1]], &[&d.path], &body];
            for texts in fields {
                bounds.push(chars.len() as u32);
                for t in texts.iter() {
                    for c in t.chars() {
                        if is_cjk(c) {
                            chars.push(c);
                        } else if chars.last().is_some_and(|&l| l != GAP) {
                            chars.push(GAP);
                        }
                    }
                    if chars.last().is_some_and(|&l| l != GAP) {
                        chars.push(GAP);
                    }
                }
            }
        }
        bounds.push(chars.len() as u32);
        HanText { chars, bounds }
    }

    /// The widget's documents, gathered on first use.
    pub fn get() -> &'static HanText {
        static HAN: OnceLock<HanText> = OnceLock::new();
        HAN.get_or_init(|| HanText::from_docs(super::documents()))
    }

    /// Number of documents.
    pub fn n_docs(&self) -> usize {
        self.bounds.len().saturating_sub(1) / 3
    }

    /// Each document that holds `term` (one or two Han characters) with its capped frequency per
    /// field (title, path, body). A bigram counts where its two characters stand side by side; a
    /// single character counts wherever it occurs. Anything else finds nothing.
    pub fn postings(&self, term: &str) -> Vec<(usize, [u8; 3])> {
        let mut it = term.chars();
        let (Some(a), second) = (it.next(), it.next()) else { return Vec::new() };
        if it.next().is_some() || !is_cjk(a) || second.is_some_and(|b| !is_cjk(b)) {
            return Vec::new();
        }
        let mut out = Vec::new();
        for d in 0..self.n_docs() {
            let mut tf = [0u8; 3];
            for (f, cap) in TF_CAP.iter().enumerate() {
                let field = self.field(d, f);
                let n = match second {
                    None => field.iter().filter(|&&c| c == a).count(),
                    Some(b) => field.windows(2).filter(|w| w[0] == a && w[1] == b).count(),
                };
                tf[f] = (n as u32).min(*cap) as u8;
            }
            if tf != [0; 3] {
                out.push((d, tf));
            }
        }
        out
    }

    fn field(&self, d: usize, f: usize) -> &[char] {
        let at = |i: usize| self.bounds.get(i).map(|&b| b as usize).unwrap_or(0);
        self.chars.get(at(d * 3 + f)..at(d * 3 + f + 1)).unwrap_or(&[])
    }
}

/// True when `term` is a Han term (a bigram or a lone character), which the dictionary leaves out.
pub fn is_han_term(term: &str) -> bool {
    term.chars().next().is_some_and(is_cjk)
}
