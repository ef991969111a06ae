//! The Mailgun knowledge base: compiled into the binary as one `static`, and looked up in place.
//!
//! Content lives in `assets/kb/` (TOML, both languages side by side). `build.rs` reads it with the
//! types of [`model`] (unknown fields, missing fields and bad ids fail the build, naming file and
//! line), checks it with [`validate`] (both languages, unique ids, every cross-link), and writes it
//! out as Rust literals, so nothing is parsed when the page starts and no reader ships in the wasm.

/// Declares content types for the crate: every type of [`model`] goes through it, as it goes
/// through its build-time twin in `build_support/kb.rs`.
macro_rules! content {
    ($( $(#[$m:meta])* pub struct $name:ident { $( $(#[$fm:meta])* pub $f:ident : $t:ty ),* $(,)? } )*) => {
        $(
            $(#[$m])*
            #[derive(Clone, Debug, PartialEq, Serialize)]
            pub struct $name { $( $(#[$fm])* pub $f: $t ),* }
        )*
    };
}

/// Declares a content type whose file layout differs from its fields (the build reads it by hand).
macro_rules! content_read_by_hand {
    ($($item:tt)*) => { content! { $($item)* } };
}

pub(crate) use content;

pub mod ids;
pub mod model;
mod validate;

use ids::{AreaId, RoleId};
pub use model::Kb;
use model::*;

pub use crate::text::Text;
pub use validate::{validate, Problem};

/// A string of the compiled content (`String` when `build.rs` reads the same types).
pub type Str = &'static str;
/// A list of the compiled content (`Vec<T>` when `build.rs` reads the same types).
pub type List<T> = &'static [T];

mod compiled {
    use super::ids::{AreaId, RoleId};
    use super::model::*;
    use super::Text;
    include!(concat!(env!("OUT_DIR"), "/kb.rs"));
}

impl Kb {
    /// The knowledge base the build compiled in.
    pub fn get() -> &'static Kb {
        &compiled::KB
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
