//! The one tokenizer of search, shared by the index builder (`core/build.rs` includes this file with
//! `#[path]`) and the runtime, so a query is cut exactly like the text it looks for.
//!
//! It has no `crate::` paths: its parent module must provide `normalise` (the ask normaliser, whose
//! folding, stop words and stemming it reuses).
//!
//! * Text is folded character by character (full-width → ASCII, lower case) keeping a map back to
//!   the original byte offsets, so highlights land on the text as written.
//! * Latin words (letters, digits, `_`) → stemmed terms, stop words dropped; `a_b` also yields `a`, `b`.
//! * "Chunks" — runs with an inner `.` or `/` such as `/v3/{domain}/messages.mime` or
//!   `api.eu.mailgun.net` — are also kept whole (plus their dotted segments), so paths and hosts
//!   can be matched exactly.
//! * Runs of Han characters → overlapping character bigrams (a lone character → itself), so any
//!   substring of two or more characters is found.

use super::normalise::{fold, is_cjk, is_stop, stem};

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A stemmed Latin word (or a part of an underscored word).
    Word,
    /// A path, host or dotted name kept whole.
    Chunk,
    /// A CJK bigram (or a lone CJK character).
    Cjk,
}

/// One token with its place in the original text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// The index term.
    pub term: String,
    /// The folded, unstemmed form (for prefix matching of the last query word).
    pub raw: String,
    /// Byte range in the original text.
    pub start: usize,
    /// End of the byte range (exclusive).
    pub end: usize,
    /// What kind of token.
    pub kind: Kind,
}

/// Longest chunk kept whole, in bytes.
const MAX_CHUNK: usize = 64;
/// Longest word indexed, in bytes (longer ones are noise such as base64).
const MAX_WORD: usize = 40;

fn is_word_char(c: char) -> bool {
    (c.is_alphanumeric() && !is_cjk(c)) || c == '_'
}

/// Folds `text` and returns the folded string with, for each folded byte, the original byte offset.
pub fn fold_mapped(text: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(text.len());
    let mut map = Vec::with_capacity(text.len() + 1);
    let mut buf = [0u8; 4];
    for (i, c) in text.char_indices() {
        let before = out.len();
        if c.is_ascii() {
            let l = c.to_ascii_lowercase();
            out.push(if l.is_ascii_control() { ' ' } else { l });
        } else {
            let f = fold(c.encode_utf8(&mut buf));
            if f.is_empty() {
                out.push(' ');
            } else {
                out.push_str(&f);
            }
        }
        map.extend(std::iter::repeat_n(i, out.len() - before));
    }
    map.push(text.len());
    (out, map)
}

/// Cuts `text` into tokens (appended to `out`, in text order).
pub fn tokenize(text: &str, out: &mut Vec<Token>) {
    let (folded, map) = fold_mapped(text);
    let f = folded.as_str();
    let orig = |b: usize| map.get(b).copied().unwrap_or(text.len());
    let push = |term: String, raw: &str, s: usize, e: usize, kind: Kind, out: &mut Vec<Token>| {
        out.push(Token { term, raw: raw.to_string(), start: orig(s), end: orig(e), kind });
    };
    let chars: Vec<(usize, char)> = f.char_indices().collect();
    let n = chars.len();
    let end_of = |i: usize| if i + 1 < n { chars[i + 1].0 } else { f.len() };
    let mut i = 0;
    while i < n {
        let (s, c) = chars[i];
        if is_cjk(c) {
            let mut j = i;
            while j < n && is_cjk(chars[j].1) {
                j += 1;
            }
            if j - i == 1 {
                let t = &f[s..end_of(i)];
                push(t.to_string(), t, s, end_of(i), Kind::Cjk, out);
            } else {
                for (k, &(a, _)) in chars.iter().enumerate().take(j - 1).skip(i) {
                    let e = end_of(k + 1);
                    push(f[a..e].to_string(), &f[a..e], a, e, Kind::Cjk, out);
                }
            }
            i = j;
        } else if c.is_whitespace() {
            i += 1;
        } else {
            // A non-space, non-CJK run: words inside it, and the run itself when it is a chunk.
            let mut j = i;
            while j < n && !chars[j].1.is_whitespace() && !is_cjk(chars[j].1) {
                j += 1;
            }
            let run_end = if j < n { chars[j].0 } else { f.len() };
            chunks(f, s, run_end, &mut |t, a, e| push(t.to_string(), t, a, e, Kind::Chunk, out));
            let mut k = i;
            while k < j {
                if !is_word_char(chars[k].1) {
                    k += 1;
                    continue;
                }
                let ws = chars[k].0;
                while k < j && is_word_char(chars[k].1) {
                    k += 1;
                }
                let we = if k < n { chars[k].0 } else { f.len() };
                let w = &f[ws..we];
                if w.len() > MAX_WORD || is_stop(w) {
                    continue;
                }
                push(stem(w), w, ws, we, Kind::Word, out);
                if w.contains('_') {
                    let mut off = ws;
                    for part in w.split('_') {
                        if part.len() > 1 && !is_stop(part) {
                            push(stem(part), part, off, off + part.len(), Kind::Word, out);
                        }
                        off += part.len() + 1;
                    }
                }
            }
            i = j;
        }
    }
}

