//! One worked example: the request, what the help does, the result.

use crate::app::AppContext;
use crate::components::area_links::AreaLinks;
use mailgun_help_core::i18n::{key, t};
use mailgun_help_core::kb::model::Example;
use yew::prelude::*;

/// Props of [`ExampleEntry`].
#[derive(Properties, PartialEq)]
pub struct ExampleEntryProps {
    /// The example.
    pub example: Example,
}

/// A worked example.
#[function_component(ExampleEntry)]
pub fn example_entry(props: &ExampleEntryProps) -> Html {
    let Some(ctx) = use_context::<AppContext>() else { return Html::default() };
    let (x, lang) = (&props.example, ctx.lang);
    html! {
        <div class="mh-entry" data-example={x.id.clone()}>
            <h3>{ x.title.get(lang) }</h3>
            <blockquote>{ x.request.get(lang) }</blockquote>
            <ol class="mh-steps">{ for x.steps.iter().map(|s| html! { <li>{ s.get(lang) }</li> }) }</ol>
            <p><strong>{ t(lang, key::EXAMPLE_RESULT) }</strong>{ " " }{ x.result.get(lang) }</p>
            <AreaLinks areas={x.areas.clone()} />
        </div>
    }
}
