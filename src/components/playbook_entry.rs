//! One step-by-step playbook.

use crate::app::AppContext;
use crate::components::area_links::AreaLinks;
use mailgun_help_core::kb::model::Playbook;
use yew::prelude::*;

/// Props of [`PlaybookEntry`].
#[derive(Properties, PartialEq)]
pub struct PlaybookEntryProps {
    /// The playbook.
    pub playbook: Playbook,
}

/// A playbook's title and numbered steps.
#[function_component(PlaybookEntry)]
pub fn playbook_entry(props: &PlaybookEntryProps) -> Html {
    let Some(ctx) = use_context::<AppContext>() else { return Html::default() };
    let p = &props.playbook;
    html! {
        <div class="mh-entry" data-playbook={p.id.clone()}>
            <h3>{ p.title.get(ctx.lang) }</h3>
            <ol class="mh-steps">{ for p.steps.iter().map(|s| html! { <li>{ s.get(ctx.lang) }</li> }) }</ol>
            <AreaLinks areas={p.areas.clone()} />
        </div>
    }
}
