//! Instant search over the whole knowledge base, in English, Chinese or both at once.
//!
//! The index is built at compile time (`core/build_support/search_index.rs`) and read in place
//! ([`index`]); the query is cut by the same [`tokenize`] file as the content. Ranking is BM25F over
//! three fields (title ×3, endpoint path ×2, body ×1) with a coordination factor (documents that match
//! every query word first), and:
//!
//! * English: stems, prefix matching of the last word while it is being typed, typo tolerance (one
//!   edit for words of 4+ letters, two for 8+) against the dictionary, aliases from
//!   `assets/search/aliases.toml`;
//! * Chinese: character bigrams counted in the documents' own text ([`han`]), so any substring of
//!   two or more characters is found, and a single character wherever it occurs;
//! * paths and hosts (`/v3/{domain}/messages.mime`, `api.eu.mailgun.net`) are also matched whole and an
//!   exact endpoint path puts its endpoint first.

pub mod build_index;
pub mod display;
pub mod docs;
pub mod han;
pub mod index;
pub mod recent;
pub mod tokenize;

#[allow(unused_imports)] // used by `tokenize` through `super::normalise`
use crate::ask::normalise;
use crate::lang::Lang;
use docs::Doc;
use index::{varint, Entry, Index};
use std::sync::OnceLock;
use tokenize::{encode_key, Kind, Token};

/// BM25 saturation.
const K1: f32 = 1.2;
/// Field weights: title, path, body.
const FIELD_W: [f32; 3] = [3.0, 2.0, 1.0];
/// Extra weight (as a fraction) for a document whose title or path holds every query word.
const TITLE_BONUS: f32 = 0.6;
/// Most prefix or typo expansions per query word.
const MAX_EXPANSIONS: usize = 24;
/// Most query groups that count for coordination.
const MAX_GROUPS: usize = 32;

/// One ranked document.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Hit {
    /// Document number (index into [`documents`]).
    pub doc: usize,
    /// Score (higher is better).
    pub score: f32,
}

/// The ranked documents and the terms that matched (for highlighting).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Found {
    /// Best first.
    pub hits: Vec<Hit>,
    /// Every index term that matched something.
    pub terms: Vec<String>,
}

struct Expansion {
    key: Vec<u8>,
    weight: f32,
    group: usize,
    exact_chunk: bool,
}

/// The alias groups of the index: members as (kind, text, terms).
type Member = (u8, &'static str);

fn aliases() -> &'static [Vec<Member>] {
    static ALIASES: OnceLock<Vec<Vec<Member>>> = OnceLock::new();
    ALIASES.get_or_init(|| {
        let b = Index::get().aliases;
        let mut pos = 0;
        let s = |pos: &mut usize| {
            let n = varint(b, pos);
            let t = b.get(*pos..*pos + n).and_then(|t| std::str::from_utf8(t).ok()).unwrap_or("");
            *pos += n;
            t
        };
        let groups = varint(b, &mut pos);
        let mut out = Vec::with_capacity(groups);
        for _ in 0..groups {
            let members = varint(b, &mut pos);
            let mut g = Vec::with_capacity(members);
            for _ in 0..members {
                let kind = b.get(pos).copied().unwrap_or(0);
                pos += 1;
                g.push((kind, s(&mut pos)));
            }
            out.push(g);
            if pos >= b.len() {
                break;
            }
        }
        out
    })
}

/// Bounded optimal-string-alignment distance over bytes (ASCII words), `None` above `max`.
fn distance(a: &[u8], b: &[u8], max: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > max || a.len() > 40 || b.len() > 40 {
        return None;
    }
    let w = b.len() + 1;
    let mut d = [[0u8; 41]; 41];
    for (j, cell) in d[0].iter_mut().enumerate().take(w) {
        *cell = j as u8;
    }
    for i in 1..=a.len() {
        d[i][0] = i as u8;
        let mut row_min = u8::MAX;
        for j in 1..=b.len() {
            let cost = u8::from(a[i - 1] != b[j - 1]);
            let mut v = (d[i - 1][j] + 1).min(d[i][j - 1] + 1).min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = v;
            row_min = row_min.min(v);
        }
        if usize::from(row_min) > max {
            return None;
        }
    }
    let v = usize::from(d[a.len()][b.len()]);
    (v <= max).then_some(v)
}

fn key_of(term: &str) -> Vec<u8> {
    let mut k = Vec::with_capacity(term.len());
    encode_key(term, &mut k);
    k
}

/// The index terms of an alias member.
fn member_terms((kind, text): Member) -> Vec<String> {
    if kind == 0 {
        text.split(' ').map(String::from).collect()
    } else {
        tokenize::terms(text)
    }
}

