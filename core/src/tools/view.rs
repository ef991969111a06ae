//! The developer tools' read-only parts written as markup (see `crate::markup` for why): the
//! signature verdict, the route evaluation, the DNS records and checklist, the request builder's
//! notes, and code in tabs. Their buttons are plain markup too, each saying what it does in a data
//! attribute (`data-copy`, `data-tab`), so one listener on the tool handles them all; the attributes
//! the browser tests read (`data-verdict`, `data-matched`, `data-record`, `data-code-lang`) are here.

use super::dns::{Record, RecordKind, Spf};
use super::messages::{
    route_problem, send_label, send_note, signature_age, signature_odd_token, signature_reason, signature_stale,
    spf_warning,
};
use super::routes::Evaluation;
use super::routes::RouteInput;
use super::send::{SendField, SendForm, SendNote};
use super::signature::{Check, Reason};
use crate::i18n::{fill, key, t, Key};
use crate::kb::Region;
use crate::lang::Lang;
use crate::markup::Markup;

/// A copy button for the text `value` (kept in the button, read by the tool's listener), with
/// its status line.
pub fn copy_button(m: &mut Markup, value: &str, lang: Lang) {
    m.open_class("span", "mh-copy");
    m.tag("button").attr("type", "button").attr("class", "mh-button mh-small").attr("data-copy", value).end();
    m.text(t(lang, key::COPY_LABEL)).close("button");
    m.tag("span").attr("class", "mh-copy-status").attr("role", "status").attr("aria-live", "polite").end();
    m.close("span").close("span");
}

/// Code in tabs: one tab per `(id, label, code)`, `selected` shown, every panel in the page with
/// its `data-code-lang` and a copy button. Tabs carry `data-tab="<id>"`.
pub fn code_tabs(m: &mut Markup, codes: &[(&str, &str, String)], selected: &str, lang: Lang) {
    let current = codes.iter().position(|(id, _, _)| *id == selected).unwrap_or(0);
    m.open_class("div", "mh-code-tabs");
    m.tag("div").attr("role", "tablist").attr("class", "mh-tabs").attr("aria-label", t(lang, key::SNIPPET_LANGUAGE));
    m.end();
    for (i, (id, label, _)) in codes.iter().enumerate() {
        let is = i == current;
        m.tag("button").attr("type", "button").attr("role", "tab").attr("id", &format!("mh-code-tab-{id}"));
        m.attr("aria-selected", if is { "true" } else { "false" }).attr("aria-controls", &format!("mh-code-{id}"));
        m.attr("tabindex", if is { "0" } else { "-1" }).attr("data-tab", id);
        m.attr("class", if is { "mh-tab is-active" } else { "mh-tab" }).end().text(label).close("button");
    }
    m.close("div");
    for (i, (id, _, code)) in codes.iter().enumerate() {
        m.tag("div").attr("role", "tabpanel").attr("id", &format!("mh-code-{id}"));
        m.attr("aria-labelledby", &format!("mh-code-tab-{id}")).attr("class", "mh-code-panel");
        if i != current {
            m.attr("hidden", "");
        }
        m.end();
        copy_button(m, code, lang);
        m.tag("pre").attr("tabindex", "0").end();
        m.tag("code").attr("data-code-lang", id).end().text(code).close("code").close("pre").close("div");
    }
    m.close("div");
}

/// A paragraph linking the documentation page a tool follows.
pub fn sources(m: &mut Markup, url: &str, lang: Lang) {
    m.open_class("p", "mh-hint mh-sources").text(t(lang, key::TOOLS_SOURCES)).text(" ");
    m.tag("a").attr("href", url).attr("rel", "noopener noreferrer").attr("target", "_blank").end();
    m.text(url).close("a").close("p");
}

