//! The shape of the knowledge base, exactly as the files under `assets/kb/` write it.
//!
//! Every field a reader sees is a [`Text`] (English and Chinese side by side). Cross-links are ids
//! (`gotchas = ["sending-keys-only-send"]`); `validate` checks that each id exists.

use super::ids::AreaId;
use crate::text::Text;
use serde::Serialize;

/// One platform area: `assets/kb/areas/<slug>.toml`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Area {
    /// Which area this file describes (its slug).
    pub id: AreaId,
    /// Short name, e.g. "Webhooks".
    pub title: Text,
    /// The Step-1 one-liner shown in the wizard.
    pub tagline: Text,
    /// What the area is for, a short paragraph.
    pub summary: Text,
    /// Settings, limits, numbers and rules, one fact per item, each with its source.
    pub facts: Vec<Fact>,
    /// Endpoint ids from `api.toml` that belong here.
    pub endpoints: Vec<String>,
    /// Playbook ids from `playbooks.toml` that apply.
    pub playbooks: Vec<String>,
    /// Gotcha ids from `gotchas.toml` that apply.
    pub gotchas: Vec<String>,
    /// Troubleshooting ids that apply.
    pub troubleshooting: Vec<String>,
    /// Worked example ids that apply.
    pub examples: Vec<String>,
    /// Snippet ids from `snippets.toml` for this area's main tasks.
    pub snippets: Vec<String>,
    /// Related areas.
    pub related: Vec<AreaId>,
    /// Sibling skill slugs from `siblings.toml` worth pointing to from this area.
    pub siblings: Vec<String>,
}

/// What kind of value a fact states, so a question that asks for that kind finds it first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum FactKind {
    /// How many (tags per message, recipients per call).
    Count,
    /// A price.
    Price,
    /// How long (retention, retries, scheduling).
    Duration,
    /// How big (message size).
    Size,
    /// A port number.
    Port,
    /// A host name or URL.
    Host,
    /// Which key or credential.
    Key,
    /// A format (a date format, a record value).
    Format,
    /// A closed list of values (event types, result values).
    List,
    /// Which plan has it.
    Plan,
}

impl FactKind {
    /// Every kind, in the order of their names.
    pub const ALL: [FactKind; 10] = [
        FactKind::Count,
        FactKind::Price,
        FactKind::Duration,
        FactKind::Size,
        FactKind::Port,
        FactKind::Host,
        FactKind::Key,
        FactKind::Format,
        FactKind::List,
        FactKind::Plan,
    ];

    /// The name content files use (`kind = "count"`).
    pub fn name(self) -> &'static str {
        match self {
            FactKind::Count => "count",
            FactKind::Price => "price",
            FactKind::Duration => "duration",
            FactKind::Size => "size",
            FactKind::Port => "port",
            FactKind::Host => "host",
            FactKind::Key => "key",
            FactKind::Format => "format",
            FactKind::List => "list",
            FactKind::Plan => "plan",
        }
    }
}

/// One fact: a sentence or two in both languages, where it comes from, and what kind of value it
/// states (when its point is a value).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Fact {
    /// The fact, value first.
    pub text: Text,
    /// `seed` (the document this product was made from) or the documentation URL it comes from.
    pub source: String,
    /// The kind of value it states, if its point is one.
    pub kind: Option<FactKind>,
}

/// One endpoint of the API quick reference: `[[endpoint]]` in `assets/kb/api.toml`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Endpoint {
    /// Stable id, e.g. `send-message`.
    pub id: String,
    /// HTTP method in capitals.
    pub method: String,
    /// Path with placeholders, e.g. `/v3/{domain}/messages`.
    pub path: String,
    /// What a call does, one line.
    pub purpose: Text,
    /// The area it belongs to.
    pub area: AreaId,
    /// True for endpoints that need the Optimize add-on.
    pub addon: bool,
}

/// Facts that hold for the whole API (base URLs, auth, limits): `[general]` in `api.toml`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ApiGeneral {
    /// US base URL.
    pub base_us: String,
    /// EU base URL.
    pub base_eu: String,
    /// Facts about authentication, keys, rate limits, SLA, SDKs, docs.
    pub facts: Vec<Fact>,
}

/// The whole of `assets/kb/api.toml`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ApiFile {
    /// API-wide facts.
    pub general: ApiGeneral,
    /// Every endpoint.
    pub endpoint: Vec<Endpoint>,
}

