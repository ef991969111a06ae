//! The shape of the knowledge base, exactly as the files under `assets/kb/` write it.
//!
//! Every field a reader sees is a [`Text`] (English and Chinese side by side). Cross-links are ids
//! (`gotchas = ["sending-keys-only-send"]`); `validate` checks that each id exists.
//!
//! This file is compiled twice, which is why its structs sit inside `content!` and name their
//! strings and lists `Str` and `List<T>`:
//! * in the crate, `content!` (in `kb/mod.rs`) derives `Serialize` and `Str`/`List<T>` are
//!   `&'static str`/`&'static [T]`: the knowledge base is a `static` the build wrote, read in place;
//! * in `build.rs` (`build_support/kb.rs`), `content!` derives `Deserialize` with
//!   `deny_unknown_fields` and a Rust-literal writer, and `Str`/`List<T>` are `String`/`Vec<T>`: the
//!   TOML is read and checked there, and written out as that static.
//!
//! So each field is declared once, and the wasm holds no reader for it.

use super::ids::{AreaId, RoleId};
use super::{List, Str, Text};
use serde::Serialize;

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

// A fact's file writes its text flat (`en`, `zh`, `source`, `kind` side by side).
content_read_by_hand! {
/// One fact: a sentence or two in both languages, where it comes from, and what kind of value it
/// states (when its point is a value).
pub struct Fact {
    /// The fact, value first.
    pub text: Text,
    /// `seed` (the document this product was made from) or the documentation URL it comes from.
    pub source: Str,
    /// The kind of value it states, if its point is one.
    pub kind: Option<FactKind>,
}
}

content! {
/// One platform area: `assets/kb/areas/<slug>.toml`.
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
    #[serde(default)]
    pub facts: List<Fact>,
    /// Endpoint ids from `api.toml` that belong here.
    #[serde(default)]
    pub endpoints: List<Str>,
    /// Playbook ids from `playbooks.toml` that apply.
    #[serde(default)]
    pub playbooks: List<Str>,
    /// Gotcha ids from `gotchas.toml` that apply.
    #[serde(default)]
    pub gotchas: List<Str>,
    /// Troubleshooting ids that apply.
    #[serde(default)]
    pub troubleshooting: List<Str>,
    /// Worked example ids that apply.
    #[serde(default)]
    pub examples: List<Str>,
    /// Snippet ids from `snippets.toml` for this area's main tasks.
    #[serde(default)]
    pub snippets: List<Str>,
    /// Related areas.
    #[serde(default)]
    pub related: List<AreaId>,
    /// Sibling skill slugs from `siblings.toml` worth pointing to from this area.
    #[serde(default)]
    pub siblings: List<Str>,
}

/// One endpoint of the API quick reference: `[[endpoint]]` in `assets/kb/api.toml`.
pub struct Endpoint {
    /// Stable id, e.g. `send-message`.
    pub id: Str,
    /// HTTP method in capitals.
    pub method: Str,
    /// Path with placeholders, e.g. `/v3/{domain}/messages`.
    pub path: Str,
    /// What a call does, one line.
    pub purpose: Text,
    /// The area it belongs to.
    pub area: AreaId,
    /// `seed` or the API reference page it comes from.
    pub source: Str,
    /// True for endpoints that need the Optimize add-on.
    #[serde(default)]
    pub addon: bool,
}

/// Facts that hold for the whole API (base URLs, auth, limits): `[general]` in `api.toml`.
pub struct ApiGeneral {
    /// US base URL.
    pub base_us: Str,
    /// EU base URL.
    pub base_eu: Str,
    /// Facts about authentication, keys, rate limits, SLA, SDKs, docs.
    pub facts: List<Fact>,
}

/// The whole of `assets/kb/api.toml`.
pub struct ApiFile {
    /// API-wide facts.
    pub general: ApiGeneral,
    /// Every endpoint.
    pub endpoint: List<Endpoint>,
}

/// A step-by-step playbook (Step 4 of the seed): `[[playbook]]` in `playbooks.toml`.
pub struct Playbook {
    /// Stable id, e.g. `send-first-email`.
    pub id: Str,
    /// Title, e.g. "Send transactional email through the API".
    pub title: Text,
    /// Areas it serves; the first is its home.
    pub areas: List<AreaId>,
    /// Ordered steps.
    pub steps: List<Text>,
}

/// A gotcha: `[[gotcha]]` in `gotchas.toml`.
pub struct Gotcha {
    /// Stable id.
    pub id: Str,
    /// The warning in one line.
    pub title: Text,
    /// The explanation and what to do.
    pub body: Text,
    /// Areas it applies to.
    pub areas: List<AreaId>,
}

