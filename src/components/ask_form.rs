//! The question form of the ask view: the question plus the optional area and role. Submitting
//! writes everything into the hash, so the answer has a link that can be shared.
//!
//! The controls are markup (a text area and two selects); one listener on the form records what the
//! reader changes, so typing never re-renders the form. The markup is written again only for a
//! language switch or a link that says something else than the form holds; a question submitted
//! from the form itself keeps the same nodes, so focus stays where the reader left it.

use crate::app::AppContext;
use crate::components::raw_text;
use crate::hooks::{use_question_form, QuestionDraft, QuestionForm};
use mailgun_help_core::i18n::{key, t};
use mailgun_help_core::kb::Kb;
use mailgun_help_core::lang::Lang;
use mailgun_help_core::markup::Markup;
use mailgun_help_core::route::AskQuery;
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
    let QuestionForm { draft, oninput, onchange, onsubmit, onkeydown } = use_question_form();
    let Some(ctx) = use_context::<AppContext>() else { return Html::default() };
    let kb = Kb::get();
    let lang = ctx.lang;
    let mut d = draft.borrow_mut();
    // Follow the link when it changes (back button, a new link).
    let q = &props.query;
    if d.from.as_ref() != Some(q) {
        if !d.shows(q) {
            *d = QuestionDraft { text: q.q.clone(), area: q.area, role: q.role, ..QuestionDraft::default() };
        }
        d.from = Some(q.clone());
    }
    let markup = match &d.written {
        Some((written_lang, html)) if *written_lang == lang => html.clone(),
        _ => {
            let html = form_markup(kb, &d, lang);
            d.written = Some((lang, html.clone()));
            html
        }
    };

    html! {
        <form class="mh-ask-form" data-testid="ask-form" {onsubmit} {oninput} {onchange} {onkeydown}>
            { raw_text(markup) }
        </form>
    }
}

/// The form's controls holding what `d` holds.
fn form_markup(kb: &Kb, d: &QuestionDraft, lang: Lang) -> String {
    let mut m = Markup::new();
    m.tag("label").attr("class", "mh-legend").attr("for", "mh-question").end().text(t(lang, key::ASK_QUESTION));
    m.close("label");
    m.tag("textarea").attr("id", "mh-question").attr("name", "mh-text").attr("rows", "2").attr("maxlength", "2000");
    m.attr("placeholder", t(lang, key::WIZARD_GOAL_PLACEHOLDER)).end().text(&d.text).close("textarea");
    m.open_class("div", "mh-row");
    let areas = kb.areas.iter().map(|a| (a.id.slug(), a.id.letter(), a.title.get(lang), d.area == Some(a.id)));
    select(&mut m, "area", t(lang, key::ASK_AREA), t(lang, key::ASK_ANY), d.area.is_none(), areas);
    let roles = kb.roles.iter().map(|r| (r.id.slug(), r.id.letter(), r.title.get(lang), d.role == Some(r.id)));
    select(&mut m, "role", t(lang, key::ASK_ROLE), t(lang, key::ASK_ANY), d.role.is_none(), roles);
    m.tag("button").attr("type", "submit").attr("class", "mh-button mh-primary").end();
    m.text(t(lang, key::ASK_SUBMIT)).close("button").close("div");
    m.into_string()
}

/// A labelled select `mh-ask-<part>` named `mh-<part>`: "any" first, then `(value, letter, title,
/// selected)` per option.
fn select<'a>(
    m: &mut Markup,
    part: &str,
    label: &str,
    any: &str,
    none_selected: bool,
    options: impl Iterator<Item = (&'a str, char, &'a str, bool)>,
) {
    m.open("label").el("span", label).tag("select");
    m.attr("id", &format!("mh-ask-{part}")).attr("name", &format!("mh-{part}")).end();
    m.tag("option").attr("value", "").attr_opt("selected", none_selected.then_some("")).end().text(any).close("option");
    for (value, letter, title, selected) in options {
        m.tag("option").attr("value", value).attr_opt("selected", selected.then_some("")).end();
        m.text(&format!("{letter}) {title}")).close("option");
    }
    m.close("select").close("label");
}
