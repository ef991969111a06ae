//! The route tester's output (`#/tools/routes`): which routes match a sample message, in Mailgun's
//! order, and which actions run. Parsing, ordering and `stop()` are `core::tools::routes`; patterns
//! run in the browser's RegExp (`platform::regex`); the form is `core::tools::view::routes_form`.
//! Route `n`'s inputs are the link keys `p<n>`, `e<n>` and `a<n>`; `n=` says how many routes show.

use crate::components::raw;
use crate::hooks::ToolForm;
use crate::platform::regex::BrowserRegex;
use mailgun_help_core::i18n::{key, t};
use mailgun_help_core::lang::Lang;
use mailgun_help_core::markup::Markup;
use mailgun_help_core::tools::messages::route_problem;
use mailgun_help_core::tools::routes::{evaluate, routes_of, Message, RouteProblem, SOURCE};
use mailgun_help_core::tools::view;
use yew::prelude::*;

/// The evaluation of the form as it stands, and each route's problem at its field.
pub fn routes_output(form: &ToolForm, lang: Lang) -> (Html, Vec<(String, String)>) {
    let routes = routes_of(&form.params);
    let message = Message { recipient: form.get("rcpt"), headers: form.get("hdr") };
    let eval = evaluate(&routes, &message, &BrowserRegex);
    let mut errors = Vec::new();
    for (n, p) in &eval.problems {
        let prefix = match p {
            RouteProblem::Priority => "p",
            RouteProblem::Expression(_) => "e",
            RouteProblem::Actions(_) => "a",
        };
        errors.push((format!("{prefix}{n}"), route_problem(lang, p)));
    }
    let matched: Vec<String> = eval.matched().iter().map(usize::to_string).collect();
    let mut result = Markup::new();
    view::routes_result(&mut result, &eval, lang);
    let mut sources = Markup::new();
    view::sources(&mut sources, SOURCE, lang);
    let html = html! {
        <>
            <section class="mh-card mh-tool-result" role="status" aria-live="polite"
                data-matched={matched.join(",")} data-actions={eval.actions().join(", ")}
                data-error={(!eval.problems.is_empty()).then_some("true")}>
                { raw(result) }
            </section>
            <ul class="mh-hint mh-tool-notes">
                <li>{ t(lang, key::TOOLS_ROUTES_NOTE_REGEX) }</li>
                <li>{ t(lang, key::TOOLS_ROUTES_NOTE_SEARCH) }</li>
                <li>{ t(lang, key::TOOLS_ROUTES_NOTE_TIES) }</li>
            </ul>
            { raw(sources) }
        </>
    };
    (html, errors)
}
