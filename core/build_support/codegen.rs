//! Compiles `assets/tools/codegen.toml` (how a request is written in each language) into
//! `$OUT_DIR/codegen.rs`: one static per language, so the widget parses nothing at start. Unknown
//! keys, a missing part, an unknown escape or language, and a placeholder a part may not use fail
//! the build with the file and the key.

use serde::Deserialize;
use std::fmt::Write as _;
use std::fs;
use std::path::Path;

/// The languages the request builder offers, in tab order.
const LANGS: &[&str] = &["curl", "node", "python", "php", "ruby", "go", "java", "csharp"];
const ESCAPES: &[(&str, &str)] = &[("shell", "Shell"), ("js", "Js"), ("c", "C"), ("single", "Single")];
/// Placeholders of `head`/`tail` (and their `_no_body` forms).
const REQUEST_PLACEHOLDERS: &[&str] = &[
    "base",
    "host",
    "path",
    "path_query",
    "url",
    "domain",
    "method",
    "method_lower",
    "method_title",
    "method_flag",
    "files_import",
    "files_helper",
];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CodegenFile {
    lang: Vec<Lang>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Lang {
    id: String,
    label: String,
    escape: String,
    #[serde(default)]
    files_import: String,
    #[serde(default)]
    files_helper: String,
    send: Option<Parts>,
    http: Parts,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
struct Parts {
    head: String,
    head_no_body: String,
    body_open: String,
    form_open: String,
    field: String,
    field_many: String,
    item: String,
    item_sep: String,
    form_close: String,
    files_open: String,
    file: String,
    file_group: String,
    files_close: String,
    body_close: String,
    tail: String,
    tail_no_body: String,
}

impl Parts {
    /// `(name, text, placeholders it may use)` for every part.
    fn all(&self) -> [(&'static str, &str, &'static [&'static str]); 16] {
        const NONE: &[&str] = &[];
        [
            ("head", &self.head, REQUEST_PLACEHOLDERS),
            ("head_no_body", &self.head_no_body, REQUEST_PLACEHOLDERS),
            ("body_open", &self.body_open, NONE),
            ("form_open", &self.form_open, NONE),
            ("field", &self.field, &["name", "value", "form_flag"]),
            ("field_many", &self.field_many, &["name", "items"]),
            ("item", &self.item, &["value"]),
            ("item_sep", &self.item_sep, NONE),
            ("form_close", &self.form_close, NONE),
            ("files_open", &self.files_open, NONE),
            ("file", &self.file, &["name", "file"]),
            ("file_group", &self.file_group, &["name", "items"]),
            ("files_close", &self.files_close, NONE),
            ("body_close", &self.body_close, NONE),
            ("tail", &self.tail, REQUEST_PLACEHOLDERS),
            ("tail_no_body", &self.tail_no_body, REQUEST_PLACEHOLDERS),
        ]
    }
}

/// The `{name}` placeholders in `s` made of lower-case letters and `_` (code braces are left alone).
fn placeholders(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s;
    while let Some(start) = rest.find('{') {
        rest = &rest[start + 1..];
        if let Some(end) = rest.find('}') {
            let name = &rest[..end];
            if !name.is_empty() && name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') {
                out.push(name);
            }
        }
    }
    out
}

fn check(lang: &Lang, set: &str, parts: &Parts, errors: &mut Vec<String>) {
    let at = format!("assets/tools/codegen.toml: lang `{}` [{set}]", lang.id);
    for (name, text, allowed) in parts.all() {
        for p in placeholders(text) {
            if !allowed.contains(&p) {
                errors.push(format!("{at} `{name}`: unknown placeholder {{{p}}}"));
            }
        }
    }
    for (name, text) in [("head", &parts.head), ("field", &parts.field), ("tail", &parts.tail)] {
        if text.is_empty() {
            errors.push(format!("{at}: `{name}` is required"));
        }
    }
    if parts.field_many.is_empty() != parts.item.is_empty() {
        errors.push(format!("{at}: `field_many` and `item` go together"));
    }
    if parts.file.is_empty() && set == "send" {
        errors.push(format!("{at}: a send set must say how files are attached (`file`)"));
    }
}

fn parts_code(p: &Parts) -> String {
    let mut code = String::from("Parts {");
    for (name, text, _) in p.all() {
        let _ = write!(code, " {name}: {text:?},");
    }
    code.push_str(" }");
    code
}

/// Reads, checks and compiles the file; every problem found is returned.
pub fn build(assets: &Path, out: &Path) -> Result<(), Vec<String>> {
    let path = assets.join("tools").join("codegen.toml");
    let text = fs::read_to_string(&path).map_err(|e| vec![format!("{}: {e}", path.display())])?;
    let file: CodegenFile = toml::from_str(&text).map_err(|e| vec![format!("assets/tools/codegen.toml: {e}")])?;
    let mut errors = Vec::new();
    let ids: Vec<&str> = file.lang.iter().map(|l| l.id.as_str()).collect();
    if ids != LANGS {
        errors.push(format!("assets/tools/codegen.toml: languages must be {LANGS:?} in that order, found {ids:?}"));
    }
    let mut code = String::from("// Generated by build.rs from assets/tools/codegen.toml. Do not edit.\n\n");
    code.push_str("/// Every language, in tab order.\npub static LANGS: &[CodeLang] = &[\n");
    for lang in &file.lang {
        let Some((_, escape)) = ESCAPES.iter().find(|(name, _)| *name == lang.escape) else {
            errors.push(format!("assets/tools/codegen.toml: lang `{}`: unknown escape `{}`", lang.id, lang.escape));
            continue;
        };
        check(lang, "http", &lang.http, &mut errors);
        if let Some(send) = &lang.send {
            check(lang, "send", send, &mut errors);
        }
        let send = lang.send.as_ref().map_or_else(|| "None".to_string(), |s| format!("Some({})", parts_code(s)));
        let _ = writeln!(
            code,
            "    CodeLang {{ id: {:?}, label: {:?}, escape: Escape::{escape}, files_import: {:?}, files_helper: {:?}, send: {send}, http: {} }},",
            lang.id,
            lang.label,
            lang.files_import,
            lang.files_helper,
            parts_code(&lang.http)
        );
    }
    code.push_str("];\n");
    if !errors.is_empty() {
        return Err(errors);
    }
    fs::write(out.join("codegen.rs"), code).map_err(|e| vec![format!("OUT_DIR: {e}")])
}
