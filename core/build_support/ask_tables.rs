//! Compiles `assets/ask/*.toml` and the concepts and families of `assets/lexicon.toml` (read and
//! checked by `lexicon.rs`) into `$OUT_DIR/ask.tables` (examples, rules, names) and
//! `$OUT_DIR/lexicon.tables` (concepts and families, which search reads too), a plain record format the widget reads
//! with a few lines of code instead of serde's generated deserialisers (about 10 KB of gzipped wasm
//! for these record types), and `phrases.toml` into `$OUT_DIR/ask_phrases.rs` (a constant per key,
//! like the UI strings). Every check serde did at run time happens here, at build time:
//! unknown or missing keys, wrong types, bad slugs fail the build with the file and the entry.
//!
//! Format (read by `core/src/ask/data.rs`), one record per line, fields separated by TAB, list items
//! by U+001F; texts may not contain TAB, U+001F or line breaks (checked):
//!
//! ```text
//! A slug en-list zh-list                      [[area]] of examples-areas.toml
//! R slug en-list zh-list                      [[route]] of examples-routes.toml
//! F name terms                                [[family]] of lexicon.toml (terms may be empty)
//! C name family terms                         [[concept]] of lexicon.toml (family may be empty)
//! U kind target priority weight×100 0|1 terms [[rule]] (kind force|boost, exclusive 0|1)
//! N area terms                                [[area_name]]
//! O role terms                                [[role]]
//! ```

use std::fmt::Write as _;
use std::fs;
use std::path::Path;

const AREAS: &[&str] = &[
    "email-api",
    "smtp",
    "inbound",
    "templates",
    "mailing-lists",
    "domains",
    "routes",
    "webhooks",
    "metrics",
    "optimize",
    "tags",
    "account",
    "other",
];
const ROLES: &[&str] = &["developer", "devops", "admin", "founder", "agency", "other"];

type Table = toml::map::Map<String, toml::Value>;

struct File<'a> {
    name: &'a str,
    errors: &'a mut Vec<String>,
}

impl File<'_> {
    fn err(&mut self, at: &str, msg: impl std::fmt::Display) {
        self.errors.push(format!("assets/ask/{}: {at}: {msg}", self.name));
    }

    /// Checks that `t` has exactly the `required` keys plus any of `optional`.
    fn keys(&mut self, at: &str, t: &Table, required: &[&str], optional: &[&str]) {
        for k in t.keys() {
            if !required.contains(&k.as_str()) && !optional.contains(&k.as_str()) {
                self.err(at, format!("unknown key `{k}`"));
            }
        }
        for k in required {
            if !t.contains_key(*k) {
                self.err(at, format!("missing key `{k}`"));
            }
        }
    }

    fn text(&mut self, at: &str, v: Option<&toml::Value>) -> String {
        match v {
            Some(toml::Value::String(s)) if s.trim().is_empty() => {
                self.err(at, "empty text");
                String::new()
            }
            Some(toml::Value::String(s)) if s.contains(['\t', '\n', '\r', '\u{1f}']) => {
                self.err(at, "text with a tab, line break or U+001F");
                String::new()
            }
            Some(toml::Value::String(s)) => s.clone(),
            Some(other) => {
                self.err(at, format!("expected text, found {}", other.type_str()));
                String::new()
            }
            None => String::new(),
        }
    }

    fn list(&mut self, at: &str, v: Option<&toml::Value>) -> String {
        match v {
            Some(toml::Value::Array(items)) => {
                let items: Vec<String> = items.iter().map(|i| self.text(at, Some(i))).collect();
                items.join("\u{1f}")
            }
            Some(other) => {
                self.err(at, format!("expected a list of texts, found {}", other.type_str()));
                String::new()
            }
            None => String::new(),
        }
    }

    fn one_of(&mut self, at: &str, v: Option<&toml::Value>, allowed: &[&str], what: &str) -> String {
        let s = self.text(at, v);
        if !allowed.contains(&s.as_str()) {
            self.err(at, format!("unknown {what} `{s}`"));
        }
        s
    }

    fn entries<'t>(&mut self, root: &'t Table, key: &str) -> Vec<(String, &'t Table)> {
        match root.get(key) {
            Some(toml::Value::Array(items)) => items
                .iter()
                .enumerate()
                .filter_map(|(i, v)| match v {
                    toml::Value::Table(t) => Some((format!("[[{key}]] #{}", i + 1), t)),
                    _ => {
                        self.err(&format!("[[{key}]] #{}", i + 1), "expected a table");
                        None
                    }
                })
                .collect(),
            _ => {
                self.err(key, format!("missing [[{key}]] entries"));
                Vec::new()
            }
        }
    }
}

