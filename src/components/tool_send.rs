//! The request builder (`#/tools/send`): a message form whose request is written below in eight
//! languages as the reader types. Building and checking the request is `core::tools::send`; this
//! view lays out the form, puts each problem under its field and shows the code tabs.

use crate::components::code_tabs::code_tabs;
use crate::components::tool_field::{field, Control, Field};
use crate::hooks::use_tool_form;
use crate::platform::dom;
use mailgun_help_core::i18n::{key, t, Key};
use mailgun_help_core::lang::Lang;
use mailgun_help_core::route::ToolPage;
use mailgun_help_core::tools::codegen::{render, LANGS};
use mailgun_help_core::tools::messages::{send_label, send_note, send_problem};
use mailgun_help_core::tools::send::{build, Clock, SendField, SendForm};
use yew::prelude::*;

/// Props of [`ToolSend`].
#[derive(Properties, PartialEq)]
pub struct ToolSendProps {
    /// The link's query.
    pub params: Vec<(String, String)>,
    /// The language.
    pub lang: Lang,
}

/// The request builder.
#[function_component(ToolSend)]
pub fn tool_send(props: &ToolSendProps) -> Html {
    let form = use_tool_form(ToolPage::Send, &props.params);
    let lang = props.lang;
    let values = SendForm::from_params(&form.params);
    let at = values.get(SendField::Delivery).to_string();
    let clock = Clock { now: (dom::epoch_ms() / 1000.0) as i64, offset_minutes: dom::offset_minutes_at(&at) };
    let built = build(&values, clock);
    let problem = |f: SendField| built.errors.iter().find(|e| e.field == f).map(|e| send_problem(lang, &e.problem));
    let labels: [(SendField, Key); 22] = [
        (SendField::Region, key::TOOLS_SEND_REGION),
        (SendField::Domain, key::TOOLS_SEND_DOMAIN),
        (SendField::From, key::TOOLS_SEND_FROM),
        (SendField::To, key::TOOLS_SEND_TO),
        (SendField::Cc, key::TOOLS_SEND_CC),
        (SendField::Bcc, key::TOOLS_SEND_BCC),
        (SendField::Subject, key::TOOLS_SEND_SUBJECT),
        (SendField::Text, key::TOOLS_SEND_TEXT),
        (SendField::Html, key::TOOLS_SEND_HTML),
        (SendField::Template, key::TOOLS_SEND_TEMPLATE),
        (SendField::TemplateVariables, key::TOOLS_SEND_TVARS),
        (SendField::Tags, key::TOOLS_SEND_TAGS),
        (SendField::Variables, key::TOOLS_SEND_VARS),
        (SendField::RecipientVariables, key::TOOLS_SEND_RCPT),
        (SendField::TestMode, key::TOOLS_SEND_TESTMODE),
        (SendField::Delivery, key::TOOLS_SEND_AT),
        (SendField::Tracking, key::TOOLS_SEND_TRACKING),
        (SendField::Clicks, key::TOOLS_SEND_CLICKS),
        (SendField::Opens, key::TOOLS_SEND_OPENS),
        (SendField::Headers, key::TOOLS_SEND_HEADERS),
        (SendField::Attachments, key::TOOLS_SEND_ATTACH),
        (SendField::Inline, key::TOOLS_SEND_INLINE),
    ];
    let label_of =
        |f: SendField| labels.iter().find(|(g, _)| *g == f).map(|(_, k)| send_label(lang, *k)).unwrap_or_default();
    let hint_of = |f: SendField| -> Option<String> {
        let k = match f {
            SendField::Domain => key::TOOLS_SEND_DOMAIN_HINT,
            SendField::To => key::TOOLS_SEND_TO_HINT,
            SendField::Template => key::TOOLS_SEND_TEMPLATE_HINT,
            SendField::Variables => key::TOOLS_SEND_VARS_HINT,
            SendField::RecipientVariables => key::TOOLS_SEND_RCPT_HINT,
            SendField::Delivery => key::TOOLS_SEND_AT_HINT,
            SendField::Inline => key::TOOLS_SEND_FILES_HINT,
            _ => return None,
        };
        Some(send_label(lang, k))
    };
    let yes_no = [
        ("", t(lang, key::TOOLS_SEND_CHOICE_DEFAULT)),
        ("yes", t(lang, key::TOOLS_SEND_YES)),
        ("no", t(lang, key::TOOLS_SEND_NO)),
    ];
    let with_html = [
        ("", t(lang, key::TOOLS_SEND_CHOICE_DEFAULT)),
        ("yes", t(lang, key::TOOLS_SEND_YES)),
        ("no", t(lang, key::TOOLS_SEND_NO)),
        ("htmlonly", t(lang, key::TOOLS_SEND_HTMLONLY)),
    ];
    let regions = [("us", t(lang, key::TOOLS_SEND_REGION_US)), ("eu", t(lang, key::TOOLS_SEND_REGION_EU))];
    let control = |f: SendField| -> Control {
        match f {
            SendField::Region => Control::Select(&regions),
            SendField::Text | SendField::Html => Control::Area(4, false),
            SendField::TemplateVariables
            | SendField::Variables
            | SendField::RecipientVariables
            | SendField::Headers => Control::Area(3, true),
            SendField::TestMode => Control::Check,
            SendField::Delivery => Control::Input("datetime-local"),
            SendField::Tracking | SendField::Clicks => Control::Select(&with_html),
            SendField::Opens => Control::Select(&yes_no),
            _ => Control::Input("text"),
        }
    };
    let row = |f: SendField| {
        let label = label_of(f);
        let hint = hint_of(f);
        let value = if f == SendField::Region { built.region.code().to_string() } else { values.get(f).to_string() };
        field(Field { name: f.code(), label: &label, value, error: problem(f), hint: hint.as_deref() }, control(f))
    };
    let group = |legend: Key, fields: &[SendField]| {
        html! {
            <fieldset class="mh-tool-group">
                <legend>{ t(lang, legend) }</legend>
                { for fields.iter().map(|f| row(*f)) }
            </fieldset>
        }
    };
    let codes: Vec<(&'static str, &'static str, String)> =
        LANGS.iter().map(|l| (l.id, l.label, render(&built.request, built.region, l))).collect();
    let selected = form.get("code");
    let on_select = {
        let params = form.params.clone();
        Callback::from(move |id: String| {
            params.set(crate::hooks::with_param(&params, "code", &id));
        })
    };
    html! {
        <section class="mh-tool" data-tool="send">
            <h1>{ t(lang, key::TOOLS_SEND_TITLE) }</h1>
            <p class="mh-lead">{ t(lang, key::TOOLS_SEND_INTRO) }</p>
            <div class="mh-tool-grid">
                <form class="mh-tool-form" oninput={form.oninput.clone()} onchange={form.onchange.clone()}
                    onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                    { group(key::TOOLS_SEND_WHERE, &[SendField::Region, SendField::Domain]) }
                    { group(key::TOOLS_SEND_WHO, &[SendField::From, SendField::To, SendField::Cc, SendField::Bcc]) }
                    { group(key::TOOLS_SEND_CONTENT, &[SendField::Subject, SendField::Text, SendField::Html, SendField::Template, SendField::TemplateVariables]) }
                    { group(key::TOOLS_SEND_OPTIONS, &[SendField::Tags, SendField::Variables, SendField::RecipientVariables, SendField::TestMode, SendField::Delivery, SendField::Tracking, SendField::Clicks, SendField::Opens, SendField::Headers]) }
                    { group(key::TOOLS_SEND_FILES, &[SendField::Attachments, SendField::Inline]) }
                </form>
                <div class="mh-tool-out">
                    <h2>{ t(lang, key::TOOLS_SEND_CODE) }</h2>
                    <div role="status" aria-live="polite" class="mh-tool-status" data-errors={built.errors.len().to_string()}>
                        if !built.errors.is_empty() {
                            <p>{ t(lang, key::TOOLS_SEND_HAS_ERRORS) }</p>
                        }
                    </div>
                    if !built.notes.is_empty() {
                        <ul class="mh-tool-notes">
                            { for built.notes.iter().map(|n| html! { <li>{ send_note(lang, n) }</li> }) }
                        </ul>
                    }
                    { code_tabs(&codes, &selected, on_select, lang) }
                    if let Some(at) = &built.delivery {
                        <p class="mh-hint" data-deliverytime={at.clone()}>{ "o:deliverytime = " }<code>{ at.clone() }</code></p>
                    }
                </div>
            </div>
        </section>
    }
}
