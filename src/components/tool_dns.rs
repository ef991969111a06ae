//! The DNS records tool's output (`#/tools/dns?domain=…&region=us|eu`): the records a sending domain
//! publishes, each with a copy button, the SPF value merged with the one the domain already has,
//! and the steps from unverified to active. The records are `core::tools::dns`; the form is
//! `core::tools::view::dns_form`.

use crate::components::raw;
use crate::hooks::ToolForm;
use crate::platform::dom;
use mailgun_help_core::i18n::{key, t};
use mailgun_help_core::kb::Region;
use mailgun_help_core::lang::Lang;
use mailgun_help_core::markup::Markup;
use mailgun_help_core::tools::dns::{domain, records, SOURCE};
use mailgun_help_core::tools::messages::domain_error;
use mailgun_help_core::tools::view;
use yew::prelude::*;

/// The records for the form as it stands, and the domain's problem at its field.
pub fn dns_output(form: &ToolForm, lang: Lang) -> (Html, Vec<(String, String)>) {
    let region = Region::parse(&form.get("region")).unwrap_or_default();
    let typed = form.get("domain");
    let checked = domain(&typed);
    let shown = checked.clone().unwrap_or_else(|_| "example.com".to_string());
    let errors = match (&checked, typed.trim().is_empty()) {
        (Err(e), false) => vec![("domain".to_string(), domain_error(lang, *e))],
        _ => Vec::new(),
    };
    let (recs, spf) = records(&shown, region, &form.get("spf"));
    let mut m = Markup::new();
    if checked.is_err() {
        m.tag("p").attr("class", "mh-hint").attr("data-placeholder-domain", "").end();
        m.text(t(lang, key::TOOLS_DNS_EXAMPLE)).close("p");
    }
    view::dns_records(&mut m, &recs, &spf, region, checked.as_deref().ok(), lang);
    view::dns_checklist(&mut m, region, lang);
    view::sources(&mut m, SOURCE, lang);
    let on_copy = Callback::from(move |e: MouseEvent| {
        dom::copy_from_button(&e, t(lang, key::COPY_DONE), t(lang, key::COPY_FAILED));
    });
    (html! { <div onclick={on_copy}>{ raw(m) }</div> }, errors)
}

/// The region the form shows (US unless the link says EU).
pub fn dns_region(form: &ToolForm) -> Region {
    Region::parse(&form.get("region")).unwrap_or_default()
}
