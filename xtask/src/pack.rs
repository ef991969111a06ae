//! The product's wasm as text inside a script: LZMA-packed, base64-encoded, and the JavaScript
//! that turns it back into bytes (`await mhWasmBytes()`).
//!
//! Why LZMA rather than the deflate browsers inflate natively: on the product's wasm it is about a
//! fifth smaller (measured 257 KB against 330 KB), which is most of the way to the single file's
//! size budget. Browsers have no LZMA decoder, so a small one (`unlzma/`, ~4 KB gzipped) is built to
//! its own wasm and inlined beside the data; it unpacks the product in about as long as
//! `DecompressionStream` took to inflate it. The packer checks its own output with that decoder
//! before writing anything, so a stream the page could not unpack never ships.

use crate::cmd::{self, command, run};
use lzma_rust2::{LzmaOptions, LzmaWriter};
use mailgun_help_unlzma::Props;
use std::io::Write as _;

/// Literal context bits 3, no position bits: what suits wasm, whose bytes do not align to 2 or 4.
const PROPS: Props = Props { lc: 3, lp: 0, pb: 0 };

/// The script text that defines `mhWasmB64()`, `mhUnlzmaB64()` and `async function mhWasmBytes()`,
/// which resolves to the original `wasm` bytes. The base64 texts are returned by functions rather
/// than held in constants: a function's body is compiled only when it is called, so a page whose
/// embedded widget never starts does not make the ~330 KB string.
pub fn wasm_loader(wasm: &[u8]) -> Result<String, String> {
    let packed = lzma(wasm)?;
    check_round_trip(&packed, wasm)?;
    let decoder = decoder_wasm()?;
    Ok(UNPACK_JS
        .replace("@WASM_B64@", &crate::dist::base64(&packed))
        .replace("@UNLZMA_B64@", &crate::dist::base64(&decoder))
        .replace("@WASM_LEN@", &wasm.len().to_string())
        .replace("@LC@", &PROPS.lc.to_string())
        .replace("@LP@", &PROPS.lp.to_string())
        .replace("@PB@", &PROPS.pb.to_string()))
}

/// Raw LZMA (no header, no end marker) at the strongest preset.
pub fn lzma(bytes: &[u8]) -> Result<Vec<u8>, String> {
    let mut options = LzmaOptions::with_preset(9);
    options.lc = PROPS.lc;
    options.lp = PROPS.lp;
    options.pb = PROPS.pb;
    options.nice_len = LzmaOptions::NICE_LEN_MAX;
    let mut writer = LzmaWriter::new_no_header(Vec::new(), &options, false).map_err(|e| format!("lzma: {e}"))?;
    writer.write_all(bytes).map_err(|e| format!("lzma: {e}"))?;
    writer.finish().map_err(|e| format!("lzma: {e}"))
}

fn check_round_trip(packed: &[u8], original: &[u8]) -> Result<(), String> {
    let mut out = vec![0; original.len()];
    mailgun_help_unlzma::decode(packed, &mut out, PROPS)
        .map_err(|e| format!("the packed wasm does not unpack: {e:?}"))?;
    if out != original {
        return Err("the packed wasm unpacks to different bytes".into());
    }
    Ok(())
}

/// The decoder's own wasm: built for speed, then stripped by wasm-opt.
fn decoder_wasm() -> Result<Vec<u8>, String> {
    let root = cmd::root();
    run(command("cargo").args([
        "build",
        "--quiet",
        "--release",
        "-p",
        "mailgun-help-unlzma",
        "--target",
        "wasm32-unknown-unknown",
    ]))?;
    let built = root.join("target").join("wasm32-unknown-unknown").join("release").join("mailgun_help_unlzma.wasm");
    let optimized = root.join("target").join("unlzma.opt.wasm");
    run(command("wasm-opt")
        .arg("-O3")
        .arg("--enable-bulk-memory")
        .args(["--strip-debug", "--strip-producers"])
        .arg(&built)
        .arg("-o")
        .arg(&optimized))?;
    std::fs::read(&optimized).map_err(|e| format!("{}: {e}", optimized.display()))
}

/// Unpacks the wasm: the decoder module gets fresh memory past its own, the packed bytes are
/// copied there, and the result is read back from the same memory. The decoder (about 10 KB) is
/// compiled synchronously: browsers allow that for small modules, and it saves the 4–8 ms an
/// asynchronous compile's round trip took before the unpacking could start.
///
/// `mhWasmBytes()` unpacks in one go (the single file, where nothing else waits). An embed that
/// starts while the reader has not asked for it passes a slice, `mhWasmBytes(slice)`: the decoder
/// stops after each `slice` bytes of output and the loader yields to the page before going on, so
/// the unpack is several short tasks instead of one long task (the page's input stays responsive).
/// Tried and dropped (session 15): streaming the slices into `WebAssembly.compileStreaming` in the
/// single file. The compile left after the unpack fell from 6–7 ms to 3–4.5 ms, but the unpack took
/// as much longer, and the time to ready stayed the same (three `cargo xtask measure` runs each:
/// 58.4, 58.6, 60.0 ms streamed; 57.8, 59.1, 58.1 ms in one go) for 291 more bytes gz.
const UNPACK_JS: &str = r#"function mhWasmB64() { return "@WASM_B64@"; }
function mhUnlzmaB64() { return "@UNLZMA_B64@"; }
function mhFromBase64(text) {
  return typeof Uint8Array.fromBase64 === "function"
    ? Uint8Array.fromBase64(text)
    : Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}
function mhYield() {
  return globalThis.scheduler && scheduler.yield ? scheduler.yield() : new Promise((r) => setTimeout(r));
}
async function mhWasmBytes(slice) {
  const packed = mhFromBase64(mhWasmB64());
  const instance = new WebAssembly.Instance(new WebAssembly.Module(mhFromBase64(mhUnlzmaB64())));
  const { memory, unlzma_start, unlzma_run } = instance.exports;
  const src = memory.buffer.byteLength;
  const out = src + packed.length;
  memory.grow(Math.ceil((packed.length + @WASM_LEN@) / 65536));
  new Uint8Array(memory.buffer, src, packed.length).set(packed);
  let status = unlzma_start(src, packed.length, @LC@, @LP@, @PB@);
  for (let until = slice || @WASM_LEN@; status === 0 || status === 6; until += slice) {
    status = unlzma_run(src, packed.length, out, @WASM_LEN@, until);
    if (status !== 6) break;
    await mhYield();
  }
  if (status !== 0) throw new Error("the packed wasm did not unpack (" + status + ")");
  return new Uint8Array(memory.buffer, out, @WASM_LEN@);
}"#;