fn read(dir: &Path, name: &str, errors: &mut Vec<String>) -> Option<Table> {
    let path = dir.join(name);
    println!("cargo:rerun-if-changed={}", path.display());
    let text = fs::read_to_string(&path).map_err(|e| errors.push(format!("assets/ask/{name}: {e}"))).ok()?;
    toml::from_str(&text).map_err(|e| errors.push(format!("assets/ask/{name}: {e}"))).ok()
}

/// Writes `ask.tables` into `out`, or returns every problem found in `assets/ask/`.
///
/// Example questions are written folded (`fold`: the ask normaliser's `fold`, which the model
/// applies to every text first, so its input is unchanged) and trimmed: lower case and one form of
/// punctuation compress better in the widget.
pub fn build(
    assets: &Path,
    out: &Path,
    fold: fn(&str) -> String,
    lexicon: &crate::lexicon::Lexicon,
) -> Result<(), Vec<String>> {
    let dir = assets.join("ask");
    let mut errors = Vec::new();
    let mut text = String::new();
    let files = ["examples-areas.toml", "examples-routes.toml", "aliases.toml", "phrases.toml"];
    let [areas, routes, aliases, phrases] = files.map(|f| read(&dir, f, &mut errors));

    for (name, root, key, tag) in
        [("examples-areas.toml", &areas, "area", 'A'), ("examples-routes.toml", &routes, "route", 'R')]
    {
        let Some(root) = root else { continue };
        let mut f = File { name, errors: &mut errors };
        f.keys("top level", root, &[key], &[]);
        for (at, t) in f.entries(root, key) {
            f.keys(&at, t, &["slug", "en", "zh"], &[]);
            let slug = if tag == 'A' {
                f.one_of(&at, t.get("slug"), AREAS, "area")
            } else {
                let s = f.text(&at, t.get("slug"));
                // `not-covered` holds off-topic examples: a class the model learns, never a target.
                if !s.starts_with("sales-") && s != "not-covered" {
                    f.err(&at, format!("a sibling skill slug starts with `sales-` (or is `not-covered`), found `{s}`"));
                }
                s
            };
            let (en, zh) = (f.list(&at, t.get("en")), f.list(&at, t.get("zh")));
            let folded = |list: String| list.split('\u{1f}').map(|q| fold(q).trim().to_string()).collect::<Vec<_>>();
            let (en, zh) = (folded(en).join("\u{1f}"), folded(zh).join("\u{1f}"));
            let _ = writeln!(text, "{tag}\t{slug}\t{en}\t{zh}");
        }
    }

    // The shared vocabulary goes to a file of its own, which search reads too (its alias groups).
    let mut vocabulary = String::new();
    for family in &lexicon.families {
        let _ = writeln!(vocabulary, "F\t{}\t{}", family.name, family.terms.join("\u{1f}"));
    }
    for c in &lexicon.concepts {
        let _ =
            writeln!(vocabulary, "C\t{}\t{}\t{}", c.name, c.family.as_deref().unwrap_or(""), c.terms.join("\u{1f}"));
    }
    if let Some(root) = &aliases {
        let mut f = File { name: "aliases.toml", errors: &mut errors };
        f.keys("top level", root, &["rule", "area_name", "role"], &[]);
        for (at, t) in f.entries(root, "rule") {
            f.keys(&at, t, &["kind", "target", "terms"], &["priority", "weight", "exclusive"]);
            let kind = f.one_of(&at, t.get("kind"), &["force", "boost"], "rule kind");
            let target = f.text(&at, t.get("target"));
            let priority = match t.get("priority") {
                None => 0,
                Some(toml::Value::Integer(p)) if (0..=255).contains(p) => *p,
                Some(other) => {
                    f.err(&at, format!("priority must be a whole number 0–255, found {other}"));
                    0
                }
            };
            let weight = match t.get("weight") {
                None => 0,
                Some(toml::Value::Float(w)) if w.abs() < 1000.0 => (w * 100.0).round() as i64,
                Some(toml::Value::Integer(w)) if w.abs() < 1000 => w * 100,
                Some(other) => {
                    f.err(&at, format!("weight must be a number, found {other}"));
                    0
                }
            };
            let exclusive = match t.get("exclusive") {
                None | Some(toml::Value::Boolean(false)) => 0,
                Some(toml::Value::Boolean(true)) => 1,
                Some(other) => {
                    f.err(&at, format!("exclusive must be true or false, found {other}"));
                    0
                }
            };
            let terms = f.list(&at, t.get("terms"));
            let _ = writeln!(text, "U\t{kind}\t{target}\t{priority}\t{weight}\t{exclusive}\t{terms}");
        }
        for (at, t) in f.entries(root, "area_name") {
            f.keys(&at, t, &["area", "terms"], &[]);
            let (area, terms) = (f.one_of(&at, t.get("area"), AREAS, "area"), f.list(&at, t.get("terms")));
            let _ = writeln!(text, "N\t{area}\t{terms}");
        }
        for (at, t) in f.entries(root, "role") {
            f.keys(&at, t, &["id", "terms"], &[]);
            let (id, terms) = (f.one_of(&at, t.get("id"), ROLES, "role"), f.list(&at, t.get("terms")));
            let _ = writeln!(text, "O\t{id}\t{terms}");
        }
    }

    let mut rows: Vec<(String, String, String)> = Vec::new();
    if let Some(root) = &phrases {
        let mut f = File { name: "phrases.toml", errors: &mut errors };
        let mut keys: Vec<&String> = root.keys().collect();
        keys.sort();
        for key in keys {
            let Some(toml::Value::Table(t)) = root.get(key) else {
                f.err(key, "expected a table with `en` and `zh`");
                continue;
            };
            f.keys(key, t, &["en", "zh"], &[]);
            if !key.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_') {
                f.err(key, "a phrase key is lower case letters, digits and `_`");
            }
            let (en, zh) = (f.text(key, t.get("en")), f.text(key, t.get("zh")));
            if placeholders(&en) != placeholders(&zh) {
                f.err(key, "the `{placeholders}` differ between en and zh");
            }
            rows.push((key.clone(), en, zh));
        }
    }

    if !errors.is_empty() {
        return Err(errors);
    }
    fs::write(out.join("ask.tables"), text).map_err(|e| vec![format!("ask.tables: {e}")])?;
    fs::write(out.join("lexicon.tables"), vocabulary).map_err(|e| vec![format!("lexicon.tables: {e}")])?;
    fs::write(out.join("ask_phrases.rs"), phrases_code(&rows)).map_err(|e| vec![format!("ask_phrases.rs: {e}")])
}

