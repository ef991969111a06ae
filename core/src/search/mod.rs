//! Instant search over the whole knowledge base, in English, Chinese or both at once.
//!
//! The index is built in the widget from the documents it already carries ([`build_index`], once,
//! in the background after the first render or at the first query; the build script runs the same
//! function for `cargo xtask bench-search` and a test checks both give the same bytes) and read in
//! place ([`index`]); the query is cut by the same [`tokenize`] file as the content. Ranking is BM25F over
//! three fields (title ×3, endpoint path ×2, body ×1) plus the section label of the document's kind
//! ([`section`], ×3, never length-normalised), with an area's long body capped at one title match's
//! worth per term, and a coordination factor: documents that match every query word first, where a
//! Chinese run counts by its characters (any matched pair over a character covers it), and:
//!
//! * English: stems, prefix matching of the last word while it is being typed, typo tolerance (one
//!   edit for words of 4+ letters, two for 8+) against the dictionary;
//! * both languages: aliases, the concepts of `assets/lexicon.toml` (shared with question
//!   understanding), compiled into the index by the build; a member found inside a longer one of
//!   another concept ("bounce" in "hard bounce") does not expand;
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
pub mod section;
pub mod tokenize;

#[allow(unused_imports)] // used by `tokenize` through `super::normalise`
pub(crate) use crate::ask::normalise;
use crate::lang::Lang;
use docs::Doc;
use index::{varint, Entry, Index};
use std::sync::OnceLock;
use tokenize::{encode_key, Kind, Token};

/// BM25 saturation.
const K1: f32 = 1.2;
/// Field weights: title, path, body.
const FIELD_W: [f32; 3] = [3.0, 2.0, 1.0];
/// Weight of a match in the section label (`section`), which has no length normalisation: a title's
/// weight, for the label names what the document is.
const SECTION_W: f32 = 3.0;
/// Most that an area's body adds for one term, after length normalisation: a little less than one
/// title match's worth (see [`score_key`]). An area's body holds all its facts; at 3.0 (a title's
/// weight) the documentation facts added in session 8 let area pages outrank the endpoint or gotcha
/// a query names (English hit@1 0.898; at 2.5, 0.903 and a higher MRR in both languages).
const AREA_BODY_CAP: f32 = 2.5;
/// Extra weight (as a fraction) for a document whose title or path holds every query word. 0.8
/// since session 25: at 0.6, content added to two areas (longer bodies on average) let the Domains
/// area pass the endpoint "List domains" for "list domains"; on `bench/queries.toml`, 0.8 gives
/// English hit@1 0.903 / MRR 0.945 and Chinese 0.856 / 0.910, against 0.898 / 0.941 and 0.850 /
/// 0.907 at 0.6, 0.7, 1.0 and 1.2.
const TITLE_BONUS: f32 = 0.8;
/// Weight of a synonym found through one query word, against the word typed (1).
const ALIAS_WEIGHT: f32 = 0.5;
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
    /// The other keys of a synonym of several terms ("spf and dkim", "硬退信"): a document matches
    /// it only when it holds every one, scored by their mean.
    with: Vec<Vec<u8>>,
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

/// What a query asks for, unit by unit, each a bitmask of the query groups that satisfy it: a
/// Latin word, path or host is one unit (its group); a Chinese run counts one unit per character,
/// satisfied by any matched character pair over it. So "列出路由" is fully matched by 列出 and 路由:
/// the pair across the word boundary (出路) is not needed, while a document with the exact string
/// still scores it.
fn units(query: &str, toks: &[Token], tok_group: &[usize]) -> Vec<u32> {
    let mut units: Vec<u32> = Vec::new();
    let mut latin: u32 = 0;
    for (t, &g) in toks.iter().zip(tok_group) {
        if t.kind != Kind::Cjk {
            latin |= 1 << g;
        }
    }
    for g in 0..MAX_GROUPS {
        if latin & (1 << g) != 0 {
            units.push(1 << g);
        }
    }
    for (p, c) in query.char_indices() {
        let mut unit = 0u32;
        for (t, &g) in toks.iter().zip(tok_group) {
            if t.kind == Kind::Cjk && t.start <= p && p < t.end {
                unit |= 1 << g;
            }
        }
        if unit != 0 && units.len() < 64 && !c.is_whitespace() {
            units.push(unit);
        }
    }
    units
}

