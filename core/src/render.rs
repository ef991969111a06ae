//! The read-only parts of the knowledge-base pages, written as markup text (see [`crate::markup`]):
//! entries (playbooks, gotchas, troubleshooting, examples), area links, endpoint tables, and the
//! data-model, integrations, skills and company pages.
//!
//! These views have no event handlers (links are handled at the app's root), so they need no
//! virtual-DOM nodes; written here they cost a fraction of the wasm and are tested natively. The
//! UI places each fragment with `components::raw`.

use crate::ask::answer::{Answer, Item, Section, SectionKind};
use crate::i18n::{key, t, Key};
use crate::kb::ids::AreaId;
use crate::kb::model::{Area, Endpoint, Example, Gotcha, Playbook, Trouble};
use crate::kb::Kb;
use crate::lang::Lang;
use crate::markup::Markup;
use crate::route::Route;

/// `<p class="mh-area-links">` with a tag link per known area.
pub fn area_links(m: &mut Markup, kb: &Kb, areas: &[AreaId], lang: Lang) {
    m.open_class("p", "mh-area-links");
    for a in areas.iter().filter_map(|id| kb.area(*id)) {
        m.tag("a")
            .attr("class", "mh-tag")
            .attr("href", &Route::Area(a.id).to_hash())
            .attr("data-area", a.id.slug())
            .end();
        m.text(a.title.get(lang)).close("a");
    }
    m.close("p");
}

/// `<div class="…" data-{kind}="id"><h3>title</h3>`: the start every entry shares.
fn entry_start(m: &mut Markup, class: &str, kind: &str, id: &str, title: &str) {
    m.tag("div").attr("class", class).attr(kind, id).end().el("h3", title);
}

/// `<ol class="mh-steps">` of `steps`.
fn steps(m: &mut Markup, steps: &[crate::text::Text], lang: Lang) {
    m.open_class("ol", "mh-steps");
    for s in steps {
        m.el("li", s.get(lang));
    }
    m.close("ol");
}

/// A playbook: title and numbered steps.
pub fn playbook(m: &mut Markup, kb: &Kb, p: &Playbook, lang: Lang) {
    entry_start(m, "mh-entry", "data-playbook", p.id, p.title.get(lang));
    steps(m, p.steps, lang);
    area_links(m, kb, p.areas, lang);
    m.close("div");
}

/// A gotcha as a warning box.
pub fn gotcha(m: &mut Markup, kb: &Kb, g: &Gotcha, lang: Lang) {
    entry_start(m, "mh-entry mh-warn", "data-gotcha", g.id, g.title.get(lang));
    m.el("p", g.body.get(lang));
    area_links(m, kb, g.areas, lang);
    m.close("div");
}

/// A troubleshooting entry: symptom, cause, solution.
pub fn trouble(m: &mut Markup, kb: &Kb, x: &Trouble, lang: Lang) {
    entry_start(m, "mh-entry", "data-trouble", x.id, x.title.get(lang));
    m.open_class("dl", "mh-dl");
    for (k, text) in
        [(key::TROUBLE_SYMPTOM, &x.symptom), (key::TROUBLE_CAUSE, &x.cause), (key::TROUBLE_SOLUTION, &x.solution)]
    {
        m.el("dt", t(lang, k)).el("dd", text.get(lang));
    }
    m.close("dl");
    area_links(m, kb, x.areas, lang);
    m.close("div");
}

/// A worked example: request, steps, result.
pub fn example(m: &mut Markup, kb: &Kb, x: &Example, lang: Lang) {
    entry_start(m, "mh-entry", "data-example", x.id, x.title.get(lang));
    m.el("blockquote", x.request.get(lang));
    steps(m, x.steps, lang);
    m.open("p").el("strong", t(lang, key::EXAMPLE_RESULT)).text(" ").text(x.result.get(lang)).close("p");
    area_links(m, kb, x.areas, lang);
    m.close("div");
}

