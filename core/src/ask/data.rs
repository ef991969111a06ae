//! The editable tables under `assets/ask/`: labelled examples, vocabulary and answer phrases.
//!
//! They are data so that someone who does not read Rust can teach the widget a new synonym or a new
//! way of asking, and see the effect with `cargo xtask eval`.

use crate::assets::{self, AssetError};
use crate::kb::ids::{AreaId, RoleId};
use crate::text::Text;
use serde::Deserialize;
use std::collections::BTreeMap;

/// Example questions for one area: `[[area]]` in `examples-areas.toml`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AreaExamples {
    /// The area.
    pub slug: AreaId,
    /// English questions.
    pub en: Vec<String>,
    /// Chinese (or mixed) questions.
    pub zh: Vec<String>,
}

/// Example questions for one sibling skill: `[[route]]` in `examples-routes.toml`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RouteExamples {
    /// The sibling skill's slug.
    pub slug: String,
    /// English questions.
    pub en: Vec<String>,
    /// Chinese (or mixed) questions.
    pub zh: Vec<String>,
}

#[derive(Deserialize)]
struct AreaFile {
    area: Vec<AreaExamples>,
}

#[derive(Deserialize)]
struct RouteFile {
    route: Vec<RouteExamples>,
}

/// Words that mean one thing: `[[concept]]` in `aliases.toml`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Concept {
    /// The concept's name, used as the feature `@name`.
    pub name: String,
    /// Surface forms in either language.
    pub terms: Vec<String>,
}

/// Whether a rule decides or only pushes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RuleKind {
    /// Decides the target outright.
    Force,
    /// Adds its weight to the target's score.
    Boost,
}

/// A keyword rule: `[[rule]]` in `aliases.toml`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    /// Force or boost.
    pub kind: RuleKind,
    /// `area:<slug>`, `route:<slug>` or `route-strategy`.
    pub target: String,
    /// For force rules: the highest wins.
    #[serde(default)]
    pub priority: u8,
    /// For boost rules: added to the score (log scale).
    #[serde(default)]
    pub weight: f32,
    /// For force rules: the target can be reached only through this rule, never by the model alone
    /// (another vendor's skill needs the vendor's name in the question).
    #[serde(default)]
    pub exclusive: bool,
    /// The keywords.
    pub terms: Vec<String>,
}

/// How people name an area: `[[area_name]]`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AreaName {
    /// The area.
    pub area: AreaId,
    /// Its names.
    pub terms: Vec<String>,
}

/// How people say their role: `[[role]]`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoleName {
    /// The role.
    pub id: RoleId,
    /// Phrases that reveal it.
    pub terms: Vec<String>,
}

/// The whole of `aliases.toml`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
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
    /// Fixed phrases of composed answers, by key.
    pub phrases: BTreeMap<String, Text>,
}

impl AskData {
    /// Loads every file; a missing or malformed file is an error naming it.
    pub fn load() -> Result<AskData, AssetError> {
        Ok(AskData {
            areas: assets::load::<AreaFile>("ask/examples-areas.toml")?.area,
            routes: assets::load::<RouteFile>("ask/examples-routes.toml")?.route,
            aliases: assets::load("ask/aliases.toml")?,
            phrases: assets::load("ask/phrases.toml")?,
        })
    }
}
