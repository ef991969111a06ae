//! Compiles `assets/kb/*.toml` into `$OUT_DIR/kb.rs`: the whole knowledge base as one Rust `static`.
//!
//! The types are the crate's own (`src/kb/model.rs`, `ids.rs` and `validate.rs` are compiled here
//! too), with `Str`/`List<T>` as `String`/`Vec<T>` and a `content!` that derives `Deserialize`
//! (unknown fields refused) and [`Emit`], which writes a value back as the Rust literal the crate
//! compiles. A file that does not match its type fails the build with the file, line and field
//! (toml's message); content that breaks the contract of `validate` fails it with what and where.
//! Prices and plan volumes are placeholders filled from `pricing.toml` (see `pricing.rs`).

use super::pricing::{read_content, Owned};
use serde::{Deserialize, Deserializer};
use std::fmt::Write as _;
use std::fs;
use std::path::Path;

/// A string while the build reads the content (`&'static str` in the crate).
pub type Str = String;
/// A list while the build reads the content (`&'static [T]` in the crate).
pub type List<T> = Vec<T>;

/// Writes a value as a Rust expression of its crate type (`"a"`, `&[…]`, `Area { … }`).
pub trait Emit {
    /// Appends the expression to `out`.
    fn emit(&self, out: &mut String);
}

