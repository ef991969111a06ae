//! Compiles the editable content in `../assets` into forms the wasm can use cheaply.
//!
//! Every `*.toml` file is parsed here, so neither a TOML nor a JSON reader ships in the wasm and a
//! malformed file fails the build with its name, line and field:
//! * `assets/lexicon.toml`, the vocabulary shared by search and ask, is checked
//!   (`build_support/lexicon.rs`) and compiled into both: the search index's alias section
//!   (`build_support/search_index.rs`) and, with `assets/ask/*.toml`, `$OUT_DIR/ask.tables`
//!   (`build_support/ask_tables.rs`).
//! * `assets/kb/*.toml`, the knowledge base, becomes `$OUT_DIR/kb.rs`, and `assets/pricing.toml`
//!   `$OUT_DIR/pricing.rs`: each one `static` of the crate's own types, read and checked with those
//!   types (`build_support/kb.rs`, `build_support/pricing.rs`).
//! * `assets/tools/codegen.toml` becomes `$OUT_DIR/codegen.rs`, typed statics
//!   (`build_support/codegen.rs`).
//! * `assets/i18n/en.toml` and `zh.toml` become `$OUT_DIR/i18n.rs`: one constant per key holding
//!   its two strings, so a misspelt key is a compile error, a key missing from either language fails
//!   the build, and a string no code uses is left out of the wasm by the linker (a feature built
//!   without, as `cargo xtask measure --shares` does, takes its strings with it).

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

#[path = "build_support/search_index.rs"]
mod search_index;

#[path = "src/sort.rs"]
#[allow(dead_code)]
mod sort;

#[path = "src/case.rs"]
#[allow(dead_code)]
mod case;

#[path = "build_support/ask_tables.rs"]
mod ask_tables;

#[path = "build_support/lexicon.rs"]
mod lexicon;

#[path = "build_support/codegen.rs"]
mod codegen;

#[path = "build_support/kb.rs"]
mod kb;

#[path = "build_support/pricing.rs"]
mod pricing;

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let assets = manifest.join("..").join("assets");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    println!("cargo:rerun-if-changed={}", assets.display());

    let mut errors = Vec::new();
    let pricing_data = match pricing::read(&assets) {
        Ok(data) => data,
        Err(e) => panic!("{}", e.join("\n")),
    };
    let owned = pricing::Owned::of(&pricing_data);
    match compile_i18n(&assets.join("i18n")) {
        Ok(code) => fs::write(out.join("i18n.rs"), code).expect("OUT_DIR is writable"),
        Err(mut e) => errors.append(&mut e),
    }
    match lexicon::read(&assets, search_index::normalise::fold) {
        Ok(lexicon) => {
            if let Err(e) = search_index::build(&assets, &out, &lexicon, &owned) {
                errors.push(e);
            }
            if let Err(mut e) = ask_tables::build(&assets, &out, search_index::normalise::fold, &lexicon) {
                errors.append(&mut e);
            }
        }
        Err(mut e) => errors.append(&mut e),
    }
    if let Err(mut e) = codegen::build(&assets, &out) {
        errors.append(&mut e);
    }
    if let Err(mut e) = kb::build(&owned, &assets, &out) {
        errors.append(&mut e);
    }
    if let Err(mut e) = pricing::build(&pricing_data, &out) {
        errors.append(&mut e);
    }
    if !errors.is_empty() {
        for e in &errors {
            println!("cargo:warning={e}");
        }
        panic!("{} problem(s) in assets/:\n{}", errors.len(), errors.join("\n"));
    }
}

/// The constant's name of a dotted key: `nav.ask` → `NAV_ASK`.
fn key_ident(key: &str) -> String {
    key.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_uppercase() } else { '_' }).collect()
}

/// Reads a flat `key = "text"` file (dotted keys allowed through tables) into a sorted map.
fn read_strings(path: &Path) -> Result<BTreeMap<String, String>, String> {
    let text = fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let value: toml::Table = toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut map = BTreeMap::new();
    flatten("", &value, &mut map, path)?;
    Ok(map)
}

fn flatten(prefix: &str, table: &toml::Table, map: &mut BTreeMap<String, String>, path: &Path) -> Result<(), String> {
    for (k, v) in table {
        let key = if prefix.is_empty() { k.clone() } else { format!("{prefix}.{k}") };
        match v {
            toml::Value::String(s) if s.trim().is_empty() => {
                return Err(format!("{}: `{key}` is empty", path.display()))
            }
            toml::Value::String(s) => {
                map.insert(key, s.clone());
            }
            toml::Value::Table(t) => flatten(&key, t, map, path)?,
            _ => return Err(format!("{}: `{key}` must be a string", path.display())),
        }
    }
    Ok(())
}

/// The `{name}` placeholders of a UI string, sorted and each once, so both languages can be
/// compared (a sentence may name a value twice in one language and once in the other).
fn placeholders(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = s;
    while let Some(start) = rest.find('{') {
        let Some(len) = rest[start..].find('}') else { break };
        out.push(rest[start + 1..start + len].to_string());
        rest = &rest[start + len + 1..];
    }
    out.sort();
    out.dedup();
    out
}

fn compile_i18n(dir: &Path) -> Result<String, Vec<String>> {
    let en = read_strings(&dir.join("en.toml")).map_err(|e| vec![e])?;
    let zh = read_strings(&dir.join("zh.toml")).map_err(|e| vec![e])?;
    let mut errors = Vec::new();
    for k in en.keys().filter(|k| !zh.contains_key(*k)) {
        errors.push(format!("assets/i18n/zh.toml misses `{k}` (present in en.toml)"));
    }
    for k in zh.keys().filter(|k| !en.contains_key(*k)) {
        errors.push(format!("assets/i18n/en.toml misses `{k}` (present in zh.toml)"));
    }
    for (k, e) in &en {
        if let Some(z) = zh.get(k) {
            if placeholders(e) != placeholders(z) {
                errors.push(format!("`{k}`: placeholders differ between en and zh"));
            }
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut code = String::from("// Generated by build.rs from assets/i18n/*.toml. Do not edit.\n\n");
    code.push_str(
        "/// Every UI string key, one constant each.\n#[allow(missing_docs)]\npub mod key {\n    use super::Key;\n",
    );
    for k in en.keys() {
        let id = key_ident(k);
        let _ = writeln!(code, "    /// `{k}`\n    pub const {id}: Key = Key(&super::texts::{id});");
    }
    // Each language's strings as statics of their own, all English first, then all Chinese, so
    // the strings lie in the wasm one language after the other (a key's pair is read from them):
    // in pairs, LZMA packed the interleaved languages 1.9 KB worse.
    for (lang, strings) in [("en", &en), ("zh", &zh)] {
        let _ = writeln!(code, "}}\n\n#[allow(missing_docs)]\nmod {lang} {{");
        for (k, v) in strings {
            let _ = writeln!(code, "    pub static {}: &str = {v:?};", key_ident(k));
        }
    }
    code.push_str("}\n\n#[allow(missing_docs)]\nmod texts {\n");
    for k in en.keys() {
        let id = key_ident(k);
        let _ = writeln!(code, "    pub static {id}: [&str; 2] = [super::en::{id}, super::zh::{id}];");
    }
    code.push_str("}\n\n/// Every key with its name, in name order (for the tests that check the strings).\n");
    code.push_str("#[cfg(test)]\npub static ALL: &[(&str, Key)] = &[\n");
    for k in en.keys() {
        let _ = writeln!(code, "    ({k:?}, key::{}),", key_ident(k));
    }
    code.push_str("];\n");
    Ok(code)
}
