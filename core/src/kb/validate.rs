//! The contract the content files must meet: both languages filled in, ids unique, every
//! cross-link pointing at something that exists.
//!
//! `build.rs` compiles this file too (`build_support/kb.rs`), where `Str` is `String`: so it reads
//! strings through [`text_of`] and lists through `.iter()`, which both forms of the types allow.

// `&f.source` is a needless borrow of a `&'static str` in the crate and a needed one of a `String` in
// `build.rs`: the same code serves both.
#![allow(clippy::needless_borrow)]

use super::ids::AreaId;
use super::model::Fact;
use super::{Kb, Str, Text};
use std::collections::HashSet;

/// One way the content breaks the contract, with where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem(pub String);

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

struct Checker {
    problems: Vec<Problem>,
}

impl Checker {
    fn text(&mut self, at: &str, t: &Text) {
        if t.has_blank_side() {
            self.problems.push(Problem(format!("{at}: a language is empty")));
        }
    }
    fn texts(&mut self, at: &str, ts: &[Text]) {
        for (i, t) in ts.iter().enumerate() {
            self.text(&format!("{at}[{i}]"), t);
        }
    }
    /// Each fact's text, and its source: the seed, or a page of Mailgun's documentation (or the
    /// RFC a protocol limit comes from). A fact without one fails.
    fn facts(&mut self, at: &str, fs: &[Fact]) {
        for (i, f) in fs.iter().enumerate() {
            self.text(&format!("{at}[{i}]"), &f.text);
            if !is_source(&f.source) {
                self.problems
                    .push(Problem(format!("{at}[{i}]: source `{}` is not `seed` or a documentation URL", f.source)));
            }
        }
    }
    fn unique<'a>(&mut self, what: &str, ids: impl Iterator<Item = &'a str>) -> HashSet<&'a str> {
        let mut seen = HashSet::new();
        for id in ids {
            if id.trim().is_empty() || !seen.insert(id) {
                self.problems.push(Problem(format!("{what}: id `{id}` is empty or repeated")));
            }
        }
        seen
    }
    fn links(&mut self, at: &str, what: &str, ids: &[Str], known: &HashSet<&str>) {
        for id in ids {
            if !known.contains(text_of(id)) {
                self.problems.push(Problem(format!("{at}: unknown {what} `{id}`")));
            }
        }
    }
}

/// The string of a content field, whichever form `Str` has.
fn text_of(s: &str) -> &str {
    s
}

/// The places a fact may come from: the seed, Mailgun's documentation (the developer site, or its
/// help centre for what the developer site does not state: how long a deferred message is
/// retried), Mailgun's own site for its policies (its GDPR page, its acceptable use policy), or an
/// RFC.
pub const SOURCE_PREFIXES: [&str; 4] = [
    "https://documentation.mailgun.com/",
    "https://help.mailgun.com/",
    "https://www.mailgun.com/",
    "https://www.rfc-editor.org/",
];

/// True for `seed` or a URL under one of [`SOURCE_PREFIXES`].
pub fn is_source(s: &str) -> bool {
    s == "seed" || SOURCE_PREFIXES.iter().any(|p| s.starts_with(p) && s.len() > p.len())
}