/// The signature checker's verdict. `problem` is why a pasted payload gave nothing to check.
pub fn signature_result(m: &mut Markup, check: Option<&Check>, problem: Option<&str>, lang: Lang) {
    let Some(c) = check else {
        m.el("p", t(lang, key::TOOLS_SIG_EMPTY));
        m.el_class("p", "mh-hint", t(lang, key::TOOLS_SIG_CACHE));
        return;
    };
    let (class, verdict) = if c.valid {
        ("mh-verdict is-valid", key::TOOLS_SIG_VERDICT_VALID)
    } else if c.reason == Reason::MissingKey {
        // Nothing was checked yet: not "invalid" in words, though never "valid" (`data-verdict`
        // stays invalid).
        ("mh-verdict", key::TOOLS_SIG_VERDICT_UNCHECKED)
    } else {
        ("mh-verdict is-invalid", key::TOOLS_SIG_VERDICT_INVALID)
    };
    let reason = problem.map(str::to_string).unwrap_or_else(|| signature_reason(lang, c.reason));
    m.open_class("p", class).el("strong", t(lang, verdict)).text(" ").text(&reason).close("p");
    // A digest only of values given: not of a payload that did not parse, nor of a missing
    // timestamp or token.
    let signed_values = problem.is_none() && !matches!(c.reason, Reason::MissingField(_) | Reason::TooLong);
    if let Some(computed) = c.computed.as_ref().filter(|_| signed_values) {
        m.open("p").text(t(lang, key::TOOLS_SIG_COMPUTED)).text(" ");
        m.tag("code").attr("data-computed", "").end().text(computed).close("code").close("p");
    }
    if let Some(age) = c.age_seconds {
        m.el("p", &signature_age(lang, age));
    }
    if c.stale {
        m.tag("p").attr("class", "mh-warning").attr("data-warning", "stale").end();
        m.text(&signature_stale(lang)).close("p");
    }
    if c.odd_token {
        m.tag("p").attr("class", "mh-warning").attr("data-warning", "token").end();
        m.text(&signature_odd_token(lang)).close("p");
    }
    m.el_class("p", "mh-hint", t(lang, key::TOOLS_SIG_CACHE));
}

/// The route tester's result: routes in evaluation order, what matched, what ran.
pub fn routes_result(m: &mut Markup, eval: &Evaluation, lang: Lang) {
    m.el("h2", t(lang, key::TOOLS_ROUTES_RESULT));
    if eval.outcomes.is_empty() && eval.problems.is_empty() {
        m.el("p", t(lang, key::TOOLS_ROUTES_EMPTY));
    }
    m.open_class("ol", "mh-route-order");
    for o in &eval.outcomes {
        let (code, status) = if o.skipped {
            ("skipped", key::TOOLS_ROUTES_SKIPPED)
        } else if o.matched {
            ("matched", key::TOOLS_ROUTES_MATCHED)
        } else {
            ("no-match", key::TOOLS_ROUTES_NOT_MATCHED)
        };
        m.tag("li").attr("data-outcome", code).end();
        m.el("strong", &fill(lang, key::TOOLS_ROUTES_ROUTE_N, &[("n", &o.number.to_string())]));
        m.text(&format!(" ({}) ", o.priority)).text(t(lang, status));
        if !o.actions.is_empty() {
            m.open("ul");
            for a in &o.actions {
                m.open("li").el("code", &a.written()).close("li");
            }
            m.close("ul");
        }
        if o.stopped {
            m.el_class("p", "mh-hint", t(lang, key::TOOLS_ROUTES_STOPPED));
        }
        m.close("li");
    }
    m.close("ol");
    if !eval.outcomes.is_empty() && eval.matched().is_empty() {
        m.el("p", t(lang, key::TOOLS_ROUTES_NONE_MATCH));
    }
    for (n, p) in &eval.problems {
        m.el_class(
            "p",
            "mh-hint",
            &format!(
                "{} — {}",
                fill(lang, key::TOOLS_ROUTES_ROUTE_N, &[("n", &n.to_string())]),
                route_problem(lang, p)
            ),
        );
    }
}

