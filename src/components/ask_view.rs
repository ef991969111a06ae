//! The ask flow (`#/ask?q=…&area=…&role=…`): a short form whose context is prefilled from the link,
//! and the composed answer below it. The question is understood and answered by
//! `mailgun_help_core::ask`; this view only renders and keeps the chosen quick answers.

use crate::app::AppContext;
use crate::components::answer_panel::{answer_panel, AnswerPanelProps};
use crate::components::ask_form::AskForm;
use mailgun_help_core::ask::{self, Context, Refinement};
use mailgun_help_core::i18n::{fill, key, t};
use mailgun_help_core::route::AskQuery;
use yew::prelude::*;

/// Props of [`AskView`].
#[derive(Properties, PartialEq)]
pub struct AskViewProps {
    /// The question and context from the link.
    pub query: AskQuery,
}

/// The ask view.
#[function_component(AskView)]
pub fn ask_view(props: &AskViewProps) -> Html {
    let refinements = use_state(Vec::<Refinement>::new);
    {
        // A new question starts with no quick answers applied.
        let refinements = refinements.clone();
        use_effect_with(props.query.clone(), move |_| refinements.set(Vec::new()));
    }
    let Some(ctx) = use_context::<AppContext>() else { return Html::default() };
    let lang = ctx.lang;
    let q = &props.query;
    let has_input = !q.q.trim().is_empty() || q.area.is_some();

    let invalid = q.invalid.iter().map(|(name, value)| {
        html! {
            <p class="mh-field-error" role="alert" data-error={name.clone()}>
                { fill(lang, key::ASK_BAD_PARAM, &[("name", name), ("value", value)]) }
            </p>
        }
    });

    let answer = if has_input {
        let understanding = ask::classify(&q.q, &Context::from(q));
        let answer = ask::compose(&q.q, &understanding, q.role, Some(lang), &refinements);
        let on_refine = {
            let refinements = refinements.clone();
            let ctx = ctx.clone();
            Callback::from(move |r: Refinement| {
                if let Refinement::Region(region) = r {
                    ctx.dispatch(crate::state::Action::SetRegion(region));
                }
                let mut next = (*refinements).clone();
                next.push(r);
                refinements.set(next);
            })
        };
        answer_panel(&AnswerPanelProps { answer, on_refine }, lang)
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
