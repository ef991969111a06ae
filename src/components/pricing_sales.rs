//! The sales-call controls around the estimator: the scenario tabs (add, pick, name, remove) and the
//! quote actions (quote language, copy, print, save to history, present).
//!
//! Plain view functions: the state is the estimator's `Sales`. The buttons are named by
//! `data-testid` and handled by the estimator's one click listener; the name field and the
//! quote-language select dispatch a `SalesEdit`; so nothing here decides anything.

use crate::components::copy_button::CopyButton;
use mailgun_help_core::i18n::{key, t};
use mailgun_help_core::lang::Lang;
use mailgun_help_core::pricing::{scenario_name, Sales, SalesEdit, MAX_NAME_CHARS, MAX_SCENARIOS};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// A small button: `testid` names what it does (the estimator's one click listener reads it, and
/// so do the tests), `value` tells like buttons apart, `pressed` makes it a toggle. One template for
/// every button here (each `html!` is its own code).
fn button(label: &str, testid: &'static str, value: Option<String>, pressed: Option<bool>) -> Html {
    html! {
        <button type="button" class={classes!("mh-button", "mh-small", (pressed == Some(true)).then_some("is-active"))}
            data-testid={testid} {value} aria-pressed={pressed.map(|p| p.to_string())}>{ label }</button>
    }
}

/// The scenario tabs: one button per scenario (the pressed one is in the form), "Add a scenario"
/// while there are fewer than three, the active scenario's name, and "Remove" when there are several.
pub fn scenario_bar(sales: &Sales, on_edit: &Callback<SalesEdit>, lang: Lang) -> Html {
    let count = sales.scenarios.len();
    let active = sales.active.min(count - 1);
    let mut items = Vec::new();
    for (i, s) in sales.scenarios.iter().enumerate() {
        items.push(button(
            &scenario_name(&s.name, i, lang),
            "scenario-tab",
            Some((i + 1).to_string()),
            Some(i == active),
        ));
    }
    if count < MAX_SCENARIOS {
        items.push(button(t(lang, key::SALES_ADD), "scenario-add", None, None));
    }
    let on_name = on_edit.reform(|e: InputEvent| {
        SalesEdit::Name(e.target_dyn_into::<HtmlInputElement>().map(|el| el.value()).unwrap_or_default())
    });
    html! {
        <div class="mh-est-scen" role="group" aria-label={t(lang, key::SALES_SCENARIOS)}>
            { for items }
            <label class="mh-est-sname-field">
                <span class="mh-legend">{ t(lang, key::SALES_NAME) }</span>
                <input id="mh-est-sname" type="text" maxlength={MAX_NAME_CHARS.to_string()} autocomplete="off"
                    value={sales.scenarios[active].name.clone()} placeholder={t(lang, key::SALES_NAME_HINT)} oninput={on_name} />
            </label>
            { for (count > 1).then(|| button(t(lang, key::SALES_REMOVE), "scenario-remove", None, None)) }
        </div>
    }
}

/// What [`quote_actions`] shows and calls.
pub struct QuoteActions {
    /// The quote's language.
    pub qlang: Lang,
    /// The quote as text.
    pub text: String,
    /// The quote as HTML.
    pub html: String,
    /// False when no scenario has a valid estimate (nothing to quote).
    pub can_quote: bool,
    /// Whether "present" is on.
    pub present: bool,
    /// Dispatches the quote-language choice.
    pub on_edit: Callback<SalesEdit>,
    /// Keeps the quote in the history (after a copy).
    pub on_save: Callback<()>,
}

/// Quote language, "Copy quote", "Print / Save as PDF", "Save to history" and "Present" (the
/// buttons but "Copy quote" are handled by the estimator's click listener).
pub fn quote_actions(a: QuoteActions, lang: Lang) -> Html {
    let on_lang = a.on_edit.reform(|e: Event| {
        let code = e.target_dyn_into::<HtmlSelectElement>().map(|el| el.value()).unwrap_or_default();
        SalesEdit::Quote(Lang::parse(&code).unwrap_or_default())
    });
    let option = |l: Lang, k| html! { <option value={l.code()} selected={a.qlang == l}>{ t(lang, k) }</option> };
    let quote = a.can_quote.then(|| {
        html! { <>
            <CopyButton text={a.text} html={AttrValue::from(a.html)} label={AttrValue::from(t(lang, key::PRICING_COPY_QUOTE))}
                testid={AttrValue::from("copy-quote")} on_copied={a.on_save} />
            { button(t(lang, key::SALES_PRINT), "print-quote", None, None) }
            { button(t(lang, key::SALES_SAVE), "save-quote", None, None) }
        </> }
    });
    html! {
        <div class="mh-est-actions" data-testid="quote-actions">
            <label class="mh-est-qlang">
                <span class="mh-legend">{ t(lang, key::SALES_QUOTE_LANG) }</span>
                <select id="mh-est-quote-lang" onchange={on_lang}>
                    { option(Lang::En, key::SALES_QUOTE_EN) }{ option(Lang::Zh, key::SALES_QUOTE_ZH) }
                </select>
            </label>
            { for quote }
            { button(t(lang, key::SALES_PRESENT), "present", None, Some(a.present)) }
        </div>
    }
}
