//! The content files, embedded in the binary.
//!
//! `build.rs` parses every `assets/**/*.toml` and writes it as compact JSON under `$OUT_DIR/assets`;
//! this module embeds that tree with `include_dir` and hands out a file's JSON by its asset path
//! (`kb/gotchas.toml`), parsed by the small reader in [`node`]. No TOML parser and no serde
//! deserialiser ships in the wasm.

pub mod node;

use include_dir::{include_dir, Dir};
use std::fmt;

static COMPILED: Dir<'static> = include_dir!("$OUT_DIR/assets");

/// A content file that is missing or does not match the shape the code expects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AssetError {
    /// No such file under `assets/`.
    Missing(String),
    /// The file exists but its fields do not match (the message names the field).
    Shape {
        /// The asset path, e.g. `kb/gotchas.toml`.
        path: String,
        /// What serde reported.
        message: String,
    },
}

impl fmt::Display for AssetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AssetError::Missing(p) => write!(f, "assets/{p} is missing"),
            AssetError::Shape { path, message } => write!(f, "assets/{path}: {message}"),
        }
    }
}

impl std::error::Error for AssetError {}

fn json_path(path: &str) -> String {
    match path.strip_suffix(".toml") {
        Some(stem) => format!("{stem}.json"),
        None => path.to_string(),
    }
}

/// The compiled JSON text of the TOML file at `path` (relative to `assets/`).
pub fn json(path: &str) -> Result<&'static str, AssetError> {
    COMPILED
        .get_file(json_path(path))
        .and_then(|f| f.contents_utf8())
        .ok_or_else(|| AssetError::Missing(path.to_string()))
}

/// The TOML file at `path` as a JSON tree, which the content types read themselves from.
pub fn node(path: &str) -> Result<node::Node, AssetError> {
    node::parse(json(path)?).map_err(|message| AssetError::Shape { path: path.to_string(), message })
}

/// Every compiled file under the folder `dir` (relative to `assets/`), as (asset path, JSON).
pub fn files_in(dir: &str) -> Vec<(String, &'static str)> {
    let mut out = Vec::new();
    if let Some(d) = COMPILED.get_dir(dir) {
        for f in d.files() {
            if let Some(text) = f.contents_utf8() {
                let p = f.path().to_string_lossy().replace(".json", ".toml");
                out.push((p, text));
            }
        }
    }
    crate::sort::sort_by(&mut out, |a, b| a < b);
    out
}
