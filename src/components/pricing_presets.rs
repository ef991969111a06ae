//! Quick presets for a call: one press fills the whole form.

use mailgun_help_core::i18n::{key, t};
use mailgun_help_core::lang::Lang;
use mailgun_help_core::pricing::{Input, PricingData, SalesEdit};
use yew::prelude::*;

/// What [`pricing_presets`] shows and calls.
pub struct PricingPresetsProps {
    /// The current input, to mark the preset it matches (if valid).
    pub current: Option<Input>,
    /// Called with the preset's input (a [`SalesEdit::Preset`]).
    pub on_pick: Callback<SalesEdit>,
}

/// The preset buttons from the pricing data.
pub fn pricing_presets(props: &PricingPresetsProps, lang: Lang) -> Html {
    let Ok(data) = PricingData::get() else { return Html::default() };
    if data.presets.is_empty() {
        return Html::default();
    }
    let buttons = data.presets.iter().map(|p| {
        let input = p.input();
        let pressed = props.current.as_ref() == Some(&input);
        let onclick = {
            let on_pick = props.on_pick.clone();
            Callback::from(move |_| on_pick.emit(SalesEdit::Preset(input.clone())))
        };
        html! {
            <button type="button" class={classes!("mh-button", "mh-small", pressed.then_some("is-active"))}
                data-preset={p.id} aria-pressed={pressed.to_string()} {onclick}>
                { p.label.get(lang) }
            </button>
        }
    });
    html! {
        <div class="mh-est-presets" role="group" aria-label={t(lang, key::PRICING_PRESETS)}>
            <span class="mh-legend">{ t(lang, key::PRICING_PRESETS) }</span>
            { for buttons }
        </div>
    }
}
