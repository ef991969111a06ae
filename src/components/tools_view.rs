//! `#/tools`: the developer tools' index, and the tool a `#/tools/<tool>` link opens. Each tool is
//! keyed by its link, so opening a new link starts it afresh while typing (which only rewrites the
//! address) keeps it.

use crate::components::{
    tool_dns::ToolDns, tool_routes::ToolRoutes, tool_send::ToolSend, tool_signature::ToolSignature,
};
use mailgun_help_core::i18n::{key, t, Key};
use mailgun_help_core::lang::Lang;
use mailgun_help_core::route::{Route, ToolPage};
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
    let link = Route::Tools(page, params.to_vec()).to_hash();
    let params = params.to_vec();
    let tool = match page {
        ToolPage::Index => return index(lang),
        ToolPage::Send => html! { <ToolSend key={link} {params} {lang} /> },
        ToolPage::WebhookSignature => html! { <ToolSignature key={link} {params} {lang} /> },
        ToolPage::Routes => html! { <ToolRoutes key={link} {params} {lang} /> },
        ToolPage::Dns => html! { <ToolDns key={link} {params} {lang} /> },
    };
    html! {
        <>
            <nav class="mh-crumbs" aria-label={t(lang, key::TOOLS_TITLE)}>
                <a href="#/tools">{ t(lang, key::TOOLS_TITLE) }</a>
            </nav>
            { tool }
        </>
    }
}

fn index(lang: Lang) -> Html {
    html! {
        <section class="mh-tools" data-tool="index">
            <h1>{ t(lang, key::TOOLS_TITLE) }</h1>
            <p class="mh-lead">{ t(lang, key::TOOLS_INTRO) }</p>
            <ul class="mh-cards">
                { for ToolPage::TOOLS.iter().map(|p| {
                    let (title, summary) = tool_words(*p);
                    html! {
                        <li class="mh-card"><a href={p.hash()} data-tool-link={p.slug()}><strong>{ t(lang, title) }</strong></a>
                            <p>{ t(lang, summary) }</p></li>
                    }
                }) }
            </ul>
        </section>
    }
}
