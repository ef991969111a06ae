//! A small LZMA decoder, built to its own tiny wasm module that unpacks the product's wasm when
//! the single file loads.
//!
//! Why it exists: browsers only inflate deflate streams natively, and LZMA packs the product's
//! wasm about a fifth smaller, which is the difference between the single file fitting its size
//! budget or not. A decoder written in JavaScript was measured at 40–70 ms for the product's wasm;
//! compiled from this crate it runs in the browser's baseline wasm compiler in a fraction of that.
//!
//! The stream is raw LZMA (no `.lzma` header, no end marker): the packer in `xtask` writes the
//! literal and position parameters and the unpacked length into the loader, so the decoder is told
//! them. Written from the LZMA specification (`LzmaSpec.cpp` of the LZMA SDK). Corrupt input gives
//! an [`Error`], never a read or write outside the buffers.
#![cfg_attr(target_arch = "wasm32", no_std)]

#[cfg(target_arch = "wasm32")]
mod wasm;

/// The literal-context (`lc`), literal-position (`lp`) and position (`pb`) bits of a stream.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Props {
    /// High bits of the previous byte that select a literal coder (0–8; here at most 4 with `lp`).
    pub lc: u32,
    /// Low bits of the position that select a literal coder.
    pub lp: u32,
    /// Low bits of the position that select the match/literal flags (0–4).
    pub pb: u32,
}

/// Why a stream could not be decoded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Error {
    /// `lc + lp` above [`MAX_LC_PLUS_LP`] or `pb` above 4.
    Props,
    /// The stream is shorter than its five-byte start or does not begin with a zero byte.
    Start,
    /// The stream ended before the output was full.
    Truncated,
    /// A match refers to data before the start of the output.
    Distance,
    /// A match runs past the end of the output.
    PastEnd,
}

/// The largest `lc + lp` this decoder accepts (it bounds the literal tables).
pub const MAX_LC_PLUS_LP: u32 = 4;

const IS_MATCH: usize = 0;
const IS_REP: usize = 192;
const IS_REP_G0: usize = 204;
const IS_REP_G1: usize = 216;
const IS_REP_G2: usize = 228;
const IS_REP0_LONG: usize = 240;
const POS_SLOT: usize = 432;
const SPEC_POS: usize = 688;
const ALIGN: usize = 803;
const LEN: usize = 819;
const REP_LEN: usize = 1333;
const LITERAL: usize = 1847;
const PROBS: usize = LITERAL + (0x300 << MAX_LC_PLUS_LP);

/// The binary range decoder over the packed bytes.
struct RangeDecoder<'a> {
    src: &'a [u8],
    pos: usize,
    range: u32,
    code: u32,
}

impl<'a> RangeDecoder<'a> {
    fn new(src: &'a [u8]) -> Result<Self, Error> {
        match src {
            [0, a, b, c, d, ..] => {
                Ok(RangeDecoder { src, pos: 5, range: u32::MAX, code: u32::from_be_bytes([*a, *b, *c, *d]) })
            }
            _ => Err(Error::Start),
        }
    }

    /// Past the end it reads zeros; [`RangeDecoder::overran`] tells afterwards.
    #[inline(always)]
    fn normalize(&mut self) {
        if self.range < 1 << 24 {
            let byte = self.src.get(self.pos).copied().unwrap_or(0);
            self.pos += 1;
            self.range <<= 8;
            self.code = (self.code << 8) | u32::from(byte);
        }
    }

    fn overran(&self) -> bool {
        self.pos > self.src.len()
    }

    #[inline(always)]
    fn bit(&mut self, prob: &mut u16) -> u32 {
        let p = u32::from(*prob);
        let bound = (self.range >> 11).wrapping_mul(p);
        let bit = if self.code < bound {
            self.range = bound;
            *prob = (p + ((2048 - p) >> 5)) as u16;
            0
        } else {
            self.range = self.range.wrapping_sub(bound);
            self.code = self.code.wrapping_sub(bound);
            *prob = (p - (p >> 5)) as u16;
            1
        };
        self.normalize();
        bit
    }

