//! Ranking knowledge-base items by how much they share with the question.
//!
//! Both sides are cut with the classifier's own features (words, CJK pairs, concepts), so a Chinese
//! question finds an English-keyed fact through the shared concepts and Latin terms. Features that
//! most candidates share (a local inverse document frequency over the pool) count for little.

use super::lexicon::Analysis;
use super::model::{features, Model};
use crate::fxhash::{FxHashMap as HashMap, FxHashSet as HashSet};
use crate::text::Text;

/// The question's features, ready to score candidates against.
pub struct Query<'m> {
    model: &'m Model,
    feats: HashSet<String>,
}

impl<'m> Query<'m> {
    /// Prepares a question.
    pub fn new(model: &'m Model, analysis: &Analysis) -> Query<'m> {
        Query { model, feats: features(analysis, &model.concepts).into_iter().collect() }
    }

    fn shared(&self, text: &str) -> HashSet<String> {
        let a = self.model.lexicon.analyse(text, false);
        features(&a, &self.model.concepts).into_iter().filter(|f| self.feats.contains(f)).collect()
    }

    /// True when the question names the subject of a fact written "Subject: detail" (its head,
    /// the text before the first colon): a word or a Chinese pair, not merely a shared concept.
    /// "how much is the scale plan" names the head of "Scale: $90/mo …". Words in `ignore` (the
    /// area's own name) name nothing in particular.
    pub fn names_head(&self, t: &Text, ignore: &[String]) -> bool {
        [t.en.as_str(), t.zh.as_str()].into_iter().any(|text| {
            let Some(head) = text.split([':', '：']).next().filter(|h| h.len() < text.len() && h.chars().count() <= 40)
            else {
                return false;
            };
            let a = self.model.lexicon.analyse(head, false);
            // The product's own name heads many facts ("Mailgun is API-first: …") and names nothing.
            a.words
                .iter()
                .filter(|w| w.as_str() != "mailgun" && !ignore.contains(w))
                .chain(a.cjk.iter().filter(|f| f.chars().count() > 1))
                .any(|f| self.feats.contains(f))
        })
    }

    /// The stemmed content words of a text.
    pub fn words_of(&self, text: &str) -> Vec<String> {
        self.model.lexicon.analyse(text, false).words
    }

    /// Scores each candidate text (both languages joined); higher is closer, 0 is unrelated.
    pub fn score_all<S: AsRef<str>>(&self, texts: &[S]) -> Vec<f32> {
        let shared: Vec<HashSet<String>> = texts.iter().map(|t| self.shared(t.as_ref())).collect();
        let mut df: HashMap<&str, usize> = HashMap::default();
        for s in &shared {
            for f in s {
                *df.entry(f.as_str()).or_default() += 1;
            }
        }
        let n = texts.len().max(1) as f32;
        shared
            .iter()
            .map(|s| {
                s.iter()
                    .map(|f| {
                        let idf = (1.0 + n / df.get(f.as_str()).copied().unwrap_or(1) as f32).ln();
                        // Exact Latin terms (product names, paths, parameters) say the most,
                        // concepts a little less, single Chinese characters little.
                        let kind = if f.starts_with('@') {
                            1.0
                        } else if f.is_ascii() {
                            1.5
                        } else if f.chars().count() == 1 {
                            0.3
                        } else {
                            1.0
                        };
                        idf * kind
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
