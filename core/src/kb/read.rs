//! Builds the knowledge-base types from the compiled content (see `assets::node` for why this is
//! hand-written rather than derived). Each reader lists the fields its TOML may have: any other
//! field, a missing required field or a value of the wrong kind is an error naming the file, the
//! entry and the field.

use super::ids::{AreaId, RoleId};
use super::model::*;
use crate::assets::node::{read_all, Fields, Node};
use crate::assets::{self, AssetError};

type Read<T> = Result<T, AssetError>;

fn area_id(f: &Fields, key: &str) -> AreaId {
    f.one_of(key, &AreaId::ALL, AreaId::slug)
}

fn area_ids(f: &Fields, key: &str) -> Vec<AreaId> {
    f.list_of(key, &AreaId::ALL, AreaId::slug)
}

/// The `[[key]]` entries of the file at `path`, each read by `item` (which checks its own fields).
fn entries<T>(path: &str, key: &str, item: impl Fn(&Fields) -> T) -> Read<Vec<T>> {
    read_all(&assets::node(path)?, path, |f| {
        f.only(&[key]);
        f.require(key);
        f.each(key, item)
    })
}

/// One `[[facts]]` entry: `en`, `zh`, `source` and an optional `kind`.
fn fact(f: &Fields) -> Fact {
    f.only(&["en", "zh", "source", "kind"]);
    let kind = if f.has("kind") { Some(f.one_of("kind", &FactKind::ALL, FactKind::name)) } else { None };
    Fact { text: crate::text::Text { en: f.string("en"), zh: f.string("zh") }, source: f.string("source"), kind }
}

/// One area file, `kb/areas/<slug>.toml`.
pub fn area(path: &str) -> Read<Area> {
    area_from(&assets::node(path)?, path)
}

fn area_from(n: &Node, path: &str) -> Read<Area> {
    read_all(n, path, |f| {
        f.only(&[
            "id",
            "title",
            "tagline",
            "summary",
            "facts",
            "endpoints",
            "playbooks",
            "gotchas",
            "troubleshooting",
            "examples",
            "snippets",
            "related",
            "siblings",
        ]);
        Area {
            id: area_id(f, "id"),
            title: f.text("title"),
            tagline: f.text("tagline"),
            summary: f.text("summary"),
            facts: f.each("facts", fact),
            endpoints: f.strings("endpoints"),
            playbooks: f.strings("playbooks"),
            gotchas: f.strings("gotchas"),
            troubleshooting: f.strings("troubleshooting"),
            examples: f.strings("examples"),
            snippets: f.strings("snippets"),
            related: area_ids(f, "related"),
            siblings: f.strings("siblings"),
        }
    })
}

/// `kb/api.toml`.
pub fn api(path: &str) -> Read<(ApiGeneral, Vec<Endpoint>)> {
    read_all(&assets::node(path)?, path, |f| {
        f.only(&["general", "endpoint"]);
        f.require("endpoint");
        let general = f.object("general", |g| {
            g.only(&["base_us", "base_eu", "facts"]);
            g.require("facts");
            ApiGeneral { base_us: g.string("base_us"), base_eu: g.string("base_eu"), facts: g.each("facts", fact) }
        });
        let endpoints = f.each("endpoint", |e| {
            e.only(&["id", "method", "path", "purpose", "area", "addon"]);
            Endpoint {
                id: e.string("id"),
                method: e.string("method"),
                path: e.string("path"),
                purpose: e.text("purpose"),
                area: area_id(e, "area"),
                addon: e.flag("addon"),
            }
        });
        (general, endpoints)
    })
}

/// `kb/roles.toml`.
pub fn roles() -> Read<Vec<Role>> {
    entries("kb/roles.toml", "role", |e| {
        e.only(&["id", "title"]);
        Role { id: e.one_of("id", &RoleId::ALL, RoleId::slug), title: e.text("title") }
    })
}

/// `kb/playbooks.toml`.
pub fn playbooks() -> Read<Vec<Playbook>> {
    entries("kb/playbooks.toml", "playbook", |e| {
        e.only(&["id", "title", "areas", "steps"]);
        e.require("areas");
        e.require("steps");
        Playbook { id: e.string("id"), title: e.text("title"), areas: area_ids(e, "areas"), steps: e.texts("steps") }
    })
}

/// `kb/gotchas.toml`.
pub fn gotchas() -> Read<Vec<Gotcha>> {
    entries("kb/gotchas.toml", "gotcha", |e| {
        e.only(&["id", "title", "body", "areas"]);
        e.require("areas");
        Gotcha { id: e.string("id"), title: e.text("title"), body: e.text("body"), areas: area_ids(e, "areas") }
    })
}

/// `kb/troubleshooting.toml`.
pub fn troubleshooting() -> Read<Vec<Trouble>> {
    entries("kb/troubleshooting.toml", "entry", |e| {
        e.only(&["id", "title", "symptom", "cause", "solution", "areas"]);
        e.require("areas");
        Trouble {
            id: e.string("id"),
            title: e.text("title"),
            symptom: e.text("symptom"),
            cause: e.text("cause"),
            solution: e.text("solution"),
            areas: area_ids(e, "areas"),
        }
    })
}