/// Builds the weighted terms to look up for each query group.
fn expand(ix: &Index, query: &str, toks: &[Token]) -> (Vec<Expansion>, usize) {
    let mut groups: Vec<&str> = Vec::new();
    let mut tok_group = Vec::with_capacity(toks.len());
    for t in toks {
        let g = groups.iter().position(|g| *g == t.term).unwrap_or_else(|| {
            groups.push(&t.term);
            groups.len() - 1
        });
        tok_group.push(g.min(MAX_GROUPS - 1));
    }
    let open = !query.ends_with(char::is_whitespace);
    let last_end = toks.iter().map(|t| t.end).max().unwrap_or(0);
    let mut out: Vec<Expansion> = Vec::new();
    for (t, &g) in toks.iter().zip(&tok_group) {
        let key = key_of(&t.term);
        if out.iter().any(|e| e.group == g && e.key == key) {
            continue;
        }
        let exact = ix.lookup(&key).is_some();
        let chunk = t.kind == Kind::Chunk;
        out.push(Expansion { key: key.clone(), weight: if chunk { 3.0 } else { 1.0 }, group: g, exact_chunk: chunk });
        let is_open = open && t.end == last_end && t.end + 1 >= query.trim_end().len();
        let mut found_prefix = false;
        if is_open && t.kind != Kind::Cjk && t.raw.len() >= 2 {
            let common = t.raw.bytes().zip(t.term.bytes()).take_while(|(a, b)| a == b).count();
            let prefix = key_of(&t.raw[..common.max(2).min(t.raw.len())]);
            let mut n = 0;
            ix.with_prefix(&prefix, &mut |k, _| {
                let word_like = chunk || k.iter().all(|b| b.is_ascii_alphanumeric() || *b == b'_');
                if k != key.as_slice() && word_like {
                    let w = 0.85 * (prefix.len() as f32 / k.len() as f32).max(0.5);
                    out.push(Expansion {
                        key: k.to_vec(),
                        weight: if chunk { 2.5 } else { w },
                        group: g,
                        exact_chunk: false,
                    });
                    found_prefix = true;
                    n += 1;
                }
                n < MAX_EXPANSIONS
            });
        }
        let typed = t.raw.chars().count();
        if t.kind == Kind::Word
            && !exact
            && !found_prefix
            && typed >= 4
            && t.term.bytes().all(|b| b.is_ascii_lowercase())
        {
            let max = if typed >= 8 { 2 } else { 1 };
            let mut n = 0;
            ix.scan_from(b"a", &mut |k, _| {
                match k.first() {
                    Some(b) if b.is_ascii_lowercase() => {}
                    Some(b) if *b < b'a' => return true,
                    _ => return false,
                }
                if let Some(d) = distance(t.term.as_bytes(), k, max) {
                    out.push(Expansion { key: k.to_vec(), weight: 0.7 / d as f32, group: g, exact_chunk: false });
                    n += 1;
                }
                n < MAX_EXPANSIONS
            });
        }
    }
    // Aliases: a query term that belongs to a group also looks for the group's other terms.
    let folded = tokenize::fold_mapped(query).0;
    let stems: String = {
        let words: Vec<&str> = toks.iter().filter(|t| t.kind == Kind::Word).map(|t| t.term.as_str()).collect();
        format!(" {} ", words.join(" "))
    };
    for group in aliases() {
        let matched = group.iter().find(|(kind, text)| match kind {
            0 => stems.contains(&format!(" {text} ")),
            _ => folded.contains(text),
        });
        let Some(&m) = matched else { continue };
        let mterms = member_terms(m);
        let Some(g) = toks.iter().zip(&tok_group).find(|(t, _)| mterms.contains(&t.term)).map(|(_, g)| *g) else {
            continue;
        };
        for &member in group {
            let terms = member_terms(member);
            for term in &terms {
                let key = key_of(term);
                if !out.iter().any(|e| e.key == key) {
                    out.push(Expansion { key, weight: 0.5 / terms.len() as f32, group: g, exact_chunk: false });
                }
            }
        }
    }
    (out, groups.len().min(MAX_GROUPS))
}

