//! One gotcha: the warning and what to do about it.

use crate::app::AppContext;
use crate::components::area_links::AreaLinks;
use mailgun_help_core::kb::model::Gotcha;
use yew::prelude::*;

/// Props of [`GotchaEntry`].
#[derive(Properties, PartialEq)]
pub struct GotchaEntryProps {
    /// The gotcha.
    pub gotcha: Gotcha,
}

/// A gotcha as a warning box.
#[function_component(GotchaEntry)]
pub fn gotcha_entry(props: &GotchaEntryProps) -> Html {
    let Some(ctx) = use_context::<AppContext>() else { return Html::default() };
    let g = &props.gotcha;
    html! {
        <div class="mh-entry mh-warn" data-gotcha={g.id.clone()}>
            <h3>{ g.title.get(ctx.lang) }</h3>
            <p>{ g.body.get(ctx.lang) }</p>
            <AreaLinks areas={g.areas.clone()} />
        </div>
    }
}