/// The `{name}` placeholders of a text, sorted.
fn placeholders(s: &str) -> Vec<&str> {
    let mut out: Vec<&str> =
        s.split('{').skip(1).filter_map(|rest| rest.split_once('}').map(|(name, _)| name)).collect();
    out.sort_unstable();
    out
}

/// `phrases.toml` as Rust: a constant per key (so a misspelt key does not compile) and one table
/// per language, as the UI strings are compiled.
fn phrases_code(rows: &[(String, String, String)]) -> String {
    let mut code = String::from("// Generated by build.rs from assets/ask/phrases.toml. Do not edit.\n\n");
    code.push_str("/// Every answer phrase, one constant each.\n#[allow(missing_docs)]\npub mod phrase {\n");
    code.push_str("    use super::PhraseKey;\n");
    for (i, (key, _, _)) in rows.iter().enumerate() {
        let _ =
            writeln!(code, "    /// `{key}`\n    pub const {}: PhraseKey = PhraseKey({i});", key.to_ascii_uppercase());
    }
    code.push_str("}\n\n/// Keys in table order.\npub static KEYS: &[&str] = &[\n");
    for (key, _, _) in rows {
        let _ = writeln!(code, "    {key:?},");
    }
    code.push_str("];\n\n/// English phrases in key order.\npub static EN: &[&str] = &[\n");
    for (_, en, _) in rows {
        let _ = writeln!(code, "    {en:?},");
    }
    code.push_str("];\n\n/// Chinese phrases in key order.\npub static ZH: &[&str] = &[\n");
    for (_, _, zh) in rows {
        let _ = writeln!(code, "    {zh:?},");
    }
    code.push_str("];\n");
    code
}
