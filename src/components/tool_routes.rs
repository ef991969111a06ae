//! The route tester's output (`#/tools/routes`): which routes match a sample message, in Mailgun's
//! order, and which actions run. Parsing, ordering and `stop()` are `core::tools::routes`; patterns
//! run in the browser's RegExp (`platform::regex`); the form is `core::tools::view::routes_form`.
//! Route `n`'s inputs are the link keys `p<n>`, `e<n>` and `a<n>`; `n=` says how many routes show.

use crate::components::tools_view::{ResultHooks, ToolOutput};
use crate::hooks::ToolForm;
use crate::platform::regex::BrowserRegex;
use mailgun_help_core::i18n::{fill, key, t};
use mailgun_help_core::lang::Lang;
use mailgun_help_core::markup::Markup;
use mailgun_help_core::tools::messages::route_problem;
use mailgun_help_core::tools::routes::{evaluate, routes_of, Message, RouteProblem, SOURCE};
use mailgun_help_core::tools::view;

/// The evaluation of the form as it stands, and each route's problem at its field.
pub fn routes_output(form: &ToolForm, lang: Lang) -> ToolOutput {
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
    if let Some(line) = message.bad_header_line() {
        errors.push(("hdr".to_string(), fill(lang, key::TOOLS_SEND_ERR_HEADER, &[("line", &line.to_string())])));
    }
    let matched: Vec<String> = eval.matched().iter().map(usize::to_string).collect();
    let mut result = Markup::new();
    view::routes_result(&mut result, &eval, lang);
    let mut after = Markup::new();
    after.open_class("ul", "mh-hint mh-tool-notes");
    for k in [key::TOOLS_ROUTES_NOTE_REGEX, key::TOOLS_ROUTES_NOTE_SEARCH, key::TOOLS_ROUTES_NOTE_TIES] {
        after.el("li", t(lang, k));
    }
    after.close("ul");
    view::sources(&mut after, SOURCE, lang);
    let hooks = ResultHooks {
        matched: Some(matched.join(",")),
        actions: Some(eval.actions().join(", ")),
        error: (!eval.problems.is_empty()).then_some("true"),
        ..ResultHooks::default()
    };
    ToolOutput { result: Some((hooks, result)), after, errors }
}
