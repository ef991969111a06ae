//! The friendly page for a link that leads nowhere.

use crate::app::AppContext;
use crate::components::raw;
use mailgun_help_core::i18n::{fill, key, t};
use mailgun_help_core::markup::Markup;
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
    let mut m = Markup::new();
    m.tag("section").attr("class", "mh-card mh-not-found").attr("data-view", "not-found").end();
    m.el("h1", t(lang, key::NOT_FOUND_TITLE)).el("p", &fill(lang, key::NOT_FOUND_BODY, &[("path", &props.path)]));
    m.open("p").tag("a").attr("class", "mh-button").attr("href", "#/").end().text(t(lang, key::NOT_FOUND_HOME));
    m.close("a").close("p").close("section");
    raw(m)
}