/// Ranks the documents for `query`; at most `limit` hits, best first.
pub fn search(query: &str, limit: usize) -> Found {
    let ix = Index::get();
    let query: String = query.chars().take(200).collect();
    let mut toks = Vec::new();
    tokenize::tokenize(&query, &mut toks);
    toks.truncate(64);
    if toks.is_empty() || ix.n_docs == 0 {
        return Found::default();
    }
    let (exps, n_groups) = expand(&ix, &query, &toks);
    let n = ix.n_docs;
    let mut scores = vec![0f32; n];
    let mut matched = vec![0u32; n];
    let mut in_title = vec![0u32; n];
    let mut best = vec![0f32; n];
    let mut title_hit = vec![false; n];
    let mut terms = Vec::new();
    for g in 0..n_groups {
        best.iter_mut().for_each(|b| *b = 0.0);
        title_hit.iter_mut().for_each(|b| *b = false);
        for e in exps.iter().filter(|e| e.group == g) {
            let term = tokenize::decode_key(&e.key);
            let source = if han::is_han_term(&term) {
                Source::Scanned(han::HanText::get().postings(&term))
            } else {
                match ix.lookup(&e.key) {
                    Some(entry) => Source::Stored(entry),
                    None => continue,
                }
            };
            let df = source.df(&ix);
            if df == 0 {
                continue;
            }
            let idf = (1.0 + (n as f32 - df as f32 + 0.5) / (df as f32 + 0.5)).ln();
            terms.push(term);
            source.for_each(&ix, &mut |doc, tf| {
                if doc >= n {
                    return;
                }
                let mut x = 0.0;
                for f in 0..3 {
                    x += FIELD_W[f] * f32::from(tf[f]) * f32::from(ix.norm(doc, f)) / 64.0;
                }
                let mut s = e.weight * idf * x * (K1 + 1.0) / (x + K1);
                if e.exact_chunk && tf[1] > 0 {
                    s += 20.0;
                }
                best[doc] = best[doc].max(s);
                title_hit[doc] |= tf[0] > 0 || tf[1] > 0;
            });
        }
        for d in 0..n {
            if best[d] > 0.0 {
                scores[d] += best[d];
                matched[d] |= 1 << g;
                if title_hit[d] {
                    in_title[d] |= 1 << g;
                }
            }
        }
    }
    let mut hits: Vec<Hit> = (0..n)
        .filter(|&d| scores[d] > 0.0)
        .map(|d| {
            let cover = matched[d].count_ones() as f32 / n_groups as f32;
            // Documents whose title (or endpoint path) holds the query words are what was named.
            let named = in_title[d].count_ones() as f32 / n_groups as f32;
            let prior = match docs_kind(d) {
                Some(docs::DocKind::Area) => 1.3,
                Some(docs::DocKind::Endpoint) => 1.1,
                _ => 1.0,
            };
            Hit { doc: d, score: scores[d] * cover * cover * prior * (1.0 + TITLE_BONUS * named * named) }
        })
        .collect();
    insertion_sort(&mut hits, |a, b| a.score > b.score || (a.score == b.score && a.doc < b.doc));
    hits.truncate(limit);
    insertion_sort(&mut terms, |a, b| a < b);
    terms.dedup();
    Found { hits, terms }
}

/// Where a term's postings come from: the stored dictionary, or a scan of the Han text.
enum Source {
    Stored(Entry),
    Scanned(Vec<(usize, [u8; 3])>),
}

impl Source {
    fn df(&self, ix: &Index) -> usize {
        match self {
            Source::Stored(e) => ix.df(*e),
            Source::Scanned(p) => p.len(),
        }
    }

    fn for_each(&self, ix: &Index, f: &mut dyn FnMut(usize, [u8; 3])) {
        match self {
            Source::Stored(e) => ix.postings(*e, f),
            Source::Scanned(p) => p.iter().for_each(|&(d, tf)| f(d, tf)),
        }
    }
}

fn docs_kind(d: usize) -> Option<docs::DocKind> {
    Index::get().kind(d)
}

/// The documents, in index order, with their texts (built from the embedded content on first use).
pub fn documents() -> &'static [Doc] {
    static DOCS: OnceLock<Vec<Doc>> = OnceLock::new();
    DOCS.get_or_init(|| match crate::kb::Kb::get() {
        Ok(kb) => display::from_kb(kb, crate::pricing::PricingData::get().ok()),
        Err(_) => Vec::new(),
    })
}

/// Sorts a short slice in place (insertion sort: small code, and the slices here are short).
pub fn insertion_sort<T>(v: &mut [T], less: impl Fn(&T, &T) -> bool) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && less(&v[j], &v[j - 1]) {
            v.swap(j, j - 1);
            j -= 1;
        }
    }
}

/// The matched places of `text`: (start, end, term) for each token among `terms` (sorted), and for
/// each lone Han character among them, every place it occurs (it matched by scanning, not as a token).
fn matched_spans<'t>(text: &str, terms: &'t [String]) -> Vec<(usize, usize, &'t str)> {
    let mut toks = Vec::new();
    tokenize::tokenize(text, &mut toks);
    let mut spans: Vec<(usize, usize, &str)> = toks
        .iter()
        .filter_map(|t| terms.binary_search(&t.term).ok().map(|i| (t.start, t.end, terms[i].as_str())))
        .collect();
    for term in terms.iter().filter(|t| han::is_han_term(t) && t.chars().count() == 1) {
        spans.extend(text.match_indices(term.as_str()).map(|(i, m)| (i, i + m.len(), term.as_str())));
    }
    spans
}

