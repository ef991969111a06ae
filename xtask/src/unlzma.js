// Decodes a raw LZMA stream (no header, no end marker) of known output length.
// lc, lp, pb are the literal-context, literal-position and position bits the packer used.
// Written from the LZMA specification (LzmaSpec.cpp in the LZMA SDK); throws on corrupt input.
function mhUnlzma(src, outLen, lc, lp, pb) {
  const out = new Uint8Array(outLen);
  const IS_MATCH = 0, IS_REP = 192, IS_REP_G0 = 204, IS_REP_G1 = 216, IS_REP_G2 = 228;
  const IS_REP0_LONG = 240, POS_SLOT = 432, SPEC_POS = 688, ALIGN = 803, LEN = 819;
  const REP_LEN = 1333, LITERAL = 1847;
  const probs = new Uint16Array(LITERAL + (0x300 << (lc + lp))).fill(1024);
  // Range and code live in a typed array: as closure variables above 2^30 they would be boxed.
  const rc = new Uint32Array(3); // range, code, input position
  rc[0] = 0xffffffff;
  rc[2] = 5;
  if (src[0] !== 0) throw new Error("lzma: bad stream start");
  for (let i = 1; i < 5; i++) rc[1] = rc[1] * 256 + src[i];
  const bit = (i) => {
    const p = probs[i];
    let range = rc[0], code = rc[1], b;
    const bound = (range >>> 11) * p;
    if (code < bound) { range = bound; probs[i] = p + ((2048 - p) >> 5); b = 0; }
    else { range -= bound; code -= bound; probs[i] = p - (p >> 5); b = 1; }
    if (range < 0x1000000) { range *= 256; code = code * 256 + (src[rc[2]++] | 0); }
    rc[0] = range;
    rc[1] = code;
    return b;
  };
  const tree = (base, bits) => {
    let m = 1;
    for (let i = 0; i < bits; i++) m = (m << 1) + bit(base + m);
    return m - (1 << bits);
  };
  const reverseTree = (base, bits) => {
    let m = 1, sym = 0;
    for (let i = 0; i < bits; i++) { const b = bit(base + m); m = (m << 1) + b; sym |= b << i; }
    return sym;
  };
  const direct = (bits) => {
    let res = 0, range = rc[0], code = rc[1];
    for (let i = 0; i < bits; i++) {
      range = range >>> 1;
      let b = 0;
      if (code >= range) { code -= range; b = 1; }
      res = res * 2 + b;
      if (range < 0x1000000) { range *= 256; code = code * 256 + (src[rc[2]++] | 0); }
    }
    rc[0] = range;
    rc[1] = code;
    return res;
  };
  const length = (base, posState) => {
    if (bit(base) === 0) return tree(base + 2 + posState * 8, 3);
    if (bit(base + 1) === 0) return 8 + tree(base + 130 + posState * 8, 3);
    return 16 + tree(base + 258, 8);
  };
  const pbMask = (1 << pb) - 1, lpMask = (1 << lp) - 1;
  let state = 0, rep0 = 0, rep1 = 0, rep2 = 0, rep3 = 0, pos = 0;
  while (pos < outLen) {
    const posState = pos & pbMask;
    if (bit(IS_MATCH + (state << 4) + posState) === 0) {
      const prev = pos > 0 ? out[pos - 1] : 0;
      const base = LITERAL + 0x300 * (((pos & lpMask) << lc) + (prev >> (8 - lc)));
      let sym = 1;
      if (state >= 7) {
        let match = out[pos - rep0 - 1];
        while (sym < 0x100) {
          const matchBit = (match >> 7) & 1;
          match <<= 1;
          const b = bit(base + ((1 + matchBit) << 8) + sym);
          sym = (sym << 1) | b;
          if (matchBit !== b) break;
        }
      }
      while (sym < 0x100) sym = (sym << 1) | bit(base + sym);
      out[pos++] = sym - 0x100;
      state = state < 4 ? 0 : state < 10 ? state - 3 : state - 6;
      continue;
    }
    let len;
    if (bit(IS_REP + state) !== 0) {
      if (pos === 0) throw new Error("lzma: repeat before any data");
      if (bit(IS_REP_G0 + state) === 0) {
        if (bit(IS_REP0_LONG + (state << 4) + posState) === 0) {
          state = state < 7 ? 9 : 11;
          out[pos] = out[pos - rep0 - 1];
          pos++;
          continue;
        }
      } else {
        let dist;
        if (bit(IS_REP_G1 + state) === 0) dist = rep1;
        else {
          if (bit(IS_REP_G2 + state) === 0) dist = rep2;
          else { dist = rep3; rep3 = rep2; }
          rep2 = rep1;
        }
        rep1 = rep0;
        rep0 = dist;
      }
      len = length(REP_LEN, posState);
      state = state < 7 ? 8 : 11;
    } else {
      rep3 = rep2; rep2 = rep1; rep1 = rep0;
      len = length(LEN, posState);
      state = state < 7 ? 7 : 10;
      const slot = tree(POS_SLOT + (len < 3 ? len : 3) * 64, 6);
      if (slot < 4) rep0 = slot;
      else {
        const bits = (slot >> 1) - 1;
        let dist = (2 | (slot & 1)) * 2 ** bits;
        if (slot < 14) dist += reverseTree(SPEC_POS + dist - slot, bits);
        else dist += direct(bits - 4) * 16 + reverseTree(ALIGN, 4);
        rep0 = dist;
      }
      if (rep0 >= pos) throw new Error("lzma: distance beyond the data");
    }
    len += 2;
    if (len > outLen - pos) throw new Error("lzma: match past the end");
    for (let i = 0; i < len; i++, pos++) out[pos] = out[pos - rep0 - 1];
  }
  if (rc[2] > src.length) throw new Error("lzma: stream too short");
  return out;
}
