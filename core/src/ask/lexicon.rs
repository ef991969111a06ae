//! The known vocabulary: keyword tables compiled for fast matching, and typo correction against
//! every word the widget has seen.
//!
//! Built once from `assets/lexicon.toml` and `assets/ask/aliases.toml` plus the words of the
//! training examples and the KB, so a question's words are corrected only towards words that can
//! matter ("tempalte" → "template"), never towards arbitrary English.

use super::normalise::{
    cjk_features, deletes, edit_distance, fold, raw_words, squeeze_cjk_spaces, stem, stemmed_words,
};
use crate::fxhash::{key, KeyHasher, KeyMap};

/// Which table a matched term came from, with its index in that table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TermRef {
    /// `[[concept]]` number n.
    Concept(u16),
    /// A loose term of `[[family]]` number n.
    Family(u16),
    /// `[[rule]]` number n.
    Rule(u16),
    /// `[[area_name]]` number n.
    AreaName(u16),
    /// `[[role]]` number n.
    Role(u16),
}

/// One matched keyword: where it is defined and how the table writes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    /// The table entry.
    pub term: TermRef,
    /// The keyword as written in the table.
    pub surface: String,
}

/// A question cut into words and matched against the tables.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Analysis {
    /// The folded text.
    pub folded: String,
    /// Stemmed, typo-corrected content words in order.
    pub words: Vec<String>,
    /// CJK unigrams and bigrams.
    pub cjk: Vec<String>,
    /// Keywords found (deduplicated by table entry and surface).
    pub hits: Vec<Hit>,
}

/// The compiled tables and the word list for typo correction. Strings are looked up by their
/// [`key`] (see `crate::fxhash`).
#[derive(Default)]
pub struct Lexicon {
    /// Keyword made of whole words (the key of its stemmed words) → surface indices.
    word_terms: KeyMap<Vec<u32>>,
    /// Longest word-keyword in words.
    max_words: usize,
    /// Keywords matched as substrings of the folded text (Chinese, or with punctuation), with
    /// their surface index.
    substr_terms: Vec<(String, u32)>,
    /// `substr_terms` indices by their first character (as a number), so a text is scanned once.
    substr_by_first: KeyMap<Vec<u32>>,
    /// Surface forms with their table entry, indexed by the `u32`s above.
    surfaces: Vec<(TermRef, String)>,
    /// Every known stemmed word (by key) with how often it was seen.
    known: KeyMap<u32>,
    /// The known words in the order first seen.
    vocab: Vec<String>,
    /// Known words and their one-deletion variants (by key) → the words. Two edits are found by
    /// deleting up to two letters from the question's word only (symmetric delete with one deletion
    /// on the dictionary side), which keeps the table small enough to build at first use in the
    /// browser.
    del1: KeyMap<Vec<u32>>,
    /// The known words of three letters or more, by number.
    words: Vec<String>,
}

impl std::fmt::Debug for Lexicon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Lexicon({} words, {} keywords)", self.vocab.len(), self.surfaces.len())
    }
}

fn is_word_term(term: &str) -> bool {
    term.chars().all(|c| c.is_ascii_alphanumeric() || c == ' ' || c == '\'')
}

/// True when `b` is `a` with two neighbouring characters swapped.
fn is_swap(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len() != b.len() {
        return false;
    }
    let mut diff: Vec<usize> = Vec::new();
    for (i, (x, y)) in a.iter().zip(&b).enumerate() {
        if x != y {
            diff.push(i);
        }
    }
    diff.len() == 2 && diff[1] == diff[0] + 1 && a[diff[0]] == b[diff[1]] && a[diff[1]] == b[diff[0]]
}

impl Lexicon {
    /// An empty lexicon; add tables with [`Lexicon::add_terms`] and words with [`Lexicon::learn_text`].
    pub fn new() -> Lexicon {
        Lexicon::default()
    }