/// Byte ranges of `text` whose tokens are among `terms` (merged, in order).
pub fn highlight(text: &str, terms: &[String]) -> Vec<(usize, usize)> {
    merged(&matched_spans(text, terms))
}

/// The spans' byte ranges, sorted, overlapping ones merged.
fn merged(spans: &[(usize, usize, &str)]) -> Vec<(usize, usize)> {
    let mut ranges: Vec<(usize, usize)> = spans.iter().map(|&(s, e, _)| (s, e)).collect();
    insertion_sort(&mut ranges, |a, b| a < b);
    let mut out: Vec<(usize, usize)> = Vec::with_capacity(ranges.len());
    for (s, e) in ranges {
        match out.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => out.push((s, e)),
        }
    }
    out
}

/// A piece of text with the byte ranges to mark.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Marked {
    /// The text.
    pub text: String,
    /// Ranges to highlight, in order, not overlapping.
    pub marks: Vec<(usize, usize)>,
}

/// The line of `body` with the most distinct matched terms (the first such line), cut to about `max`
/// characters around its first match.
pub fn snippet(body: &str, terms: &[String], max: usize) -> Marked {
    let spans = matched_spans(body, terms);
    let marks = merged(&spans);
    let (mut best, mut best_n, mut line_start) = (0usize, 0usize, 0usize);
    for line_end in body.match_indices('\n').map(|(i, _)| i).chain(std::iter::once(body.len())) {
        let mut seen: Vec<&str> = Vec::new();
        for &(_, _, term) in spans.iter().filter(|s| s.0 >= line_start && s.1 <= line_end) {
            if !seen.contains(&term) {
                seen.push(term);
            }
        }
        if seen.len() > best_n {
            (best, best_n) = (line_start, seen.len());
        }
        line_start = line_end + 1;
    }
    let line_start = best;
    let line_end = body[line_start..].find('\n').map(|i| line_start + i).unwrap_or(body.len());
    let first = marks.iter().map(|m| m.0).find(|&s| s >= line_start && s < line_end).unwrap_or(line_start);
    // Start a little before the match when the line is long.
    let mut start = line_start;
    let before = body[line_start..first].chars().count();
    if before > max / 3 {
        start = body[..first].char_indices().rev().nth(max / 3 - 1).map(|(i, _)| i).unwrap_or(line_start);
    }
    let end = body[start..line_end].char_indices().nth(max).map(|(i, _)| start + i).unwrap_or(line_end);
    let mut text = String::new();
    if start > line_start {
        text.push('…');
    }
    let shift = text.len();
    text.push_str(&body[start..end]);
    if end < line_end {
        text.push('…');
    }
    let marks = marks
        .into_iter()
        .filter(|&(s, e)| s >= start && e <= end)
        .map(|(s, e)| (s - start + shift, e - start + shift))
        .collect();
    Marked { text, marks }
}

/// A result ready to show: the document, its title and a snippet in the reader's language, marked.
#[derive(Clone, Debug, PartialEq)]
pub struct Shown {
    /// The document.
    pub doc: &'static Doc,
    /// Title with marks.
    pub title: Marked,
    /// Endpoint path or field names with marks (empty when the document has none).
    pub path: Marked,
    /// Snippet of the body with marks (empty when the document has no body).
    pub snippet: Marked,
}

/// Searches and prepares at most `limit` results for display in `lang`.
pub fn results(query: &str, lang: Lang, limit: usize) -> Vec<Shown> {
    let found = search(query, limit);
    let docs = documents();
    let l = usize::from(lang == Lang::Zh);
    found
        .hits
        .iter()
        .filter_map(|h| docs.get(h.doc))
        .map(|doc| {
            let title = pick(&doc.title, l);
            Shown {
                doc,
                title: Marked { marks: highlight(title, &found.terms), text: title.to_string() },
                path: Marked { marks: highlight(&doc.path, &found.terms), text: doc.path.clone() },
                snippet: snippet(pick(&doc.body, l), &found.terms, 140),
            }
        })
        .collect()
}

fn pick(pair: &[String; 2], l: usize) -> &str {
    if pair[l].is_empty() {
        &pair[1 - l]
    } else {
        &pair[l]
    }
}

#[cfg(test)]
mod tests;

/// The documents as the index builder saw them, as JSON (for `cargo xtask bench-search`; unused by the
/// widget, so the linker leaves it out of the wasm).
pub fn bench_docs_json() -> &'static str {
    include_str!(concat!(env!("OUT_DIR"), "/search-docs.json"))
}
