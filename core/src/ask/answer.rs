//! The shape of a composed answer: plain data, already in one language, for the UI to render.
//!
//! Nothing here knows HTML. The UI walks [`Answer::sections`] in order, shows [`Answer::assumptions`]
//! and renders each [`Clarify`] as a question with buttons; a button's [`Refinement`] goes back into
//! [`super::compose`] together with the earlier ones, and the new answer replaces the old in place.

use super::Target;
use crate::kb::ids::{AreaId, RoleId};
use crate::kb::Region;
use crate::lang::Lang;

/// A quick answer's effect on the next composition.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Refinement {
    /// The reader's domain is in this region (base URLs, snippets, assumptions change).
    Region(Region),
    /// The reader's role (which sections lead, which tips show).
    Role(RoleId),
    /// The question is about this area (overrides the classifier, also for routed questions).
    Area(AreaId),
    /// Follow this playbook (by id) for the steps.
    Playbook(String),
}

/// One button under a clarifying question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuickAnswer {
    /// The button text.
    pub label: String,
    /// What pressing it changes.
    pub refinement: Refinement,
}

/// A clarifying question with two to four quick answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Clarify {
    /// The question.
    pub question: String,
    /// Its quick answers.
    pub options: Vec<QuickAnswer>,
}

/// What a section holds, so the UI can style or order it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SectionKind {
    /// Ordered steps from a playbook.
    Steps,
    /// API endpoints.
    Endpoints,
    /// Settings, limits, numbers.
    Facts,
    /// Code to copy.
    Snippet,
    /// Gotchas that apply.
    Gotchas,
    /// Troubleshooting entries that apply.
    Troubleshooting,
    /// Advice for the reader's role.
    RoleTip,
    /// For a routed question: what the widget knows from the Mailgun side.
    MailgunSide,
    /// Related areas and sibling skills.
    Related,
}

impl SectionKind {
    /// The class attribute of a section of this kind: `mh-section` and its own
    /// (`mh-section mh-sec-steps`), one static string for the view and the markup alike.
    pub fn class(self) -> &'static str {
        match self {
            SectionKind::Steps => "mh-section mh-sec-steps",
            SectionKind::Endpoints => "mh-section mh-sec-endpoints",
            SectionKind::Facts => "mh-section mh-sec-facts",
            SectionKind::Snippet => "mh-section mh-sec-snippet",
            SectionKind::Gotchas => "mh-section mh-sec-gotchas",
            SectionKind::Troubleshooting => "mh-section mh-sec-troubleshooting",
            SectionKind::RoleTip => "mh-section mh-sec-roletip",
            SectionKind::MailgunSide => "mh-section mh-sec-mailgunside",
            SectionKind::Related => "mh-section mh-sec-related",
        }
    }
}

/// One entry of a section.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Item {
    /// A sentence or a step.
    Text(String),
    /// An endpoint of the API.
    Endpoint {
        /// `GET`, `POST`, …
        method: String,
        /// `/v3/{domain}/messages`.
        path: String,
        /// What it does.
        purpose: String,
        /// True when it needs the Optimize add-on.
        addon: bool,
    },
    /// A titled note (gotcha, troubleshooting entry).
    Note {
        /// One-line title.
        title: String,
        /// The explanation and what to do.
        body: String,
    },
    /// A code snippet with the region's base URL filled in.
    Code {
        /// Snippet id in `snippets.toml`.
        id: String,
        /// What it does.
        title: String,
        /// The sending domain the code is written for (`YOUR_DOMAIN` unless the question named one).
        domain: String,
        /// The language to show first, when the question named one (`python`, `node`, …).
        lang: Option<&'static str>,
    },
    /// A link to an area of this widget.
    AreaLink {
        /// The area.
        area: AreaId,
        /// Its title.
        title: String,
    },
    /// A pointer to a sibling skill.
    Skill {
        /// Its slug, e.g. `sales-integration`.
        slug: String,
        /// Display name.
        name: String,
    },
    /// A link to a page outside the widget (Mailgun's documentation), opened in a new tab.
    External {
        /// The URL (https).
        href: String,
        /// The link text.
        label: String,
    },
    /// A link inside the widget (a hash route), e.g. the estimator filled in.
    Link {
        /// The hash, starting with `#/`.
        href: String,
        /// The link text.
        label: String,
    },
}

/// A titled group of items.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    /// What it holds.
    pub kind: SectionKind,
    /// Its heading.
    pub heading: String,
    /// Its entries.
    pub items: Vec<Item>,
}