/// Builds the weighted terms to look up for each query group, and the query's [`units`].
fn expand(ix: &Index, query: &str, toks: &[Token]) -> (Vec<Expansion>, usize, Vec<u32>) {
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
        out.push(Expansion {
            key: key.clone(),
            with: Vec::new(),
            weight: if chunk { 3.0 } else { 1.0 },
            group: g,
            exact_chunk: chunk,
        });
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
                        with: Vec::new(),
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
                    out.push(Expansion {
                        key: k.to_vec(),
                        with: Vec::new(),
                        weight: 0.7 / d as f32,
                        group: g,
                        exact_chunk: false,
                    });
                    n += 1;
                }
                n < MAX_EXPANSIONS
            });
        }
    }
    // Aliases (the concepts of `assets/lexicon.toml`): a query that holds a member of a group also
    // looks for the group's other members, in the query groups of the words the member matched.
    let folded = normalise::squeeze_cjk_spaces(&tokenize::fold_mapped(query).0);
    let stems: String = {
        let words: Vec<&str> = toks.iter().filter(|t| t.kind == Kind::Word).map(|t| t.term.as_str()).collect();
        format!(" {} ", words.join(" "))
    };
    // Each group's longest member found in the query, with its terms.
    let mut found: Vec<(usize, Vec<String>)> = Vec::new();
    for (gi, group) in aliases().iter().enumerate() {
        let mut best: Option<Member> = None;
        for &(kind, text) in group {
            let hit = match kind {
                0 => stems.contains(&format!(" {text} ")),
                _ => folded.contains(text),
            };
            if hit && best.is_none_or(|(_, b)| text.len() > b.len()) {
                best = Some((kind, text));
            }
        }
        if let Some(m) = best {
            found.push((gi, member_terms(m)));
        }
    }
    for (gi, mterms) in &found {
        // A member inside a longer one found for another group ("bounce" in "hard bounce", "认证"
        // in "域名认证") means what the longer one means: its own group would lead astray.
        let inside = found
            .iter()
            .any(|(gj, other)| gj != gi && other.len() > mterms.len() && mterms.iter().all(|t| other.contains(t)));
        if inside {
            continue;
        }
        let mut hit_groups: Vec<usize> = Vec::new();
        for (t, &g) in toks.iter().zip(&tok_group) {
            if mterms.contains(&t.term) && !hit_groups.contains(&g) {
                hit_groups.push(g);
            }
        }

        for &member in &aliases()[*gi] {
            let mut keys: Vec<Vec<u8>> = Vec::new();
            for term in member_terms(member) {
                let k = key_of(&term);
                if !keys.contains(&k) {
                    keys.push(k);
                }
            }
            if keys.is_empty() {
                continue;
            }
            let key = keys.remove(0);
            for &g in &hit_groups {
                if !out.iter().any(|e| e.key == key && e.with == keys && e.group == g) {
                    let weight = ALIAS_WEIGHT;
                    let e = Expansion { key: key.clone(), with: keys.clone(), weight, group: g, exact_chunk: false };
                    out.push(e);
                }
            }
        }
    }
    (out, groups.len().min(MAX_GROUPS), units(query, toks, &tok_group))
}

/// Where a result opens: its document's route, with the entry named
/// (`#/ref/gotchas?item=region-fixed`) when the document is one entry of a reference page, so the
/// address says which entry and can be shared.
pub fn result_link(doc: &docs::Doc) -> crate::route::Route {
    use crate::route::Route;
    match Route::parse(&doc.route) {
        Route::Reference(page, None) if doc.entry_selector().is_some() => {
            Route::Reference(page, doc.id.split_once(':').map(|(_, slug)| slug.to_string()))
        }
        route => route,
    }
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
    let (exps, n_groups, units) = expand(&ix, &query, &toks);
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
            if e.with.is_empty() {
                score_key(&ix, &e.key, &mut terms, &mut |doc, s, title| {
                    let s = e.weight * s + if e.exact_chunk && title.1 { 20.0 } else { 0.0 };
                    best[doc] = best[doc].max(s);
                    title_hit[doc] |= title.0 || title.1;
                });
                continue;
            }
            // Every key of the synonym, each document's mean score over them when it has all.
            let parts = e.with.len() + 1;
            let (mut sum, mut count, mut titled) = (vec![0f32; n], vec![0usize; n], vec![0usize; n]);
            for key in std::iter::once(&e.key).chain(&e.with) {
                score_key(&ix, key, &mut terms, &mut |doc, s, title| {
                    sum[doc] += s;
                    count[doc] += 1;
                    titled[doc] += usize::from(title.0 || title.1);
                });
            }
            for d in 0..n {
                if count[d] == parts {
                    best[d] = best[d].max(e.weight * sum[d] / parts as f32);
                    title_hit[d] |= titled[d] == parts;
                }
            }
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
    // The share of the query's units a set of matched groups satisfies.
    let share = |mask: u32| {
        let mut k = 0;
        for &u in &units {
            k += usize::from(mask & u != 0);
        }
        k as f32 / units.len().max(1) as f32
    };
    let mut hits: Vec<Hit> = (0..n)
        .filter(|&d| scores[d] > 0.0)
        .map(|d| {
            let cover = share(matched[d]);
            // Documents whose title (or endpoint path) holds the query words are what was named.
            let named = share(in_title[d]);
            let prior = match docs_kind(d) {
                Some(docs::DocKind::Area) => 1.3,
                Some(docs::DocKind::Endpoint) => 1.1,
                _ => 1.0,
            };
            Hit { doc: d, score: scores[d] * cover * cover * prior * (1.0 + TITLE_BONUS * named * named) }
        })
        .collect();
    crate::sort::sort_by(&mut hits, |a, b| a.score > b.score || (a.score == b.score && a.doc < b.doc));
    hits.truncate(limit);
    crate::sort::sort_dedup(&mut terms);
    Found { hits, terms }
}

