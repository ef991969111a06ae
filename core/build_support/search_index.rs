//! Builds the search index at compile time (`$OUT_DIR/search.idx`, embedded by `core/src/search`), and
//! the same documents as JSON (`$OUT_DIR/search-docs.json`) for `cargo xtask bench-search`.
//!
//! The documents and the tokenizer are the runtime's own files, included here with `#[path]`, so the
//! index is cut exactly like the queries that will search it.
//!
//! Format (little endian; `v` = LEB128 varint), read in place by `core/src/search/index.rs`:
//!
//! ```text
//! "MHS3" n_docs:u32 n_terms:u32 n_blocks:u32 dict_len:u32 post_len:u32 tf_len:u32 alias_len:u32
//! norms:   n_docs × 3 bytes — per field (title, path, body) 64 / (1 − b + b·len/avg), 0 for an empty field
//! kinds:   n_docs × 1 byte — `DocKind` as a number
//! blocks:  n_blocks × (dict_off:u16, post_off:u16, tf_off:u16) — every 64th term starts a block
//! dict:    per term key (`tokenize::encode_key`, sorted bytewise; Latin words, paths and hosts only:
//!          Han terms are scanned for in the text, see `core/src/search/han.rs`):
//!          lens:u8 = shared_prefix << 4 | suffix_len
//!          (or 0xFF shared:u8 suffix_len:u8 when either is over 15), suffix, postings_len:v
//! post:    per term, per doc: doc_delta:v
//! tf:      per term, per doc: tf:u8 (title 2 bits | path 2 bits << 2 | body 4 bits << 4) — a separate
//!          stream from the deltas because it is very repetitive and compresses far better alone
//! aliases: groups:v { members:v { kind:u8 (0 words: stems joined by spaces, 1 substring: folded
//!          text, spaces next to Han characters squeezed out) text:v+bytes } }: the concepts of
//!          `assets/lexicon.toml` (see `build_aliases`)
//! ```

#[path = "../src/ask/normalise.rs"]
#[allow(dead_code)]
pub mod normalise;

#[path = "../src/search/tokenize.rs"]
#[allow(dead_code)]
mod tokenize;

#[path = "../src/search/docs.rs"]
#[allow(dead_code)]
mod docs;

#[path = "../src/search/build_index.rs"]
mod build_index;

use std::fs;
use std::path::Path;

fn read_json(owned: &crate::pricing::Owned, path: &Path) -> Result<serde_json::Value, String> {
    let text = fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let text = owned.fill(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    let v: toml::Value = toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::to_value(v).map_err(|e| e.to_string())
}

/// Reads the content under `assets`, writes `search.idx` and `search-docs.json` into `out`.
pub fn build(
    assets: &Path,
    out: &Path,
    lexicon: &crate::lexicon::Lexicon,
    owned: &crate::pricing::Owned,
) -> Result<(), String> {
    let get = |p: &str| read_json(owned, &assets.join(p)).ok();
    let mut areas = Vec::new();
    let area_dir = assets.join("kb").join("areas");
    let mut paths: Vec<_> = fs::read_dir(&area_dir)
        .map_err(|e| format!("{}: {e}", area_dir.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().and_then(|e| e.to_str()) == Some("toml"))
        .collect();
    paths.sort();
    for p in paths {
        areas.push(read_json(owned, &p)?);
    }
    let docs = docs::collect(&get, &areas);
    if docs.is_empty() || docs.len() > 4000 {
        return Err(format!("search: {} documents", docs.len()));
    }

    let aliases = build_aliases(lexicon)?;
    // The widget builds the index itself from the same documents (`search/build_index.rs`); the
    // build writes it too, for the test that checks both are the same bytes.
    let idx = build_index::index_bytes(&docs, &aliases)?;
    fs::write(out.join("search.idx"), &idx).map_err(|e| e.to_string())?;
    fs::write(out.join("search-aliases.bin"), &aliases).map_err(|e| e.to_string())?;

    let json: Vec<serde_json::Value> = docs
        .iter()
        .map(|d| {
            serde_json::json!({
                "id": d.id, "route": d.route, "title_en": d.title[0], "title_zh": d.title[1],
                "path": d.path, "body_en": format!("{}\n{}", d.body[0], d.section[0]),
                "body_zh": format!("{}\n{}", d.body[1], d.section[1]),
            })
        })
        .collect();
    fs::write(out.join("search-docs.json"), serde_json::to_string(&json).map_err(|e| e.to_string())?)
        .map_err(|e| e.to_string())
}

/// The alias section: every concept of `assets/lexicon.toml` (families are for question
/// understanding only) as a group of the members search can use.
///
/// A member is left to question understanding when search cannot see it as written: no searchable
/// word ("$", "{{"), or a word the tokenizer drops as a stop word ("log in" would search as "log",
/// "sign in" as "sign": another concept's words). Two concepts whose members search the same
/// words fail the build. A concept with fewer than two usable members has nothing to expand and
/// is left out. Chinese and punctuated members are matched as folded text with the spaces around
/// Han characters squeezed out, as the query will be ("DNS 记录" and "dns记录" alike).
pub fn build_aliases(lexicon: &crate::lexicon::Lexicon) -> Result<Vec<u8>, String> {
    let mut seen: Vec<((u8, String), &str)> = Vec::new();
    for c in &lexicon.concepts {
        for m in &c.terms {
            let Some(member) = build_index::alias_member(m) else { continue };
            if let Some((_, other)) = seen.iter().find(|(s, o)| *s == member && *o != c.name) {
                return Err(format!(
                    "assets/lexicon.toml: `{m}` of concept `{}` searches as `{}`, like a term of concept `{other}`",
                    c.name, member.1
                ));
            }
            seen.push((member, &c.name));
        }
    }
    Ok(build_index::alias_bytes(lexicon.concepts.iter().map(|c| c.terms.iter().map(String::as_str).collect())))
}
