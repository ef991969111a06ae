//! Builds the search index bytes (format in `core/build_support/search_index.rs`) from the
//! documents. The widget runs it once, in the background after the first render or at the first
//! query, instead of carrying the 14 KB index in the wasm: the documents' texts are already there
//! for display, and the index packed was about 7.5 KB of every load. The build script runs the same
//! function, and a test checks both produce the same bytes.
//!
//! The build script includes this file with `#[path]`, beside `tokenize` and `docs`, and declares
//! `crate::sort` at its root, so the paths here resolve in both.

use super::docs::Doc;
use super::normalise;
use super::tokenize;

/// One term's documents, each with its tf per field (title, path, body).
type Postings = Vec<(usize, [u32; 3])>;

/// Terms per dictionary block.
pub const BLOCK: usize = 64;
/// Length normalisation strength per field (title, path, body).
const B: [f64; 3] = [0.5, 0.3, 0.75];

/// Appends `v` as a LEB128 varint.
pub fn varint(out: &mut Vec<u8>, mut v: u64) {
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

/// How search sees one term of a concept: a run of words as their stems joined by spaces (kind 0),
/// anything else (Chinese, punctuation) as folded text with the spaces next to Han characters
/// squeezed out (kind 1), as the query will be ("DNS 记录" and "dns记录" alike). `None` when search
/// cannot see it as written: no searchable word ("$", "{{"), or a word the tokenizer drops as a
/// stop word ("log in" would search as "log", "sign in" as "sign": another concept's words).
pub fn alias_member(term: &str) -> Option<(u8, String)> {
    let folded = normalise::fold(term);
    let drops_a_word = folded
        .split(|ch: char| !(ch.is_alphanumeric() || ch == '_' || ch == '\''))
        .any(|w| !w.is_empty() && normalise::is_stop(w));
    let mut toks = Vec::new();
    tokenize::tokenize(term, &mut toks);
    if toks.is_empty() || drops_a_word {
        return None;
    }
    Some(if toks.iter().all(|t| t.kind == tokenize::Kind::Word) {
        let stems: Vec<&str> = toks.iter().map(|t| t.term.as_str()).collect();
        (0, stems.join(" "))
    } else {
        (1, normalise::squeeze_cjk_spaces(folded.trim()))
    })
}

/// The alias section: one group per concept (its terms given), of the members search can see,
/// each once; a concept with fewer than two has nothing to expand and is left out. The widget
/// builds it from the compiled vocabulary, the build script from `assets/lexicon.toml` after its
/// checks; a test checks both give the same index.
pub fn alias_bytes<'t>(concepts: impl Iterator<Item = Vec<&'t str>>) -> Vec<u8> {
    let mut out = Vec::new();
    let mut groups: Vec<Vec<(u8, String)>> = Vec::new();
    for terms in concepts {
        let mut members: Vec<(u8, String)> = Vec::new();
        for member in terms.into_iter().filter_map(alias_member) {
            if !members.contains(&member) {
                members.push(member);
            }
        }
        if members.len() >= 2 {
            groups.push(members);
        }
    }
    varint(&mut out, groups.len() as u64);
    for members in &groups {
        varint(&mut out, members.len() as u64);
        for (kind, text) in members {
            out.push(*kind);
            varint(&mut out, text.len() as u64);
            out.extend_from_slice(text.as_bytes());
        }
    }
    out
}

