//! The editable tables under `assets/ask/` (labelled examples and keyword rules) and the shared
//! vocabulary of `assets/lexicon.toml` (concepts and families; search compiles the same concepts
//! into its aliases). The answer phrases are compiled to constants: [`super::phrases`].
//!
//! They are data so that someone who does not read Rust can teach the widget a new synonym or a new
//! way of asking, and see the effect with `cargo xtask eval`.
//!
//! `build.rs` checks the TOML strictly and compiles it to a plain record format
//! (`core/build_support/ask_tables.rs`), read here by [`AskData::parse`]: a few lines instead of
//! serde's generated deserialisers, which cost about 10 KB of the gzipped widget for these types.

use crate::assets::AssetError;
use crate::kb::ids::{AreaId, RoleId};
use crate::text::parse_int;
use std::sync::OnceLock;

/// The compiled tables (format in `core/build_support/ask_tables.rs`).
static TABLES: &str = include_str!(concat!(env!("OUT_DIR"), "/ask.tables"));

/// The compiled vocabulary of `assets/lexicon.toml` (its `F` and `C` records), shared with search.
static VOCABULARY: &str = include_str!(concat!(env!("OUT_DIR"), "/lexicon.tables"));

/// The vocabulary, parsed once per page: search's alias groups and ask's tables both read it.
fn vocabulary() -> Result<&'static AskData<'static>, &'static str> {
    static PARSED: OnceLock<Result<AskData<'static>, String>> = OnceLock::new();
    PARSED.get_or_init(|| AskData::parse(VOCABULARY)).as_ref().map_err(String::as_str)
}

/// The concepts of `assets/lexicon.toml`, for search's alias groups (only the vocabulary is read:
/// the examples stay out of a build that uses search alone).
pub fn concepts() -> Vec<Concept<'static>> {
    vocabulary().map(|d| d.aliases.concept.clone()).unwrap_or_default()
}

/// Example questions for one area: `[[area]]` in `examples-areas.toml`.
#[derive(Clone, Debug)]
pub struct AreaExamples<'a> {
    /// The area.
    pub slug: AreaId,
    /// English questions.
    pub en: Vec<&'a str>,
    /// Chinese (or mixed) questions.
    pub zh: Vec<&'a str>,
}

/// Example questions for one sibling skill: `[[route]]` in `examples-routes.toml`.
#[derive(Clone, Debug)]
pub struct RouteExamples<'a> {
    /// The sibling skill's slug.
    pub slug: &'a str,
    /// English questions.
    pub en: Vec<&'a str>,
    /// Chinese (or mixed) questions.
    pub zh: Vec<&'a str>,
}

/// Words that mean one thing: `[[concept]]` in `assets/lexicon.toml`.
#[derive(Clone, Debug)]
pub struct Concept<'a> {
    /// The concept's name, used as the feature `@name`.
    pub name: &'a str,
    /// The broader family it belongs to (its feature is added too); empty for none.
    pub family: &'a str,
    /// Surface forms in either language.
    pub terms: Vec<&'a str>,
}

/// A broader topic: `[[family]]` in `assets/lexicon.toml`.
#[derive(Clone, Debug)]
pub struct Family<'a> {
    /// The family's name.
    pub name: &'a str,
    /// Loose words that add only the family's feature.
    pub terms: Vec<&'a str>,
}

/// Whether a rule decides or only pushes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RuleKind {
    /// Decides the target outright.
    Force,
    /// Adds its weight to the target's score.
    Boost,
}

/// A keyword rule: `[[rule]]` in `assets/ask/aliases.toml`.
#[derive(Clone, Debug)]
pub struct Rule<'a> {
    /// Force or boost.
    pub kind: RuleKind,
    /// `area:<slug>`, `route:<slug>` or `route-strategy`.
    pub target: &'a str,
    /// For force rules: the highest wins.
    pub priority: u8,
    /// For boost rules: added to the score (log scale).
    pub weight: f32,
    /// For force rules: the target can be reached only through this rule, never by the model alone
    /// (another vendor's skill needs the vendor's name in the question).
    pub exclusive: bool,
    /// The keywords.
    pub terms: Vec<&'a str>,
}

/// How people name an area: `[[area_name]]`.
#[derive(Clone, Debug)]
pub struct AreaName<'a> {
    /// The area.
    pub area: AreaId,
    /// Its names.
    pub terms: Vec<&'a str>,
}