/// Finds the chunk terms of the run `f[s..e]` (no whitespace, no CJK inside).
fn chunks(f: &str, s: usize, e: usize, emit: &mut dyn FnMut(&str, usize, usize)) {
    const EDGE: &[char] = &['.', ',', ';', ':', '!', '?', '(', ')', '[', ']', '"', '\'', '`', '<', '>', '/', '*', '='];
    let run = &f[s..e];
    let mut body = run.trim_start_matches(EDGE);
    let mut start = s + (run.len() - body.len());
    for scheme in ["https://", "http://"] {
        if let Some(rest) = body.strip_prefix(scheme) {
            start += scheme.len();
            body = rest;
        }
    }
    let body = body.trim_end_matches(EDGE);
    if body.len() < 3 || body.len() > MAX_CHUNK || !body.contains(['.', '/']) {
        return;
    }
    if !body.chars().any(|c| c.is_ascii_alphanumeric()) {
        return;
    }
    emit(body, start, start + body.len());
    if body.contains('/') {
        let mut off = start;
        for seg in body.split('/') {
            let t = seg.trim_matches(EDGE);
            if t.len() >= 3 && t.contains('.') && t.len() < body.len() {
                let lead = seg.len() - seg.trim_start_matches(EDGE).len();
                emit(t, off + lead, off + lead + t.len());
            }
            off += seg.len() + 1;
        }
    }
}

/// The terms of `text`, without positions.
pub fn terms(text: &str) -> Vec<String> {
    let mut v = Vec::new();
    tokenize(text, &mut v);
    v.into_iter().map(|t| t.term).collect()
}

/// Appends the dictionary key of `term`: ASCII as is, Han characters of the main blocks in two bytes
/// (`0x80 | hi`, `lo` of `cp − 0x3000`), anything else as `0xF8` and three bytes of the code point.
/// Keys sort and compare bytewise; only [`decode_key`] ever reads them back.
pub fn encode_key(term: &str, out: &mut Vec<u8>) {
    for c in term.chars() {
        let cp = c as u32;
        if cp < 0x80 {
            out.push(cp as u8);
        } else if (0x3400..=0x9FFF).contains(&cp) {
            let v = cp - 0x3000;
            out.push(0x80 | (v >> 8) as u8);
            out.push((v & 0xFF) as u8);
        } else {
            out.push(0xF8);
            out.extend_from_slice(&[(cp >> 16) as u8, (cp >> 8) as u8, cp as u8]);
        }
    }
}

/// The term a key was made from (invalid sequences become U+FFFD).
pub fn decode_key(key: &[u8]) -> String {
    let mut s = String::with_capacity(key.len());
    let mut i = 0;
    while i < key.len() {
        let b = key[i];
        let (cp, n) = if b < 0x80 {
            (u32::from(b), 1)
        } else if b < 0xF8 && i + 1 < key.len() {
            ((u32::from(b & 0x7F) << 8 | u32::from(key[i + 1])) + 0x3000, 2)
        } else if b == 0xF8 && i + 3 < key.len() {
            (u32::from(key[i + 1]) << 16 | u32::from(key[i + 2]) << 8 | u32::from(key[i + 3]), 4)
        } else {
            (0xFFFD, 1)
        };
        s.push(char::from_u32(cp).unwrap_or('\u{FFFD}'));
        i += n;
    }
    s
}
