//! The trained classifier: a multinomial naive Bayes over words, word pairs, CJK characters and
//! pairs, and the concepts and families of the shared lexicon, plus the compiled keyword rules.
//!
//! Naive Bayes suits this job: a few hundred short labelled questions, 22 classes, features that
//! are mostly present-or-absent, and it trains in tens of milliseconds at first use (no model file,
//! so editing `assets/ask/*.toml` is the whole retraining story). The KB's own text for each area and
//! sibling is added at a low weight, so vocabulary that no example uses still points somewhere.

use super::data::{AskData, RuleKind};
use super::lexicon::{Analysis, Lexicon, TermRef};
use super::rank::both;
use super::Target;
use crate::fxhash::{key, KeyMap};
use crate::kb::ids::{AreaId, RoleId};
use crate::kb::Kb;

/// Weight of one labelled example's features.
const EXAMPLE_WEIGHT: f32 = 1.0;
/// Weight of the KB's own text, which is long and less like a question.
const KB_WEIGHT: f32 = 0.15;
/// Weight of a single Han character's evidence relative to other features.
const CJK_UNIGRAM_SCALE: f32 = 0.5;
/// Laplace smoothing.
const ALPHA: f32 = 0.2;

/// A keyword rule ready to apply.
#[derive(Clone, Debug)]
pub struct CompiledRule {
    /// Force or boost.
    pub kind: RuleKind,
    /// Class indices it acts on.
    pub targets: Vec<usize>,
    /// Force precedence.
    pub priority: u8,
    /// Boost amount.
    pub weight: f32,
}

/// Class scores after the keyword rules: which rule forces a class, if any.
#[derive(Clone, Debug)]
pub struct Scored {
    /// Log scores per class, boosts included; keyword-only classes not forced are `-inf`.
    pub scores: Vec<f32>,
    /// Known features counted.
    pub known: usize,
    /// The forced class, from the highest-priority force rule that matched.
    pub forced: Option<usize>,
}

/// Everything classification needs, built once.
#[derive(Debug)]
pub struct Model {
    /// The vocabulary tables.
    pub lexicon: Lexicon,
    /// The classes: the 13 areas in order, then the sibling skills.
    pub classes: Vec<Target>,
    /// Feature keys (see [`features`]) → feature number.
    feature_ids: KeyMap<u32>,
    /// `loglik[f * classes + c]`.
    loglik: Vec<f32>,
    /// The feature keys of the concepts and families.
    pub concepts: ConceptKeys,
    /// The feature keys of the concepts only, for ranking facts (see `rank`).
    pub narrow: ConceptKeys,
    /// Chinese character pairs of the examples and the knowledge base (not of the off-topic
    /// examples), for [`Model::coverage`].
    topic_pairs: KeyMap<u32>,
    /// Rules by `[[rule]]` index.
    pub rules: Vec<CompiledRule>,
    /// Areas by `[[area_name]]` index.
    pub area_names: Vec<AreaId>,
    /// Roles by `[[role]]` index.
    pub roles: Vec<RoleId>,
    /// Classes reachable only through an exclusive force rule.
    exclusive: Vec<usize>,
}

/// What a feature is, kept in the two low bits of its key so that weighting needs no string.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FeatureKind {
    /// A Latin word or a pair of neighbouring words.
    Latin = 0,
    /// A concept or family of `lexicon.toml` reached through one of its terms.
    Concept = 1,
    /// A single Han character.
    HanChar = 2,
    /// A pair of Han characters.
    HanPair = 3,
}

impl FeatureKind {
    /// The kind a feature key carries.
    pub fn of(feature: u64) -> FeatureKind {
        match feature & 3 {
            0 => FeatureKind::Latin,
            1 => FeatureKind::Concept,
            2 => FeatureKind::HanChar,
            _ => FeatureKind::HanPair,
        }
    }

    /// `k` marked as this kind.
    pub fn mark(self, k: u64) -> u64 {
        (k & !3) | self as u64
    }
}

/// The feature key of one word (as the classifier and the ranking see it).
pub fn word_feature(word: &str) -> u64 {
    FeatureKind::Latin.mark(key(&[word]))
}

/// The feature key of a Han unigram or bigram.
pub fn han_feature(f: &str) -> u64 {
    let kind = if f.chars().nth(1).is_some() { FeatureKind::HanPair } else { FeatureKind::HanChar };
    kind.mark(key(&[f]))
}

