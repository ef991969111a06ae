//! Ranking knowledge-base items by how much they share with the question.
//!
//! Both sides are cut with the classifier's own features (words, CJK pairs, concepts), so a Chinese
//! question finds an English-keyed fact through the shared concepts and Latin terms. The lexicon's
//! families are left out here: they tell the classifier a topic ("an event name"), while a fact
//! must share what was asked ("permanent_fail", not "delivered"). Features that
//! most candidates share (a local inverse document frequency over the pool) count for little.

use super::lexicon::Analysis;
use super::model::{features, han_feature, word_feature, FeatureKind, Model};
use super::normalise::{is_generic, listed};
use crate::sort::sort_dedup_u64;
use crate::text::Text;

/// The question's features, ready to score candidates against.
pub struct Query<'m> {
    model: &'m Model,
    /// Feature keys, sorted, each once.
    feats: Vec<u64>,
    /// Per feature of `feats`: what sharing it is worth ([`WEAK_WEIGHT`] for an everyday word's,
    /// [`CONTEXT_WEIGHT`] for one only outside the asking sentence, 1 otherwise).
    weight: Vec<f32>,
    /// The question, folded.
    pub folded: String,
}

/// Everyday words a question uses around its topic ("a *single* message", "which event *fires*"),
/// stemmed as the lexicon stems them: sharing one with a fact says little, so they count for
/// [`WEAK_WEIGHT`] of a word. Rare in the facts, they would otherwise weigh the most (the inverse
/// document frequency is local).
const EVERYDAY: &str = "singl|fire|put|hit|happen|call|thing|stuff|actualli|realli|exactli|right|correct|proper|go|goe|come|take|give|see|look|tell|try|let|mean|kind|sort|whol|brand|still|ever|everi";

/// What sharing an everyday word is worth, against a topic word's 1.
const WEAK_WEIGHT: f32 = 0.3;

/// What sharing a word is worth when it is only in the context around the asking sentence
/// ("What's the biggest message Mailgun accepts? The customer attaches PDFs"), against 1.
const CONTEXT_WEIGHT: f32 = 0.5;

/// True for a stemmed word of [`EVERYDAY`] or of the generic words coverage skips.
fn is_everyday(word: &str) -> bool {
    is_generic(word) || listed(EVERYDAY, word)
}

impl<'m> Query<'m> {
    /// Prepares a question.
    pub fn new(model: &'m Model, analysis: &Analysis) -> Query<'m> {
        Query::focused(model, analysis, None)
    }

    /// Prepares a question whose features outside `asking` (the reading of its asking sentence,
    /// when it has context around one) count for [`CONTEXT_WEIGHT`].
    pub fn focused(model: &'m Model, analysis: &Analysis, asking: Option<&Analysis>) -> Query<'m> {
        let mut feats = features(analysis, &model.narrow);
        sort_dedup_u64(&mut feats);
        let everyday: Vec<u64> = analysis.words.iter().filter(|w| is_everyday(w)).map(|w| word_feature(w)).collect();
        let focus = asking.map(|a| features(a, &model.narrow));
        let mut weight = Vec::with_capacity(feats.len());
        for f in &feats {
            let mut w = if everyday.contains(f) { WEAK_WEIGHT } else { 1.0 };
            if focus.as_ref().is_some_and(|k| !k.contains(f)) {
                w *= CONTEXT_WEIGHT;
            }
            weight.push(w);
        }
        Query { model, feats, weight, folded: analysis.folded.clone() }
    }

    /// The position of a feature among the question's.
    fn position(&self, f: u64) -> Option<usize> {
        self.feats.binary_search(&f).ok()
    }

    /// The question's features a text shares, as positions in `feats`, each once.
    fn shared(&self, text: &str) -> Vec<usize> {
        let a = self.model.lexicon.analyse(text, false);
        let mut keys = features(&a, &self.model.narrow);
        sort_dedup_u64(&mut keys);
        let mut out = Vec::new();
        for f in keys {
            if let Some(p) = self.position(f) {
                out.push(p);
            }
        }
        out
    }

    /// True when the question names the subject of a fact written "Subject: detail" (its head,
    /// the text before the first colon): a word or a Chinese pair, not merely a shared concept.
    /// "how much is the scale plan" names the head of "Scale: $90/mo …". Words in `ignore` (the
    /// area's own name) name nothing in particular.
    pub fn names_head(&self, t: &Text, ignore: &[String]) -> bool {
        for text in [t.en, t.zh] {
            let Some(head) = text.split([':', '：']).next().filter(|h| h.len() < text.len() && h.chars().count() <= 40)
            else {
                continue;
            };
            let a = self.model.lexicon.analyse(head, false);
            // The product's own name heads many facts ("Mailgun is API-first: …") and names nothing.
            for w in &a.words {
                if w != "mailgun" && !ignore.contains(w) && self.position(word_feature(w)).is_some() {
                    return true;
                }
            }
            for f in &a.cjk {
                if f.chars().nth(1).is_some() && self.position(han_feature(f)).is_some() {
                    return true;
                }
            }
        }
        false
    }

    /// The stemmed content words of a text.
    pub fn words_of(&self, text: &str) -> Vec<String> {
        self.model.lexicon.analyse(text, false).words
    }

    /// Scores each candidate text (both languages joined); higher is closer, 0 is unrelated.
    pub fn score_all(&self, texts: &[String]) -> Vec<f32> {
        let shared: Vec<Vec<usize>> = texts.iter().map(|t| self.shared(t)).collect();
        // How many candidates share each of the question's features.
        let mut df = vec![0usize; self.feats.len()];
        for s in &shared {
            for &p in s {
                df[p] += 1;
            }
        }
        let n = texts.len().max(1) as f32;
        shared
            .iter()
            .map(|s| {
                s.iter()
                    .map(|&p| {
                        let idf = (1.0 + n / df[p].max(1) as f32).ln();
                        // Exact Latin terms (product names, paths, parameters) say the most,
                        // concepts a little less, single Chinese characters little.
                        let kind = match FeatureKind::of(self.feats[p]) {
                            FeatureKind::Latin => 1.5,
                            FeatureKind::HanChar => 0.3,
                            FeatureKind::Concept | FeatureKind::HanPair => 1.0,
                        };
                        idf * kind * self.weight[p]
                    })
                    .sum()
            })
            .collect()
    }
}

/// Both sides of a text, for scoring.
pub fn both(t: &Text) -> String {
    format!("{} {}", t.en, t.zh)
}

/// Indices of `scores` from best to worst; ties keep the original order (the KB's own order).
pub fn order(scores: &[f32]) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..scores.len()).collect();
    crate::sort::sort_by(&mut idx, |a, b| scores[*b].total_cmp(&scores[*a]).then(a.cmp(b)).is_lt());
    idx
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ask::normalise::stem;

    #[test]
    fn everyday_words_are_written_as_the_lexicon_stems_them() {
        let raw = [
            "single", "fire", "fires", "put", "hit", "hits", "happen", "call", "called", "thing", "stuff", "actually",
            "really", "exactly", "right", "correct", "proper", "go", "goes", "come", "take", "give", "see", "look",
            "tell", "try", "let", "mean", "kind", "sort", "whole", "brand", "still", "ever", "every",
        ];
        let missed: Vec<(&str, String)> =
            raw.iter().map(|w| (*w, stem(w))).filter(|(_, s)| !listed(EVERYDAY, s)).collect();
        assert!(missed.is_empty(), "EVERYDAY lacks these stems: {missed:?}");
    }
}
