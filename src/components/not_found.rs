//! The friendly page for a link that leads nowhere.

use crate::app::AppContext;
use mailgun_help_core::i18n::{fill, key, t};
use yew::prelude::*;

/// Props of [`NotFound`].
#[derive(Properties, PartialEq)]
pub struct NotFoundProps {
    /// The path that was asked for, shown back to the reader.
    pub path: AttrValue,
}

/// Says the page does not exist and offers a way home.
#[function_component(NotFound)]
pub fn not_found(props: &NotFoundProps) -> Html {
    let Some(ctx) = use_context::<AppContext>() else { return Html::default() };
    let lang = ctx.lang;
    html! {
        <section class="mh-card mh-not-found" data-view="not-found">
            <h1>{ t(lang, key::NOT_FOUND_TITLE) }</h1>
            <p>{ fill(lang, key::NOT_FOUND_BODY, &[("path", &props.path)]) }</p>
            <p><a class="mh-button" href="#/">{ t(lang, key::NOT_FOUND_HOME) }</a></p>
        </section>
    }
}