/// The feature key of a concept, from its name.
pub fn concept_feature(name: &str) -> u64 {
    FeatureKind::Concept.mark(key(&["@", name]))
}

/// The feature key of a family, from its name (never equal to a concept's, even of the same name).
pub fn family_feature(name: &str) -> u64 {
    FeatureKind::Concept.mark(key(&["@@", name]))
}

/// The feature keys a term of the lexicon adds: a concept's own key and its family's (0 when it
/// has none), by `[[concept]]` index; a family's, by `[[family]]` index.
#[derive(Clone, Debug, Default)]
pub struct ConceptKeys {
    /// `[own, family or 0]` per concept.
    pub concept: Vec<[u64; 2]>,
    /// One key per family.
    pub family: Vec<u64>,
}

impl ConceptKeys {
    /// The keys of the lexicon's concepts and families.
    pub fn new(data: &AskData<'_>) -> ConceptKeys {
        let al = &data.aliases;
        let mut concept = Vec::with_capacity(al.concept.len());
        for c in &al.concept {
            let family = if c.family.is_empty() { 0 } else { family_feature(c.family) };
            concept.push([concept_feature(c.name), family]);
        }
        let mut family = Vec::with_capacity(al.family.len());
        for f in &al.family {
            family.push(family_feature(f.name));
        }
        ConceptKeys { concept, family }
    }

    /// The same keys without the families: the narrow synonyms only.
    pub fn narrow(&self) -> ConceptKeys {
        let mut concept = Vec::with_capacity(self.concept.len());
        for c in &self.concept {
            concept.push([c[0], 0]);
        }
        ConceptKeys { concept, family: vec![0; self.family.len()] }
    }

    /// The keys a table entry adds (none for rules, area names and roles).
    pub fn of(&self, t: TermRef) -> [u64; 2] {
        let found = match t {
            TermRef::Concept(i) => self.concept.get(usize::from(i)).copied(),
            TermRef::Family(i) => self.family.get(usize::from(i)).map(|&k| [k, 0]),
            _ => None,
        };
        found.unwrap_or([0, 0])
    }
}

/// The features of an analysed text as keys: words, pairs of neighbouring words, Han characters
/// and pairs, and the concepts and families reached.
pub fn features(a: &Analysis, concepts: &ConceptKeys) -> Vec<u64> {
    let mut out: Vec<u64> = Vec::with_capacity(a.words.len() * 2 + a.cjk.len() + a.hits.len());
    for (i, w) in a.words.iter().enumerate() {
        out.push(word_feature(w));
        if let Some(next) = a.words.get(i + 1) {
            out.push(FeatureKind::Latin.mark(key(&[w, next])));
        }
    }
    for f in &a.cjk {
        out.push(han_feature(f));
    }
    for h in &a.hits {
        for k in concepts.of(h.term) {
            if k != 0 {
                out.push(k);
            }
        }
    }
    out
}

/// How much one feature's evidence counts. A single Han character says little on its own (发 is in
/// 发送, 发票 and 开发), so it counts for less than a pair; everything else counts fully.
fn feature_scale(f: u64) -> f32 {
    if FeatureKind::of(f) == FeatureKind::HanChar {
        CJK_UNIGRAM_SCALE
    } else {
        1.0
    }
}

fn parse_target(s: &str) -> Option<Target> {
    if let Some(slug) = s.strip_prefix("area:") {
        return AreaId::parse(slug).map(Target::Area);
    }
    s.strip_prefix("route:").map(|slug| Target::Route(slug.to_string()))
}

/// The KB text that describes each class, for the low-weight documents.
fn kb_documents(kb: &Kb) -> Vec<(Target, String)> {
    let mut docs = Vec::new();
    for area in kb.areas {
        let mut text = format!("{} {} {}", both(&area.title), both(&area.tagline), both(&area.summary));
        for f in area.facts {
            text.push(' ');
            text.push_str(&both(&f.text));
        }
        for e in kb.endpoints.iter().filter(|e| e.area == area.id) {
            text.push_str(&format!(" {} {}", e.path, both(&e.purpose)));
        }
        for p in kb.playbooks.iter().filter(|p| p.areas.first() == Some(&area.id)) {
            text.push_str(&format!(" {}", both(&p.title)));
        }
        for g in kb.gotchas.iter().filter(|g| g.areas.first() == Some(&area.id)) {
            text.push_str(&format!(" {}", both(&g.title)));
        }
        for t in kb.troubleshooting.iter().filter(|t| t.areas.first() == Some(&area.id)) {
            text.push_str(&format!(" {} {}", both(&t.title), both(&t.symptom)));
        }
        docs.push((Target::Area(area.id), text));
    }
    for s in kb.siblings {
        docs.push((Target::Route(s.slug.to_string()), format!("{} {}", both(&s.name), both(&s.covers))));
    }
    docs
}