    fn direct(&mut self, bits: u32) -> u32 {
        let mut res = 0u32;
        for _ in 0..bits {
            self.range >>= 1;
            let bit = u32::from(self.code >= self.range);
            if bit == 1 {
                self.code = self.code.wrapping_sub(self.range);
            }
            res = (res << 1) | bit;
            self.normalize();
        }
        res
    }

    /// A `bits`-bit symbol, most significant bit first; `probs` holds at least `1 << bits`.
    #[inline(always)]
    fn tree(&mut self, probs: &mut [u16], bits: u32) -> u32 {
        let mut m = 1usize;
        for _ in 0..bits {
            m = (m << 1) | self.bit(&mut probs[m]) as usize;
        }
        (m - (1 << bits)) as u32
    }

    /// A `bits`-bit symbol, least significant bit first.
    fn reverse_tree(&mut self, probs: &mut [u16], bits: u32) -> u32 {
        let mut m = 1usize;
        let mut sym = 0u32;
        for i in 0..bits {
            let bit = self.bit(&mut probs[m]);
            m = (m << 1) | bit as usize;
            sym |= bit << i;
        }
        sym
    }

    /// A match length minus two, from the length coder at `base`.
    fn length(&mut self, probs: &mut [u16], base: usize, pos_state: usize) -> u32 {
        if self.bit(&mut probs[base]) == 0 {
            return self.tree(&mut probs[base + 2 + pos_state * 8..][..8], 3);
        }
        if self.bit(&mut probs[base + 1]) == 0 {
            return 8 + self.tree(&mut probs[base + 130 + pos_state * 8..][..8], 3);
        }
        16 + self.tree(&mut probs[base + 258..][..256], 8)
    }
}

/// Decodes the raw LZMA stream `src` into `out`, filling it exactly.
pub fn decode(src: &[u8], out: &mut [u8], props: Props) -> Result<(), Error> {
    let mut decoder = Decoder::new(src, props)?;
    decoder.run(src, out, out.len())?;
    decoder.finish(src)
}

/// A decoder that can stop and resume: [`Decoder::run`] fills the output up to a given position
/// and returns, so the page can unpack in slices and let other work run between them (a single
/// unpack of the product's wasm is one 30–60 ms task, a long task for a page that embeds the
/// widget). Every run ends at a packet boundary, so nothing but these fields carries over.
pub struct Decoder {
    probs: [u16; PROBS],
    src_pos: usize,
    range: u32,
    code: u32,
    lc: u32,
    pb_mask: usize,
    lp_mask: usize,
    state: usize,
    reps: [usize; 4],
    pos: usize,
}

impl Decoder {
    /// Starts decoding the raw LZMA stream `src`.
    pub fn new(src: &[u8], props: Props) -> Result<Self, Error> {
        if props.lc + props.lp > MAX_LC_PLUS_LP || props.pb > 4 {
            return Err(Error::Props);
        }
        let rc = RangeDecoder::new(src)?;
        Ok(Decoder {
            probs: [1024u16; PROBS],
            src_pos: rc.pos,
            range: rc.range,
            code: rc.code,
            lc: props.lc,
            pb_mask: (1usize << props.pb) - 1,
            lp_mask: (1usize << props.lp) - 1,
            state: 0,
            reps: [0; 4],
            pos: 0,
        })
    }

    /// How many bytes of the output are written.
    pub fn written(&self) -> usize {
        self.pos
    }