/// A step-by-step playbook (Step 4 of the seed): `[[playbook]]` in `playbooks.toml`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Playbook {
    /// Stable id, e.g. `send-first-email`.
    pub id: String,
    /// Title, e.g. "Send transactional email through the API".
    pub title: Text,
    /// Areas it serves; the first is its home.
    pub areas: Vec<AreaId>,
    /// Ordered steps.
    pub steps: Vec<Text>,
}

/// A gotcha: `[[gotcha]]` in `gotchas.toml`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Gotcha {
    /// Stable id.
    pub id: String,
    /// The warning in one line.
    pub title: Text,
    /// The explanation and what to do.
    pub body: Text,
    /// Areas it applies to.
    pub areas: Vec<AreaId>,
}

/// A troubleshooting entry: `[[entry]]` in `troubleshooting.toml`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Trouble {
    /// Stable id.
    pub id: String,
    /// Short title.
    pub title: Text,
    /// What the user sees.
    pub symptom: Text,
    /// Why it happens.
    pub cause: Text,
    /// What to do.
    pub solution: Text,
    /// Areas it applies to.
    pub areas: Vec<AreaId>,
}

/// A worked example: `[[example]]` in `examples.toml`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Example {
    /// Stable id.
    pub id: String,
    /// Title.
    pub title: Text,
    /// What the user asks, in our words.
    pub request: Text,
    /// What the help does, in order.
    pub steps: Vec<Text>,
    /// Where the user ends up.
    pub result: Text,
    /// Areas it shows.
    pub areas: Vec<AreaId>,
}

/// One object of the data model: `[[object]]` in `data-model.toml`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DataObject {
    /// Object name as the API calls it, e.g. `Mailing List`.
    pub name: String,
    /// What it is.
    pub description: Text,
    /// Key field names, verbatim.
    pub fields: Vec<String>,
    /// The area that owns it.
    pub area: AreaId,
}

/// One row of the integrations table: `[[integration]]` in `integrations.toml`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Integration {
    /// Stable id, e.g. `automation`.
    pub id: String,
    /// Category name.
    pub category: Text,
    /// The tools and how they connect.
    pub tools: Text,
}

/// The whole of `integrations.toml`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct IntegrationsFile {
    /// The overall stance (API-first, no native connectors).
    pub summary: Text,
    /// The rows.
    pub integration: Vec<Integration>,
}

/// A sibling help skill: `[[skill]]` in `siblings.toml`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Sibling {
    /// Slug, e.g. `sales-deliverability`.
    pub slug: String,
    /// Display name.
    pub name: Text,
    /// What it covers.
    pub covers: Text,
    /// The one-line reason given when a question is routed there.
    pub reason: Text,
}

/// Code to start from: `[[snippet]]` in `snippets.toml`. An HTTP snippet is requests written as
/// data, which the request builder's generator writes in every language for the reader's region;
/// the SMTP snippet is code per tool (`code`), with `{smtp_host}` for the region's SMTP host.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Snippet {
    /// Stable id.
    pub id: String,
    /// What the snippet does.
    pub title: Text,
    /// The area it belongs to.
    pub area: AreaId,
    /// The requests, in order (empty for code that is not an HTTP request).
    pub requests: Vec<SnippetRequest>,
    /// Code that is not an HTTP request, as `(language id, code)`.
    pub code: Vec<(String, String)>,
}

/// One request of a snippet: `[[snippet.request]]`. `YOUR_DOMAIN` stands for the sending domain.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SnippetRequest {
    /// `GET`, `POST`, `PUT` or `DELETE`.
    pub method: String,
    /// The path after the base URL, e.g. `/v3/YOUR_DOMAIN/messages`.
    pub path: String,
    /// Query parameters as `[name, value]` pairs.
    pub query: Vec<(String, String)>,
    /// Form fields as `[name, value]` pairs (a name may repeat).
    pub form: Vec<(String, String)>,
    /// Files as `[field, file name]` pairs.
    pub files: Vec<(String, String)>,
}

/// Company background: `assets/kb/company.toml`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Company {
    /// Short paragraphs: what Mailgun is, founding, owners, business unit.
    pub facts: Vec<Text>,
}

/// A role of Step 1 with its label: `[[role]]` in `roles.toml`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Role {
    /// Which role.
    pub id: super::ids::RoleId,
    /// Label, e.g. "Developer / engineer".
    pub title: Text,
}