impl Model {
    /// Trains the model from the ask tables and (when it loads) the KB.
    pub fn build(data: &AskData<'_>, kb: Option<&Kb>) -> Model {
        let mut classes: Vec<Target> = AreaId::ALL.iter().map(|a| Target::Area(*a)).collect();
        for r in &data.routes {
            let t = Target::Route(r.slug.to_string());
            if !classes.contains(&t) {
                classes.push(t);
            }
        }
        if let Some(kb) = kb {
            for s in kb.siblings {
                let t = Target::Route(s.slug.to_string());
                if !classes.contains(&t) {
                    classes.push(t);
                }
            }
        }
        let class_of = |t: &Target| classes.iter().position(|c| c == t);

        let mut docs: Vec<(usize, f32, &str)> = Vec::new();
        let mut examples: Vec<(Target, [&Vec<&str>; 2])> = Vec::new();
        for a in &data.areas {
            examples.push((Target::Area(a.slug), [&a.en, &a.zh]));
        }
        for r in &data.routes {
            examples.push((Target::Route(r.slug.to_string()), [&r.en, &r.zh]));
        }
        for (target, lists) in &examples {
            if let Some(c) = class_of(target) {
                for list in lists {
                    for q in list.iter() {
                        docs.push((c, EXAMPLE_WEIGHT, q));
                    }
                }
            }
        }
        let kb_docs = kb.map(kb_documents).unwrap_or_default();
        for (t, text) in &kb_docs {
            if let Some(c) = class_of(t) {
                docs.push((c, KB_WEIGHT, text.as_str()));
            }
        }

        let al = &data.aliases;
        let mut lexicon = Lexicon::new();
        for (i, c) in al.concept.iter().enumerate() {
            lexicon.add_terms(TermRef::Concept(i as u16), &c.terms);
        }
        for (i, f) in al.family.iter().enumerate() {
            lexicon.add_terms(TermRef::Family(i as u16), &f.terms);
        }
        for (i, r) in al.rule.iter().enumerate() {
            lexicon.add_terms(TermRef::Rule(i as u16), &r.terms);
        }
        for (i, a) in al.area_name.iter().enumerate() {
            lexicon.add_terms(TermRef::AreaName(i as u16), &a.terms);
        }
        for (i, r) in al.role.iter().enumerate() {
            lexicon.add_terms(TermRef::Role(i as u16), &r.terms);
        }
        // Off-topic examples teach their class, but not the vocabulary: a word known only from them
        // ("weather") must not count as a word the widget knows (`coverage`), nor correct a typo.
        let off_class = class_of(&Target::Route(super::classify::OFF_TOPIC_CLASS.to_string()));
        // A map to u32 like `feature_ids` (the value unused): one map type less in the wasm.
        let mut topic_pairs: KeyMap<u32> = KeyMap::default();
        for (c, _, text) in &docs {
            if Some(*c) != off_class {
                lexicon.learn_text(text);
                for f in super::normalise::cjk_features(&super::normalise::fold(text)) {
                    if f.chars().count() == 2 {
                        topic_pairs.entry(han_feature(&f)).or_insert(0);
                    }
                }
            }
        }
        lexicon.finish();

        let concepts = ConceptKeys::new(data);
        let n = classes.len();
        let mut feature_ids: KeyMap<u32> = KeyMap::default();
        let mut counts: Vec<f32> = Vec::new();
        let mut totals = vec![0f32; n];
        for (c, w, text) in &docs {
            let analysis = lexicon.analyse(text, false);
            // Present-or-absent per document, as at classification time: a word said twice in one
            // example (or a concept reached through two of its spellings) counts once.
            let mut feats = features(&analysis, &concepts);
            crate::sort::sort_dedup_u64(&mut feats);
            for f in feats {
                let next = feature_ids.len() as u32;
                let id = *feature_ids.entry(f).or_insert(next) as usize;
                if id * n >= counts.len() {
                    counts.resize((id + 1) * n, 0.0);
                }
                counts[id * n + c] += w;
                totals[*c] += w;
            }
        }
        let v = feature_ids.len().max(1) as f32;
        let mut scale = vec![1f32; feature_ids.len()];
        for (f, &id) in &feature_ids {
            scale[id as usize] = feature_scale(*f);
        }
        let mut loglik = Vec::with_capacity(counts.len());
        for (row, &s) in counts.chunks(n).zip(&scale) {
            for (k, total) in row.iter().zip(&totals) {
                loglik.push(s * ((k + ALPHA) / (total + ALPHA * v)).ln());
            }
        }

        let mut rules: Vec<CompiledRule> = Vec::new();
        let mut exclusive = Vec::new();
        for r in &al.rule {
            let mut targets = Vec::new();
            for t in r.target.split_whitespace() {
                if let Some(c) = parse_target(t).and_then(|t| class_of(&t)) {
                    targets.push(c);
                }
            }
            if r.exclusive {
                exclusive.extend_from_slice(&targets);
            }
            rules.push(CompiledRule { kind: r.kind, targets, priority: r.priority, weight: r.weight });
        }
        Model {
            lexicon,
            classes,
            feature_ids,
            loglik,
            narrow: concepts.narrow(),
            concepts,
            topic_pairs,
            rules,
            area_names: al.area_name.iter().map(|a| a.area).collect(),
            roles: al.role.iter().map(|r| r.id).collect(),
            exclusive,
        }
    }

