//! A snippet of the knowledge base as code in every language it can be written in (eight for an
//! HTTP request, written by the request builder's generator), with the US/EU region switch and a
//! copy button per language.
//!
//! The region is the caller's: on an area page the shared state's, in an answer the answer's own
//! (so a region named in the question, a quick answer and this switch all agree). The language
//! tab is the box's own, starting at the one the question named.

use crate::components::code_tabs::code_tabs;
use mailgun_help_core::i18n::{key, t};
use mailgun_help_core::kb::model::Snippet;
use mailgun_help_core::kb::Region;
use mailgun_help_core::lang::Lang;
use mailgun_help_core::tools::codegen::snippet_code;
use yew::prelude::*;

/// Props of [`SnippetBox`].
#[derive(Properties, PartialEq)]
pub struct SnippetBoxProps {
    /// The snippet.
    pub snippet: Snippet,
    /// The region its URLs are written for.
    pub region: Region,
    /// The sending domain it is written for.
    pub domain: AttrValue,
    /// The language tab shown first.
    #[prop_or_default]
    pub first: Option<&'static str>,
    /// Called with the region the reader picks.
    pub on_region: Callback<Region>,
    /// The UI language.
    pub lang: Lang,
}

/// One snippet.
#[function_component(SnippetBox)]
pub fn snippet_box(props: &SnippetBoxProps) -> Html {
    let chosen = use_state(|| props.first.map(str::to_string));
    let lang = props.lang;
    let s = &props.snippet;
    let codes = snippet_code(s, props.region, &props.domain);
    let selected = (*chosen).clone().unwrap_or_else(|| codes.first().map(|c| c.0.to_string()).unwrap_or_default());
    let on_select = {
        let chosen = chosen.clone();
        Callback::from(move |id: String| chosen.set(Some(id)))
    };
    let region_button = |r: Region, label: &'static str| {
        let on_region = props.on_region.clone();
        let pressed = props.region == r;
        html! {
            <button type="button" class={classes!("mh-tab", pressed.then_some("is-active"))}
                aria-pressed={pressed.to_string()} data-region={label}
                onclick={Callback::from(move |_| on_region.emit(r))}>{ label }</button>
        }
    };
    html! {
        <figure class="mh-snippet" data-snippet={s.id} data-region-code={props.region.code()}>
            <figcaption>{ s.title.get(lang) }</figcaption>
            <div class="mh-snippet-bar">
                <div class="mh-region" role="group" aria-label={t(lang, key::SNIPPET_REGION)}>
                    { region_button(Region::Us, "US") }{ region_button(Region::Eu, "EU") }
                </div>
            </div>
            { code_tabs(&codes, &selected, on_select, lang) }
        </figure>
    }
}
