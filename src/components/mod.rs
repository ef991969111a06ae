//! One component per file. Components only turn state into HTML and events into actions; anything
//! that decides something lives in `mailgun_help_core`.

#[cfg(feature = "ask")]
pub mod answer_panel;
pub mod api_reference;
pub mod area_view;
#[cfg(feature = "ask")]
pub mod ask_form;
#[cfg(feature = "ask")]
pub mod ask_view;
pub mod browse;
pub mod code_tabs;
pub mod copy_button;
pub mod error_panel;
pub mod header;
pub mod home;
pub mod not_found;
pub mod pricing_chart;
pub mod pricing_compare;
pub mod pricing_estimator;
pub mod pricing_form;
pub mod pricing_history;
pub mod pricing_presets;
pub mod pricing_result;
pub mod pricing_sales;
pub mod pricing_table;
pub mod pricing_view;
pub mod reference;
#[cfg(feature = "search")]
pub mod search_box;
pub mod snippet_box;
#[cfg(feature = "tools")]
pub mod tool_dns;
#[cfg(feature = "tools")]
pub mod tool_routes;
#[cfg(feature = "tools")]
pub mod tool_send;
#[cfg(feature = "tools")]
pub mod tool_signature;
#[cfg(feature = "tools")]
pub mod tools_view;

use mailgun_help_core::markup::Markup;
use yew::{AttrValue, Html};

/// Renders markup built as text (see `mailgun_help_core::markup`) as one raw node.
pub fn raw(markup: Markup) -> Html {
    raw_text(markup.into_string())
}

/// [`raw`] for markup already turned into a string (kept between renders by the ask form).
pub fn raw_text(html: String) -> Html {
    Html::from_html_unchecked(AttrValue::from(html))
}
