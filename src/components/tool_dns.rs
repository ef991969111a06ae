//! The DNS records tool's output (`#/tools/dns?domain=…&region=us|eu`): the records a sending domain
//! publishes, each with a copy button, the SPF value merged with the one the domain already has,
//! and the steps from unverified to active. The records are `core::tools::dns`; the form is
//! `core::tools::view::dns_form`.

use crate::components::tools_view::ToolOutput;
use crate::hooks::ToolForm;
use crate::platform::url;
use mailgun_help_core::i18n::{fill, key, t};
use mailgun_help_core::kb::Region;
use mailgun_help_core::lang::Lang;
use mailgun_help_core::markup::Markup;
use mailgun_help_core::tools::dns::{domain, records, DomainError, SOURCE};
use mailgun_help_core::tools::messages::{domain_error, send_problem};
use mailgun_help_core::tools::send::SendProblem;
use mailgun_help_core::tools::view;

/// The records for the form as it stands, and the domain's problem at its field. Its copy buttons
/// are handled by the tool's one click listener.
pub fn dns_output(form: &ToolForm, lang: Lang) -> ToolOutput {
    let region_typed = form.get("region");
    let parsed_region = Region::parse(&region_typed);
    let region = parsed_region.unwrap_or_default();
    let typed = form.get("domain");
    let mut checked = domain(&typed);
    // A name in its own script (bücher.example) is published in its punycode form: say so and use it.
    let mut idn = None;
    if checked == Err(DomainError::BadCharacter) && !typed.is_ascii() {
        if let Some(ascii) = url::ascii_host(&typed).filter(|a| domain(a).is_ok()) {
            checked = domain(&ascii);
            idn = Some(ascii);
        }
    }
    let shown = checked.clone().unwrap_or_else(|_| "example.com".to_string());
    let mut errors = match (&checked, typed.trim().is_empty()) {
        (Err(e), false) => vec![("domain".to_string(), domain_error(lang, *e))],
        _ => Vec::new(),
    };
    // A link's region other than us or eu is said, as the request builder says it; US is shown.
    if parsed_region.is_none() && !region_typed.trim().is_empty() {
        errors.push(("region".to_string(), send_problem(lang, &SendProblem::BadChoice)));
    }
    let (recs, spf) = records(&shown, region, &form.get("spf"));
    let mut m = Markup::new();
    if let Some(ascii) = &idn {
        m.tag("p").attr("class", "mh-hint").attr("data-idn", ascii).end();
        m.text(&fill(lang, key::TOOLS_DNS_IDN, &[("name", typed.trim()), ("ascii", ascii)])).close("p");
    }
    if checked.is_err() {
        m.tag("p").attr("class", "mh-hint").attr("data-placeholder-domain", "").end();
        m.text(t(lang, key::TOOLS_DNS_EXAMPLE)).close("p");
    }
    view::dns_records(&mut m, &recs, &spf, region, checked.as_deref().ok(), lang);
    view::dns_checklist(&mut m, region, lang);
    view::sources(&mut m, SOURCE, lang);
    ToolOutput { result: None, after: m, errors }
}
