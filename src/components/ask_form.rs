//! The question form of the ask view: the question plus the optional area and role. Submitting
//! writes everything into the hash, so the answer has a link that can be shared.

use crate::app::AppContext;
use crate::hooks::use_navigator;
use mailgun_help_core::i18n::{key, t};
use mailgun_help_core::kb::ids::{AreaId, RoleId};
use mailgun_help_core::kb::Kb;
use mailgun_help_core::route::{AskQuery, Route};
use web_sys::{HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

/// Props of [`AskForm`].
#[derive(Properties, PartialEq)]
pub struct AskFormProps {
    /// What the link already says.
    pub query: AskQuery,
}

/// The form.
#[function_component(AskForm)]
pub fn ask_form(props: &AskFormProps) -> Html {
    let text = use_state(|| props.query.q.clone());
    let area = use_state(|| props.query.area);
    let role = use_state(|| props.query.role);
    {
        // Follow the link when it changes (back button, a quick answer, a new link).
        let (text, area, role) = (text.clone(), area.clone(), role.clone());
        use_effect_with(props.query.clone(), move |q| {
            text.set(q.q.clone());
            area.set(q.area);
            role.set(q.role);
        });
    }
    let nav = use_navigator();
    let Some(ctx) = use_context::<AppContext>() else { return Html::default() };
    let Ok(kb) = Kb::get() else { return Html::default() };
    let lang = ctx.lang;

    let on_text = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(el) = e.target_dyn_into::<HtmlTextAreaElement>() {
                text.set(el.value());
            }
        })
    };
    let on_area = {
        let area = area.clone();
        Callback::from(move |e: Event| {
            if let Some(el) = e.target_dyn_into::<HtmlSelectElement>() {
                area.set(AreaId::parse(&el.value()));
            }
        })
    };
    let on_role = {
        let role = role.clone();
        Callback::from(move |e: Event| {
            if let Some(el) = e.target_dyn_into::<HtmlSelectElement>() {
                role.set(RoleId::parse(&el.value()));
            }
        })
    };
    let on_submit = {
        let (text, area, role, nav) = (text.clone(), area.clone(), role.clone(), nav.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let q = AskQuery { q: text.trim().to_string(), area: *area, role: *role, invalid: vec![] };
            if let Some(nav) = &nav {
                nav.push(Route::Ask(q));
            }
        })
    };
    let on_keydown = {
        // Ctrl/Cmd+Enter submits from the text area.
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" && (e.ctrl_key() || e.meta_key()) {
                if let Some(form) =
                    e.target_dyn_into::<web_sys::HtmlElement>().and_then(|el| el.closest("form").ok().flatten())
                {
                    if let Ok(form) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlFormElement>(form) {
                        let _ = form.request_submit();
                    }
                }
            }
        })
    };

    html! {
        <form class="mh-ask-form" onsubmit={on_submit} data-testid="ask-form">
            <label class="mh-legend" for="mh-question">{ t(lang, key::ASK_QUESTION) }</label>
            <textarea id="mh-question" rows="2" value={(*text).clone()} oninput={on_text} onkeydown={on_keydown}
                maxlength="2000" placeholder={t(lang, key::WIZARD_GOAL_PLACEHOLDER)} />
            <div class="mh-row">
                <label>
                    <span>{ t(lang, key::ASK_AREA) }</span>
                    <select id="mh-ask-area" onchange={on_area}>
                        <option value="" selected={area.is_none()}>{ t(lang, key::ASK_ANY) }</option>
                        { for kb.areas.iter().map(|a| html! {
                            <option value={a.id.slug()} selected={*area == Some(a.id)}>
                                { format!("{}) {}", a.id.letter(), a.title.get(lang)) }
                            </option>
                        }) }
                    </select>
                </label>
                <label>
                    <span>{ t(lang, key::ASK_ROLE) }</span>
                    <select id="mh-ask-role" onchange={on_role}>
                        <option value="" selected={role.is_none()}>{ t(lang, key::ASK_ANY) }</option>
                        { for kb.roles.iter().map(|r| html! {
                            <option value={r.id.slug()} selected={*role == Some(r.id)}>
                                { format!("{}) {}", r.id.letter(), r.title.get(lang)) }
                            </option>
                        }) }
                    </select>
                </label>
                <button type="submit" class="mh-button mh-primary">{ t(lang, key::ASK_SUBMIT) }</button>
            </div>
        </form>
    }
}
