//! The editable tables under `assets/ask/`: labelled examples, vocabulary and answer phrases.
//!
//! They are data so that someone who does not read Rust can teach the widget a new synonym or a new
//! way of asking, and see the effect with `cargo xtask eval`.
//!
//! `build.rs` checks the TOML strictly and compiles it to a plain record format
//! (`core/build_support/ask_tables.rs`), read here by [`AskData::parse`]: a few lines instead of
//! serde's generated deserialisers, which cost about 10 KB of the gzipped widget for these types.

use crate::assets::AssetError;
use crate::kb::ids::{AreaId, RoleId};
use crate::text::Text;

/// The compiled tables (format in `core/build_support/ask_tables.rs`).
static TABLES: &str = include_str!(concat!(env!("OUT_DIR"), "/ask.tables"));

/// Example questions for one area: `[[area]]` in `examples-areas.toml`.
#[derive(Clone, Debug)]
pub struct AreaExamples {
    /// The area.
    pub slug: AreaId,
    /// English questions.
    pub en: Vec<String>,
    /// Chinese (or mixed) questions.
    pub zh: Vec<String>,
}

/// Example questions for one sibling skill: `[[route]]` in `examples-routes.toml`.
#[derive(Clone, Debug)]
pub struct RouteExamples {
    /// The sibling skill's slug.
    pub slug: String,
    /// English questions.
    pub en: Vec<String>,
    /// Chinese (or mixed) questions.
    pub zh: Vec<String>,
}

/// Words that mean one thing: `[[concept]]` in `aliases.toml`.
#[derive(Clone, Debug)]
pub struct Concept {
    /// The concept's name, used as the feature `@name`.
    pub name: String,
    /// Surface forms in either language.
    pub terms: Vec<String>,
}

/// Whether a rule decides or only pushes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RuleKind {
    /// Decides the target outright.
    Force,
    /// Adds its weight to the target's score.
    Boost,
}

/// A keyword rule: `[[rule]]` in `aliases.toml`.
#[derive(Clone, Debug)]
pub struct Rule {
    /// Force or boost.
    pub kind: RuleKind,
    /// `area:<slug>`, `route:<slug>` or `route-strategy`.
    pub target: String,
    /// For force rules: the highest wins.
    pub priority: u8,
    /// For boost rules: added to the score (log scale).
    pub weight: f32,
    /// For force rules: the target can be reached only through this rule, never by the model alone
    /// (another vendor's skill needs the vendor's name in the question).
    pub exclusive: bool,
    /// The keywords.
    pub terms: Vec<String>,
}

/// How people name an area: `[[area_name]]`.
#[derive(Clone, Debug)]
pub struct AreaName {
    /// The area.
    pub area: AreaId,
    /// Its names.
    pub terms: Vec<String>,
}

/// How people say their role: `[[role]]`.
#[derive(Clone, Debug)]
pub struct RoleName {
    /// The role.
    pub id: RoleId,
    /// Phrases that reveal it.
    pub terms: Vec<String>,
}

/// The whole of `aliases.toml`.
#[derive(Clone, Debug)]
pub struct Aliases {
    /// Cross-language synonyms.
    pub concept: Vec<Concept>,
    /// Keyword rules.
    pub rule: Vec<Rule>,
    /// Area names.
    pub area_name: Vec<AreaName>,
    /// Role phrases.
    pub role: Vec<RoleName>,
}

/// Everything under `assets/ask/`.
#[derive(Clone, Debug)]
pub struct AskData {
    /// Area examples.
    pub areas: Vec<AreaExamples>,
    /// Sibling examples.
    pub routes: Vec<RouteExamples>,
    /// Vocabulary tables.
    pub aliases: Aliases,
    /// Fixed phrases of composed answers, sorted by key.
    pub phrases: Vec<(String, Text)>,
}

impl AskData {
    /// Reads the tables compiled from `assets/ask/` (checked at build time, so an error here means
    /// the build and this reader disagree).
    pub fn load() -> Result<AskData, AssetError> {
        AskData::parse(TABLES)
            .map_err(|message| AssetError::Shape { path: "ask/ (compiled ask.tables)".into(), message })
    }

    /// Parses the record format of `core/build_support/ask_tables.rs`.
    pub fn parse(text: &str) -> Result<AskData, String> {
        let mut data = AskData {
            areas: Vec::new(),
            routes: Vec::new(),
            aliases: Aliases { concept: Vec::new(), rule: Vec::new(), area_name: Vec::new(), role: Vec::new() },
            phrases: Vec::new(),
        };
        for (n, line) in text.lines().enumerate() {
            let f: Vec<&str> = line.split('\t').collect();
            let bad = || format!("ask.tables line {}: `{line}`", n + 1);
            let field = |i: usize| f.get(i).copied().ok_or_else(bad);
            let list = |i: usize| field(i).map(split_list);
            let area = |i: usize| field(i).and_then(|s| AreaId::parse(s).ok_or_else(bad));
            match field(0)? {
                "A" => data.areas.push(AreaExamples { slug: area(1)?, en: list(2)?, zh: list(3)? }),
                "R" => data.routes.push(RouteExamples { slug: field(1)?.to_string(), en: list(2)?, zh: list(3)? }),
                "C" => data.aliases.concept.push(Concept { name: field(1)?.to_string(), terms: list(2)? }),
                "U" => data.aliases.rule.push(Rule {
                    kind: match field(1)? {
                        "force" => RuleKind::Force,
                        "boost" => RuleKind::Boost,
                        _ => return Err(bad()),
                    },
                    target: field(2)?.to_string(),
                    priority: field(3)?.parse().map_err(|_| bad())?,
                    weight: field(4)?.parse::<i32>().map_err(|_| bad())? as f32 / 100.0,
                    exclusive: field(5)? == "1",
                    terms: list(6)?,
                }),
                "N" => data.aliases.area_name.push(AreaName { area: area(1)?, terms: list(2)? }),
                "O" => data.aliases.role.push(RoleName {
                    id: RoleId::ALL
                        .into_iter()
                        .find(|r| r.slug() == f.get(1).copied().unwrap_or(""))
                        .ok_or_else(bad)?,
                    terms: list(2)?,
                }),
                "P" => data.phrases.push((field(1)?.to_string(), Text { en: field(2)?.into(), zh: field(3)?.into() })),
                _ => return Err(bad()),
            }
        }
        crate::sort::sort_by(&mut data.phrases, |a, b| a.0 < b.0);
        Ok(data)
    }
}

/// A list field: items separated by U+001F; an empty field is an empty list.
fn split_list(field: &str) -> Vec<String> {
    if field.is_empty() {
        Vec::new()
    } else {
        field.split('\u{1f}').map(String::from).collect()
    }
}