/// Whether endpoint `e` passes the API reference's filter: every word of `filter` (lower-cased)
/// is in its method, path, purpose (either language) or area, so "GET /v3/routes" and "delete
/// domain" find what the table shows. An empty filter passes everything.
///
/// ```
/// use mailgun_help_core::{kb::Kb, render::endpoint_matches};
/// let send = Kb::get().endpoints.iter().find(|e| e.id == "send-message").expect("send-message");
/// assert!(endpoint_matches(send, "POST /v3/{domain}/messages"));
/// assert!(!endpoint_matches(send, "GET /v3/{domain}/messages"));
/// ```
pub fn endpoint_matches(e: &Endpoint, filter: &str) -> bool {
    let fields = [e.method, e.path, e.purpose.en, e.purpose.zh, e.area.slug()].map(crate::case::lower);
    crate::case::lower(filter).split_whitespace().all(|word| fields.iter().any(|f| f.contains(word)))
}

/// Endpoints as a table; `with_area` adds a column linking each endpoint's area.
pub fn endpoint_table<'a>(
    m: &mut Markup,
    kb: &Kb,
    endpoints: impl Iterator<Item = &'a Endpoint>,
    with_area: bool,
    lang: Lang,
) {
    m.open_class("div", "mh-table-wrap").open_class("table", "mh-table mh-endpoints").open("thead").open("tr");
    let mut heads = vec![key::API_METHOD, key::API_PATH, key::API_PURPOSE];
    if with_area {
        heads.push(key::API_AREA);
    }
    for k in heads {
        m.tag("th").attr("scope", "col").end().text(t(lang, k)).close("th");
    }
    m.close("tr").close("thead").open("tbody");
    for e in endpoints {
        m.tag("tr").attr("data-endpoint", e.id).end();
        m.open("td").el_class("span", &format!("mh-method mh-method-{}", e.method.to_ascii_lowercase()), e.method);
        m.close("td");
        m.open("td").el("code", e.path);
        if e.addon {
            m.el_class("span", "mh-tag", t(lang, key::API_ADDON));
        }
        m.close("td").open("td").text(e.purpose.get(lang));
        if e.source.starts_with("https://") {
            source_link(m, e.source, lang);
        }
        m.close("td");
        if with_area {
            m.open("td").tag("a").attr("href", &Route::Area(e.area).to_hash()).end();
            m.text(kb.area(e.area).map(|a| a.title.get(lang)).unwrap_or_default()).close("a").close("td");
        }
        m.close("tr");
    }
    m.close("tbody").close("table").close("div");
}

/// `<section class="mh-section"><h2>…</h2>` when `show`; returns `show` so the caller closes it.
pub fn section_start(m: &mut Markup, title: &str, show: bool) -> bool {
    if show {
        m.open_class("section", "mh-section").el("h2", title);
    }
    show
}

/// A bulleted list of texts with `class`.
pub fn text_list(m: &mut Markup, class: &str, items: &[crate::text::Text], lang: Lang) {
    m.open_class("ul", class);
    for f in items {
        m.el("li", f.get(lang));
    }
    m.close("ul");
}

/// " docs": a link to the documentation page a fact was taken from, opened in a new tab.
fn source_link(m: &mut Markup, url: &str, lang: Lang) {
    m.text(lang.sentence_gap()).tag("a").attr("href", url).attr("class", "mh-src").attr("rel", "noopener noreferrer");
    m.attr("target", "_blank").end().text(t(lang, key::AREA_SOURCE)).close("a");
}

/// Facts as a list; a fact from Mailgun's documentation links its page.
pub fn fact_list(m: &mut Markup, class: &str, facts: &[crate::kb::model::Fact], lang: Lang) {
    m.open_class("ul", class);
    for f in facts {
        m.open("li").text(f.text.get(lang));
        if f.source.starts_with("https://") {
            source_link(m, f.source, lang);
        }
        m.close("li");
    }
    m.close("ul");
}

