//! The Mailgun knowledge base: loading it from the embedded content files and looking things up.
//!
//! Content lives in `assets/kb/` (TOML, both languages side by side). [`Kb::get`] parses it once and
//! keeps it for the life of the page; [`validate`] is the contract the content must meet, run by the
//! tests so a broken file fails a test, not the reader.

pub mod ids;
pub mod model;
mod read;
mod validate;

use crate::assets::AssetError;
use ids::{AreaId, RoleId};
use model::*;
use std::sync::OnceLock;

pub use validate::{validate, Problem};

/// The whole knowledge base.
#[derive(Clone, Debug, PartialEq)]
pub struct Kb {
    /// The thirteen areas in letter order.
    pub areas: Vec<Area>,
    /// Step-1 roles in letter order.
    pub roles: Vec<Role>,
    /// API-wide facts.
    pub api: ApiGeneral,
    /// Every endpoint of the quick reference.
    pub endpoints: Vec<Endpoint>,
    /// Step-by-step playbooks.
    pub playbooks: Vec<Playbook>,
    /// Gotchas.
    pub gotchas: Vec<Gotcha>,
    /// Troubleshooting entries.
    pub troubleshooting: Vec<Trouble>,
    /// Worked examples.
    pub examples: Vec<Example>,
    /// Data model objects.
    pub data_model: Vec<DataObject>,
    /// Integrations table.
    pub integrations: IntegrationsFile,
    /// Sibling skills.
    pub siblings: Vec<Sibling>,
    /// Code snippets.
    pub snippets: Vec<Snippet>,
    /// Company background.
    pub company: Company,
}

static KB: OnceLock<Result<Kb, AssetError>> = OnceLock::new();

impl Kb {
    /// Parses every content file. Prefer [`Kb::get`], which does this once.
    pub fn load() -> Result<Kb, AssetError> {
        let mut areas = Vec::new();
        for id in AreaId::ALL {
            areas.push(read::area(&format!("kb/areas/{}.toml", id.slug()))?);
        }
        let (api, endpoints) = read::api("kb/api.toml")?;
        Ok(Kb {
            areas,
            roles: read::roles()?,
            api,
            endpoints,
            playbooks: read::playbooks()?,
            gotchas: read::gotchas()?,
            troubleshooting: read::troubleshooting()?,
            examples: read::examples()?,
            data_model: read::data_model()?,
            integrations: read::integrations()?,
            siblings: read::siblings()?,
            snippets: read::snippets()?,
            company: read::company()?,
        })
    }

    /// The knowledge base, parsed on first use and shared after.
    pub fn get() -> Result<&'static Kb, &'static AssetError> {
        KB.get_or_init(Kb::load).as_ref()
    }

    /// The area with this id.
    pub fn area(&self, id: AreaId) -> Option<&Area> {
        self.areas.iter().find(|a| a.id == id)
    }

    /// The role with this id.
    pub fn role(&self, id: RoleId) -> Option<&Role> {
        self.roles.iter().find(|r| r.id == id)
    }

    /// The endpoint with this id.
    pub fn endpoint(&self, id: &str) -> Option<&Endpoint> {
        self.endpoints.iter().find(|e| e.id == id)
    }

    /// The playbook with this id.
    pub fn playbook(&self, id: &str) -> Option<&Playbook> {
        self.playbooks.iter().find(|p| p.id == id)
    }

    /// The gotcha with this id.
    pub fn gotcha(&self, id: &str) -> Option<&Gotcha> {
        self.gotchas.iter().find(|g| g.id == id)
    }

    /// The troubleshooting entry with this id.
    pub fn trouble(&self, id: &str) -> Option<&Trouble> {
        self.troubleshooting.iter().find(|t| t.id == id)
    }

    /// The worked example with this id.
    pub fn example(&self, id: &str) -> Option<&Example> {
        self.examples.iter().find(|e| e.id == id)
    }

    /// The sibling skill with this slug.
    pub fn sibling(&self, slug: &str) -> Option<&Sibling> {
        self.siblings.iter().find(|s| s.slug == slug)
    }

    /// The snippet with this id.
    pub fn snippet(&self, id: &str) -> Option<&Snippet> {
        self.snippets.iter().find(|s| s.id == id)
    }
}

/// The API region a reader's domain lives in; it decides every base URL.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Region {
    /// `api.mailgun.net`, `smtp.mailgun.org`.
    #[default]
    Us,
    /// `api.eu.mailgun.net`, `smtp.eu.mailgun.org`.
    Eu,
}

impl Region {
    /// `us` or `eu`, as links write it.
    pub fn code(self) -> &'static str {
        match self {
            Region::Us => "us",
            Region::Eu => "eu",
        }
    }

    /// The region a link's `us`/`eu` names (any case).
    pub fn parse(s: &str) -> Option<Region> {
        [Region::Us, Region::Eu].into_iter().find(|r| r.code().eq_ignore_ascii_case(s.trim()))
    }

    /// The API origin without a trailing slash.
    pub fn api_origin(self) -> &'static str {
        match self {
            Region::Us => "https://api.mailgun.net",
            Region::Eu => "https://api.eu.mailgun.net",
        }
    }

    /// The SMTP host for this region.
    pub fn smtp_host(self) -> &'static str {
        match self {
            Region::Us => "smtp.mailgun.org",
            Region::Eu => "smtp.eu.mailgun.org",
        }
    }

    /// Fills a snippet's `{base}` and `{smtp_host}` placeholders for this region.
    pub fn fill(self, code: &str) -> String {
        code.replace("{base}", self.api_origin()).replace("{smtp_host}", self.smtp_host())
    }
}
