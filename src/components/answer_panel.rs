//! A composed answer: title, lead, the routing note when another help skill fits better, the
//! sections (steps, endpoints, facts, code, gotchas, troubleshooting, role tip), the stated
//! assumptions, and at most two clarifying questions whose quick answers refine it in place.
//!
//! The panel carries `data-area="<slug>"` or `data-route="<skill>"` for tests and host pages.

use crate::components::raw;
use crate::components::snippet_box::SnippetBox;
use mailgun_help_core::ask::answer::{Answer, Item, Section, SectionKind};
use mailgun_help_core::ask::Refinement;
use mailgun_help_core::i18n::{key, t};
use mailgun_help_core::kb::Kb;
use mailgun_help_core::lang::Lang;
use mailgun_help_core::markup::Markup;
use mailgun_help_core::render;
use yew::prelude::*;

/// What [`answer_panel`] shows and calls.
pub struct AnswerPanelProps {
    /// The answer to show.
    pub answer: Answer,
    /// Called with the quick answer the reader picked.
    pub on_refine: Callback<Refinement>,
}

/// An item: code as an interactive snippet, everything else as markup.
fn item(it: &Item) -> Html {
    let mut m = Markup::new();
    if render::answer_item(&mut m, it) {
        return raw(m);
    }
    match it {
        Item::Code { id, .. } => match Kb::get().ok().and_then(|kb| kb.snippet(id)) {
            Some(s) => html! { <li class="mh-plain"><SnippetBox snippet={s.clone()} /></li> },
            None => Html::default(),
        },
        _ => Html::default(),
    }
}

fn section(s: &Section) -> Html {
    let mut m = Markup::new();
    if render::answer_section(&mut m, s) {
        return raw(m);
    }
    let ordered = s.kind == SectionKind::Steps;
    let items = s.items.iter().map(item);
    html! {
        <section class={classes!("mh-section", s.kind.class())}>
            <h2>{ &s.heading }</h2>
            if ordered { <ol class="mh-steps">{ for items }</ol> } else { <ul class="mh-facts">{ for items }</ul> }
        </section>
    }
}

/// The answer panel.
pub fn answer_panel(props: &AnswerPanelProps, lang: Lang) -> Html {
    let a = &props.answer;
    let mut head = Markup::new();
    render::answer_head(&mut head, a, lang);
    let mut assumptions = Markup::new();
    render::answer_assumptions(&mut assumptions, a, lang);
    let questions = a.questions.iter().take(2).enumerate().map(|(i, q)| {
        let buttons = q.options.iter().map(|opt| {
            let on_refine = props.on_refine.clone();
            let refinement = opt.refinement.clone();
            let chosen = a.refinements.contains(&opt.refinement);
            html! {
                <button type="button" class={classes!("mh-button", "mh-small", chosen.then_some("is-active"))}
                    aria-pressed={chosen.to_string()} data-testid="quick-answer"
                    onclick={Callback::from(move |_| on_refine.emit(refinement.clone()))}>{ &opt.label }</button>
            }
        });
        html! {
            <li class="mh-clarify" data-clarify={i.to_string()}>
                <p>{ &q.question }</p>
                <div class="mh-quick">{ for buttons }</div>
            </li>
        }
    });
    html! {
        <article class="mh-answer" data-testid="answer" aria-live="polite"
            data-area={a.data_area()} data-route={a.data_route().map(str::to_string)} lang={a.lang.html_lang()}>
            { raw(head) }
            { for a.sections.iter().map(section) }
            { raw(assumptions) }
            if !a.questions.is_empty() {
                <section class="mh-section mh-questions">
                    <h2>{ t(lang, key::ASK_CLARIFY) }</h2>
                    <ol>{ for questions }</ol>
                </section>
            }
        </article>
    }
}
