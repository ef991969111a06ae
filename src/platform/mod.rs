//! The thin layer over browser APIs. Every call that can throw (storage on `file://`, the clipboard,
//! `history` in a sandbox) returns a `Result` or an `Option` here, so no view can panic on them.

pub mod clipboard;
pub mod dom;
pub mod intl;
#[cfg(feature = "tools")]
pub mod regex;
pub mod storage;
pub mod timer;
pub mod url;