/// The sibling skill a routed question goes to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RouteNote {
    /// Its slug, e.g. `sales-sendgrid` (for `data-route`).
    pub slug: String,
    /// Display name.
    pub name: String,
    /// Why it fits better, one line.
    pub reason: String,
}

/// What kind of answer this is (the panel's `data-answer-kind`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AnswerKind {
    /// The lead states the fact asked for (a value, or a yes/no with its plan or condition).
    Direct,
    /// A how-to: the lead says what to do, the steps below answer it.
    Overview,
    /// A sibling help skill answers it better.
    Routed,
    /// The knowledge base holds nothing for what was asked.
    NotCovered,
}

impl AnswerKind {
    /// `direct`, `overview`, `routed` or `not-covered`.
    pub fn code(self) -> &'static str {
        match self {
            AnswerKind::Direct => "direct",
            AnswerKind::Overview => "overview",
            AnswerKind::Routed => "routed",
            AnswerKind::NotCovered => "not-covered",
        }
    }
}

/// A composed answer in one language.
#[derive(Clone, Debug, PartialEq)]
pub struct Answer {
    /// The language every string is in.
    pub lang: Lang,
    /// The area answered or the skill routed to.
    pub target: Target,
    /// A heading for the whole answer.
    pub title: String,
    /// The opening sentence or two: the answer to what was asked, then the overview follows.
    pub lead: String,
    /// The documentation page the lead was taken from, when it is one fact from Mailgun's
    /// documentation (the UI links it); `None` for the seed, the plan table or a summary.
    pub lead_source: Option<&'static str>,
    /// What kind of answer it is.
    pub kind: AnswerKind,
    /// Set when the question is routed to a sibling skill.
    pub route: Option<RouteNote>,
    /// The body, in reading order.
    pub sections: Vec<Section>,
    /// What the answer assumes, stated so the reader can correct it. Never empty.
    pub assumptions: Vec<String>,
    /// At most two clarifying questions.
    pub questions: Vec<Clarify>,
    /// The role the answer is written for.
    pub role: RoleId,
    /// True when the role was assumed, not given.
    pub role_assumed: bool,
    /// The region the answer is written for.
    pub region: Region,
    /// The refinements applied, in order (pass them back with a new one appended).
    pub refinements: Vec<Refinement>,
}

impl Answer {
    /// The area slug for `data-area`, when the answer is about an area.
    pub fn data_area(&self) -> Option<&'static str> {
        if self.kind == AnswerKind::NotCovered {
            return None;
        }
        self.target.area().map(AreaId::slug)
    }

    /// The sibling slug for `data-route`, when the question is routed.
    pub fn data_route(&self) -> Option<&str> {
        self.route.as_ref().map(|r| r.slug.as_str())
    }
}

fn item_text(item: &Item, region: Region, out: &mut String) {
    match item {
        Item::Text(t) => out.push_str(t),
        Item::Endpoint { method, path, purpose, .. } => out.push_str(&format!("{method} {path} — {purpose}")),
        Item::Note { title, body } => out.push_str(&format!("{title}: {body}")),
        Item::Code { id, title, domain, lang } => {
            out.push_str(&format!("{title} [{id}]"));
            if let Some(s) = crate::kb::Kb::get().snippet(id) {
                for (code_lang, _, code) in crate::tools::codegen::snippet_code(s, region, domain) {
                    // The language shown first, or curl.
                    if Some(code_lang) == *lang || (lang.is_none() && code_lang == "curl") {
                        out.push('\n');
                        out.push_str(&code);
                    }
                }
            }
        }
        Item::AreaLink { title, area } => out.push_str(&format!("{title} ({})", area.slug())),
        Item::Skill { slug, name } => out.push_str(&format!("{name} (/{slug})")),
        Item::Link { href, label } | Item::External { href, label } => out.push_str(&format!("{label} ({href})")),
    }
    out.push('\n');
}

/// Every string of the answer flattened into one text (for tests, evaluation and copying).
pub fn answer_text(answer: &Answer) -> String {
    let mut out = format!("{}\n{}\n", answer.title, answer.lead);
    if let Some(r) = &answer.route {
        out.push_str(&format!("/{} {}: {}\n", r.slug, r.name, r.reason));
    }
    for s in &answer.sections {
        out.push_str(&s.heading);
        out.push('\n');
        for i in &s.items {
            item_text(i, answer.region, &mut out);
        }
    }
    for a in &answer.assumptions {
        out.push_str(a);
        out.push('\n');
    }
    for q in &answer.questions {
        out.push_str(&q.question);
        out.push('\n');
        for o in &q.options {
            out.push_str(&format!("- {}\n", o.label));
        }
    }
    out
}