    /// Naive Bayes log scores per class (uniform prior) and how many known features counted.
    pub fn scores(&self, a: &Analysis) -> (Vec<f32>, usize) {
        let n = self.classes.len();
        let mut scores = vec![0f32; n];
        // Known features as ids, each once (present-or-absent, as in training); sorting u32 ids is
        // cheaper than sorting the feature strings.
        let mut ids: Vec<u32> = Vec::new();
        for f in features(a, &self.concepts) {
            if let Some(&id) = self.feature_ids.get(&f) {
                ids.push(id);
            }
        }
        crate::sort::sort_dedup_u32(&mut ids);
        for &id in &ids {
            let row = &self.loglik[id as usize * n..(id as usize + 1) * n];
            for (s, l) in scores.iter_mut().zip(row) {
                *s += l;
            }
        }
        (scores, ids.len())
    }

    /// Scores with the keyword rules applied: boosts added once per rule, the highest-priority
    /// force rule noted, and keyword-only classes ruled out unless forced.
    pub fn scored(&self, a: &Analysis) -> Scored {
        let (mut scores, known) = self.scores(a);
        let mut forced: Option<(u8, usize)> = None;
        let mut seen: Vec<u16> = Vec::new();
        for hit in &a.hits {
            let TermRef::Rule(i) = hit.term else { continue };
            if seen.contains(&i) {
                continue;
            }
            seen.push(i);
            let Some(rule) = self.rules.get(i as usize) else { continue };
            match rule.kind {
                RuleKind::Force => {
                    if let Some(&t) = rule.targets.first() {
                        if forced.is_none_or(|(p, _)| rule.priority > p) {
                            forced = Some((rule.priority, t));
                        }
                    }
                }
                RuleKind::Boost => {
                    for &t in &rule.targets {
                        if let Some(s) = scores.get_mut(t) {
                            *s += rule.weight;
                        }
                    }
                }
            }
        }
        let forced = forced.map(|(_, t)| t);
        for &c in &self.exclusive {
            if forced != Some(c) {
                if let Some(s) = scores.get_mut(c) {
                    *s = f32::NEG_INFINITY;
                }
            }
        }
        Scored { scores, known, forced }
    }