/// An area page's sections after the snippets: playbooks, gotchas, troubleshooting, examples,
/// related areas, sibling skills (each only when it has entries).
pub fn area_tail(m: &mut Markup, kb: &Kb, area: &Area, lang: Lang) {
    if section_start(m, t(lang, key::AREA_PLAYBOOKS), !area.playbooks.is_empty()) {
        area.playbooks.iter().filter_map(|id| kb.playbook(id)).for_each(|p| playbook(m, kb, p, lang));
        m.close("section");
    }
    if section_start(m, t(lang, key::AREA_GOTCHAS), !area.gotchas.is_empty()) {
        area.gotchas.iter().filter_map(|id| kb.gotcha(id)).for_each(|g| gotcha(m, kb, g, lang));
        m.close("section");
    }
    if section_start(m, t(lang, key::AREA_TROUBLESHOOTING), !area.troubleshooting.is_empty()) {
        area.troubleshooting.iter().filter_map(|id| kb.trouble(id)).for_each(|x| trouble(m, kb, x, lang));
        m.close("section");
    }
    if section_start(m, t(lang, key::AREA_EXAMPLES), !area.examples.is_empty()) {
        area.examples.iter().filter_map(|id| kb.example(id)).for_each(|x| example(m, kb, x, lang));
        m.close("section");
    }
    if section_start(m, t(lang, key::AREA_RELATED), !area.related.is_empty()) {
        m.open_class("ul", "mh-links");
        for r in area.related.iter().filter_map(|id| kb.area(*id)) {
            m.open("li").tag("a").attr("href", &Route::Area(r.id).to_hash()).attr("data-area", r.id.slug()).end();
            m.text(r.title.get(lang)).close("a").close("li");
        }
        m.close("ul").close("section");
    }
    if section_start(m, t(lang, key::AREA_SIBLINGS), !area.siblings.is_empty()) {
        m.open_class("ul", "mh-links");
        for s in area.siblings.iter().filter_map(|s| kb.sibling(s)) {
            m.open("li").el("strong", &format!("/{}", s.slug)).text(" — ").text(s.covers.get(lang)).close("li");
        }
        m.close("ul").close("section");
    }
}

/// The data-model page: one row per object, linking its area.
pub fn data_model(m: &mut Markup, kb: &Kb, lang: Lang) {
    table_start(m, &[key::MODEL_OBJECT, key::MODEL_DESCRIPTION, key::MODEL_FIELDS], lang);
    for o in kb.data_model {
        m.open("tr").tag("th").attr("scope", "row").end().tag("a").attr("href", &Route::Area(o.area).to_hash()).end();
        m.text(o.name).close("a").close("th").el("td", o.description.get(lang)).open("td");
        for f in o.fields {
            m.el_class("code", "mh-field", f);
        }
        m.close("td").close("tr");
    }
    table_end(m);
}

/// The integrations page: the summary, then category and tools per row.
pub fn integrations(m: &mut Markup, kb: &Kb, lang: Lang) {
    m.el_class("p", "mh-lead", kb.integrations.summary.get(lang));
    table_start(m, &[key::INTEGRATIONS_CATEGORY, key::INTEGRATIONS_TOOLS], lang);
    for i in kb.integrations.integration {
        m.open("tr").tag("th").attr("scope", "row").end().text(i.category.get(lang)).close("th");
        m.el("td", i.tools.get(lang)).close("tr");
    }
    table_end(m);
}

/// The related-skills page: each sibling skill, what it covers, when to use it, and its areas.
pub fn skills(m: &mut Markup, kb: &Kb, lang: Lang) {
    m.open_class("ul", "mh-list");
    for s in kb.siblings {
        m.tag("li").attr("class", "mh-entry").attr("data-skill", s.slug).end();
        m.open("h3").text(s.name.get(lang)).text(" ").el("code", &format!("/{}", s.slug)).close("h3");
        m.el("p", s.covers.get(lang)).el_class("p", "mh-hint", s.reason.get(lang));
        let areas: Vec<AreaId> = kb.areas.iter().filter(|a| a.siblings.contains(&s.slug)).map(|a| a.id).collect();
        area_links(m, kb, &areas, lang);
        m.close("li");
    }
    m.close("ul");
}

/// `<div class="mh-table-wrap"><table class="mh-table">` with a header row, up to `<tbody>`.
pub fn table_start(m: &mut Markup, heads: &[Key], lang: Lang) {
    m.open_class("div", "mh-table-wrap").open_class("table", "mh-table").open("thead").open("tr");
    for k in heads {
        m.tag("th").attr("scope", "col").end().text(t(lang, *k)).close("th");
    }
    m.close("tr").close("thead").open("tbody");
}

/// Closes what [`table_start`] opened.
pub fn table_end(m: &mut Markup) {
    m.close("tbody").close("table").close("div");
}

/// An answer's heading, lead and (for a routed question) the note naming the sibling skill.
pub fn answer_head(m: &mut Markup, a: &Answer, lang: Lang) {
    m.el_class("h2", "mh-answer-title", &a.title);
    m.tag("p").attr("class", "mh-lead").attr("data-lead", "").end().text(&a.lead);
    if let Some(source) = a.lead_source {
        source_link(m, source, lang);
    }
    m.close("p");
    if let Some(r) = &a.route {
        m.tag("div").attr("class", "mh-route-note").attr("role", "note").end();
        m.open("p").el("strong", t(lang, key::ASK_ROUTED)).text(" ").el("code", &format!("/{}", r.slug));
        m.text(" — ").text(&r.name).close("p");
        // The lead of a routed answer is often the reason itself: said once.
        if r.reason != a.lead {
            m.el("p", &r.reason);
        }
        m.close("div");
    }
}

