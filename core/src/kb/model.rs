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
    /// Settings, limits, numbers and rules, one fact per item.
    pub facts: Vec<Text>,
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
    pub facts: Vec<Text>,
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

/// A code snippet with a region-dependent base URL: `[[snippet]]` in `snippets.toml`.
///
/// `{base}` in the code stands for the base URL without a trailing slash
/// (`https://api.mailgun.net` or `https://api.eu.mailgun.net`); `{smtp_host}` for the SMTP host.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Snippet {
    /// Stable id.
    pub id: String,
    /// What the snippet does.
    pub title: Text,
    /// The area it belongs to.
    pub area: AreaId,
    /// The curl version.
    pub curl: String,
    /// The Node.js version.
    pub node: String,
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
