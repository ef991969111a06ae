//! Reusable behaviour for components.

mod use_hash_route;
mod use_nav;
mod use_question_form;
#[cfg(feature = "search")]
pub mod use_search_shortcut;
#[cfg(feature = "tools")]
mod use_tool_form;
#[cfg(any(feature = "search", feature = "ask"))]
pub mod use_warm_up;

pub use use_hash_route::use_hash_change;
pub use use_nav::{detail, use_navigator, Nav, Navigator, Shell};
pub use use_question_form::{use_question_form, QuestionDraft, QuestionForm};
#[cfg(feature = "tools")]
pub use use_tool_form::{use_tool_form, with_param, ToolForm};
#[cfg(any(feature = "search", feature = "ask"))]
pub use use_warm_up::use_warm_up;
