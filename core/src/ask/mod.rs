//! Question understanding and composed answers: the "ask" flow, with no language model.
//!
//! A question goes through three steps, each in its own file:
//!
//! 1. [`normalise`] and [`lexicon`] cut it into features the same way in English, Chinese or a mix
//!    (case, full-width forms, stems, CJK character pairs, typo correction, cross-language concepts).
//! 2. [`classify`] decides its [`Target`]: a platform area, or a sibling skill per Step 2 of the seed.
//! 3. [`compose`] builds a best-effort [`Answer`] from the knowledge base: lead, steps, endpoints,
//!    facts, gotchas and troubleshooting ranked by overlap with the question, tailored to the role,
//!    with explicit assumptions and at most two clarifying questions whose quick answers are typed
//!    [`Refinement`]s that re-run `compose`.
//!
//! Everything the classifier learns from lives in `assets/ask/` (see [`data`]); the model is built
//! once on first use (about 70 ms natively in release, KB parsing included) and shared.

pub mod answer;
pub mod asks;
pub mod classify;
pub mod compose;
pub mod data;
pub mod lead;
pub mod lexicon;
pub mod model;
pub mod normalise;
pub mod phrases;
pub mod rank;
pub mod volume;

use crate::kb::ids::{AreaId, RoleId};
use crate::kb::Kb;
use crate::lang::Lang;
use crate::route::AskQuery;
use std::sync::OnceLock;

pub use answer::{
    answer_text, Answer, AnswerKind, Clarify, Item, QuickAnswer, Refinement, RouteNote, Section, SectionKind,
};
pub use classify::{baseline, classify};
pub use compose::compose;

/// The question prepared for ranking facts as leads: its topic ([`asks::topic`]), with the words
/// of its context around the asking sentence weighed down ([`asks::asking_sentence`]). Composing
/// uses it, and tools that explain a ranking, such as the `ask_debug` example.
pub fn topic_query<'m>(model: &'m model::Model, question: &str) -> rank::Query<'m> {
    let asking = asks::asking_sentence(question).map(|s| model.lexicon.analyse(&asks::topic(s), true));
    rank::Query::focused(model, &model.lexicon.analyse(&asks::topic(question), true), asking.as_ref())
}

/// Where a question belongs.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Target {
    /// A Mailgun platform area answered here.
    Area(AreaId),
    /// A sibling skill, by slug (`sales-sendgrid`), that the question is routed to.
    Route(String),
}

impl Target {
    /// The area slug or the sibling slug (for the UI's `data-area` / `data-route`).
    pub fn slug(&self) -> &str {
        match self {
            Target::Area(a) => a.slug(),
            Target::Route(s) => s,
        }
    }

    /// The area, when this is one.
    pub fn area(&self) -> Option<AreaId> {
        match self {
            Target::Area(a) => Some(*a),
            Target::Route(_) => None,
        }
    }
}

/// What the page already knows when a question is asked.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Context {
    /// Area chosen in the wizard or named by the link.
    pub area: Option<AreaId>,
    /// Role chosen in the wizard or named by the link.
    pub role: Option<RoleId>,
}

impl From<&AskQuery> for Context {
    fn from(q: &AskQuery) -> Context {
        Context { area: q.area, role: q.role }
    }
}

/// What [`classify`] understood of a question.
#[derive(Clone, Debug, PartialEq)]
pub struct Understanding {
    /// The best target.
    pub target: Target,
    /// How sure, 0–1 (1 for a forcing keyword, 0 when nothing was recognised).
    pub confidence: f32,
    /// The second-best target and its probability.
    pub runner_up: Option<(Target, f32)>,
    /// Keywords recognised in the question, as the vocabulary tables write them.
    pub matched: Vec<String>,
    /// A role the question states ("as an agency …").
    pub role: Option<RoleId>,
    /// The area the question names outright, if any.
    pub area_named: Option<AreaId>,
    /// Chinese when the question has any Han character, else English.
    pub lang: Lang,
    /// True when a forcing keyword (a vendor, Zapier) decided the target.
    pub forced: bool,
    /// False when the question is about something the knowledge base does not cover at all
    /// (weather, recipes, another kind of product): the answer says so instead of guessing.
    pub covered: bool,
    /// The question as the lexicon read it (typo-corrected), carried to composition and ranking
    /// so that an ask analyses its question once; empty when no model was available.
    pub analysis: lexicon::Analysis,
}

static DATA: OnceLock<Option<data::AskData<'static>>> = OnceLock::new();
static ENGINE: OnceLock<Option<model::Model>> = OnceLock::new();

/// The tables of `assets/ask/`, loaded once; `None` if they fail to load (a test reports why).
pub fn data_tables() -> Option<&'static data::AskData<'static>> {
    DATA.get_or_init(|| data::AskData::load().ok()).as_ref()
}

/// The trained model, built on first use; `None` only when the ask tables fail to load.
///
/// Call it once at start-up (or when the ask view opens) to move training out of the first question.
pub fn engine() -> Option<&'static model::Model> {
    ENGINE.get_or_init(|| data_tables().map(|d| model::Model::build(d, Some(Kb::get())))).as_ref()
}

/// English words that only a sentence has: a question holding one is written in English, while
/// "DKIM record" or "api key" could come from a reader of either language.
const ENGLISH_SENTENCE_WORDS: &str =
    "how|what|why|where|when|which|who|can|could|does|do|is|are|my|i|we|our|the|should|will|would|you|your|much";

/// The language to answer in: the question's own when it plainly has one (a Han character makes it
/// Chinese; an English sentence word such as "how" or "my" makes it English), else the
/// interface's. A reader whose browser is English and who asks in Chinese reads the answer in
/// Chinese, and "DKIM" alone is answered in the language of the page.
pub fn answer_lang(question: &str, interface: Lang) -> Lang {
    if normalise::has_cjk(question) {
        return Lang::Zh;
    }
    let english = question
        .split(|c: char| !c.is_ascii_alphabetic())
        .take(64)
        .any(|w| normalise::listed(ENGLISH_SENTENCE_WORDS, &w.to_ascii_lowercase()));
    if english {
        Lang::En
    } else {
        interface
    }
}

#[cfg(test)]
mod tests {
    use super::answer_lang;
    use crate::lang::Lang::{En, Zh};

    #[test]
    fn an_answer_takes_the_language_its_question_is_written_in() {
        assert_eq!(answer_lang("怎么验证 webhook 签名", En), Zh);
        assert_eq!(answer_lang("How do I verify a webhook?", Zh), En);
        assert_eq!(answer_lang("WHAT is DKIM", Zh), En);
        // Keywords alone could be either language's: the page's decides.
        for q in ["DKIM", "api key rotation", "SPF record", "", "   "] {
            assert_eq!(answer_lang(q, Zh), Zh, "{q}");
            assert_eq!(answer_lang(q, En), En, "{q}");
        }
        // Whole words only: "this" holds "is", "domain" holds "do".
        assert_eq!(answer_lang("this domain", Zh), Zh);
    }
}
