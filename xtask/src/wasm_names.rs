//! Short import names for the shipped builds.
//!
//! wasm-bindgen names every function the wasm imports from its JavaScript glue
//! `__wbg_<name>_<16 hex digits>` (the digits keep names from different crates apart) and puts
//! them all in a module named after the glue file (`./mailgun-help_bg.js`). Each name is written
//! twice, in the wasm's import section and as a key of the glue's import object, and the hex digits
//! do not compress: measured on the 191 imports of 2026-12-03's build, they cost 3.2 KB of the
//! LZMA-packed wasm and 2.5 KB of the gzipped glue. This module renames both sides alike to `a`,
//! `b`, … `Z`, `ba`, … and the module to `m`, after checking that every name occurs exactly once
//! in the glue, so nothing the glue calls by another route is renamed (a wasm-bindgen upgrade that
//! changes the glue's shape fails the build here instead of failing in a browser).

/// The import module the short names live in.
const MODULE: &str = "m";

/// Reads an unsigned LEB128 number at `*at`, moving past it.
fn read_leb(bytes: &[u8], at: &mut usize) -> Result<u64, String> {
    let mut value = 0u64;
    let mut shift = 0;
    loop {
        let byte = *bytes.get(*at).ok_or("wasm: a number runs past the end")?;
        *at += 1;
        value |= u64::from(byte & 0x7f) << shift;
        if byte & 0x80 == 0 {
            return Ok(value);
        }
        shift += 7;
        if shift > 63 {
            return Err("wasm: a number is too long".into());
        }
    }
}

/// Appends `value` as unsigned LEB128.
fn write_leb(out: &mut Vec<u8>, mut value: u64) {
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

/// Reads a length-prefixed name at `*at`.
fn read_name<'a>(bytes: &'a [u8], at: &mut usize) -> Result<&'a str, String> {
    let len = read_leb(bytes, at)? as usize;
    let end = at.checked_add(len).filter(|e| *e <= bytes.len()).ok_or("wasm: a name runs past the end")?;
    let name = std::str::from_utf8(&bytes[*at..end]).map_err(|_| "wasm: a name is not UTF-8")?;
    *at = end;
    Ok(name)
}

/// Moves past an import's description (function, table, memory, global or tag).
fn skip_import_desc(bytes: &[u8], at: &mut usize) -> Result<(), String> {
    let kind = *bytes.get(*at).ok_or("wasm: an import has no kind")?;
    *at += 1;
    let limits = |at: &mut usize| -> Result<(), String> {
        let flags = read_leb(bytes, at)?;
        read_leb(bytes, at)?;
        if flags & 1 == 1 {
            read_leb(bytes, at)?;
        }
        Ok(())
    };
    match kind {
        0 => read_leb(bytes, at).map(|_| ()),
        1 => {
            *at += 1;
            limits(at)
        }
        2 => limits(at),
        3 => {
            *at += 2;
            Ok(())
        }
        4 => {
            *at += 1;
            read_leb(bytes, at).map(|_| ())
        }
        other => Err(format!("wasm: an import of unknown kind {other}")),
    }
}

