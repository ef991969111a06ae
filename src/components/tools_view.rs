//! `#/tools`: the developer tools' index, and the tool a `#/tools/<tool>` link opens. The tool is
//! keyed by its link, so opening a new link starts it afresh while typing (which only rewrites the
//! address) keeps it.

use crate::components::{raw, raw_text};
use crate::components::{
    tool_dns::dns_output,
    tool_routes::routes_output,
    tool_send::send_output,
    tool_signature::{make_test_payload, signature_output},
};
use crate::hooks::use_tool_form;
use crate::platform::dom;
use mailgun_help_core::i18n::{key, t, Key};
use mailgun_help_core::kb::Region;
use mailgun_help_core::lang::Lang;
use mailgun_help_core::markup::Markup;
use mailgun_help_core::route::{param, set_param};
use mailgun_help_core::route::{Route, ToolPage};
use mailgun_help_core::tools::routes::{routes_of, without_route, MAX_ROUTES};
use mailgun_help_core::tools::send::SendForm;
use mailgun_help_core::tools::view;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The title and one-line summary of a tool.
pub fn tool_words(page: ToolPage) -> (Key, Key) {
    match page {
        ToolPage::Index => (key::TOOLS_TITLE, key::TOOLS_INTRO),
        ToolPage::Send => (key::TOOLS_SEND_TITLE, key::TOOLS_SEND_SUMMARY),
        ToolPage::WebhookSignature => (key::TOOLS_SIG_TITLE, key::TOOLS_SIG_SUMMARY),
        ToolPage::Routes => (key::TOOLS_ROUTES_TITLE, key::TOOLS_ROUTES_SUMMARY),
        ToolPage::Dns => (key::TOOLS_DNS_TITLE, key::TOOLS_DNS_SUMMARY),
    }
}

/// The view of `#/tools…`.
pub fn tools_view(page: ToolPage, params: &[(String, String)], lang: Lang) -> Html {
    let mut m = Markup::new();
    if page == ToolPage::Index {
        index(&mut m, lang);
        return raw(m);
    }
    let link = Route::Tools(page, params.to_vec()).to_hash();
    let params = params.to_vec();
    m.tag("nav").attr("class", "mh-crumbs").attr("aria-label", t(lang, key::TOOLS_TITLE)).end();
    m.tag("a").attr("href", "#/tools").end().text(t(lang, key::TOOLS_TITLE)).close("a").close("nav");
    html! {
        <>
            { raw(m) }
            <Tool key={link} {page} {params} {lang} />
        </>
    }
}

/// The test hooks a tool's result region carries (see the README's tools contract).
#[derive(Default)]
pub struct ResultHooks {
    /// `data-verdict`: `valid` or `invalid`.
    pub verdict: Option<&'static str>,
    /// `data-reason`: why.
    pub reason: Option<&'static str>,
    /// `data-matched`: route numbers in evaluation order.
    pub matched: Option<String>,
    /// `data-actions`: the actions that run, in order.
    pub actions: Option<String>,
    /// `data-error`: set when an input is malformed.
    pub error: Option<&'static str>,
}

/// What a tool shows beside its form: a live result region (announced as it changes) with its
/// hooks, the markup after it, and each field's problem as `(field, message)`.
pub struct ToolOutput {
    /// The result region's hooks and content, when the tool has one.
    pub result: Option<(ResultHooks, Markup)>,
    /// Read-only markup after it: records, notes, sources.
    pub after: Markup,
    /// Field problems, shown in the form's slots.
    pub errors: Vec<(String, String)>,
}

impl ToolOutput {
    /// The output as nodes, and its field problems.
    fn into_parts(self) -> (Html, Vec<(String, String)>) {
        let result = self.result.map(|(h, m)| {
            html! {
                <section class="mh-card mh-tool-result" role="status" aria-live="polite" data-verdict={h.verdict}
                    data-reason={h.reason} data-matched={h.matched} data-actions={h.actions} data-error={h.error}>
                    { raw(m) }
                </section>
            }
        });
        (html! { <>{ for result }{ raw(self.after) }</> }, self.errors)
    }
}

/// Props of [`Tool`].
#[derive(Properties, PartialEq)]
pub struct ToolProps {
    /// Which tool.
    pub page: ToolPage,
    /// The link's query.
    pub params: Vec<(String, String)>,
    /// The language.
    pub lang: Lang,
}

