//! What can go wrong with a content table the widget reads at run time.
//!
//! The knowledge base, the prices, the UI strings and the request builder's code templates are
//! compiled into Rust statics by `build.rs`, so nothing of theirs is read at start. The ask tables
//! (`$OUT_DIR/ask.tables`, a compact record format) are the one table still read, once, on first
//! use; [`AssetError`] is how a broken one is reported.

use std::fmt;

/// A content table that does not match the shape the code expects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AssetError {
    /// The table exists but its fields do not match (the message names the field).
    Shape {
        /// The asset path, e.g. `ask/ (compiled ask.tables)`.
        path: String,
        /// What the reader reported.
        message: String,
    },
}

impl fmt::Display for AssetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AssetError::Shape { path, message } => write!(f, "assets/{path}: {message}"),
        }
    }
}

impl std::error::Error for AssetError {}
