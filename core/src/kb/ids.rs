//! The fixed vocabularies of the seed: the thirteen areas (A–M) and the six roles (A–F).
//!
//! They are enums, not strings, so a content file that names an unknown area fails to load and code
//! that forgets an area fails to compile.

use serde::Serialize;

/// A platform area from Step 1 of the seed, with its letter and its URL slug.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum AreaId {
    /// A: sending through the REST API.
    EmailApi,
    /// B: SMTP relay.
    Smtp,
    /// C: inbound email routing and parsing.
    Inbound,
    /// D: stored templates.
    Templates,
    /// E: mailing lists.
    MailingLists,
    /// F: domains, DNS verification, DKIM/SPF.
    Domains,
    /// G: routes (match expressions and actions).
    Routes,
    /// H: webhooks.
    Webhooks,
    /// I: metrics and analytics.
    Metrics,
    /// J: Mailgun Optimize add-on.
    Optimize,
    /// K: tags and tracking.
    Tags,
    /// L: account, billing, plans, API keys.
    Account,
    /// M: anything else.
    Other,
}

impl AreaId {
    /// All areas in letter order A–M.
    pub const ALL: [AreaId; 13] = [
        AreaId::EmailApi,
        AreaId::Smtp,
        AreaId::Inbound,
        AreaId::Templates,
        AreaId::MailingLists,
        AreaId::Domains,
        AreaId::Routes,
        AreaId::Webhooks,
        AreaId::Metrics,
        AreaId::Optimize,
        AreaId::Tags,
        AreaId::Account,
        AreaId::Other,
    ];

    /// The URL slug, e.g. `mailing-lists`.
    pub fn slug(self) -> &'static str {
        match self {
            AreaId::EmailApi => "email-api",
            AreaId::Smtp => "smtp",
            AreaId::Inbound => "inbound",
            AreaId::Templates => "templates",
            AreaId::MailingLists => "mailing-lists",
            AreaId::Domains => "domains",
            AreaId::Routes => "routes",
            AreaId::Webhooks => "webhooks",
            AreaId::Metrics => "metrics",
            AreaId::Optimize => "optimize",
            AreaId::Tags => "tags",
            AreaId::Account => "account",
            AreaId::Other => "other",
        }
    }

    /// The Step-1 letter, `A` to `M`.
    pub fn letter(self) -> char {
        let index = AreaId::ALL.iter().position(|a| *a == self).unwrap_or(12);
        char::from(b'A' + index as u8)
    }

    /// Finds an area by slug or by letter (`webhooks`, `H`, `h`).
    pub fn parse(s: &str) -> Option<AreaId> {
        let s = s.trim();
        let lower = s.to_ascii_lowercase();
        AreaId::ALL.into_iter().find(|a| {
            a.slug() == lower || (s.len() == 1 && a.letter().eq_ignore_ascii_case(&s.chars().next().unwrap_or(' ')))
        })
    }
}

/// The asker's role from Step 1 of the seed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RoleId {
    /// A: developer or engineer.
    Developer,
    /// B: DevOps or infrastructure.
    Devops,
    /// C: admin or account owner.
    Admin,
    /// D: founder or solo operator.
    Founder,
    /// E: agency or freelancer.
    Agency,
    /// F: anyone else.
    Other,
}

impl RoleId {
    /// All roles in letter order A–F.
    pub const ALL: [RoleId; 6] =
        [RoleId::Developer, RoleId::Devops, RoleId::Admin, RoleId::Founder, RoleId::Agency, RoleId::Other];

    /// The slug used in links, e.g. `devops`.
    pub fn slug(self) -> &'static str {
        match self {
            RoleId::Developer => "developer",
            RoleId::Devops => "devops",
            RoleId::Admin => "admin",
            RoleId::Founder => "founder",
            RoleId::Agency => "agency",
            RoleId::Other => "other",
        }
    }

    /// The Step-1 letter, `A` to `F`.
    pub fn letter(self) -> char {
        let index = RoleId::ALL.iter().position(|r| *r == self).unwrap_or(5);
        char::from(b'A' + index as u8)
    }

    /// Finds a role by letter or name (`a`, `developer`, `engineer`, `dev`, `ops`, `owner`, `freelancer`).
    pub fn parse(s: &str) -> Option<RoleId> {
        let lower = s.trim().to_ascii_lowercase();
        if lower.len() == 1 {
            let c = lower.chars().next()?;
            return RoleId::ALL.into_iter().find(|r| r.letter().eq_ignore_ascii_case(&c));
        }
        let role = match lower.as_str() {
            "developer" | "engineer" | "dev" | "developer-engineer" => RoleId::Developer,
            "devops" | "infrastructure" | "ops" | "sre" => RoleId::Devops,
            "admin" | "owner" | "account-owner" | "administrator" => RoleId::Admin,
            "founder" | "solo" | "operator" | "solo-operator" => RoleId::Founder,
            "agency" | "freelancer" => RoleId::Agency,
            "other" => RoleId::Other,
            _ => return None,
        };
        Some(role)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn area_letters_run_a_to_m_and_slugs_round_trip() {
        let letters: String = AreaId::ALL.iter().map(|a| a.letter()).collect();
        assert_eq!(letters, "ABCDEFGHIJKLM");
        for a in AreaId::ALL {
            assert_eq!(AreaId::parse(a.slug()), Some(a));
            assert_eq!(AreaId::parse(&a.letter().to_string()), Some(a));
        }
        assert_eq!(AreaId::parse("nope"), None);
    }

    #[test]
    fn role_letters_and_names_parse() {
        assert_eq!(RoleId::parse("c"), Some(RoleId::Admin));
        assert_eq!(RoleId::parse("Founder"), Some(RoleId::Founder));
        assert_eq!(RoleId::parse("z"), None);
        assert_eq!(RoleId::parse(""), None);
    }
}
