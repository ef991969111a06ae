//! The first screen: the three Step-1 questions (area A–M, role A–F, goal). Every part is optional;
//! submitting opens the answer with whatever was given.

use crate::app::AppContext;
use crate::hooks::use_navigator;
use mailgun_help_core::i18n::{key, t};
use mailgun_help_core::kb::ids::{AreaId, RoleId};
use mailgun_help_core::kb::Kb;
use mailgun_help_core::route::{AskQuery, Route};
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

/// The Step-1 wizard.
#[function_component(Home)]
pub fn home() -> Html {
    let area = use_state(|| None::<AreaId>);
    let role = use_state(|| None::<RoleId>);
    let goal = use_state(String::new);
    let nav = use_navigator();
    let Some(ctx) = use_context::<AppContext>() else { return Html::default() };
    let Ok(kb) = Kb::get() else { return Html::default() };
    let lang = ctx.lang;

    let on_goal = {
        let goal = goal.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(el) = e.target_dyn_into::<HtmlTextAreaElement>() {
                goal.set(el.value());
            }
        })
    };
    let on_submit = {
        let (area, role, goal, nav) = (area.clone(), role.clone(), goal.clone(), nav.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let q = AskQuery { q: goal.trim().to_string(), area: *area, role: *role, invalid: vec![] };
            if let Some(nav) = &nav {
                nav.push(Route::Ask(q));
            }
        })
    };

    let areas = kb.areas.iter().map(|a| {
        let checked = *area == Some(a.id);
        let onchange = {
            let area = area.clone();
            let id = a.id;
            Callback::from(move |_| area.set(Some(id)))
        };
        html! {
            <label class={classes!("mh-choice", checked.then_some("is-checked"))} data-area={a.id.slug()}>
                <input type="radio" name="mh-area" value={a.id.slug()} {checked} {onchange} />
                <span class="mh-letter" aria-hidden="true">{ a.id.letter() }</span>
                <span class="mh-choice-text">
                    <strong>{ a.title.get(lang) }</strong>
                    <small>{ a.tagline.get(lang) }</small>
                </span>
            </label>
        }
    });
    let roles = kb.roles.iter().map(|r| {
        let checked = *role == Some(r.id);
        let onchange = {
            let role = role.clone();
            let id = r.id;
            Callback::from(move |_| role.set(Some(id)))
        };
        html! {
            <label class={classes!("mh-chip", checked.then_some("is-checked"))} data-role={r.id.slug()}>
                <input type="radio" name="mh-role" value={r.id.slug()} {checked} {onchange} />
                <span class="mh-letter" aria-hidden="true">{ r.id.letter() }</span>
                { r.title.get(lang) }
            </label>
        }
    });

    html! {
        <form class="mh-wizard" data-view="home" onsubmit={on_submit}>
            <p class="mh-lead">{ t(lang, key::APP_TAGLINE) }</p>
            <fieldset class="mh-step">
                <legend>{ t(lang, key::WIZARD_AREA_QUESTION) }</legend>
                <div class="mh-choices">{ for areas }</div>
            </fieldset>
            <fieldset class="mh-step">
                <legend>{ t(lang, key::WIZARD_ROLE_QUESTION) }</legend>
                <div class="mh-chips">{ for roles }</div>
            </fieldset>
            <div class="mh-step">
                <label for="mh-goal" class="mh-legend">{ t(lang, key::WIZARD_GOAL_QUESTION) }</label>
                <textarea id="mh-goal" rows="3" value={(*goal).clone()} oninput={on_goal}
                    placeholder={t(lang, key::WIZARD_GOAL_PLACEHOLDER)} maxlength="2000" />
                <p class="mh-hint">{ t(lang, key::WIZARD_SKIP_HINT) }</p>
            </div>
            <button type="submit" class="mh-button mh-primary">{ t(lang, key::WIZARD_SUBMIT) }</button>
        </form>
    }
}
