//! The first screen: the three Step-1 questions (area A–M, role A–F, goal). Every part is optional;
//! submitting opens the answer with whatever was given.

use crate::app::AppContext;
use crate::components::raw;
use crate::hooks::{use_question_form, QuestionForm};
use mailgun_help_core::i18n::{key, t};
use mailgun_help_core::kb::Kb;
use mailgun_help_core::markup::Markup;
use yew::prelude::*;

/// The Step-1 wizard. The controls are markup (native radios and a text area); the listeners of
/// [`use_question_form`] on the form record changes, so a language switch writes the form again
/// with the same choices.
#[function_component(Home)]
pub fn home() -> Html {
    let QuestionForm { draft, oninput, onchange, onsubmit, onkeydown } = use_question_form();
    let Some(ctx) = use_context::<AppContext>() else { return Html::default() };
    let kb = Kb::get();
    let lang = ctx.lang;

    let c = draft.borrow();
    let mut m = Markup::new();
    // The view's own heading, as every other view has (focus and the page title go to it).
    m.el("h1", t(lang, key::WIZARD_TITLE));
    m.el_class("p", "mh-lead", t(lang, key::APP_TAGLINE));
    m.open_class("fieldset", "mh-step")
        .el("legend", t(lang, key::WIZARD_AREA_QUESTION))
        .open_class("div", "mh-choices");
    for a in kb.areas {
        m.tag("label").attr("class", "mh-choice").attr("data-area", a.id.slug()).end();
        radio(&mut m, "mh-area", a.id.slug(), c.area == Some(a.id), a.id.letter());
        m.open_class("span", "mh-choice-text").el("strong", a.title.get(lang)).el("small", a.tagline.get(lang));
        m.close("span").close("label");
    }
    m.close("div").close("fieldset");
    m.open_class("fieldset", "mh-step").el("legend", t(lang, key::WIZARD_ROLE_QUESTION)).open_class("div", "mh-chips");
    for r in kb.roles {
        m.tag("label").attr("class", "mh-chip").attr("data-role", r.id.slug()).end();
        radio(&mut m, "mh-role", r.id.slug(), c.role == Some(r.id), r.id.letter());
        m.text(r.title.get(lang)).close("label");
    }
    m.close("div").close("fieldset");
    m.open_class("div", "mh-step");
    m.tag("label").attr("for", "mh-goal").attr("class", "mh-legend").end().text(t(lang, key::WIZARD_GOAL_QUESTION));
    m.close("label");
    m.tag("textarea")
        .attr("id", "mh-goal")
        .attr("name", "mh-text")
        .attr("rows", "3")
        .attr("placeholder", t(lang, key::WIZARD_GOAL_PLACEHOLDER));
    m.attr("maxlength", "2000").end().text(&c.text).close("textarea");
    m.el_class("p", "mh-hint", t(lang, key::WIZARD_SKIP_HINT)).close("div");
    m.tag("button").attr("type", "submit").attr("class", "mh-button mh-primary").end();
    m.text(t(lang, key::WIZARD_SUBMIT)).close("button");

    html! {
        <form class="mh-wizard" data-view="home" {onsubmit} {onchange} {oninput} {onkeydown}>
            { raw(m) }
        </form>
    }
}

/// A radio input and its letter badge.
fn radio(m: &mut Markup, name: &str, value: &str, checked: bool, letter: char) {
    m.tag("input").attr("type", "radio").attr("name", name).attr("value", value);
    m.attr_opt("checked", checked.then_some("")).end();
    m.tag("span").attr("class", "mh-letter").attr("aria-hidden", "true").end();
    m.text(letter.encode_utf8(&mut [0; 4])).close("span");
}
