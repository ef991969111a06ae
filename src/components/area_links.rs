//! A row of links to the areas an entry applies to, so a reader moves to any of them in one click.

use crate::app::AppContext;
use mailgun_help_core::kb::ids::AreaId;
use mailgun_help_core::kb::Kb;
use mailgun_help_core::route::Route;
use yew::prelude::*;

/// Props of [`AreaLinks`].
#[derive(Properties, PartialEq)]
pub struct AreaLinksProps {
    /// The areas to link.
    pub areas: Vec<AreaId>,
}

/// Small tag links to areas.
#[function_component(AreaLinks)]
pub fn area_links(props: &AreaLinksProps) -> Html {
    let Some(ctx) = use_context::<AppContext>() else { return Html::default() };
    let Ok(kb) = Kb::get() else { return Html::default() };
    html! {
        <p class="mh-area-links">
            { for props.areas.iter().filter_map(|id| kb.area(*id)).map(|a| html! {
                <a class="mh-tag" href={Route::Area(a.id).to_hash()} data-area={a.id.slug()}>{ a.title.get(ctx.lang) }</a>
            }) }
        </p>
    }
}