/// The DNS records, each with its copy button (the value is known), and SPF's warnings.
pub fn dns_records(m: &mut Markup, records: &[Record], spf: &Spf, region: Region, domain: Option<&str>, lang: Lang) {
    m.tag("div").attr("class", "mh-records").attr("data-region", region.code()).attr_opt("data-domain", domain).end();
    for r in records {
        let (title, note): (Key, Option<Key>) = match r.kind {
            RecordKind::Spf => (key::TOOLS_DNS_SPF, Some(key::TOOLS_DNS_SPF_NOTE)),
            RecordKind::Dkim => (key::TOOLS_DNS_DKIM, Some(key::TOOLS_DNS_DKIM_NOTE)),
            RecordKind::Mx => (key::TOOLS_DNS_MX, Some(key::TOOLS_DNS_MX_NOTE)),
            RecordKind::Tracking => (key::TOOLS_DNS_TRACKING, Some(key::TOOLS_DNS_TRACKING_NOTE)),
        };
        let value = r.values.join("\n");
        m.tag("section").attr("class", "mh-card mh-record").attr("data-kind", r.kind.code()).end();
        m.el("h2", t(lang, title)).open("dl");
        m.el("dt", t(lang, key::TOOLS_DNS_TYPE)).open("dd").el("code", r.rtype).close("dd");
        m.el("dt", t(lang, key::TOOLS_DNS_HOST)).open("dd").el("code", &r.host).close("dd");
        m.el("dt", t(lang, key::TOOLS_DNS_VALUE)).open("dd");
        m.tag("pre").attr("data-record", r.kind.code()).attr("data-known", if r.known { "true" } else { "false" });
        m.end().text(&value).close("pre").close("dd").close("dl");
        if r.known {
            copy_button(m, &value, lang);
        }
        if let Some(n) = note {
            m.el_class("p", "mh-hint", t(lang, n));
        }
        if r.kind == RecordKind::Spf {
            for w in &spf.warnings {
                m.tag("p").attr("class", "mh-warning").attr("data-warning", "spf").end();
                m.text(&spf_warning(lang, *w)).close("p");
            }
        }
        m.close("section");
    }
    m.close("div");
}

/// A region as the tools' forms name it: "US (api.mailgun.net)", "欧盟（api.eu.mailgun.net）".
fn region_label(region: Region, lang: Lang) -> &'static str {
    match region {
        Region::Us => t(lang, key::TOOLS_SEND_REGION_US),
        Region::Eu => t(lang, key::TOOLS_SEND_REGION_EU),
    }
}

/// The steps from an unverified domain to an active one.
pub fn dns_checklist(m: &mut Markup, region: Region, lang: Lang) {
    m.open_class("section", "mh-card").el("h2", t(lang, key::TOOLS_DNS_CHECKLIST)).open_class("ol", "mh-steps");
    m.el("li", &fill(lang, key::TOOLS_DNS_STEP_ADD, &[("region", region_label(region, lang))]));
    for k in [
        key::TOOLS_DNS_STEP_PUBLISH,
        key::TOOLS_DNS_STEP_OPTIONAL,
        key::TOOLS_DNS_STEP_VERIFY,
        key::TOOLS_DNS_STEP_ACTIVE,
    ] {
        m.el("li", t(lang, k));
    }
    m.close("ol").close("section");
}

/// The request builder's notes (test mode is charged, scheduling depends on the plan, …).
pub fn send_notes(m: &mut Markup, notes: &[SendNote], lang: Lang) {
    if notes.is_empty() {
        return;
    }
    m.open_class("ul", "mh-tool-notes");
    for n in notes {
        m.el("li", &send_note(lang, n));
    }
    m.close("ul");
}

