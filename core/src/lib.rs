//! The pure core of mailgun-help: everything the widget knows and decides, with no DOM and no Yew.
//!
//! The UI crate turns this module's values into HTML and user events into calls here. Keeping the
//! logic apart means every rule (routing, language choice, prices, question understanding) is tested
//! natively with plain `cargo test`, in well under a second, instead of in a browser.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod ask;
pub mod assets;
pub mod case;
pub mod fxhash;
pub mod i18n;
pub mod json;
pub mod kb;
pub mod lang;
pub mod markup;
pub mod numerals;
pub mod pricing;
pub mod render;
pub mod route;
pub mod search;
pub mod sort;
pub mod text;
pub mod tools;