    /// Decodes into `out` (the same buffer, from the same `src`, on every call) until at least
    /// `until` bytes of it are written or it is full; a match may run a little past `until`.
    /// Returns whether the output is full.
    pub fn run(&mut self, src: &[u8], out: &mut [u8], until: usize) -> Result<bool, Error> {
        let mut rc = RangeDecoder { src, pos: self.src_pos, range: self.range, code: self.code };
        let probs = &mut self.probs;
        let (lc, pb_mask, lp_mask) = (self.lc, self.pb_mask, self.lp_mask);
        let mut state = self.state;
        let [mut rep0, mut rep1, mut rep2, mut rep3] = self.reps;
        let mut pos = self.pos;
        let stop = until.min(out.len());
        let result = loop {
            if pos >= stop {
                break Ok(());
            }
            if rc.overran() {
                break Err(Error::Truncated);
            }
            let pos_state = pos & pb_mask;
            if rc.bit(&mut probs[IS_MATCH + (state << 4) + pos_state]) == 0 {
                let prev = if pos > 0 { out[pos - 1] } else { 0 };
                let coder = ((pos & lp_mask) << lc) + (usize::from(prev) >> (8 - lc));
                let lit = &mut probs[LITERAL + 0x300 * coder..][..0x300];
                let mut sym = 1usize;
                if state >= 7 {
                    let Some(&matched) = out.get(pos.wrapping_sub(rep0 + 1)) else {
                        break Err(Error::Distance);
                    };
                    let mut matched = usize::from(matched);
                    while sym < 0x100 {
                        let match_bit = (matched >> 7) & 1;
                        matched <<= 1;
                        let bit = rc.bit(&mut lit[((1 + match_bit) << 8) + sym]) as usize;
                        sym = (sym << 1) | bit;
                        if match_bit != bit {
                            break;
                        }
                    }
                }
                while sym < 0x100 {
                    sym = (sym << 1) | rc.bit(&mut lit[sym]) as usize;
                }
                out[pos] = (sym - 0x100) as u8;
                pos += 1;
                state = if state < 4 {
                    0
                } else if state < 10 {
                    state - 3
                } else {
                    state - 6
                };
                continue;
            }
            let len;
            if rc.bit(&mut probs[IS_REP + state]) != 0 {
                if pos == 0 {
                    break Err(Error::Distance);
                }
                if rc.bit(&mut probs[IS_REP_G0 + state]) == 0 {
                    if rc.bit(&mut probs[IS_REP0_LONG + (state << 4) + pos_state]) == 0 {
                        state = if state < 7 { 9 } else { 11 };
                        out[pos] = out[pos - rep0 - 1];
                        pos += 1;
                        continue;
                    }
                } else {
                    let dist;
                    if rc.bit(&mut probs[IS_REP_G1 + state]) == 0 {
                        dist = rep1;
                    } else {
                        if rc.bit(&mut probs[IS_REP_G2 + state]) == 0 {
                            dist = rep2;
                        } else {
                            dist = rep3;
                            rep3 = rep2;
                        }
                        rep2 = rep1;
                    }
                    rep1 = rep0;
                    rep0 = dist;
                }
                len = rc.length(probs, REP_LEN, pos_state);
                state = if state < 7 { 8 } else { 11 };
            } else {
                rep3 = rep2;
                rep2 = rep1;
                rep1 = rep0;
                len = rc.length(probs, LEN, pos_state);
                state = if state < 7 { 7 } else { 10 };
                let slot = rc.tree(&mut probs[POS_SLOT + (len.min(3) as usize) * 64..][..64], 6);
                rep0 = if slot < 4 {
                    slot as usize
                } else {
                    let bits = (slot >> 1) - 1;
                    let base = ((2 | (slot & 1)) as usize) << bits;
                    if slot < 14 {
                        base + rc.reverse_tree(&mut probs[SPEC_POS + base - slot as usize..], bits) as usize
                    } else {
                        let high = (rc.direct(bits - 4) as usize) << 4;
                        base + high + rc.reverse_tree(&mut probs[ALIGN..ALIGN + 16], 4) as usize
                    }
                };
                if rep0 >= pos {
                    break Err(Error::Distance);
                }
            }
            let len = len as usize + 2;
            if len > out.len() - pos {
                break Err(Error::PastEnd);
            }
            let from = pos - rep0 - 1;
            if rep0 + 1 >= len {
                out.copy_within(from..from + len, pos);
            } else {
                for i in 0..len {
                    out[pos + i] = out[from + i];
                }
            }
            pos += len;
        };
        (self.src_pos, self.range, self.code) = (rc.pos, rc.range, rc.code);
        (self.state, self.reps, self.pos) = (state, [rep0, rep1, rep2, rep3], pos);
        result.map(|()| pos >= out.len())
    }

    /// Checks, once the output is full, that the stream did not end early.
    pub fn finish(&self, src: &[u8]) -> Result<(), Error> {
        if self.src_pos > src.len() {
            return Err(Error::Truncated);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests;
