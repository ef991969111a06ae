//! The route tester (`#/tools/routes`): routes (priority, filter, actions) and a sample message in,
//! which routes match, in Mailgun's order, and which actions run, out. Parsing, ordering and
//! `stop()` are `core::tools::routes`; patterns run in the browser's RegExp
//! (`platform::regex`). Route `n`'s inputs are the link keys `p<n>`, `e<n>` and `a<n>`; `n=` says
//! how many routes the form shows.

use crate::components::tool_field::{field, Control, Field};
use crate::hooks::{use_tool_form, with_param};
use crate::platform::regex::BrowserRegex;
use mailgun_help_core::i18n::{fill, key, t};
use mailgun_help_core::lang::Lang;
use mailgun_help_core::route::ToolPage;
use mailgun_help_core::tools::messages::route_problem;
use mailgun_help_core::tools::routes::{evaluate, Message, RouteInput, RouteProblem, MAX_ROUTES, SOURCE};
use yew::prelude::*;

/// Routes shown when the link says nothing.
const DEFAULT_ROUTES: usize = 2;

/// Props of [`ToolRoutes`].
#[derive(Properties, PartialEq)]
pub struct ToolRoutesProps {
    /// The link's query.
    pub params: Vec<(String, String)>,
    /// The language.
    pub lang: Lang,
}

/// The number of routes the form shows: `n=`, or enough for every route the link fills.
fn route_count(get: &dyn Fn(&str) -> String) -> usize {
    let mut n = get("n").trim().parse::<usize>().unwrap_or(DEFAULT_ROUTES);
    for i in 1..=MAX_ROUTES {
        if !get(&format!("e{i}")).is_empty() || !get(&format!("a{i}")).is_empty() {
            n = n.max(i);
        }
    }
    n.clamp(1, MAX_ROUTES)
}

