//! Reads and checks `assets/lexicon.toml`, the one bilingual vocabulary of the widget, for its two
//! users: question understanding (`ask_tables.rs` writes its concepts and families into
//! `ask.tables`) and search (`search_index.rs` compiles its concepts into the alias section).
//!
//! One file, so a synonym added for one feature helps the other, and the two cannot drift apart
//! (they did: "hard bounce" was a synonym for ask and unknown to search). Search needs narrow
//! groups (a wrong synonym puts a wrong page first), the classifier gains from broad topics (every
//! webhook event name is evidence for webhooks), hence concepts (narrow, shared) inside families
//! (broad, ask only). Every rule of the file's header is checked here, so a mistake fails the build
//! with the entry named instead of quietly weakening search or ask.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

/// A narrow synonym group: `[[concept]]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Concept {
    /// Unique name (the classifier's feature `@name`).
    pub name: String,
    /// The family it belongs to, if any.
    pub family: Option<String>,
    /// Surface forms in either language, as written.
    pub terms: Vec<String>,
}

/// A broader topic for question understanding: `[[family]]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Family {
    /// Unique name.
    pub name: String,
    /// Loose words of the topic (never search synonyms).
    pub terms: Vec<String>,
}

/// The whole file, checked.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Lexicon {
    /// Families in file order.
    pub families: Vec<Family>,
    /// Concepts in file order.
    pub concepts: Vec<Concept>,
}

const FILE: &str = "assets/lexicon.toml";

/// Reads `assets/lexicon.toml` under `assets`. `fold` is the ask normaliser's folding, used to find
/// the same term written twice ("Webhook" and "webhook").
pub fn read(assets: &Path, fold: fn(&str) -> String) -> Result<Lexicon, Vec<String>> {
    let path = assets.join("lexicon.toml");
    println!("cargo:rerun-if-changed={}", path.display());
    let text = fs::read_to_string(&path).map_err(|e| vec![format!("{FILE}: {e}")])?;
    parse(&text, fold)
}

/// Checks and reads the text of a lexicon file.
pub fn parse(text: &str, fold: fn(&str) -> String) -> Result<Lexicon, Vec<String>> {
    let root: toml::Table = toml::from_str(text).map_err(|e| vec![format!("{FILE}: {e}")])?;
    let mut errors = Vec::new();
    let mut err = |at: &str, msg: String| errors.push(format!("{FILE}: {at}: {msg}"));
    for k in root.keys() {
        if k != "concept" && k != "family" {
            err("top level", format!("unknown key `{k}` (expected [[concept]] and [[family]] tables)"));
        }
    }
    let mut lexicon = Lexicon::default();
    for (at, t) in tables(&root, "family", &mut err) {
        keys(&at, t, &["name"], &["terms"], &mut err);
        let name = name(&at, t, &mut err);
        let terms = match t.get("terms") {
            None => Vec::new(),
            Some(v) => list(&at, v, &mut err),
        };
        lexicon.families.push(Family { name, terms });
    }
    for (at, t) in tables(&root, "concept", &mut err) {
        keys(&at, t, &["name", "terms"], &["family"], &mut err);
        let name = name(&at, t, &mut err);
        let family = match t.get("family") {
            None => None,
            Some(toml::Value::String(f)) => Some(f.clone()),
            Some(other) => {
                err(&at, format!("family must be a family's name, found {}", other.type_str()));
                None
            }
        };
        let terms = t.get("terms").map(|v| list(&at, v, &mut err)).unwrap_or_default();
        if terms.len() == 1 && family.is_none() {
            err(&at, "a concept with one term is nobody's synonym: add a term, or a family".into());
        }
        lexicon.concepts.push(Concept { name, family, terms });
    }

    let mut family_names: BTreeMap<&str, usize> = BTreeMap::new();
    for f in &lexicon.families {
        *family_names.entry(&f.name).or_default() += 1;
    }
    for (n, count) in &family_names {
        if *count > 1 {
            err("[[family]]", format!("`{n}` is named {count} times"));
        }
    }
    let mut concept_names: BTreeMap<&str, usize> = BTreeMap::new();
    for c in &lexicon.concepts {
        *concept_names.entry(&c.name).or_default() += 1;
        if let Some(f) = &c.family {
            if !family_names.contains_key(f.as_str()) {
                err(&format!("[[concept]] `{}`", c.name), format!("unknown family `{f}` (declare it with [[family]])"));
            }
        }
    }
    for (n, count) in &concept_names {
        if *count > 1 {
            err("[[concept]]", format!("`{n}` is named {count} times"));
        }
    }
    for f in &lexicon.families {
        if f.terms.is_empty() && !lexicon.concepts.iter().any(|c| c.family.as_deref() == Some(f.name.as_str())) {
            err(&format!("[[family]] `{}`", f.name), "empty: no concept joins it and it has no terms".into());
        }
    }
    // A term belongs to one concept: otherwise a search for it would expand into two groups.
    let mut owner: BTreeMap<String, &str> = BTreeMap::new();
    for c in &lexicon.concepts {
        for t in &c.terms {
            let folded = fold(t).trim().to_string();
            match owner.get(&folded) {
                Some(prev) if *prev != c.name => {
                    err(&format!("[[concept]] `{}`", c.name), format!("term `{t}` is already in concept `{prev}`"))
                }
                _ => {
                    owner.insert(folded, &c.name);
                }
            }
        }
    }
    if errors.is_empty() {
        Ok(lexicon)
    } else {
        Err(errors)
    }
}