/// The index of `docs`, with the compiled alias section `aliases` at its end.
pub fn index_bytes(docs: &[Doc], aliases: &[u8]) -> Result<Vec<u8>, String> {
    // Every (term key, document, field) occurrence of a dictionary term, then sorted by key and
    // document: one small sort instead of a map of maps (less code in the wasm).
    let mut occ: Vec<(Vec<u8>, u32, u8)> = Vec::new();
    let mut lens = vec![[0u32; 3]; docs.len()];
    let mut toks = Vec::new();
    for (d, doc) in docs.iter().enumerate() {
        // The section label is not indexed: it is the same for every document of a kind, and
        // search matches it as a field of its own (`search/section.rs`).
        let fields: [[&str; 2]; 3] = [[&doc.title[0], &doc.title[1]], [&doc.path, ""], [&doc.body[0], &doc.body[1]]];
        for (f, texts) in fields.iter().enumerate() {
            for t in texts {
                toks.clear();
                tokenize::tokenize(t, &mut toks);
                for tok in &toks {
                    let mut key = Vec::new();
                    tokenize::encode_key(&tok.term, &mut key);
                    if key.len() > 255 {
                        continue;
                    }
                    lens[d][f] += 1;
                    // Han terms count towards the field length but are found by scanning the text
                    // at query time (`search/han.rs`), not through the dictionary.
                    if tok.kind != tokenize::Kind::Cjk {
                        occ.push((key, d as u32, f as u8));
                    }
                }
            }
        }
    }
    // Sorted through (first 8 key bytes, position) pairs: most comparisons end on the integer.
    let head = |k: &[u8]| {
        let packed = k.iter().take(8).fold(0u64, |h, &b| h << 8 | u64::from(b));
        packed.checked_shl(8 * 8u32.saturating_sub(k.len() as u32)).unwrap_or(0)
    };
    let mut order: Vec<(u64, u32)> = occ.iter().enumerate().map(|(i, o)| (head(&o.0), i as u32)).collect();
    crate::sort::heapsort_by(&mut order, |a, b| {
        if a.0 != b.0 {
            return a.0 < b.0;
        }
        let (x, y) = (&occ[a.1 as usize], &occ[b.1 as usize]);
        (x.0.as_slice(), x.1) < (y.0.as_slice(), y.1)
    });
    // term key → (doc, tf per field), in key then document order
    let mut inv: Vec<(&[u8], Postings)> = Vec::new();
    for (key, d, f) in order.iter().map(|&(_, i)| &occ[i as usize]) {
        if inv.last().is_none_or(|(k, _)| *k != key.as_slice()) {
            inv.push((key, Vec::new()));
        }
        if let Some((_, postings)) = inv.last_mut() {
            let d = *d as usize;
            if postings.last().is_none_or(|(pd, _)| *pd != d) {
                postings.push((d, [0; 3]));
            }
            if let Some((_, tf)) = postings.last_mut() {
                tf[usize::from(*f)] += 1;
            }
        }
    }
    let mut avg = [0f64; 3];
    for (f, a) in avg.iter_mut().enumerate() {
        let (sum, used) =
            lens.iter().map(|l| l[f]).filter(|&l| l > 0).fold((0f64, 0usize), |(s, n), l| (s + f64::from(l), n + 1));
        *a = sum / used.max(1) as f64;
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
    for (i, &(term, ref postings)) in inv.iter().enumerate() {
        let shared = if i % BLOCK == 0 {
            for off in [dict.len(), post.len(), tfs.len()] {
                let off = u16::try_from(off).map_err(|_| "search index section over 64 KB: widen the block table")?;
                blocks.extend_from_slice(&off.to_le_bytes());
            }
            0
        } else {
            prev.iter().zip(term.iter()).take_while(|(a, b)| a == b).count().min(255)
        };
        let start = post.len();
        let mut last = 0usize;
        for &(d, tf) in postings {
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

    let mut idx = b"MHS3".to_vec();
    for n in [docs.len(), inv.len(), blocks.len() / 6, dict.len(), post.len(), tfs.len(), aliases.len()] {
        idx.extend_from_slice(&(n as u32).to_le_bytes());
    }
    idx.extend_from_slice(&norms);
    idx.extend(docs.iter().map(|d| d.kind as u8));
    idx.extend_from_slice(&blocks);
    idx.extend_from_slice(&dict);
    idx.extend_from_slice(&post);
    idx.extend_from_slice(&tfs);
    idx.extend_from_slice(aliases);
    Ok(idx)
}