/// The route tester.
#[function_component(ToolRoutes)]
pub fn tool_routes(props: &ToolRoutesProps) -> Html {
    let form = use_tool_form(ToolPage::Routes, &props.params);
    let lang = props.lang;
    let get = |k: &str| form.get(k);
    let count = route_count(&get);
    let routes: Vec<RouteInput> = (1..=count)
        .map(|i| RouteInput {
            priority: get(&format!("p{i}")),
            expression: get(&format!("e{i}")),
            actions: get(&format!("a{i}")),
        })
        .collect();
    let message = Message { recipient: get("rcpt"), headers: get("hdr") };
    let eval = evaluate(&routes, &message, &BrowserRegex);
    let problem_of = |n: usize| eval.problems.iter().find(|(m, _)| *m == n).map(|(_, p)| p);
    let add = {
        let params = form.params.clone();
        Callback::from(move |_| params.set(with_param(&params, "n", &(count + 1).min(MAX_ROUTES).to_string())))
    };
    let remove = |i: usize| {
        let params = form.params.clone();
        Callback::from(move |_| {
            // Later routes move up one place, so their numbers stay contiguous.
            let mut next = (*params).clone();
            for j in i..count {
                for prefix in ["p", "e", "a"] {
                    let v = next.iter().find(|(k, _)| *k == format!("{prefix}{}", j + 1)).map(|(_, v)| v.clone());
                    next = with_param(&next, &format!("{prefix}{j}"), &v.unwrap_or_default());
                }
            }
            for prefix in ["p", "e", "a"] {
                next = with_param(&next, &format!("{prefix}{count}"), "");
            }
            params.set(with_param(&next, "n", &(count - 1).max(1).to_string()));
        })
    };
    let route_row = |i: usize| {
        let problem = problem_of(i);
        let (p_err, e_err, a_err) = match problem {
            Some(RouteProblem::Priority) => (Some(route_problem(lang, &RouteProblem::Priority)), None, None),
            Some(p @ RouteProblem::Expression(_)) => (None, Some(route_problem(lang, p)), None),
            Some(p @ RouteProblem::Actions(_)) => (None, None, Some(route_problem(lang, p))),
            None => (None, None, None),
        };
        let at = match problem {
            Some(RouteProblem::Expression(e) | RouteProblem::Actions(e)) => Some(e.at.to_string()),
            _ => None,
        };
        let (pk, ek, ak) = (format!("p{i}"), format!("e{i}"), format!("a{i}"));
        html! {
            <fieldset class="mh-tool-group mh-route" data-route-number={i.to_string()} data-error-at={at}>
                <legend>{ fill(lang, key::TOOLS_ROUTES_ROUTE_N, &[("n", &i.to_string())]) }</legend>
                { field(Field { name: &pk, label: t(lang, key::TOOLS_ROUTES_PRIORITY), value: get(&pk), error: p_err, hint: Some(t(lang, key::TOOLS_ROUTES_PRIORITY_HINT)) }, Control::Input("text")) }
                { field(Field { name: &ek, label: t(lang, key::TOOLS_ROUTES_EXPRESSION), value: get(&ek), error: e_err, hint: None }, Control::Area(2, true)) }
                { field(Field { name: &ak, label: t(lang, key::TOOLS_ROUTES_ACTIONS), value: get(&ak), error: a_err, hint: Some(t(lang, key::TOOLS_ROUTES_ACTIONS_HINT)) }, Control::Area(2, true)) }
                if count > 1 {
                    <button type="button" class="mh-button mh-small" onclick={remove(i)}>
                        { fill(lang, key::TOOLS_ROUTES_REMOVE, &[("n", &i.to_string())]) }
                    </button>
                }
            </fieldset>
        }
    };
    let matched: Vec<String> = eval.matched().iter().map(usize::to_string).collect();
    let actions = eval.actions();
    html! {
        <section class="mh-tool" data-tool="routes">
            <h1>{ t(lang, key::TOOLS_ROUTES_TITLE) }</h1>
            <p class="mh-lead">{ t(lang, key::TOOLS_ROUTES_INTRO) }</p>
            <form class="mh-tool-form" oninput={form.oninput.clone()} onchange={form.onchange.clone()}
                onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                { for (1..=count).map(route_row) }
                if count < MAX_ROUTES {
                    <p><button type="button" class="mh-button" data-testid="add-route" onclick={add}>{ t(lang, key::TOOLS_ROUTES_ADD) }</button></p>
                }
                <fieldset class="mh-tool-group">
                    <legend>{ t(lang, key::TOOLS_ROUTES_MESSAGE) }</legend>
                    { field(Field { name: "rcpt", label: t(lang, key::TOOLS_ROUTES_RECIPIENT), value: get("rcpt"), error: None, hint: None }, Control::Input("text")) }
                    { field(Field { name: "hdr", label: t(lang, key::TOOLS_ROUTES_HEADERS), value: get("hdr"), error: None, hint: None }, Control::Area(3, true)) }
                </fieldset>
            </form>
            <section class="mh-card mh-tool-result" role="status" aria-live="polite"
                data-matched={matched.join(",")} data-actions={actions.join(", ")}
                data-error={(!eval.problems.is_empty()).then_some("true")}>
                <h2>{ t(lang, key::TOOLS_ROUTES_RESULT) }</h2>
                if eval.outcomes.is_empty() && eval.problems.is_empty() {
                    <p>{ t(lang, key::TOOLS_ROUTES_EMPTY) }</p>
                }
                <ol class="mh-route-order">
                    { for eval.outcomes.iter().map(|o| {
                        let status = if o.skipped {
                            t(lang, key::TOOLS_ROUTES_SKIPPED)
                        } else if o.matched {
                            t(lang, key::TOOLS_ROUTES_MATCHED)
                        } else {
                            t(lang, key::TOOLS_ROUTES_NOT_MATCHED)
                        };
                        html! {
                            <li data-outcome={if o.skipped { "skipped" } else if o.matched { "matched" } else { "no-match" }}>
                                <strong>{ fill(lang, key::TOOLS_ROUTES_ROUTE_N, &[("n", &o.number.to_string())]) }</strong>
                                { format!(" ({}) ", o.priority) }{ status }
                                if !o.actions.is_empty() {
                                    <ul>{ for o.actions.iter().map(|a| html! { <li><code>{ a.written() }</code></li> }) }</ul>
                                }
                                if o.stopped {
                                    <p class="mh-hint">{ t(lang, key::TOOLS_ROUTES_STOPPED) }</p>
                                }
                            </li>
                        }
                    }) }
                </ol>
                if !eval.outcomes.is_empty() && matched.is_empty() {
                    <p>{ t(lang, key::TOOLS_ROUTES_NONE_MATCH) }</p>
                }
            </section>
            <ul class="mh-hint mh-tool-notes">
                <li>{ t(lang, key::TOOLS_ROUTES_NOTE_REGEX) }</li>
                <li>{ t(lang, key::TOOLS_ROUTES_NOTE_SEARCH) }</li>
                <li>{ t(lang, key::TOOLS_ROUTES_NOTE_TIES) }</li>
            </ul>
            <p class="mh-hint mh-sources">{ t(lang, key::TOOLS_SOURCES) }{ " " }
                <a href={SOURCE} rel="noopener noreferrer" target="_blank">{ SOURCE }</a>
            </p>
        </section>
    }
}
