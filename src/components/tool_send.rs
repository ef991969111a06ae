//! The request builder's output (`#/tools/send`): the request written in eight languages as the
//! reader types, with its notes. Building and checking the request is `core::tools::send`; the
//! form is `core::tools::view::send_form`, written by the tool component.

use crate::components::code_tabs::code_tabs;
use crate::components::raw;
use crate::hooks::{with_param, ToolForm};
use crate::platform::dom;
use mailgun_help_core::i18n::{key, t};
use mailgun_help_core::lang::Lang;
use mailgun_help_core::markup::Markup;
use mailgun_help_core::tools::codegen::{render, LANGS};
use mailgun_help_core::tools::messages::send_problem;
use mailgun_help_core::tools::send::{build, Clock, SendField, SendForm};
use mailgun_help_core::tools::view;
use yew::prelude::*;

/// The code, notes and problems of the form as it stands: `(output, [(field, message)])`.
pub fn send_output(form: &ToolForm, lang: Lang) -> (Html, Vec<(String, String)>) {
    let values = SendForm::from_params(&form.params);
    let at = values.get(SendField::Delivery).to_string();
    let clock = Clock { now: (dom::epoch_ms() / 1000.0) as i64, offset_minutes: dom::offset_minutes_at(&at) };
    let built = build(&values, clock);
    let errors = built.errors.iter().map(|e| (e.field.code().to_string(), send_problem(lang, &e.problem))).collect();
    let codes: Vec<(&'static str, &'static str, String)> =
        LANGS.iter().map(|l| (l.id, l.label, render(&built.request, built.region, l))).collect();
    let mut head = Markup::new();
    head.el("h2", t(lang, key::TOOLS_SEND_CODE));
    let mut status = Markup::new();
    if !built.errors.is_empty() && !form.params.is_empty() {
        status.el("p", t(lang, key::TOOLS_SEND_HAS_ERRORS));
    }
    let mut notes = Markup::new();
    view::send_notes(&mut notes, &built.notes, lang);
    let mut tail = Markup::new();
    if let Some(at) = &built.delivery {
        tail.tag("p").attr("class", "mh-hint").attr("data-deliverytime", at).end().text("o:deliverytime = ");
        tail.el("code", at).close("p");
    }
    let on_select = {
        let params = form.params.clone();
        Callback::from(move |id: String| params.set(with_param(&params, "code", &id)))
    };
    let html = html! {
        <div class="mh-tool-out">
            { raw(head) }
            <div role="status" aria-live="polite" class="mh-tool-status" data-errors={built.errors.len().to_string()}>
                { raw(status) }
            </div>
            { raw(notes) }
            { code_tabs(&codes, &form.get("code"), on_select, lang) }
            { raw(tail) }
        </div>
    };
    (html, errors)
}
