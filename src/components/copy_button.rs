//! A copy button with visible feedback ("Copied" or "Press Ctrl+C"), announced to screen readers.
//! Given HTML too, it copies both flavours (see `platform::clipboard::copy_rich`).

use crate::app::AppContext;
use crate::platform::clipboard;
use mailgun_help_core::i18n::{key, t};
use yew::prelude::*;

/// Props of [`CopyButton`].
#[derive(Properties, PartialEq)]
pub struct CopyButtonProps {
    /// The text to copy.
    pub text: AttrValue,
    /// The button label; defaults to "Copy".
    #[prop_or_default]
    pub label: Option<AttrValue>,
    /// A test hook name, put on `data-testid`.
    #[prop_or_default]
    pub testid: Option<AttrValue>,
    /// The same content as HTML, copied beside the text.
    #[prop_or_default]
    pub html: Option<AttrValue>,
    /// Called after a successful copy.
    #[prop_or_default]
    pub on_copied: Option<Callback<()>>,
}

#[derive(Clone, Copy, PartialEq)]
enum Outcome {
    Idle,
    Copied,
    Failed,
}

/// Copies its text when pressed.
#[function_component(CopyButton)]
pub fn copy_button(props: &CopyButtonProps) -> Html {
    let outcome = use_state(|| Outcome::Idle);
    let Some(ctx) = use_context::<AppContext>() else { return Html::default() };
    let lang = ctx.lang;
    let onclick = {
        let (outcome, text) = (outcome.clone(), props.text.to_string());
        let (html, on_copied) = (props.html.clone(), props.on_copied.clone());
        Callback::from(move |_| {
            let (outcome, text, html, on_copied) = (outcome.clone(), text.clone(), html.clone(), on_copied.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let ok = match html {
                    Some(html) => clipboard::copy_rich(text, html.to_string()).await != clipboard::Copied::Failed,
                    None => clipboard::copy(text).await,
                };
                outcome.set(if ok { Outcome::Copied } else { Outcome::Failed });
                if let (true, Some(cb)) = (ok, on_copied) {
                    cb.emit(());
                }
            });
        })
    };
    let label = props.label.clone().unwrap_or_else(|| AttrValue::from(t(lang, key::COPY_LABEL)));
    let status = match *outcome {
        Outcome::Idle => "",
        Outcome::Copied => t(lang, key::COPY_DONE),
        Outcome::Failed => t(lang, key::COPY_FAILED),
    };
    html! {
        <span class="mh-copy">
            <button type="button" class="mh-button mh-small" {onclick} data-testid={props.testid.clone()}
                data-copied={(*outcome == Outcome::Copied).then_some("true")}>{ label }</button>
            <span class="mh-copy-status" role="status" aria-live="polite">{ status }</span>
        </span>
    }
}