/// Every problem in `kb`; empty when the content is sound.
pub fn validate(kb: &Kb) -> Vec<Problem> {
    let mut c = Checker { problems: Vec::new() };
    let endpoints = c.unique("api.toml endpoint", kb.endpoints.iter().map(|e| text_of(&e.id)));
    let playbooks = c.unique("playbooks.toml", kb.playbooks.iter().map(|p| text_of(&p.id)));
    let gotchas = c.unique("gotchas.toml", kb.gotchas.iter().map(|g| text_of(&g.id)));
    let troubles = c.unique("troubleshooting.toml", kb.troubleshooting.iter().map(|t| text_of(&t.id)));
    let examples = c.unique("examples.toml", kb.examples.iter().map(|e| text_of(&e.id)));
    let siblings = c.unique("siblings.toml", kb.siblings.iter().map(|s| text_of(&s.slug)));
    let snippets = c.unique("snippets.toml", kb.snippets.iter().map(|s| text_of(&s.id)));

    for (i, area) in kb.areas.iter().enumerate() {
        let at = format!("areas/{}.toml", area.id.slug());
        if AreaId::ALL.get(i) != Some(&area.id) {
            c.problems.push(Problem(format!("{at}: the file's id does not match its name")));
        }
        c.text(&format!("{at} title"), &area.title);
        c.text(&format!("{at} tagline"), &area.tagline);
        c.text(&format!("{at} summary"), &area.summary);
        c.facts(&format!("{at} facts"), &area.facts);
        c.links(&at, "endpoint", &area.endpoints, &endpoints);
        c.links(&at, "playbook", &area.playbooks, &playbooks);
        c.links(&at, "gotcha", &area.gotchas, &gotchas);
        c.links(&at, "troubleshooting entry", &area.troubleshooting, &troubles);
        c.links(&at, "example", &area.examples, &examples);
        c.links(&at, "snippet", &area.snippets, &snippets);
        c.links(&at, "sibling skill", &area.siblings, &siblings);
        if area.related.contains(&area.id) {
            c.problems.push(Problem(format!("{at}: an area cannot be related to itself")));
        }
    }
    for r in kb.roles.iter() {
        c.text(&format!("roles.toml {:?}", r.id), &r.title);
    }
    if kb.roles.len() != 6 {
        c.problems.push(Problem("roles.toml: there must be six roles, A to F".into()));
    }
    c.facts("api.toml general facts", &kb.api.facts);
    for e in kb.endpoints.iter() {
        c.text(&format!("api.toml {}", e.id), &e.purpose);
        if !matches!(text_of(&e.method), "GET" | "POST" | "PUT" | "DELETE" | "PATCH") {
            c.problems.push(Problem(format!("api.toml {}: unknown method `{}`", e.id, e.method)));
        }
        if !e.path.starts_with('/') {
            c.problems.push(Problem(format!("api.toml {}: path must start with /", e.id)));
        }
        if !is_source(&e.source) {
            c.problems.push(Problem(format!(
                "api.toml {}: source `{}` is not `seed` or a documentation URL",
                e.id, e.source
            )));
        }
    }
    for p in kb.playbooks.iter() {
        c.text(&format!("playbooks.toml {}", p.id), &p.title);
        c.texts(&format!("playbooks.toml {} steps", p.id), &p.steps);
    }
    for g in kb.gotchas.iter() {
        c.text(&format!("gotchas.toml {}", g.id), &g.title);
        c.text(&format!("gotchas.toml {} body", g.id), &g.body);
    }
    for t in kb.troubleshooting.iter() {
        for (name, text) in
            [("title", &t.title), ("symptom", &t.symptom), ("cause", &t.cause), ("solution", &t.solution)]
        {
            c.text(&format!("troubleshooting.toml {} {name}", t.id), text);
        }
    }
    for e in kb.examples.iter() {
        c.text(&format!("examples.toml {}", e.id), &e.title);
        c.text(&format!("examples.toml {} request", e.id), &e.request);
        c.texts(&format!("examples.toml {} steps", e.id), &e.steps);
        c.text(&format!("examples.toml {} result", e.id), &e.result);
    }
    for o in kb.data_model.iter() {
        c.text(&format!("data-model.toml {}", o.name), &o.description);
    }
    c.text("integrations.toml summary", &kb.integrations.summary);
    for i in kb.integrations.integration.iter() {
        c.text(&format!("integrations.toml {}", i.id), &i.category);
        c.text(&format!("integrations.toml {} tools", i.id), &i.tools);
    }
    for s in kb.siblings.iter() {
        for (name, text) in [("name", &s.name), ("covers", &s.covers), ("reason", &s.reason)] {
            c.text(&format!("siblings.toml {} {name}", s.slug), text);
        }
    }
    for s in kb.snippets.iter() {
        c.text(&format!("snippets.toml {}", s.id), &s.title);
    }
    c.texts("company.toml facts", &kb.company.facts);
    c.problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_content_meets_the_contract() {
        let problems = validate(Kb::get());
        assert!(
            problems.is_empty(),
            "content problems:\n{}",
            problems.iter().map(|p| p.0.as_str()).collect::<Vec<_>>().join("\n")
        );
    }
}