/// The `n`th short name: `a` … `z`, `A` … `Z`, then two letters and so on.
fn short_name(mut n: usize) -> String {
    const LETTERS: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let mut out = Vec::new();
    loop {
        out.push(LETTERS[n % LETTERS.len()]);
        n /= LETTERS.len();
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// `wasm` and its `glue` with every import renamed short (see the module docs).
pub fn shorten_imports(wasm: &[u8], glue: &str) -> Result<(Vec<u8>, String), String> {
    if wasm.len() < 8 || &wasm[..4] != b"\0asm" {
        return Err("wasm: not a wasm module".into());
    }
    let mut out = wasm[..8].to_vec();
    let mut glue = glue.to_string();
    let mut at = 8;
    let mut renamed = false;
    while at < wasm.len() {
        let id = wasm[at];
        at += 1;
        let len = read_leb(wasm, &mut at)? as usize;
        let end = at.checked_add(len).filter(|e| *e <= wasm.len()).ok_or("wasm: a section runs past the end")?;
        let body = &wasm[at..end];
        at = end;
        if id != 2 {
            out.push(id);
            write_leb(&mut out, body.len() as u64);
            out.extend_from_slice(body);
            continue;
        }
        let mut i = 0;
        let count = read_leb(body, &mut i)?;
        let mut section = Vec::new();
        write_leb(&mut section, count);
        let mut module_seen: Option<String> = None;
        for n in 0..count as usize {
            let module = read_name(body, &mut i)?;
            let field = read_name(body, &mut i)?;
            let desc_start = i;
            skip_import_desc(body, &mut i)?;
            match &module_seen {
                None => module_seen = Some(module.to_string()),
                Some(m) if m != module => return Err(format!("wasm: imports from two modules, {m} and {module}")),
                Some(_) => {}
            }
            let short = short_name(n);
            let uses = glue.matches(field).count();
            if uses != 1 {
                return Err(format!("the JS glue names the import {field} {uses} times, not once: not renamed"));
            }
            glue = glue.replacen(field, &short, 1);
            for name in [MODULE, short.as_str()] {
                write_leb(&mut section, name.len() as u64);
                section.extend_from_slice(name.as_bytes());
            }
            section.extend_from_slice(&body[desc_start..i]);
        }
        if let Some(module) = module_seen {
            let quoted = format!("\"{module}\"");
            let uses = glue.matches(&quoted).count();
            if uses != 1 {
                return Err(format!("the JS glue names the import module {quoted} {uses} times, not once"));
            }
            glue = glue.replacen(&quoted, &format!("\"{MODULE}\""), 1);
        }
        out.push(id);
        write_leb(&mut out, section.len() as u64);
        out.extend_from_slice(&section);
        renamed = true;
    }
    if !renamed {
        return Err("wasm: no import section".into());
    }
    Ok((out, glue))
}

#[cfg(test)]
mod tests {
    use super::{short_name, shorten_imports, write_leb};

    /// A module importing two functions from `./x_bg.js`, with a type section before and a
    /// custom section after, as wasm-bindgen writes them.
    fn module(names: &[&str]) -> Vec<u8> {
        module_from("./x_bg.js", names)
    }

    fn module_from(from: &str, names: &[&str]) -> Vec<u8> {
        let mut wasm = b"\0asm\x01\0\0\0".to_vec();
        wasm.extend_from_slice(&[1, 4, 1, 0x60, 0, 0]);
        let mut imports = Vec::new();
        write_leb(&mut imports, names.len() as u64);
        for name in names {
            for part in [from, name] {
                write_leb(&mut imports, part.len() as u64);
                imports.extend_from_slice(part.as_bytes());
            }
            imports.extend_from_slice(&[0, 0]);
        }
        wasm.push(2);
        write_leb(&mut wasm, imports.len() as u64);
        wasm.extend_from_slice(&imports);
        wasm.extend_from_slice(&[0, 3, 1, b'z', 9]);
        wasm
    }

    #[test]
    fn both_sides_are_renamed_alike_and_the_rest_is_kept() {
        let glue = r#"const i = { __wbg_a_0123456789abcdef: function() {}, __wbg_b_fedcba9876543210: f }; return { "./x_bg.js": i };"#;
        let (wasm, glue) =
            shorten_imports(&module(&["__wbg_a_0123456789abcdef", "__wbg_b_fedcba9876543210"]), glue).expect("renames");
        assert_eq!(glue, r#"const i = { a: function() {}, b: f }; return { "m": i };"#);
        assert_eq!(wasm, module_from("m", &["a", "b"]));
    }

    #[test]
    fn a_name_the_glue_does_not_hold_exactly_once_stops_the_build() {
        let wasm = module(&["__wbg_a_0123456789abcdef"]);
        assert!(shorten_imports(&wasm, r#"{ "./x_bg.js": i }"#).is_err());
        assert!(shorten_imports(&wasm, r#"__wbg_a_0123456789abcdef __wbg_a_0123456789abcdef "./x_bg.js""#).is_err());
        assert!(shorten_imports(b"not wasm", "").is_err());
    }

    #[test]
    fn short_names_are_distinct_letters() {
        let names: Vec<String> = (0..3000).map(short_name).collect();
        assert_eq!((names[0].as_str(), names[51].as_str(), names[52].as_str()), ("a", "Z", "ba"));
        let mut sorted = names.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), names.len());
        assert!(names.iter().all(|n| n.bytes().all(|b| b.is_ascii_alphabetic())));
    }
}
