//! A code snippet with curl / Node.js tabs, the US/EU region switch and a copy button.
//!
//! The region lives in the shared state, so switching it here rewrites every snippet on the page.

use crate::app::AppContext;
use crate::components::copy_button::CopyButton;
use crate::state::Action;
use mailgun_help_core::i18n::{key, t};
use mailgun_help_core::kb::model::Snippet;
use mailgun_help_core::kb::Region;
use yew::prelude::*;

/// Props of [`SnippetBox`].
#[derive(Properties, PartialEq)]
pub struct SnippetBoxProps {
    /// The snippet.
    pub snippet: Snippet,
}

#[derive(Clone, Copy, PartialEq)]
enum Flavour {
    Curl,
    Node,
}

/// One snippet.
#[function_component(SnippetBox)]
pub fn snippet_box(props: &SnippetBoxProps) -> Html {
    let flavour = use_state(|| Flavour::Curl);
    let Some(ctx) = use_context::<AppContext>() else { return Html::default() };
    let lang = ctx.lang;
    let s = &props.snippet;
    let code = ctx.region.fill(match *flavour {
        Flavour::Curl => &s.curl,
        Flavour::Node => &s.node,
    });
    let tab = |f: Flavour, label: &'static str| {
        let flavour = flavour.clone();
        let selected = *flavour == f;
        html! {
            <button type="button" role="tab" aria-selected={selected.to_string()}
                class={classes!("mh-tab", selected.then_some("is-active"))}
                onclick={Callback::from(move |_| flavour.set(f))}>{ label }</button>
        }
    };
    let region_button = |r: Region, label: &'static str| {
        let ctx = ctx.clone();
        let pressed = ctx.region == r;
        html! {
            <button type="button" class={classes!("mh-tab", pressed.then_some("is-active"))}
                aria-pressed={pressed.to_string()} data-region={label}
                onclick={Callback::from(move |_| ctx.dispatch(Action::SetRegion(r)))}>{ label }</button>
        }
    };
    html! {
        <figure class="mh-snippet" data-snippet={s.id.clone()}>
            <figcaption>{ s.title.get(lang) }</figcaption>
            <div class="mh-snippet-bar">
                <div role="tablist" aria-label={t(lang, key::SNIPPET_LANGUAGE)}>
                    { tab(Flavour::Curl, "curl") }{ tab(Flavour::Node, "Node.js") }
                </div>
                <div class="mh-region" role="group" aria-label={t(lang, key::SNIPPET_REGION)}>
                    { region_button(Region::Us, "US") }{ region_button(Region::Eu, "EU") }
                </div>
                <CopyButton text={code.clone()} />
            </div>
            <pre tabindex="0"><code>{ code }</code></pre>
        </figure>
    }
}