/// A troubleshooting entry: `[[entry]]` in `troubleshooting.toml`.
pub struct Trouble {
    /// Stable id.
    pub id: Str,
    /// Short title.
    pub title: Text,
    /// What the user sees.
    pub symptom: Text,
    /// Why it happens.
    pub cause: Text,
    /// What to do.
    pub solution: Text,
    /// Areas it applies to.
    pub areas: List<AreaId>,
}

/// A worked example: `[[example]]` in `examples.toml`.
pub struct Example {
    /// Stable id.
    pub id: Str,
    /// Title.
    pub title: Text,
    /// What the user asks, in our words.
    pub request: Text,
    /// What the help does, in order.
    pub steps: List<Text>,
    /// Where the user ends up.
    pub result: Text,
    /// Areas it shows.
    pub areas: List<AreaId>,
}

/// One object of the data model: `[[object]]` in `data-model.toml`.
pub struct DataObject {
    /// Object name as the API calls it, e.g. `Mailing List`.
    pub name: Str,
    /// What it is.
    pub description: Text,
    /// Key field names, verbatim.
    pub fields: List<Str>,
    /// The area that owns it.
    pub area: AreaId,
}

/// One row of the integrations table: `[[integration]]` in `integrations.toml`.
pub struct Integration {
    /// Stable id, e.g. `automation`.
    pub id: Str,
    /// Category name.
    pub category: Text,
    /// The tools and how they connect.
    pub tools: Text,
}

/// The whole of `integrations.toml`.
pub struct IntegrationsFile {
    /// The overall stance (API-first, no native connectors).
    pub summary: Text,
    /// The rows.
    pub integration: List<Integration>,
}

/// A sibling help skill: `[[skill]]` in `siblings.toml`.
pub struct Sibling {
    /// Slug, e.g. `sales-deliverability`.
    pub slug: Str,
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
pub struct Snippet {
    /// Stable id.
    pub id: Str,
    /// What the snippet does.
    pub title: Text,
    /// The area it belongs to.
    pub area: AreaId,
    /// The requests, in order (empty for code that is not an HTTP request).
    #[serde(default, rename = "request")]
    pub requests: List<SnippetRequest>,
    /// Code that is not an HTTP request, as `(language id, code)`.
    #[serde(default, deserialize_with = "super::code_by_language")]
    pub code: List<(Str, Str)>,
}

/// One request of a snippet: `[[snippet.request]]`. `YOUR_DOMAIN` stands for the sending domain.
pub struct SnippetRequest {
    /// `GET`, `POST`, `PUT` or `DELETE`.
    pub method: Str,
    /// The path after the base URL, e.g. `/v3/YOUR_DOMAIN/messages`.
    pub path: Str,
    /// Query parameters as `[name, value]` pairs.
    #[serde(default)]
    pub query: List<(Str, Str)>,
    /// Form fields as `[name, value]` pairs (a name may repeat).
    #[serde(default)]
    pub form: List<(Str, Str)>,
    /// Files as `[field, file name]` pairs.
    #[serde(default)]
    pub files: List<(Str, Str)>,
}

/// Company background: `assets/kb/company.toml`.
pub struct Company {
    /// Short paragraphs: what Mailgun is, founding, owners, business unit.
    pub facts: List<Text>,
}

/// A role of Step 1 with its label: `[[role]]` in `roles.toml`.
pub struct Role {
    /// Which role.
    pub id: RoleId,
    /// Label, e.g. "Developer / engineer".
    pub title: Text,
}

/// The whole knowledge base, as `build.rs` assembles it from the files of `assets/kb/`.
pub struct Kb {
    /// The thirteen areas in letter order.
    pub areas: List<Area>,
    /// Step-1 roles in letter order.
    pub roles: List<Role>,
    /// API-wide facts.
    pub api: ApiGeneral,
    /// Every endpoint of the quick reference.
    pub endpoints: List<Endpoint>,
    /// Step-by-step playbooks.
    pub playbooks: List<Playbook>,
    /// Gotchas.
    pub gotchas: List<Gotcha>,
    /// Troubleshooting entries.
    pub troubleshooting: List<Trouble>,
    /// Worked examples.
    pub examples: List<Example>,
    /// Data model objects.
    pub data_model: List<DataObject>,
    /// Integrations table.
    pub integrations: IntegrationsFile,
    /// Sibling skills.
    pub siblings: List<Sibling>,
    /// Code snippets.
    pub snippets: List<Snippet>,
    /// Company background.
    pub company: Company,
}
}