/// Calls `f(doc, score, (in title, in path))` for each document holding the term of `key`, with its
/// BM25F score (idf × saturated field-weighted tf), and notes the term in `terms` when it occurs.
///
/// Two fields are special. The section label (`section`) is a field of its own with no length
/// normalisation. An area's body, a collection of many independent facts (hundreds of words
/// once the facts were checked and sourced), counts at most [`AREA_BODY_CAP`]: otherwise a word
/// repeated across its facts outweighs a page whose title names it, and the overview outranks the
/// entry that answers.
fn score_key(ix: &Index, key: &[u8], terms: &mut Vec<String>, f: &mut dyn FnMut(usize, f32, (bool, bool))) {
    let n = ix.n_docs;
    let term = tokenize::decode_key(key);
    let source = if han::is_han_term(&term) {
        Some(Source::Scanned(han::HanText::get().postings(&term)))
    } else {
        ix.lookup(key).map(Source::Stored)
    };
    // Field-weighted, length-normalised term frequency per document, and where it occurs.
    let mut x = vec![0f32; n];
    let mut named = vec![(false, false); n];
    if let Some(source) = &source {
        source.for_each(ix, &mut |doc, tf| {
            let area = ix.kind(doc) == Some(docs::DocKind::Area);
            if let (Some(xd), Some(nd)) = (x.get_mut(doc), named.get_mut(doc)) {
                for (fi, w) in FIELD_W.iter().enumerate() {
                    let v = f32::from(tf[fi]) * f32::from(ix.norm(doc, fi)) / 64.0;
                    *xd += w * if fi == 2 && area { v.min(AREA_BODY_CAP) } else { v };
                }
                *nd = (tf[0] > 0, tf[1] > 0);
            }
        });
    }
    let kinds = section::kinds_with(&term);
    if !kinds.is_empty() {
        for (d, xd) in x.iter_mut().enumerate() {
            if ix.kind(d).is_some_and(|k| kinds.contains(&k)) {
                *xd += SECTION_W;
            }
        }
    }
    let df = x.iter().filter(|&&v| v > 0.0).count();
    if df == 0 {
        return;
    }
    let idf = (1.0 + (n as f32 - df as f32 + 0.5) / (df as f32 + 0.5)).ln();
    terms.push(term);
    for (d, &xd) in x.iter().enumerate() {
        if xd > 0.0 {
            f(d, idf * xd * (K1 + 1.0) / (xd + K1), named[d]);
        }
    }
}

/// Where a term's postings come from: the stored dictionary, or a scan of the Han text.
enum Source {
    Stored(Entry),
    Scanned(Vec<(usize, [u8; 3])>),
}

impl Source {
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

/// The documents, in index order, with their texts (built from the compiled knowledge base and
/// prices on first use).
pub fn documents() -> &'static [Doc] {
    static DOCS: OnceLock<Vec<Doc>> = OnceLock::new();
    DOCS.get_or_init(|| display::from_kb(crate::kb::Kb::get(), crate::pricing::PricingData::get().ok()))
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
    crate::sort::sort_by(&mut ranges, |a, b| a < b);
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
