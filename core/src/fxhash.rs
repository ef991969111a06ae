//! A small, fast, non-cryptographic hasher for the in-memory tables of the ask model.
//!
//! The standard SipHash resists hash flooding, which nothing here needs (every key comes from our
//! own content or one short question), and it is several times slower in wasm. This is the
//! well-known "Fx" multiply-rotate hash used by rustc, written out with a 64-bit state. The
//! `rustc-hash` crate was not taken: its `FxHasher` keeps a `usize`, 32 bits on wasm32, and the
//! keys below stand in for strings that are never compared, so a collision would silently merge
//! two features. With 64 bits on every target, the native test that no two known strings share a
//! key also speaks for the wasm.
//!
//! The ask tables are keyed by [`key`], a 64-bit hash of the string, rather than by the string:
//! one map type per value type instead of one per key type (each costs its own copy of the hash
//! table's code in the wasm), no string kept or compared per entry, and features of two words are
//! hashed in place instead of being joined into a new string. A test checks that no two strings
//! the model knows share a key.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// The Fx hasher state.
#[derive(Clone, Copy, Default)]
pub struct FxHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut b = [0u8; 8];
            b.copy_from_slice(c);
            self.add(u64::from_le_bytes(b));
        }
        for &b in chunks.remainder() {
            self.add(u64::from(b));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

/// A `HashMap` using [`FxHasher`].
pub type FxHashMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;
/// A `HashSet` using [`FxHasher`].
pub type FxHashSet<T> = HashSet<T, BuildHasherDefault<FxHasher>>;
/// A map keyed by [`key`]s.
pub type KeyMap<V> = HashMap<u64, V, BuildHasherDefault<FxHasher>>;

/// A hasher fed part by part: each part is followed by the byte 0xFF, which UTF-8 never contains,
/// so `["ab", "c"]` and `["a", "bc"]` differ.
#[derive(Clone, Copy, Default)]
pub struct KeyHasher(FxHasher);

impl KeyHasher {
    /// Adds one part.
    pub fn part(&mut self, s: &str) {
        self.0.write(s.as_bytes());
        self.0.write_u8(0xFF);
    }

    /// The key of the parts added so far.
    pub fn key(&self) -> u64 {
        self.0.finish()
    }
}

/// The 64-bit key of a sequence of strings (one word, a word pair, a Han character or pair).
pub fn key(parts: &[&str]) -> u64 {
    let mut h = KeyHasher::default();
    for p in parts {
        h.part(p);
    }
    h.key()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_keys_hash_equal_and_maps_work() {
        let mut m: FxHashMap<String, u32> = FxHashMap::default();
        m.insert("template".into(), 1);
        m.insert("templates".into(), 2);
        assert_eq!(m.get("template"), Some(&1));
        assert_eq!(m.get("templates"), Some(&2));
        assert_eq!(m.get("templat"), None);
    }

    #[test]
    fn keys_separate_their_parts() {
        assert_ne!(key(&["ab", "c"]), key(&["a", "bc"]));
        assert_ne!(key(&["ab"]), key(&["a", "b"]));
        assert_ne!(key(&[""]), key(&[]));
        assert_eq!(key(&["send", "api"]), key(&["send", "api"]));
        let mut h = KeyHasher::default();
        h.part("send");
        assert_eq!(h.key(), key(&["send"]));
        h.part("api");
        assert_eq!(h.key(), key(&["send", "api"]));
    }
}