    /// Adds a table entry's keywords.
    pub fn add_terms(&mut self, term: TermRef, surfaces: &[&str]) {
        for s in surfaces {
            let folded = fold(s);
            let idx = self.surfaces.len() as u32;
            self.surfaces.push((term, s.to_string()));
            if is_word_term(&folded) {
                let mut h = KeyHasher::default();
                let mut n = 0;
                for raw in raw_words(&folded) {
                    let w = stem(raw);
                    self.note_word(&w, 1);
                    h.part(&w);
                    n += 1;
                }
                if n == 0 {
                    continue;
                }
                self.max_words = self.max_words.max(n);
                self.word_terms.entry(h.key()).or_default().push(idx);
            } else {
                let trimmed = squeeze_cjk_spaces(folded.trim());
                if !trimmed.is_empty() {
                    for w in stemmed_words(&trimmed) {
                        self.note_word(&w, 1);
                    }
                    self.substr_terms.push((trimmed, idx));
                }
            }
        }
    }

    /// Records the words of a text as known (for typo correction).
    pub fn learn_text(&mut self, text: &str) {
        for w in stemmed_words(&fold(text)) {
            self.note_word(&w, 1);
        }
    }

    fn note_word(&mut self, w: &str, n: u32) {
        if w.bytes().all(|b| b.is_ascii_alphabetic()) {
            let vocab = &mut self.vocab;
            *self.known.entry(key(&[w])).or_insert_with(|| {
                vocab.push(w.to_string());
                0
            }) += n;
        }
    }

    /// Builds the typo index; call once after every word has been learnt.
    pub fn finish(&mut self) {
        // In the order first seen; `correct` breaks ties by the words themselves, not by position.
        let mut words: Vec<String> = Vec::new();
        for w in &self.vocab {
            if w.len() >= 3 {
                words.push(w.clone());
            }
        }
        for (i, w) in words.iter().enumerate() {
            let i = i as u32;
            self.del1.entry(key(&[w])).or_default().push(i);
            for d in deletes(w) {
                self.del1.entry(key(&[&d])).or_default().push(i);
            }
        }
        self.substr_by_first.clear();
        for (i, (needle, _)) in self.substr_terms.iter().enumerate() {
            if let Some(first) = needle.chars().next() {
                self.substr_by_first.entry(u64::from(first)).or_default().push(i as u32);
            }
        }
        // A list may name a word twice ("letter" loses either t the same way): `correct` removes
        // repeated candidates anyway.
        self.words = words;
    }

    /// True when the stemmed word is known.
    pub fn knows(&self, word: &str) -> bool {
        self.known.contains_key(&key(&[word]))
    }

    /// The known word closest to `word` (stemmed), allowing 1 edit for words of 4+ letters as typed
    /// and 2 for 8+; `None` when the word is known already or nothing is close enough.
    pub fn correct(&self, word: &str, typed_len: usize) -> Option<&str> {
        if typed_len < 4 || self.knows(word) || !word.chars().all(|c| c.is_ascii_alphabetic()) || word.len() > 40 {
            return None;
        }
        // A four-letter word is corrected only by swapping two neighbours ("smpt" → "smtp"): one
        // substitution turns too many ordinary short words into known ones ("next" → "net").
        let swap_only = typed_len == 4;
        let max = if typed_len >= 8 { 2 } else { 1 };
        let mut candidates: Vec<u32> = Vec::new();
        let mut probe = |s: &str| {
            if let Some(v) = self.del1.get(&key(&[s])) {
                candidates.extend_from_slice(v);
            }
        };
        probe(word);
        let d1 = deletes(word);
        for d in &d1 {
            probe(d);
        }
        if max == 2 {
            for d in &d1 {
                for d2 in deletes(d) {
                    probe(&d2);
                }
            }
        }
        crate::sort::sort_dedup_u32(&mut candidates);
        let mut best: Option<(usize, u32, &str)> = None;
        for i in candidates {
            let Some(cand) = self.words.get(i as usize) else { continue };
            if swap_only && !is_swap(word, cand) {
                continue;
            }
            let Some(dist) = edit_distance(word, cand, max) else { continue };
            let freq = self.known.get(&key(&[cand])).copied().unwrap_or(0);
            let better = match best {
                None => true,
                // Closest, then most frequent, then first in alphabetical order (deterministic).
                Some((bd, bf, bw)) => dist < bd || (dist == bd && (freq > bf || (freq == bf && cand.as_str() < bw))),
            };
            if better {
                best = Some((dist, freq, cand.as_str()));
            }
        }
        best.map(|(_, _, w)| w)
    }