/// The build-time twin of the crate's `content!`: the same struct, read from TOML and written out.
macro_rules! content {
    ($( $(#[$m:meta])* pub struct $name:ident { $( $(#[$fm:meta])* pub $f:ident : $t:ty ),* $(,)? } )*) => {
        $(
            $(#[$m])*
            #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
            #[serde(deny_unknown_fields)]
            pub struct $name { $( $(#[$fm])* pub $f: $t ),* }
            super::emit_fields!($name { $($f),* });
        )*
    };
}

/// The twin of `content_read_by_hand!`: written out like the others, read by an impl in this file.
macro_rules! content_read_by_hand {
    ($( $(#[$m:meta])* pub struct $name:ident { $( $(#[$fm:meta])* pub $f:ident : $t:ty ),* $(,)? } )*) => {
        $(
            $(#[$m])*
            #[derive(Debug, Clone, PartialEq)]
            pub struct $name { $( $(#[$fm])* pub $f: $t ),* }
            super::emit_fields!($name { $($f),* });
        )*
    };
}

/// Writes a struct as `Name { field: value, … }`.
macro_rules! emit_fields {
    ($name:ident { $($f:ident),* }) => {
        impl super::Emit for $name {
            fn emit(&self, out: &mut String) {
                out.push_str(concat!(stringify!($name), " {"));
                $(
                    out.push_str(concat!(stringify!($f), ": "));
                    super::Emit::emit(&self.$f, out);
                    out.push_str(",\n");
                )*
                out.push('}');
            }
        }
    };
}

pub(crate) use {content, emit_fields};

#[path = "../src/kb/ids.rs"]
#[allow(dead_code)]
pub mod ids;

#[path = "../src/kb/model.rs"]
#[allow(dead_code)]
pub mod model;

#[path = "../src/kb/validate.rs"]
#[allow(dead_code)]
mod validate;

use ids::{AreaId, RoleId};
use model::*;

/// Bilingual text as the build reads it (`crate::text::Text` in the crate).
#[derive(Debug, Default, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    /// English.
    pub en: String,
    /// Simplified Chinese.
    pub zh: String,
}

impl Text {
    /// True when either side is blank (a missing translation).
    pub fn has_blank_side(&self) -> bool {
        self.en.trim().is_empty() || self.zh.trim().is_empty()
    }
}

impl Emit for Text {
    fn emit(&self, out: &mut String) {
        let _ = write!(out, "Text {{ en: {:?}, zh: {:?} }}", self.en, self.zh);
    }
}

impl Emit for String {
    fn emit(&self, out: &mut String) {
        let _ = write!(out, "{self:?}");
    }
}

/// Numbers and flags are written as themselves.
macro_rules! emit_as_display {
    ($($ty:ty),*) => {
        $(
            impl Emit for $ty {
                fn emit(&self, out: &mut String) {
                    let _ = write!(out, "{self}");
                }
            }
        )*
    };
}

emit_as_display!(bool, u32, u64);

impl<T: Emit> Emit for Vec<T> {
    fn emit(&self, out: &mut String) {
        out.push_str("&[");
        for item in self {
            item.emit(out);
            out.push_str(",\n");
        }
        out.push(']');
    }
}

impl<T: Emit> Emit for Option<T> {
    fn emit(&self, out: &mut String) {
        match self {
            Some(v) => {
                out.push_str("Some(");
                v.emit(out);
                out.push(')');
            }
            None => out.push_str("None"),
        }
    }
}

impl<A: Emit, B: Emit> Emit for (A, B) {
    fn emit(&self, out: &mut String) {
        out.push('(');
        self.0.emit(out);
        out.push_str(", ");
        self.1.emit(out);
        out.push(')');
    }
}

/// Closed sets of values: written as their variant (`AreaId::Webhooks`), read by their name.
macro_rules! closed_set {
    ($($ty:ident, $all:expr, $name:expr;)*) => {
        $(
            impl Emit for $ty {
                fn emit(&self, out: &mut String) {
                    let _ = write!(out, concat!(stringify!($ty), "::{:?}"), self);
                }
            }

            impl<'de> Deserialize<'de> for $ty {
                fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                    let name = String::deserialize(d)?;
                    $all.into_iter().find(|v| $name(*v) == name).ok_or_else(|| {
                        let known: Vec<&str> = $all.into_iter().map($name).collect();
                        serde::de::Error::custom(format!(
                            "unknown value `{name}`, expected one of {}",
                            known.join(", ")
                        ))
                    })
                }
            }
        )*
    };
}

pub(crate) use closed_set;

closed_set! {
    AreaId, AreaId::ALL, AreaId::slug;
    RoleId, RoleId::ALL, RoleId::slug;
    FactKind, FactKind::ALL, FactKind::name;
}

/// A fact as its file writes it: the text's two sides sit beside `source` and `kind`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FlatFact {
    en: String,
    zh: String,
    source: String,
    kind: Option<FactKind>,
}

impl<'de> Deserialize<'de> for Fact {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let f = FlatFact::deserialize(d)?;
        Ok(Fact { text: Text { en: f.en, zh: f.zh }, source: f.source, kind: f.kind })
    }
}

/// The languages a snippet's `[snippet.code]` may hold, in the order the widget shows them.
const CODE_LANGUAGES: [&str; 8] = ["curl", "node", "python", "php", "ruby", "go", "java", "csharp"];

/// Reads `[snippet.code]` (a table of language → code) as pairs in [`CODE_LANGUAGES`] order.
fn code_by_language<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<(String, String)>, D::Error> {
    let table = std::collections::BTreeMap::<String, String>::deserialize(d)?;
    if let Some(unknown) = table.keys().find(|k| !CODE_LANGUAGES.contains(&k.as_str())) {
        return Err(serde::de::Error::custom(format!(
            "unknown language `{unknown}`, expected one of {}",
            CODE_LANGUAGES.join(", ")
        )));
    }
    Ok(CODE_LANGUAGES.iter().filter_map(|lang| table.get(*lang).map(|code| (lang.to_string(), code.clone()))).collect())
}

fn read<T: for<'de> Deserialize<'de>>(owned: &Owned, assets: &Path, rel: &str) -> Result<T, String> {
    let path = assets.join(rel);
    println!("cargo:rerun-if-changed={}", path.display());
    let text = read_content(owned, &path, rel)?;
    toml::from_str(&text).map_err(|e| format!("assets/{rel}: {e}"))
}

/// A file of `[[key]]` entries: one field per key a file of this kind uses, so toml reports a bad
/// entry with its line (reading through a `toml::Value` would lose it).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Entries<T> {
    role: Option<Vec<T>>,
    playbook: Option<Vec<T>>,
    gotcha: Option<Vec<T>>,
    entry: Option<Vec<T>>,
    example: Option<Vec<T>>,
    object: Option<Vec<T>>,
    skill: Option<Vec<T>>,
    snippet: Option<Vec<T>>,
}

/// Reads a file of `[[key]]` entries, refusing any other top-level key.
fn entries<T: for<'de> Deserialize<'de>>(owned: &Owned, assets: &Path, rel: &str, key: &str) -> Result<Vec<T>, String> {
    let file: Entries<T> = read(owned, assets, rel)?;
    let all = [
        ("role", file.role),
        ("playbook", file.playbook),
        ("gotcha", file.gotcha),
        ("entry", file.entry),
        ("example", file.example),
        ("object", file.object),
        ("skill", file.skill),
        ("snippet", file.snippet),
    ];
    let mut found = None;
    for (name, items) in all {
        match (name == key, items) {
            (true, items) => found = items,
            (false, Some(_)) => return Err(format!("assets/{rel}: unknown key `{name}` (the file holds `[[{key}]]`)")),
            (false, None) => {}
        }
    }
    found.ok_or_else(|| format!("assets/{rel}: missing `[[{key}]]` entries"))
}

/// Keeps a file's value, or its error for the build's report.
struct Keep<'e>(&'e mut Vec<String>);

impl Keep<'_> {
    fn keep<T>(&mut self, r: Result<T, String>) -> Option<T> {
        r.map_err(|e| self.0.push(e)).ok()
    }
}

/// Reads every file of `assets/kb/`, checks the result, and writes `$OUT_DIR/kb.rs`.
pub fn build(owned: &Owned, assets: &Path, out: &Path) -> Result<(), Vec<String>> {
    let mut errors = Vec::new();
    let mut ok = Keep(&mut errors);
    let areas: Vec<Option<Area>> =
        AreaId::ALL.iter().map(|id| ok.keep(read(owned, assets, &format!("kb/areas/{}.toml", id.slug())))).collect();
    let (api, endpoints) = match ok.keep(read::<ApiFile>(owned, assets, "kb/api.toml")) {
        Some(file) => (Some(file.general), Some(file.endpoint)),
        None => (None, None),
    };
    let roles = ok.keep(entries(owned, assets, "kb/roles.toml", "role"));
    let playbooks = ok.keep(entries(owned, assets, "kb/playbooks.toml", "playbook"));
    let gotchas = ok.keep(entries(owned, assets, "kb/gotchas.toml", "gotcha"));
    let troubleshooting = ok.keep(entries(owned, assets, "kb/troubleshooting.toml", "entry"));
    let examples = ok.keep(entries(owned, assets, "kb/examples.toml", "example"));
    let data_model = ok.keep(entries(owned, assets, "kb/data-model.toml", "object"));
    let integrations = ok.keep(read(owned, assets, "kb/integrations.toml"));
    let siblings = ok.keep(entries(owned, assets, "kb/siblings.toml", "skill"));
    let snippets: Option<Vec<Snippet>> = ok.keep(entries(owned, assets, "kb/snippets.toml", "snippet"));
    let company = ok.keep(read(owned, assets, "kb/company.toml"));
    let kb = (|| {
        Some(Kb {
            areas: areas.into_iter().collect::<Option<Vec<_>>>()?,
            roles: roles?,
            api: api?,
            endpoints: endpoints?,
            playbooks: playbooks?,
            gotchas: gotchas?,
            troubleshooting: troubleshooting?,
            examples: examples?,
            data_model: data_model?,
            integrations: integrations?,
            siblings: siblings?,
            snippets: snippets?,
            company: company?,
        })
    })();
    let Some(kb) = kb else { return Err(errors) };
    for s in &kb.snippets {
        for r in &s.requests {
            if !matches!(r.method.as_str(), "GET" | "POST" | "PUT" | "DELETE") {
                errors.push(format!("assets/kb/snippets.toml {}: unknown method `{}`", s.id, r.method));
            }
        }
    }
    errors.extend(validate::validate(&kb).into_iter().map(|p| format!("assets/kb/{p}")));
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut code = String::from("// Generated by build.rs from assets/kb/*.toml. Do not edit.\n\n");
    code.push_str("/// The knowledge base, as `assets/kb/` writes it.\npub static KB: Kb = ");
    kb.emit(&mut code);
    code.push_str(";\n");
    fs::write(out.join("kb.rs"), code).map_err(|e| vec![format!("cannot write kb.rs: {e}")])
}