/// One answer item as `<li>`; `false` for a code item, which the UI shows as an interactive
/// snippet instead.
pub fn answer_item(m: &mut Markup, it: &Item) -> bool {
    match it {
        Item::Text(text) => {
            m.el("li", text);
        }
        Item::Endpoint { method, path, purpose, addon } => {
            m.open_class("li", "mh-endpoint-item");
            m.el_class("span", &format!("mh-method mh-method-{}", method.to_ascii_lowercase()), method);
            m.text(" ").el("code", path).text(" — ").text(purpose);
            if *addon {
                m.el_class("span", "mh-tag", "Optimize");
            }
            m.close("li");
        }
        Item::Note { title, body } => {
            m.open("li").el("strong", title).text(" ").text(body).close("li");
        }
        Item::Code { .. } => return false,
        Item::AreaLink { area, title } => {
            m.open("li").tag("a").attr("href", &Route::Area(*area).to_hash()).attr("data-area", area.slug()).end();
            m.text(title).close("a").close("li");
        }
        Item::Skill { slug, name } => {
            // The skill's name first; its command (how a reader asks it) after, as code.
            m.open("li").el("strong", name).text(" ").el("code", &format!("/{slug}")).close("li");
        }
        Item::Link { href, label } => {
            m.open("li").tag("a").attr("class", "mh-button mh-small").attr("href", href).end().text(label);
            m.close("a").close("li");
        }
        Item::External { href, label } => {
            m.open("li").tag("a").attr("class", "mh-button mh-small").attr("href", href);
            m.attr("target", "_blank").attr("rel", "noopener noreferrer").end().text(label).close("a").close("li");
        }
    }
    true
}

/// A whole answer section, when none of its items is code (else `false` and nothing written).
pub fn answer_section(m: &mut Markup, s: &Section) -> bool {
    if s.items.iter().any(|i| matches!(i, Item::Code { .. })) {
        return false;
    }
    m.open_class("section", s.kind.class()).el("h2", &s.heading);
    let list = if s.kind == SectionKind::Steps { ("ol", "mh-steps") } else { ("ul", "mh-facts") };
    m.open_class(list.0, list.1);
    for it in &s.items {
        answer_item(m, it);
    }
    m.close(list.0).close("section");
    true
}

/// The clarifying questions (at most two), each with its quick answers as buttons. Every button
/// carries `data-quick="<n>"`, n counting the options of all questions in order, so one listener
/// knows which was chosen; the chosen ones are pressed.
pub fn answer_questions(m: &mut Markup, a: &Answer, lang: Lang) {
    if a.questions.is_empty() {
        return;
    }
    m.open_class("section", "mh-section mh-questions").el("h2", t(lang, key::ASK_CLARIFY)).open("ol");
    let mut n = 0;
    for (i, q) in a.questions.iter().take(2).enumerate() {
        m.tag("li").attr("class", "mh-clarify").attr("data-clarify", &i.to_string()).end();
        m.el("p", &q.question).open_class("div", "mh-quick");
        for opt in &q.options {
            let chosen = a.refinements.contains(&opt.refinement);
            m.tag("button").attr("type", "button");
            m.attr("class", if chosen { "mh-button mh-small is-active" } else { "mh-button mh-small" });
            m.attr("aria-pressed", if chosen { "true" } else { "false" }).attr("data-testid", "quick-answer");
            m.attr("data-quick", &n.to_string()).end().text(&opt.label).close("button");
            n += 1;
        }
        m.close("div").close("li");
    }
    m.close("ol").close("section");
}

/// The section that states the answer's assumptions.
pub fn answer_assumptions(m: &mut Markup, a: &Answer, lang: Lang) {
    m.open_class("section", "mh-section mh-assumptions").el("h2", t(lang, key::ASK_ASSUMPTIONS)).open("ul");
    for s in &a.assumptions {
        m.el("li", s);
    }
    m.close("ul").close("section");
}

#[cfg(test)]
mod tests;
