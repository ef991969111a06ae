//! The ask flow (`#/ask?q=…&area=…&role=…`): a short form whose context is prefilled from the link,
//! and the composed answer below it. The question is understood and answered by
//! `mailgun_help_core::ask`; this view only renders it. The quick answers chosen live in the app
//! state ([`Action::Refine`]), which drops them when another view opens.

use crate::app::AppContext;
use crate::components::answer_panel::{answer_panel, AnswerPanelProps};
use crate::components::ask_form::AskForm;
use crate::state::Action;
use mailgun_help_core::ask::{self, Context, Refinement};
use mailgun_help_core::i18n::{fill, key, t};
use mailgun_help_core::kb::Kb;
use mailgun_help_core::lang::Lang;
use mailgun_help_core::route::AskQuery;
use yew::prelude::*;

/// The ask view for the question and context of the link.
pub fn ask_view(q: &AskQuery, state: &AppContext, lang: Lang) -> Html {
    let has_input = q.has_input();

    let invalid = q.invalid.iter().map(|(name, value)| {
        html! {
            <p class="mh-field-error" role="alert" data-error={name.clone()}>
                { fill(lang, key::ASK_BAD_PARAM, &[("name", name), ("value", value)]) }
            </p>
        }
    });

    let answer = if has_input {
        // Understood once per question by the reducer; classified here only if the state has
        // not caught up with the link yet.
        let context = Context::from(q);
        let kept = state.understood.as_ref().filter(|u| u.question == q.q && u.context == context);
        let fresh;
        let understanding = match kept {
            Some(u) => &u.understanding,
            None => {
                fresh = ask::classify(&q.q, &context);
                &fresh
            }
        };
        // In the question's language when it has one: a Chinese question on an English page is
        // answered in Chinese (the panel says so in its `lang`), the form around it stays the page's.
        let answer_lang = ask::answer_lang(&q.q, lang);
        let answer = ask::compose(&q.q, understanding, q.role, Some(answer_lang), &state.refinements);
        let state = state.clone();
        let on_refine = Callback::from(move |r: Refinement| state.dispatch(Action::Refine(r)));
        answer_panel(&AnswerPanelProps { answer, on_refine }, answer_lang)
    } else if let Some(role) = q.role.and_then(|r| Kb::get().role(r)) {
        // A role alone has no answer yet: say it was taken and what else is needed.
        let hint = fill(lang, key::ASK_ROLE_ONLY, &[("role", role.title.get(lang))]);
        html! { <p class="mh-hint" data-testid="ask-empty" data-role-only="true">{ hint }</p> }
    } else {
        html! { <p class="mh-hint" data-testid="ask-empty">{ t(lang, key::ASK_EMPTY) }</p> }
    };

    html! {
        <section class="mh-ask" data-view="ask">
            <h1>{ t(lang, key::ASK_TITLE) }</h1>
            { for invalid }
            <AskForm query={q.clone()} />
            { answer }
        </section>
    }
}