/// The form's markup for the link and language, from the values as they are now.
fn form_markup(page: ToolPage, params: &[(String, String)], secret: &str, lang: Lang) -> String {
    let mut m = Markup::new();
    match page {
        ToolPage::Send => view::send_form(&mut m, &SendForm::from_params(params), lang),
        ToolPage::WebhookSignature => view::signature_form(&mut m, params, secret, lang),
        ToolPage::Routes => {
            let routes = routes_of(params);
            let get = |k: &str| param(params, k);
            view::routes_form(&mut m, &routes, get("rcpt"), get("hdr"), routes.len() < MAX_ROUTES, lang);
        }
        ToolPage::Dns => {
            let get = |k: &str| param(params, k);
            view::dns_form(&mut m, get("domain"), Region::parse(get("region")).unwrap_or_default(), get("spf"), lang);
        }
        ToolPage::Index => {}
    }
    m.into_string()
}

/// One tool. Its form is markup written once per link and language (and again after a button
/// changes it): typing never rewrites it, so focus and the caret stay put, and each field's
/// problem is written into the empty slot under it after every render. One component serves all
/// four tools, which share the form hook; each component type would cost its own copy of Yew's
/// lifecycle code.
#[function_component(Tool)]
fn tool(props: &ToolProps) -> Html {
    let form = use_tool_form(props.page, &props.params);
    let (page, lang) = (props.page, props.lang);
    let form_ref = use_node_ref();
    let markup = {
        let (params, secret) = ((*form.params).clone(), (*form.secret).clone());
        use_memo((page, lang, *form.revision), move |(page, lang, _)| form_markup(*page, &params, &secret, *lang))
    };
    let (output, mut errors) = match page {
        ToolPage::Send => send_output(&form, lang),
        ToolPage::WebhookSignature => signature_output(&form, lang).into_parts(),
        ToolPage::Routes => routes_output(&form, lang).into_parts(),
        ToolPage::Dns | ToolPage::Index => dns_output(&form, lang).into_parts(),
    };
    // A form nobody has filled in yet (a bare `#/tools/…` link, nothing typed) is not told what is
    // missing: field problems show from the first value on.
    if form.params.is_empty() {
        errors.clear();
    }
    {
        let (form_ref, form) = (form_ref.clone(), form.clone());
        use_effect(move || {
            form.sync_address();
            if let Some(el) = form_ref.cast::<web_sys::Element>() {
                dom::show_field_errors(&el, &errors);
            }
        });
    }
    // The buttons inside the form (add or remove a route, make a test payload) and the copy
    // buttons of the output (the request builder's code tabs handle their own).
    let onclick = {
        let form = form.clone();
        Callback::from(move |e: MouseEvent| {
            if page != ToolPage::Send && dom::copy_from_button(&e, t(lang, key::COPY_DONE), t(lang, key::COPY_FAILED)) {
                return;
            }
            let Some(button) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|t| t.closest("button").ok().flatten())
            else {
                return;
            };
            if let Some(i) = button.get_attribute("data-remove").and_then(|v| mailgun_help_core::text::parse_index(&v))
            {
                form.replace(without_route(&form.params, i));
            }
            match button.get_attribute("data-action").as_deref() {
                Some("add-route") => {
                    let n = (routes_of(&form.params).len() + 1).min(MAX_ROUTES);
                    form.replace(set_param(&form.params, "n", &n.to_string(), 4));
                }
                Some("make-test") => make_test_payload(&form),
                _ => {}
            }
        })
    };
    let title = tool_words(page).0;
    let intro = match page {
        ToolPage::Send => key::TOOLS_SEND_INTRO,
        ToolPage::WebhookSignature => key::TOOLS_SIG_INTRO,
        ToolPage::Routes => key::TOOLS_ROUTES_INTRO,
        ToolPage::Dns | ToolPage::Index => key::TOOLS_DNS_INTRO,
    };
    let mut head = Markup::new();
    head.el("h1", t(lang, title)).el_class("p", "mh-lead", t(lang, intro));
    html! {
        <section class="mh-tool" data-tool={page.slug()}>
            { raw(head) }
            <div class={classes!((page == ToolPage::Send).then_some("mh-tool-grid"))} {onclick}>
                <form class="mh-tool-form" ref={form_ref} oninput={form.oninput.clone()} onchange={form.onchange.clone()}
                    onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                    { raw_text((*markup).clone()) }
                </form>
                { output }
            </div>
        </section>
    }
}

/// The tools' index: a card per tool.
fn index(m: &mut Markup, lang: Lang) {
    m.tag("section").attr("class", "mh-tools").attr("data-tool", "index").end();
    m.el("h1", t(lang, key::TOOLS_TITLE)).el_class("p", "mh-lead", t(lang, key::TOOLS_INTRO));
    m.open_class("ul", "mh-cards");
    for p in ToolPage::TOOLS {
        let (title, summary) = tool_words(p);
        m.open_class("li", "mh-card").tag("a").attr("href", &p.hash()).attr("data-tool-link", p.slug()).end();
        m.el("strong", t(lang, title)).close("a").el("p", t(lang, summary)).close("li");
    }
    m.close("ul").close("section");
}
