//! Reads the index (format in `core/build_support/search_index.rs`) in place: parsing the header is a
//! few slice operations, and every lookup walks the bytes. The bytes are built once from the
//! documents (`build_index.rs`), its alias section from the shared vocabulary.

use std::sync::OnceLock;

/// The index bytes, built at first use (the warm-up after the first render builds them early), with
/// the alias section made from the concepts of the vocabulary ask uses too (`assets/lexicon.toml`,
/// compiled once for both).
fn blob() -> &'static [u8] {
    static BLOB: OnceLock<Vec<u8>> = OnceLock::new();
    BLOB.get_or_init(|| {
        let aliases = super::build_index::alias_bytes(crate::ask::data::concepts().into_iter().map(|c| c.terms));
        super::build_index::index_bytes(super::documents(), &aliases).unwrap_or_default()
    })
}

/// The index: borrowed slices of the embedded bytes.
#[derive(Clone, Copy, Debug)]
pub struct Index {
    /// Number of documents.
    pub n_docs: usize,
    n_terms: usize,
    norms: &'static [u8],
    kinds: &'static [u8],
    blocks: &'static [u8],
    dict: &'static [u8],
    post: &'static [u8],
    tfs: &'static [u8],
    /// The alias section.
    pub aliases: &'static [u8],
}

fn u32_at(b: &[u8], at: usize) -> usize {
    b.get(at..at + 4).map(|s| u32::from_le_bytes([s[0], s[1], s[2], s[3]]) as usize).unwrap_or(0)
}

/// Reads a LEB128 varint at `*pos`, advancing it; 0 at the end of the slice.
pub fn varint(b: &[u8], pos: &mut usize) -> usize {
    let mut v = 0usize;
    let mut shift = 0;
    while let Some(&byte) = b.get(*pos) {
        *pos += 1;
        if shift < 63 {
            v |= usize::from(byte & 0x7f) << shift;
        }
        shift += 7;
        if byte < 0x80 {
            break;
        }
    }
    v
}

/// One dictionary entry met while walking.
#[derive(Clone, Copy, Debug)]
pub struct Entry {
    /// Where the term's postings start in the postings section.
    pub post_start: usize,
    /// Their length in bytes.
    pub post_len: usize,
    /// Where the term's tf bytes start in the tf section.
    pub tf_start: usize,
}

impl Index {
    /// The index (a header check and six slices; built on the first call).
    pub fn get() -> Index {
        Index::parse(blob()).unwrap_or(Index {
            n_docs: 0,
            n_terms: 0,
            norms: &[],
            kinds: &[],
            blocks: &[],
            dict: &[],
            post: &[],
            tfs: &[],
            aliases: &[],
        })
    }

    fn parse(b: &'static [u8]) -> Option<Index> {
        if b.get(..4)? != b"MHS3" {
            return None;
        }
        let [n_docs, n_terms, n_blocks, dict_len, post_len, tf_len, alias_len] =
            [4, 8, 12, 16, 20, 24, 28].map(|at| u32_at(b, at));
        let mut at = 32;
        let mut take = |n: usize| {
            let s = b.get(at..at + n);
            at += n;
            s
        };
        Some(Index {
            n_docs,
            n_terms,
            norms: take(n_docs * 3)?,
            kinds: take(n_docs)?,
            blocks: take(n_blocks * 6)?,
            dict: take(dict_len)?,
            post: take(post_len)?,
            tfs: take(tf_len)?,
            aliases: take(alias_len)?,
        })
    }

    /// Number of distinct terms.
    pub fn n_terms(&self) -> usize {
        self.n_terms
    }

    /// Length-normalisation factor ×64 of field `f` (0 title, 1 path, 2 body) of `doc`.
    pub fn norm(&self, doc: usize, f: usize) -> u8 {
        self.norms.get(doc * 3 + f).copied().unwrap_or(0)
    }

    /// The kind of `doc`.
    pub fn kind(&self, doc: usize) -> Option<super::docs::DocKind> {
        use super::docs::DocKind::*;
        let k = *self.kinds.get(doc)?;
        [Area, Endpoint, Playbook, Gotcha, Trouble, Example, Pricing, Object, ApiFacts, Page]
            .get(usize::from(k))
            .copied()
    }

    fn n_blocks(&self) -> usize {
        self.blocks.len() / 6
    }

    fn block(&self, i: usize) -> (usize, usize, usize) {
        let at = |k: usize| {
            self.blocks
                .get(i * 6 + k..i * 6 + k + 2)
                .map(|s| usize::from(u16::from_le_bytes([s[0], s[1]])))
                .unwrap_or(0)
        };
        (at(0), at(2), at(4))
    }