    /// The share (0–1) of a question's content that the widget knows exactly, with no typo
    /// correction: its Latin content words among every word seen in the examples and the knowledge
    /// base, and its Chinese character pairs among the model's features. "weather in Paris
    /// tomorrow" knows almost nothing; a Mailgun question knows most of its words. `None` when the
    /// question has no content to judge. `anchored`: a keyword of the tables was found in it.
    pub fn coverage(&self, uncorrected: &Analysis, anchored: bool) -> Option<f32> {
        // Known words count 1; a word typo correction would fix ("tempalte") counts half: likely a
        // misspelt known word, but "Paris" must not pass for "parse". A correction that only adds
        // or drops letters at an end of the word is more often another word than a slip
        // ("factory" for "factor", "iphone" for "phone"): with no keyword to anchor the question,
        // it counts a fifth, so "How do I factory reset my iPhone?" stays off-topic.
        let (mut known, mut total) = (0f32, 0usize);
        for raw in super::normalise::raw_words(&uncorrected.folded) {
            if raw.chars().count() < 2 || raw.bytes().all(|b| b.is_ascii_digit()) || super::normalise::is_generic(raw) {
                continue;
            }
            total += 1;
            known += self.word_weight(raw, anchored);
        }
        // Pairs with a function character ("么查") are left out: they say nothing of the topic.
        for f in
            uncorrected.cjk.iter().filter(|f| f.chars().count() == 2 && !f.chars().any(super::normalise::is_stop_char))
        {
            total += 1;
            if self.topic_pairs.contains_key(&han_feature(f)) {
                known += 1.0;
            }
        }
        (total > 0).then(|| known / total as f32)
    }

    /// The Latin words of a question the widget has never seen, not even misspelt ("jacket",
    /// "sourdough"): words from outside email, the typos of known words aside.
    pub fn foreign_words<'a>(&self, uncorrected: &'a Analysis) -> Vec<&'a str> {
        super::normalise::raw_words(&uncorrected.folded)
            .into_iter()
            .filter(|raw| {
                raw.chars().count() >= 3
                    && raw.bytes().all(|b| b.is_ascii_alphabetic())
                    && !super::normalise::is_generic(raw)
                    && self.word_weight(raw, true) == 0.0
            })
            .collect()
    }

    /// How much a word as typed counts as known (see [`Model::coverage`]): 1 when known, 0.5 (or
    /// 0.2 unanchored, for another word's ends) when typo correction would fix it, 0 otherwise.
    fn word_weight(&self, raw: &str, anchored: bool) -> f32 {
        let stemmed = super::normalise::stem(raw);
        if self.lexicon.knows(&stemmed) {
            1.0
        } else if let Some(fixed) = self.lexicon.correct(&stemmed, raw.chars().count()) {
            if !anchored && another_word(&stemmed, fixed) {
                0.2
            } else {
                0.5
            }
        } else {
            0.0
        }
    }

    /// The class index of a target.
    pub fn class_of(&self, t: &Target) -> Option<usize> {
        self.classes.iter().position(|c| c == t)
    }
}

/// True when a typo correction only adds or drops letters at an end of the word: more often
/// another word than a slip ("factory" for "factor", "iphone" for "phone").
fn another_word(typed: &str, fixed: &str) -> bool {
    let at_an_end = |a: &str, b: &str| a.starts_with(b) || a.ends_with(b);
    at_an_end(typed, fixed) || at_an_end(fixed, typed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap as StdMap;

    /// Every feature the model can meet in its own texts has a key of its own: no two distinct
    /// strings (words, word pairs, Han characters and pairs, concepts) share one.
    #[test]
    fn feature_keys_do_not_collide() {
        let data = crate::ask::data_tables().expect("ask tables load");
        let kb = Kb::get();
        let model = crate::ask::engine().expect("model builds");
        let mut texts: Vec<String> = data
            .areas
            .iter()
            .flat_map(|a| a.en.iter().chain(&a.zh))
            .chain(data.routes.iter().flat_map(|r| r.en.iter().chain(&r.zh)))
            .map(|q| q.to_string())
            .collect();
        texts.extend(kb_documents(kb).into_iter().map(|(_, t)| t));
        let mut seen: StdMap<u64, String> = StdMap::new();
        let mut check = |k: u64, s: String| {
            let prev = seen.entry(k).or_insert_with(|| s.clone());
            assert_eq!(*prev, s, "two features share key {k:#x}");
        };
        for text in &texts {
            let a = model.lexicon.analyse(text, false);
            for w in &a.words {
                check(word_feature(w), w.clone());
            }
            for w in a.words.windows(2) {
                check(FeatureKind::Latin.mark(key(&[&w[0], &w[1]])), format!("{} {}", w[0], w[1]));
            }
            for f in &a.cjk {
                check(han_feature(f), f.clone());
            }
        }
        for c in &data.aliases.concept {
            check(concept_feature(c.name), format!("@{}", c.name));
        }
        for f in &data.aliases.family {
            check(family_feature(f.name), format!("@@{}", f.name));
        }
        assert!(seen.len() > 5_000, "only {} features", seen.len());
    }
}
