//! A composed answer: title, lead, the routing note when another help skill fits better, the
//! sections (steps, endpoints, facts, code, gotchas, troubleshooting, role tip), the stated
//! assumptions, and at most two clarifying questions whose quick answers refine it in place.
//!
//! The panel carries `data-area="<slug>"` or `data-route="<skill>"` for tests and host pages.

use crate::components::raw;
use crate::components::snippet_box::SnippetBox;
use crate::platform::dom;
use mailgun_help_core::ask::answer::{Answer, Item, Section, SectionKind};
use mailgun_help_core::ask::Refinement;
use mailgun_help_core::kb::Kb;
use mailgun_help_core::lang::Lang;
use mailgun_help_core::markup::Markup;
use mailgun_help_core::render;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// What [`answer_panel`] shows and calls.
pub struct AnswerPanelProps {
    /// The answer to show.
    pub answer: Answer,
    /// Called with the quick answer the reader picked.
    pub on_refine: Callback<Refinement>,
}

/// An item: code as an interactive snippet (in the answer's region; its region switch refines the
/// answer, so code, URLs and assumptions change together), everything else as markup.
fn item(it: &Item, a: &Answer, on_refine: &Callback<Refinement>) -> Html {
    let mut m = Markup::new();
    if render::answer_item(&mut m, it) {
        return raw(m);
    }
    match it {
        Item::Code { id, domain, lang, .. } => match Kb::get().snippet(id) {
            Some(s) => {
                let on_refine = on_refine.clone();
                let on_region = Callback::from(move |r| on_refine.emit(Refinement::Region(r)));
                html! {
                    <li class="mh-plain">
                        <SnippetBox snippet={s.clone()} region={a.region} domain={AttrValue::from(domain.clone())}
                            first={*lang} {on_region} lang={a.lang} />
                    </li>
                }
            }
            None => Html::default(),
        },
        _ => Html::default(),
    }
}

fn section(s: &Section, a: &Answer, on_refine: &Callback<Refinement>) -> Html {
    let mut m = Markup::new();
    if render::answer_section(&mut m, s) {
        return raw(m);
    }
    let ordered = s.kind == SectionKind::Steps;
    let items = s.items.iter().map(|i| item(i, a, on_refine));
    html! {
        <section class={s.kind.class()}>
            <h2>{ &s.heading }</h2>
            if ordered { <ol class="mh-steps">{ for items }</ol> } else { <ul class="mh-facts">{ for items }</ul> }
        </section>
    }
}

/// The answer panel. The quick answers are markup buttons (`data-quick`); one listener on the
/// panel applies the one chosen and, when the re-rendered answer replaced the focused button, puts
/// focus on the answer's title.
pub fn answer_panel(props: &AnswerPanelProps, lang: Lang) -> Html {
    let a = &props.answer;
    let mut head = Markup::new();
    render::answer_head(&mut head, a, lang);
    let mut tail = Markup::new();
    render::answer_assumptions(&mut tail, a, lang);
    render::answer_questions(&mut tail, a, lang);
    let mut options: Vec<Refinement> = Vec::new();
    for q in a.questions.iter().take(2) {
        for o in &q.options {
            options.push(o.refinement.clone());
        }
    }
    let on_refine = props.on_refine.clone();
    let onclick = Callback::from(move |e: MouseEvent| {
        let Some(i) = dom::data_index(&e, "[data-quick]", "data-quick") else { return };
        let Some(refinement) = options.get(i) else { return };
        on_refine.emit(refinement.clone());
        if let Some(panel) = e.current_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) {
            let focused = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
            // The answer's title, not the button now at the same index: that one answers another
            // question once the chosen one is gone, and a second Enter would change the answer.
            dom::refocus_after_render(panel, focused, vec![".mh-answer-title".into()]);
        }
    });
    html! {
        <article class="mh-answer" data-testid="answer" aria-live="polite" {onclick}
            data-area={a.data_area()} data-route={a.data_route().map(str::to_string)} lang={a.lang.html_lang()}
            data-answer-kind={a.kind.code()} data-region={a.region.code()}>
            { raw(head) }
            { for a.sections.iter().map(|s| section(s, a, &props.on_refine)) }
            { raw(tail) }
        </article>
    }
}
