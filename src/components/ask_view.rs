//! The ask view.

use mailgun_help_core::route::AskQuery;
use yew::prelude::*;

/// Props of [`AskView`].
#[derive(Properties, PartialEq)]
pub struct AskViewProps {
    /// The question and context from the link.
    pub query: AskQuery,
}

/// The answer view.
#[function_component(AskView)]
pub fn ask_view(_props: &AskViewProps) -> Html {
    html! { <section data-view="ask"></section> }
}