    /// Number of postings in `len` bytes of doc deltas from `start` (each varint ends with a byte < 0x80).
    fn count(&self, start: usize, len: usize) -> usize {
        self.post.get(start..start + len).unwrap_or(&[]).iter().filter(|&&b| b < 0x80).count()
    }

    /// Walks the terms of block `i` in order, calling `f(key, entry)`; stops when `f` returns false.
    /// Returns false when stopped.
    fn walk_block(&self, i: usize, key: &mut Vec<u8>, f: &mut dyn FnMut(&[u8], Entry) -> bool) -> bool {
        let (mut pos, mut post, mut tf) = self.block(i);
        let end = if i + 1 < self.n_blocks() { self.block(i + 1).0 } else { self.dict.len() };
        key.clear();
        while pos < end {
            let lens = self.dict[pos];
            let (shared, len) = if lens == 0xFF {
                pos += 3;
                (
                    usize::from(self.dict.get(pos - 2).copied().unwrap_or(0)),
                    usize::from(self.dict.get(pos - 1).copied().unwrap_or(0)),
                )
            } else {
                pos += 1;
                (usize::from(lens >> 4), usize::from(lens & 15))
            };
            key.truncate(shared);
            key.extend_from_slice(self.dict.get(pos..pos + len).unwrap_or(&[]));
            pos += len;
            let plen = varint(self.dict, &mut pos);
            if !f(key, Entry { post_start: post, post_len: plen, tf_start: tf }) {
                return false;
            }
            tf += self.count(post, plen);
            post += plen;
        }
        true
    }

    /// The first term of block `i`.
    fn block_first(&self, i: usize) -> &'static [u8] {
        let (pos, _, _) = self.block(i);
        match self.dict.get(pos) {
            Some(0xFF) => {
                let len = self.dict.get(pos + 2).copied().map(usize::from).unwrap_or(0);
                self.dict.get(pos + 3..pos + 3 + len).unwrap_or(&[])
            }
            Some(&lens) => self.dict.get(pos + 1..pos + 1 + usize::from(lens & 15)).unwrap_or(&[]),
            None => &[],
        }
    }

    /// The last block whose first term is ≤ `key` (0 when none).
    fn find_block(&self, key: &[u8]) -> usize {
        let (mut lo, mut hi) = (0, self.n_blocks());
        while lo + 1 < hi {
            let mid = (lo + hi) / 2;
            if self.block_first(mid) <= key {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        lo
    }

    /// The entry of exactly `key`.
    pub fn lookup(&self, key: &[u8]) -> Option<Entry> {
        if self.n_blocks() == 0 {
            return None;
        }
        let mut found = None;
        let mut buf = Vec::with_capacity(32);
        self.walk_block(self.find_block(key), &mut buf, &mut |k, e| {
            if k == key {
                found = Some(e);
            }
            k < key
        });
        found
    }

    /// Every term starting with `prefix` (in key order), until `f` returns false.
    pub fn with_prefix(&self, prefix: &[u8], f: &mut dyn FnMut(&[u8], Entry) -> bool) {
        if self.n_blocks() == 0 {
            return;
        }
        let mut buf = Vec::with_capacity(32);
        for b in self.find_block(prefix)..self.n_blocks() {
            let mut done = false;
            let cont = self.walk_block(b, &mut buf, &mut |k, e| {
                if k.starts_with(prefix) {
                    f(k, e)
                } else if k > prefix {
                    done = true;
                    false
                } else {
                    true
                }
            });
            if done || !cont {
                return;
            }
        }
    }

    /// Every term, in key order, until `f` returns false; starts at the block that may hold `from`.
    pub fn scan_from(&self, from: &[u8], f: &mut dyn FnMut(&[u8], Entry) -> bool) {
        if self.n_blocks() == 0 {
            return;
        }
        let mut buf = Vec::with_capacity(32);
        for b in self.find_block(from)..self.n_blocks() {
            if !self.walk_block(b, &mut buf, f) {
                return;
            }
        }
    }

    /// Calls `f(doc, tf)` for each posting of `e`; `tf` holds (title, path, body) counts.
    pub fn postings(&self, e: Entry, f: &mut dyn FnMut(usize, [u8; 3])) {
        let p = self.post.get(e.post_start..e.post_start + e.post_len).unwrap_or(&[]);
        let mut pos = 0;
        let mut doc = 0;
        let mut t = e.tf_start;
        while pos < p.len() {
            doc += varint(p, &mut pos);
            let Some(&tf) = self.tfs.get(t) else { break };
            t += 1;
            f(doc, [tf & 3, (tf >> 2) & 3, tf >> 4]);
        }
    }

    /// Number of documents in the postings of `e`.
    pub fn df(&self, e: Entry) -> usize {
        self.count(e.post_start, e.post_len)
    }
}