/// The `[[key]]` tables of the root, each with a place name for messages.
fn tables<'t>(root: &'t toml::Table, key: &str, err: &mut impl FnMut(&str, String)) -> Vec<(String, &'t toml::Table)> {
    match root.get(key) {
        None => {
            err(key, format!("missing [[{key}]] entries"));
            Vec::new()
        }
        Some(toml::Value::Array(items)) => items
            .iter()
            .enumerate()
            .filter_map(|(i, v)| match v {
                toml::Value::Table(t) => Some((format!("[[{key}]] #{}", i + 1), t)),
                _ => {
                    err(&format!("[[{key}]] #{}", i + 1), "expected a table".into());
                    None
                }
            })
            .collect(),
        Some(_) => {
            err(key, format!("expected [[{key}]] tables"));
            Vec::new()
        }
    }
}

fn keys(at: &str, t: &toml::Table, required: &[&str], optional: &[&str], err: &mut impl FnMut(&str, String)) {
    for k in t.keys() {
        if !required.contains(&k.as_str()) && !optional.contains(&k.as_str()) {
            err(at, format!("unknown key `{k}`"));
        }
    }
    for k in required {
        if !t.contains_key(*k) {
            err(at, format!("missing key `{k}`"));
        }
    }
}

fn name(at: &str, t: &toml::Table, err: &mut impl FnMut(&str, String)) -> String {
    match t.get("name") {
        Some(toml::Value::String(s))
            if !s.is_empty() && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_') =>
        {
            s.clone()
        }
        Some(toml::Value::String(s)) => {
            err(at, format!("a name is lower case letters, digits and `_`, found `{s}`"));
            String::new()
        }
        Some(other) => {
            err(at, format!("name must be text, found {}", other.type_str()));
            String::new()
        }
        None => String::new(),
    }
}

/// A non-empty list of non-empty texts without TAB, U+001F or line breaks (the record format's
/// separators), each once.
fn list(at: &str, v: &toml::Value, err: &mut impl FnMut(&str, String)) -> Vec<String> {
    let toml::Value::Array(items) = v else {
        err(at, format!("terms must be a list of texts, found {}", v.type_str()));
        return Vec::new();
    };
    if items.is_empty() {
        err(at, "empty list of terms".into());
    }
    let mut out: Vec<String> = Vec::new();
    for item in items {
        match item {
            toml::Value::String(s) if s.trim().is_empty() => err(at, "empty term".into()),
            toml::Value::String(s) if s.contains(['\t', '\n', '\r', '\u{1f}']) => {
                err(at, format!("term `{}` has a tab, line break or U+001F", s.escape_debug()))
            }
            toml::Value::String(s) if out.contains(s) => err(at, format!("term `{s}` is listed twice")),
            toml::Value::String(s) => out.push(s.clone()),
            other => err(at, format!("a term must be text, found {}", other.type_str())),
        }
    }
    out
}