/// How people say their role: `[[role]]`.
#[derive(Clone, Debug)]
pub struct RoleName<'a> {
    /// The role.
    pub id: RoleId,
    /// Phrases that reveal it.
    pub terms: Vec<&'a str>,
}

/// The vocabulary: `assets/lexicon.toml` and `assets/ask/aliases.toml`.
#[derive(Clone, Debug, Default)]
pub struct Aliases<'a> {
    /// Cross-language synonyms (lexicon).
    pub concept: Vec<Concept<'a>>,
    /// Broader topics (lexicon).
    pub family: Vec<Family<'a>>,
    /// Keyword rules.
    pub rule: Vec<Rule<'a>>,
    /// Area names.
    pub area_name: Vec<AreaName<'a>>,
    /// Role phrases.
    pub role: Vec<RoleName<'a>>,
}

/// Everything under `assets/ask/`, borrowing its texts from the compiled tables (no copies: the
/// reader only cuts the text where the record format says).
#[derive(Clone, Debug, Default)]
pub struct AskData<'a> {
    /// Area examples.
    pub areas: Vec<AreaExamples<'a>>,
    /// Sibling examples.
    pub routes: Vec<RouteExamples<'a>>,
    /// Vocabulary tables.
    pub aliases: Aliases<'a>,
}

impl AskData<'static> {
    /// Reads the tables compiled from `assets/ask/` (checked at build time, so an error here means
    /// the build and this reader disagree).
    pub fn load() -> Result<AskData<'static>, AssetError> {
        let mut data = AskData::parse(TABLES)
            .map_err(|message| AssetError::Shape { path: "ask/ (compiled ask.tables)".into(), message })?;
        let vocabulary = vocabulary().map_err(|message| AssetError::Shape {
            path: "lexicon.toml (compiled lexicon.tables)".into(),
            message: message.to_string(),
        })?;
        data.aliases.family = vocabulary.aliases.family.clone();
        data.aliases.concept = vocabulary.aliases.concept.clone();
        Ok(data)
    }
}

impl<'a> AskData<'a> {
    /// Parses the record format of `core/build_support/ask_tables.rs`.
    pub fn parse(text: &'a str) -> Result<AskData<'a>, String> {
        let mut data = AskData::default();
        for (n, line) in text.lines().enumerate() {
            let f: Vec<&'a str> = line.split('\t').collect();
            let field = |i: usize| f.get(i).copied().unwrap_or("");
            let list = |i: usize| split_list(field(i));
            let ok = match (field(0), f.len()) {
                ("A", 4) => AreaId::parse(field(1))
                    .map(|slug| data.areas.push(AreaExamples { slug, en: list(2), zh: list(3) }))
                    .is_some(),
                ("R", 4) => {
                    data.routes.push(RouteExamples { slug: field(1), en: list(2), zh: list(3) });
                    true
                }
                ("F", 3) => {
                    data.aliases.family.push(Family { name: field(1), terms: list(2) });
                    true
                }
                ("C", 4) => {
                    data.aliases.concept.push(Concept { name: field(1), family: field(2), terms: list(3) });
                    true
                }
                ("U", 7) => match (
                    field(1),
                    parse_int(field(3)).and_then(|p| u8::try_from(p).ok()),
                    parse_int(field(4)).and_then(|w| i32::try_from(w).ok()),
                ) {
                    (kind @ ("force" | "boost"), Some(priority), Some(weight)) => {
                        data.aliases.rule.push(Rule {
                            kind: if kind == "force" { RuleKind::Force } else { RuleKind::Boost },
                            target: field(2),
                            priority,
                            weight: weight as f32 / 100.0,
                            exclusive: field(5) == "1",
                            terms: list(6),
                        });
                        true
                    }
                    _ => false,
                },
                ("N", 3) => AreaId::parse(field(1))
                    .map(|area| data.aliases.area_name.push(AreaName { area, terms: list(2) }))
                    .is_some(),
                ("O", 3) => RoleId::ALL
                    .into_iter()
                    .find(|r| r.slug() == field(1))
                    .map(|id| data.aliases.role.push(RoleName { id, terms: list(2) }))
                    .is_some(),
                _ => false,
            };
            if !ok {
                return Err(format!("ask.tables line {}: `{line}`", n + 1));
            }
        }
        Ok(data)
    }
}

/// A list field: items separated by U+001F; an empty field is an empty list.
fn split_list(field: &str) -> Vec<&str> {
    if field.is_empty() {
        Vec::new()
    } else {
        field.split('\u{1f}').collect()
    }
}