/// How a form field is entered.
#[derive(Clone, Copy, Debug)]
pub enum Control<'a> {
    /// `<input type=…>` (`text`, `password`, `datetime-local`).
    Input(&'static str),
    /// `<textarea rows=…>`, monospaced when the flag is set.
    Area(u32, bool),
    /// `<select>` with `(value, label)` options.
    Select(&'a [(&'a str, &'a str)]),
    /// A checkbox, checked when the value is not empty.
    Check,
}

/// One labelled control of a tool's form. Its problem is shown later, in the empty
/// `.mh-field-error` slot under it (`data-slot="<name>"`), by the tool's listener: the form is
/// written once per link and language, so typing never rewrites it.
pub fn field(m: &mut Markup, name: &str, label: &str, value: &str, hint: Option<&str>, control: Control) {
    let id = format!("mh-tool-{name}");
    m.tag("div").attr("class", "mh-tf").attr("data-field", name).end();
    m.tag("label").attr("for", &id).end().text(label).close("label");
    let described = hint.map(|_| format!("{id}-hint"));
    match control {
        Control::Input(kind) => {
            m.tag("input").attr("id", &id).attr("name", name).attr("type", kind).attr("value", value);
            m.attr("autocomplete", "off")
                .attr("spellcheck", "false")
                .attr_opt("aria-describedby", described.as_deref());
            m.end();
        }
        Control::Area(rows, mono) => {
            m.tag("textarea").attr("id", &id).attr("name", name).attr("rows", &rows.to_string());
            m.attr("spellcheck", "false").attr_opt("class", mono.then_some("mh-mono"));
            // A newline right after `<textarea>` is dropped by the parser: one is written, so a
            // value that starts with a newline keeps it.
            m.attr_opt("aria-describedby", described.as_deref()).end().text("\n").text(value).close("textarea");
        }
        Control::Select(options) => {
            m.tag("select").attr("id", &id).attr("name", name).attr_opt("aria-describedby", described.as_deref()).end();
            for (v, label) in options {
                m.tag("option").attr("value", v);
                if *v == value {
                    m.attr("selected", "");
                }
                m.end().text(label).close("option");
            }
            m.close("select");
        }
        Control::Check => {
            m.tag("input").attr("id", &id).attr("name", name).attr("type", "checkbox");
            if !value.is_empty() {
                m.attr("checked", "");
            }
            m.attr_opt("aria-describedby", described.as_deref()).end();
        }
    }
    if let (Some(h), Some(d)) = (hint, &described) {
        m.tag("p").attr("class", "mh-hint").attr("id", d).end().text(h).close("p");
    }
    m.tag("p").attr("class", "mh-field-error").attr("id", &format!("{id}-err")).attr("data-slot", name);
    m.attr("hidden", "").end().close("p").close("div");
}

/// The request builder's fieldsets, in order: legend and fields.
pub const SEND_GROUPS: [(Key, &[SendField]); 5] = [
    (key::TOOLS_SEND_WHERE, &[SendField::Region, SendField::Domain]),
    (key::TOOLS_SEND_WHO, &[SendField::From, SendField::To, SendField::Cc, SendField::Bcc]),
    (
        key::TOOLS_SEND_CONTENT,
        &[SendField::Subject, SendField::Text, SendField::Html, SendField::Template, SendField::TemplateVariables],
    ),
    (
        key::TOOLS_SEND_OPTIONS,
        &[
            SendField::Tags,
            SendField::Variables,
            SendField::RecipientVariables,
            SendField::TestMode,
            SendField::Delivery,
            SendField::Tracking,
            SendField::Clicks,
            SendField::Opens,
            SendField::Headers,
        ],
    ),
    (key::TOOLS_SEND_FILES, &[SendField::Attachments, SendField::Inline]),
];

/// The label and hint of a request-builder field.
fn send_words(f: SendField) -> (Key, Option<Key>) {
    match f {
        SendField::Region => (key::TOOLS_SEND_REGION, None),
        SendField::Domain => (key::TOOLS_SEND_DOMAIN, Some(key::TOOLS_SEND_DOMAIN_HINT)),
        SendField::From => (key::TOOLS_SEND_FROM, None),
        SendField::To => (key::TOOLS_SEND_TO, Some(key::TOOLS_SEND_TO_HINT)),
        SendField::Cc => (key::TOOLS_SEND_CC, None),
        SendField::Bcc => (key::TOOLS_SEND_BCC, None),
        SendField::Subject => (key::TOOLS_SEND_SUBJECT, None),
        SendField::Text => (key::TOOLS_SEND_TEXT, None),
        SendField::Html => (key::TOOLS_SEND_HTML, None),
        SendField::Template => (key::TOOLS_SEND_TEMPLATE, Some(key::TOOLS_SEND_TEMPLATE_HINT)),
        SendField::TemplateVariables => (key::TOOLS_SEND_TVARS, None),
        SendField::Tags => (key::TOOLS_SEND_TAGS, None),
        SendField::Variables => (key::TOOLS_SEND_VARS, Some(key::TOOLS_SEND_VARS_HINT)),
        SendField::RecipientVariables => (key::TOOLS_SEND_RCPT, Some(key::TOOLS_SEND_RCPT_HINT)),
        SendField::TestMode => (key::TOOLS_SEND_TESTMODE, None),
        SendField::Delivery => (key::TOOLS_SEND_AT, Some(key::TOOLS_SEND_AT_HINT)),
        SendField::Tracking => (key::TOOLS_SEND_TRACKING, None),
        SendField::Clicks => (key::TOOLS_SEND_CLICKS, None),
        SendField::Opens => (key::TOOLS_SEND_OPENS, None),
        SendField::Headers => (key::TOOLS_SEND_HEADERS, None),
        SendField::Attachments => (key::TOOLS_SEND_ATTACH, None),
        SendField::Inline => (key::TOOLS_SEND_INLINE, Some(key::TOOLS_SEND_FILES_HINT)),
    }
}

/// The request builder's form, filled from `values`.
pub fn send_form(m: &mut Markup, values: &SendForm, lang: Lang) {
    let word = |k: Key| t(lang, k);
    let regions = [Region::Us, Region::Eu].map(|r| (r.code(), region_label(r, lang)));
    let default = word(key::TOOLS_SEND_CHOICE_DEFAULT);
    let (yes, no, html_only) = (word(key::TOOLS_SEND_YES), word(key::TOOLS_SEND_NO), word(key::TOOLS_SEND_HTMLONLY));
    let tracking = [("", default), ("yes", yes), ("no", no), ("htmlonly", html_only)];
    let opens = [("", default), ("yes", yes), ("no", no)];
    for (legend, fields) in SEND_GROUPS {
        m.open_class("fieldset", "mh-tool-group").el("legend", t(lang, legend));
        for &f in fields {
            let control = match f {
                SendField::Region => Control::Select(&regions),
                SendField::Tracking | SendField::Clicks => Control::Select(&tracking),
                SendField::Opens => Control::Select(&opens),
                SendField::Text | SendField::Html => Control::Area(4, false),
                SendField::TemplateVariables
                | SendField::Variables
                | SendField::RecipientVariables
                | SendField::Headers => Control::Area(3, true),
                SendField::TestMode => Control::Check,
                SendField::Delivery => Control::Input("datetime-local"),
                _ => Control::Input("text"),
            };
            let (label, hint) = send_words(f);
            let hint = hint.map(|h| send_label(lang, h));
            let value = match f {
                SendField::Region => values.region().code(),
                // A browser warns in its console about a date-time control given a value it cannot
                // read (`2026-13-45T99:99` from a link): such a value is left out of the control;
                // its problem is shown under it all the same.
                SendField::Delivery if crate::tools::send::local_to_unix(values.get(f), 0).is_none() => "",
                _ => values.get(f),
            };
            field(m, f.code(), &send_label(lang, label), value, hint.as_deref(), control);
        }
        m.close("fieldset");
    }
}

/// The signature checker's form; `secret` is the signing key as typed (shown only in its own
/// password field, never elsewhere).
pub fn signature_form(m: &mut Markup, params: &[(String, String)], secret: &str, lang: Lang) {
    let get = |k: &str| crate::route::param(params, k);
    field(m, "paste", t(lang, key::TOOLS_SIG_PASTE), get("paste"), None, Control::Area(8, true));
    m.open_class("fieldset", "mh-tool-group").el("legend", t(lang, key::TOOLS_SIG_OR_FIELDS));
    for (k, label) in [
        ("timestamp", key::TOOLS_SIG_TIMESTAMP),
        ("token", key::TOOLS_SIG_TOKEN),
        ("signature", key::TOOLS_SIG_SIGNATURE),
    ] {
        field(m, k, t(lang, label), get(k), None, Control::Input("text"));
    }
    m.close("fieldset");
    field(
        m,
        "secret-key",
        t(lang, key::TOOLS_SIG_KEY),
        secret,
        Some(t(lang, key::TOOLS_SIG_KEY_HINT)),
        Control::Input("password"),
    );
    m.open("p");
    m.tag("button").attr("type", "button").attr("class", "mh-button").attr("data-testid", "make-test-payload");
    m.attr("data-action", "make-test").end().text(t(lang, key::TOOLS_SIG_MAKE_TEST)).close("button");
    m.text(" ").el_class("span", "mh-hint", t(lang, key::TOOLS_SIG_MAKE_TEST_HINT)).close("p");
}

/// The route tester's form: each route (with a remove button when there are several), the add
/// button, and the sample message.
pub fn routes_form(m: &mut Markup, routes: &[RouteInput], recipient: &str, headers: &str, can_add: bool, lang: Lang) {
    for (i, r) in routes.iter().enumerate() {
        let n = (i + 1).to_string();
        m.tag("fieldset").attr("class", "mh-tool-group mh-route").attr("data-route-number", &n).end();
        m.el("legend", &fill(lang, key::TOOLS_ROUTES_ROUTE_N, &[("n", &n)]));
        let hint = t(lang, key::TOOLS_ROUTES_PRIORITY_HINT);
        field(
            m,
            &format!("p{n}"),
            t(lang, key::TOOLS_ROUTES_PRIORITY),
            &r.priority,
            Some(hint),
            Control::Input("text"),
        );
        field(m, &format!("e{n}"), t(lang, key::TOOLS_ROUTES_EXPRESSION), &r.expression, None, Control::Area(2, true));
        let hint = t(lang, key::TOOLS_ROUTES_ACTIONS_HINT);
        field(m, &format!("a{n}"), t(lang, key::TOOLS_ROUTES_ACTIONS), &r.actions, Some(hint), Control::Area(2, true));
        if routes.len() > 1 {
            m.tag("button").attr("type", "button").attr("class", "mh-button mh-small").attr("data-remove", &n).end();
            m.text(&fill(lang, key::TOOLS_ROUTES_REMOVE, &[("n", &n)])).close("button");
        }
        m.close("fieldset");
    }
    if can_add {
        m.open("p").tag("button").attr("type", "button").attr("class", "mh-button").attr("data-testid", "add-route");
        m.attr("data-action", "add-route").end().text(t(lang, key::TOOLS_ROUTES_ADD)).close("button").close("p");
    }
    m.open_class("fieldset", "mh-tool-group").el("legend", t(lang, key::TOOLS_ROUTES_MESSAGE));
    field(m, "rcpt", t(lang, key::TOOLS_ROUTES_RECIPIENT), recipient, None, Control::Input("text"));
    field(m, "hdr", t(lang, key::TOOLS_ROUTES_HEADERS), headers, None, Control::Area(3, true));
    m.close("fieldset");
}

/// The DNS records tool's form.
pub fn dns_form(m: &mut Markup, domain: &str, region: Region, spf: &str, lang: Lang) {
    let regions = [Region::Us, Region::Eu].map(|r| (r.code(), region_label(r, lang)));
    field(
        m,
        "domain",
        t(lang, key::TOOLS_SEND_DOMAIN),
        domain,
        Some(t(lang, key::TOOLS_SEND_DOMAIN_HINT)),
        Control::Input("text"),
    );
    field(m, "region", t(lang, key::TOOLS_SEND_REGION), region.code(), None, Control::Select(&regions));
    let hint = t(lang, key::TOOLS_DNS_SPF_EXISTING_HINT);
    field(m, "spf", t(lang, key::TOOLS_DNS_SPF_EXISTING), spf, Some(hint), Control::Area(2, true));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tools::dns::records;
    use crate::tools::signature::{check, Signed};

    #[test]
    fn forms_carry_their_values_and_an_empty_error_slot_per_field() {
        let mut f = SendForm::default();
        f.set(SendField::Region, "eu");
        f.set(SendField::Text, "\nline <b>");
        f.set(SendField::TestMode, "1");
        let mut m = Markup::new();
        send_form(&mut m, &f, Lang::En);
        let html = m.into_string();
        assert_eq!(html.matches("class=\"mh-field-error\"").count(), SendField::ALL.len());
        assert!(html.contains("<option value=\"eu\" selected=\"\">"), "{html}");
        assert!(html.contains(">\n\nline &lt;b&gt;</textarea>"), "a leading newline survives: {html}");
        assert!(html.contains("name=\"testmode\" type=\"checkbox\" checked=\"\""));
        assert!(html.contains("at most 3"), "labels carry the limits");
    }

    #[test]
    fn the_date_time_control_gets_only_a_value_it_can_read() {
        let html = |at: &str| {
            let mut f = SendForm::default();
            f.set(SendField::Delivery, at);
            let mut m = Markup::new();
            send_form(&mut m, &f, Lang::En);
            m.into_string()
        };
        assert!(html("2026-12-24T09:30").contains("type=\"datetime-local\" value=\"2026-12-24T09:30\""));
        assert!(html("2026-13-45T99:99").contains("type=\"datetime-local\" value=\"\""));
    }

    #[test]
    fn test_hooks_are_in_the_markup() {
        let mut m = Markup::new();
        let (recs, spf) = records("mg.example.com", Region::Eu, "");
        dns_records(&mut m, &recs, &spf, Region::Eu, Some("mg.example.com"), Lang::Zh);
        let html = m.into_string();
        assert!(html.contains("data-record=\"mx\"") && html.contains("10 mxa.eu.mailgun.org\n10 mxb.eu.mailgun.org"));
        assert!(html.contains("data-copy=\"eu.mailgun.org\""), "{html}");

        let mut m = Markup::new();
        let c = check(&Signed { timestamp: "1".into(), token: "t".into(), signature: "x".into() }, "k", 1);
        signature_result(&mut m, Some(&c), None, Lang::En);
        assert!(m.as_str().contains("Invalid.") && m.as_str().contains("data-computed"));
        // A payload that did not parse, or a missing token, shows no digest of empty values.
        let mut m = Markup::new();
        signature_result(&mut m, Some(&c), Some("The JSON does not parse"), Lang::En);
        assert!(!m.as_str().contains("data-computed"), "{}", m.as_str());
        let mut m = Markup::new();
        let c = check(&Signed { timestamp: "1".into(), token: "".into(), signature: "x".into() }, "k", 1);
        signature_result(&mut m, Some(&c), None, Lang::En);
        assert!(!m.as_str().contains("data-computed"), "{}", m.as_str());

        let mut m = Markup::new();
        code_tabs(&mut m, &[("curl", "curl", "a'b".into()), ("node", "Node.js", "<x>".into())], "node", Lang::En);
        let html = m.into_string();
        assert!(html
            .contains("id=\"mh-code-curl\" aria-labelledby=\"mh-code-tab-curl\" class=\"mh-code-panel\" hidden=\"\""));
        assert!(html.contains("&lt;x&gt;"), "code is escaped: {html}");
    }
}