    /// Cuts a text into words and CJK features and finds the keywords in it.
    ///
    /// With `correct_typos`, unknown words are replaced by their closest known word first.
    pub fn analyse(&self, text: &str, correct_typos: bool) -> Analysis {
        let folded = fold(text);
        let mut words = Vec::new();
        // Keywords are matched over every word, stop words included, so that phrases written with
        // them ("how much", "log in", "with make") can match; features use the content words only.
        let mut seq: Vec<String> = Vec::new();
        for raw in raw_words(&folded) {
            if super::normalise::is_stop(raw) {
                seq.push(stem(raw));
                continue;
            }
            let before = words.len();
            let mut push = |w: String| {
                let typed = raw.chars().count();
                match correct_typos.then(|| self.correct(&w, typed)).flatten() {
                    Some(fixed) => words.push(fixed.to_string()),
                    None => words.push(w),
                }
            };
            push(stem(raw));
            if raw.contains('_') {
                for part in raw.split('_') {
                    if part.len() > 1 && !super::normalise::is_stop(part) {
                        push(stem(part));
                    }
                }
            }
            for w in &words[before..] {
                seq.push(w.clone());
            }
        }
        let cjk = cjk_features(&folded);
        let mut hits: Vec<Hit> = Vec::new();
        let mut seen: Vec<u32> = Vec::new();
        let mut add = |idx: u32, hits: &mut Vec<Hit>| {
            if let (false, Some((term, surface))) = (seen.contains(&idx), self.surfaces.get(idx as usize)) {
                seen.push(idx);
                hits.push(Hit { term: *term, surface: surface.clone() });
            }
        };
        for start in 0..seq.len() {
            let mut h = KeyHasher::default();
            for w in seq[start..].iter().take(self.max_words) {
                h.part(w);
                for &idx in self.word_terms.get(&h.key()).into_iter().flatten() {
                    add(idx, &mut hits);
                }
            }
        }
        let mut found = vec![false; self.substr_terms.len()];
        let squeezed = squeeze_cjk_spaces(&folded);
        for (pos, c) in squeezed.char_indices() {
            let Some(candidates) = self.substr_by_first.get(&u64::from(c)) else { continue };
            for &i in candidates {
                if let Some((needle, _)) = self.substr_terms.get(i as usize) {
                    if squeezed[pos..].starts_with(needle.as_str()) {
                        found[i as usize] = true;
                    }
                }
            }
        }
        for (i, (_, idx)) in self.substr_terms.iter().enumerate() {
            if found[i] {
                add(*idx, &mut hits);
            }
        }
        Analysis { folded, words, cjk, hits }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lexicon() -> Lexicon {
        let mut lx = Lexicon::new();
        lx.add_terms(TermRef::Concept(0), &["template", "模板", "{{"]);
        lx.add_terms(TermRef::Concept(1), &["mailing list"]);
        lx.learn_text("Create a template version; the attachment arrives as a file upload. Analytics.");
        lx.finish();
        lx
    }

    #[test]
    fn typos_are_corrected_towards_known_words_only() {
        let lx = lexicon();
        assert_eq!(lx.correct(&stem("tempalte"), 8), Some("templat"));
        assert_eq!(lx.correct(&stem("attachmnet"), 10), Some(stem("attachment").as_str()));
        assert_eq!(lx.correct(&stem("analytcs"), 8), Some(stem("analytics").as_str()));
        assert_eq!(lx.correct("zzzzzz", 6), None);
        assert_eq!(lx.correct("tmp", 3), None, "short words are never corrected");
    }

    #[test]
    fn keywords_match_words_phrases_and_substrings() {
        let lx = lexicon();
        let a = lx.analyse("Tempalte with {{name}} for my Mailing Lists, 模板", true);
        let concepts: Vec<TermRef> = a.hits.iter().map(|h| h.term).collect();
        assert!(concepts.contains(&TermRef::Concept(0)));
        assert!(concepts.contains(&TermRef::Concept(1)));
        assert_eq!(a.hits.iter().filter(|h| h.term == TermRef::Concept(0)).count(), 3);
    }
}
