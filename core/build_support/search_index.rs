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
//! aliases: groups:v { members:v { kind:u8 (0 words: stems joined by spaces, 1 substring: folded text) text:v+bytes } }
//! ```

#[path = "../src/ask/normalise.rs"]
#[allow(dead_code)]
mod normalise;

#[path = "../src/search/tokenize.rs"]
#[allow(dead_code)]
mod tokenize;

#[path = "../src/search/docs.rs"]
#[allow(dead_code)]
mod docs;

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

/// Terms per dictionary block.
pub const BLOCK: usize = 64;
/// Length normalisation strength per field (title, path, body).
const B: [f64; 3] = [0.5, 0.3, 0.75];

fn read_json(path: &Path) -> Result<serde_json::Value, String> {
    let text = fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let v: toml::Value = toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::to_value(v).map_err(|e| e.to_string())
}

fn varint(out: &mut Vec<u8>, mut v: u64) {
    loop {
        let b = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

fn bytes(out: &mut Vec<u8>, s: &str) {
    varint(out, s.len() as u64);
    out.extend_from_slice(s.as_bytes());
}

fn u32le(out: &mut Vec<u8>, v: usize) {
    out.extend_from_slice(&(v as u32).to_le_bytes());
}

/// Reads the content under `assets`, writes `search.idx` and `search-docs.json` into `out`.
pub fn build(assets: &Path, out: &Path) -> Result<(), String> {
    let get = |p: &str| read_json(&assets.join(p)).ok();
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
        areas.push(read_json(&p)?);
    }
    let docs = docs::collect(&get, &areas);
    if docs.is_empty() || docs.len() > 4000 {
        return Err(format!("search: {} documents", docs.len()));
    }

    // term key → doc → tf per field
    let mut inv: BTreeMap<Vec<u8>, BTreeMap<usize, [u32; 3]>> = BTreeMap::new();
    let mut lens = vec![[0u32; 3]; docs.len()];
    for (d, doc) in docs.iter().enumerate() {
        let fields: [Vec<&str>; 3] = [
            vec![&doc.title[0], &doc.title[1]],
            vec![&doc.path],
            vec![&doc.body[0], &doc.body[1], &doc.section[0], &doc.section[1]],
        ];
        for (f, texts) in fields.iter().enumerate() {
            for (i, t) in texts.iter().enumerate() {
                // The section label is searched with the body but is not part of its length, so
                // documents are normalised on what they say.
                let counts_in_length = !(f == 2 && i >= 2);
                let mut toks = Vec::new();
                tokenize::tokenize(t, &mut toks);
                for tok in toks {
                    let mut key = Vec::new();
                    tokenize::encode_key(&tok.term, &mut key);
                    if key.len() > 255 {
                        continue;
                    }
                    lens[d][f] += u32::from(counts_in_length);
                    // Han terms count towards the field length but are found by scanning the text
                    // at query time (`core/src/search/han.rs`), not through the dictionary.
                    if tok.kind != tokenize::Kind::Cjk {
                        inv.entry(key).or_default().entry(d).or_default()[f] += 1;
                    }
                }
            }
        }
    }
    let mut avg = [0f64; 3];
    for (f, a) in avg.iter_mut().enumerate() {
        let used: Vec<u32> = lens.iter().map(|l| l[f]).filter(|&l| l > 0).collect();
        *a = used.iter().map(|&l| f64::from(l)).sum::<f64>() / used.len().max(1) as f64;
    }
    let mut norms = Vec::with_capacity(docs.len() * 3);
    for l in &lens {
        for f in 0..3 {
            let n = if l[f] == 0 { 0.0 } else { 64.0 / (1.0 - B[f] + B[f] * f64::from(l[f]) / avg[f].max(1.0)) };
            norms.push(n.round().clamp(if l[f] == 0 { 0.0 } else { 1.0 }, 255.0) as u8);
        }
    }

    let mut dict = Vec::new();
    let mut post = Vec::new();
    let mut tfs = Vec::new();
    let mut blocks = Vec::new();
    let mut prev: &[u8] = &[];
    for (i, (term, postings)) in inv.iter().enumerate() {
        let shared = if i % BLOCK == 0 {
            for off in [dict.len(), post.len(), tfs.len()] {
                let off = u16::try_from(off)
                    .map_err(|_| "search index section over 64 KB: widen the block table".to_string())?;
                blocks.extend_from_slice(&off.to_le_bytes());
            }
            0
        } else {
            prev.iter().zip(term.iter()).take_while(|(a, b)| a == b).count().min(255)
        };
        let start = post.len();
        let mut last = 0usize;
        for (&d, tf) in postings {
            varint(&mut post, (d - last) as u64);
            last = d;
            tfs.push((tf[0].min(3) | (tf[1].min(3) << 2) | (tf[2].min(15) << 4)) as u8);
        }
        let suffix = &term[shared..];
        if shared <= 15 && suffix.len() <= 15 {
            dict.push((shared << 4 | suffix.len()) as u8);
        } else {
            dict.extend_from_slice(&[0xFF, shared as u8, suffix.len() as u8]);
        }
        dict.extend_from_slice(suffix);
        varint(&mut dict, (post.len() - start) as u64);
        prev = term;
    }

    let aliases = build_aliases(&assets.join("search").join("aliases.txt"))?;

    let mut idx = b"MHS3".to_vec();
    for n in [docs.len(), inv.len(), blocks.len() / 6, dict.len(), post.len(), tfs.len(), aliases.len()] {
        u32le(&mut idx, n);
    }
    idx.extend_from_slice(&norms);
    idx.extend(docs.iter().map(|d| d.kind as u8));
    idx.extend_from_slice(&blocks);
    idx.extend_from_slice(&dict);
    idx.extend_from_slice(&post);
    idx.extend_from_slice(&tfs);
    idx.extend_from_slice(&aliases);
    fs::write(out.join("search.idx"), &idx).map_err(|e| e.to_string())?;

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

/// `assets/search/aliases.txt`: one group per line, terms separated by `|`, `#` comments.
fn build_aliases(path: &Path) -> Result<Vec<u8>, String> {
    println!("cargo:rerun-if-changed={}", path.display());
    let text = fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let groups: Vec<Vec<&str>> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split('|').map(str::trim).filter(|t| !t.is_empty()).collect())
        .collect();
    let mut out = Vec::new();
    varint(&mut out, groups.len() as u64);
    for members in &groups {
        if members.len() < 2 {
            return Err(format!("{}: every group needs at least two terms: {members:?}", path.display()));
        }
        varint(&mut out, members.len() as u64);
        for m in members {
            let mut toks = Vec::new();
            tokenize::tokenize(m, &mut toks);
            if toks.is_empty() {
                return Err(format!("{}: alias `{m}` has no searchable word", path.display()));
            }
            if toks.iter().all(|t| t.kind == tokenize::Kind::Word) {
                out.push(0);
                let stems: Vec<&str> = toks.iter().map(|t| t.term.as_str()).collect();
                bytes(&mut out, &stems.join(" "));
            } else {
                out.push(1);
                bytes(&mut out, normalise::fold(m).trim());
            }
        }
    }
    Ok(out)
}
