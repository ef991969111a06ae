//! DNS records (`#/tools/dns?domain=…&region=us|eu`): the records a sending domain publishes, each
//! with a copy button, the SPF value merged with the one the domain already has, and the steps
//! from unverified to active. The records are `core::tools::dns`.

use crate::components::copy_button::CopyButton;
use crate::components::tool_field::{field, Control, Field};
use crate::hooks::use_tool_form;
use mailgun_help_core::i18n::{fill, key, t};
use mailgun_help_core::kb::Region;
use mailgun_help_core::lang::Lang;
use mailgun_help_core::route::ToolPage;
use mailgun_help_core::tools::dns::{domain, records, RecordKind, SOURCE};
use mailgun_help_core::tools::messages::{domain_error, spf_warning};
use yew::prelude::*;

/// Props of [`ToolDns`].
#[derive(Properties, PartialEq)]
pub struct ToolDnsProps {
    /// The link's query.
    pub params: Vec<(String, String)>,
    /// The language.
    pub lang: Lang,
}

/// The DNS records tool.
#[function_component(ToolDns)]
pub fn tool_dns(props: &ToolDnsProps) -> Html {
    let form = use_tool_form(ToolPage::Dns, &props.params);
    let lang = props.lang;
    let region = Region::parse(&form.get("region")).unwrap_or_default();
    let typed = form.get("domain");
    let checked = domain(&typed);
    let shown = checked.clone().unwrap_or_else(|_| "example.com".to_string());
    let domain_problem = match (&checked, typed.trim().is_empty()) {
        (Err(e), false) => Some(domain_error(lang, *e)),
        _ => None,
    };
    let (recs, spf) = records(&shown, region, &form.get("spf"));
    let regions = [("us", t(lang, key::TOOLS_SEND_REGION_US)), ("eu", t(lang, key::TOOLS_SEND_REGION_EU))];
    let title = |k: RecordKind| match k {
        RecordKind::Spf => t(lang, key::TOOLS_DNS_SPF),
        RecordKind::Dkim => t(lang, key::TOOLS_DNS_DKIM),
        RecordKind::Mx => t(lang, key::TOOLS_DNS_MX),
        RecordKind::Tracking => t(lang, key::TOOLS_DNS_TRACKING),
    };
    let note = |k: RecordKind| match k {
        RecordKind::Spf => None,
        RecordKind::Dkim => Some(t(lang, key::TOOLS_DNS_DKIM_NOTE)),
        RecordKind::Mx => Some(t(lang, key::TOOLS_DNS_MX_NOTE)),
        RecordKind::Tracking => Some(t(lang, key::TOOLS_DNS_TRACKING_NOTE)),
    };
    let steps = [
        fill(lang, key::TOOLS_DNS_STEP_ADD, &[("region", &region.code().to_ascii_uppercase())]),
        t(lang, key::TOOLS_DNS_STEP_PUBLISH).to_string(),
        t(lang, key::TOOLS_DNS_STEP_OPTIONAL).to_string(),
        t(lang, key::TOOLS_DNS_STEP_VERIFY).to_string(),
        t(lang, key::TOOLS_DNS_STEP_ACTIVE).to_string(),
    ];
    html! {
        <section class="mh-tool" data-tool="dns">
            <h1>{ t(lang, key::TOOLS_DNS_TITLE) }</h1>
            <p class="mh-lead">{ t(lang, key::TOOLS_DNS_INTRO) }</p>
            <form class="mh-tool-form" oninput={form.oninput.clone()} onchange={form.onchange.clone()}
                onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                { field(Field { name: "domain", label: t(lang, key::TOOLS_SEND_DOMAIN), value: typed.clone(), error: domain_problem, hint: Some(t(lang, key::TOOLS_SEND_DOMAIN_HINT)) }, Control::Input("text")) }
                { field(Field { name: "region", label: t(lang, key::TOOLS_SEND_REGION), value: region.code().to_string(), error: None, hint: None }, Control::Select(&regions)) }
                { field(Field { name: "spf", label: t(lang, key::TOOLS_DNS_SPF_EXISTING), value: form.get("spf"), error: None, hint: Some(t(lang, key::TOOLS_DNS_SPF_EXISTING_HINT)) }, Control::Area(2, true)) }
            </form>
            if checked.is_err() {
                <p class="mh-hint" data-placeholder-domain="">{ t(lang, key::TOOLS_DNS_EXAMPLE) }</p>
            }
            <div class="mh-records" data-domain={checked.clone().ok()} data-region={region.code()}>
                { for recs.iter().map(|r| {
                    let value = r.values.join("\n");
                    html! {
                        <section class="mh-card mh-record" data-kind={r.kind.code()}>
                            <h2>{ title(r.kind) }</h2>
                            <dl>
                                <dt>{ t(lang, key::TOOLS_DNS_TYPE) }</dt><dd><code>{ r.rtype }</code></dd>
                                <dt>{ t(lang, key::TOOLS_DNS_HOST) }</dt><dd><code>{ r.host.clone() }</code></dd>
                                <dt>{ t(lang, key::TOOLS_DNS_VALUE) }</dt>
                                <dd><pre data-record={r.kind.code()} data-known={r.known.to_string()}>{ value.clone() }</pre></dd>
                            </dl>
                            if r.known {
                                <CopyButton text={AttrValue::from(value)} />
                            }
                            if let Some(n) = note(r.kind) {
                                <p class="mh-hint">{ n }</p>
                            }
                            if r.kind == RecordKind::Spf {
                                { for spf.warnings.iter().map(|w| html! { <p class="mh-warning" data-warning="spf">{ spf_warning(lang, *w) }</p> }) }
                            }
                        </section>
                    }
                }) }
            </div>
            <section class="mh-card">
                <h2>{ t(lang, key::TOOLS_DNS_CHECKLIST) }</h2>
                <ol class="mh-steps">{ for steps.iter().map(|s| html! { <li>{ s.clone() }</li> }) }</ol>
            </section>
            <p class="mh-hint mh-sources">{ t(lang, key::TOOLS_SOURCES) }{ " " }
                <a href={SOURCE} rel="noopener noreferrer" target="_blank">{ SOURCE }</a>
            </p>
        </section>
    }
}