/// `kb/examples.toml`.
pub fn examples() -> Read<Vec<Example>> {
    entries("kb/examples.toml", "example", |e| {
        e.only(&["id", "title", "request", "steps", "result", "areas"]);
        e.require("steps");
        e.require("areas");
        Example {
            id: e.string("id"),
            title: e.text("title"),
            request: e.text("request"),
            steps: e.texts("steps"),
            result: e.text("result"),
            areas: area_ids(e, "areas"),
        }
    })
}

/// `kb/data-model.toml`.
pub fn data_model() -> Read<Vec<DataObject>> {
    entries("kb/data-model.toml", "object", |e| {
        e.only(&["name", "description", "fields", "area"]);
        e.require("fields");
        DataObject {
            name: e.string("name"),
            description: e.text("description"),
            fields: e.strings("fields"),
            area: area_id(e, "area"),
        }
    })
}

/// `kb/integrations.toml`.
pub fn integrations() -> Read<IntegrationsFile> {
    const PATH: &str = "kb/integrations.toml";
    read_all(&assets::node(PATH)?, PATH, |f| {
        f.only(&["summary", "integration"]);
        f.require("integration");
        IntegrationsFile {
            summary: f.text("summary"),
            integration: f.each("integration", |e| {
                e.only(&["id", "category", "tools"]);
                Integration { id: e.string("id"), category: e.text("category"), tools: e.text("tools") }
            }),
        }
    })
}

/// `kb/siblings.toml`.
pub fn siblings() -> Read<Vec<Sibling>> {
    entries("kb/siblings.toml", "skill", |e| {
        e.only(&["slug", "name", "covers", "reason"]);
        Sibling { slug: e.string("slug"), name: e.text("name"), covers: e.text("covers"), reason: e.text("reason") }
    })
}

/// `kb/snippets.toml`.
pub fn snippets() -> Read<Vec<Snippet>> {
    entries("kb/snippets.toml", "snippet", |e| {
        e.only(&["id", "title", "area", "request", "code"]);
        let code = if e.has("code") {
            e.object("code", |c| {
                c.only(&["curl", "node", "python", "php", "ruby", "go", "java", "csharp"]);
                let mut out = Vec::new();
                for lang in ["curl", "node", "python", "php", "ruby", "go", "java", "csharp"] {
                    if c.has(lang) {
                        out.push((lang.to_string(), c.string(lang)));
                    }
                }
                out
            })
        } else {
            Vec::new()
        };
        Snippet {
            id: e.string("id"),
            title: e.text("title"),
            area: area_id(e, "area"),
            requests: e.each("request", |r| {
                r.only(&["method", "path", "query", "form", "files"]);
                SnippetRequest {
                    method: r.one_of("method", &["GET", "POST", "PUT", "DELETE"], |m| m).to_string(),
                    path: r.string("path"),
                    query: r.pairs("query"),
                    form: r.pairs("form"),
                    files: r.pairs("files"),
                }
            }),
            code,
        }
    })
}

/// `kb/company.toml`.
pub fn company() -> Read<Company> {
    const PATH: &str = "kb/company.toml";
    read_all(&assets::node(PATH)?, PATH, |f| {
        f.only(&["facts"]);
        f.require("facts");
        Company { facts: f.texts("facts") }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assets::node::parse;

    const AREA: &str = r#"{"id":"webhooks","title":{"en":"Webhooks","zh":"Webhook"},"tagline":{"en":"t","zh":"t"},"summary":{"en":"s","zh":"s"},"related":["tags"]}"#;

    #[test]
    fn an_area_reads_with_defaults_for_absent_lists() {
        let a = area_from(&parse(AREA).expect("json"), "kb/areas/webhooks.toml").expect("valid");
        assert_eq!((a.id, a.related, a.facts.len()), (AreaId::Webhooks, vec![AreaId::Tags], 0));
    }

    #[test]
    fn bad_areas_are_refused_with_the_field_named() {
        let cases = [
            (AREA.replace("\"related\"", "\"relatd\""), "unknown field `relatd`"),
            (AREA.replace(r#""title":{"en":"Webhooks","zh":"Webhook"},"#, ""), "missing field `title`"),
            (AREA.replace("\"tags\"", "\"tag\""), "related[0]: unknown value `tag`"),
            (AREA.replace(r#""zh":"Webhook""#, r#""zh":3"#), "title.zh: expected text"),
            (AREA.replace(r#"["tags"]"#, r#""tags""#), "related: expected a list"),
        ];
        for (json, want) in cases {
            let e = area_from(&parse(&json).expect("json"), "kb/areas/webhooks.toml").expect_err(want);
            assert!(e.to_string().contains(want), "{e} should contain {want}");
        }
    }
}
