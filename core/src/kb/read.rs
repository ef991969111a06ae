//! Builds the knowledge-base types from the compiled content (see `assets::node` for why this is
//! hand-written rather than derived). Each reader lists the fields its TOML may have: any other
//! field, a missing required field or a value of the wrong kind is an error naming the file, the
//! entry and the field.

use super::ids::{AreaId, RoleId};
use super::model::*;
use crate::assets::node::{one_of, Node, Obj};
use crate::assets::{self, AssetError};

type Read<T> = Result<T, AssetError>;

fn area_id(n: &Node, at: String) -> Read<AreaId> {
    one_of(n, &at, &AreaId::ALL, AreaId::slug)
}

fn area_ids(o: &Obj, key: &str) -> Read<Vec<AreaId>> {
    o.list(key, area_id)
}

/// One area file, `kb/areas/<slug>.toml`.
pub fn area(path: &str) -> Read<Area> {
    area_from(&assets::node(path)?, path)
}

fn area_from(n: &Node, path: &str) -> Read<Area> {
    let o = Obj::new(
        n,
        path.to_string(),
        &[
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
        ],
    )?;
    Ok(Area {
        id: o.one_of("id", &AreaId::ALL, AreaId::slug)?,
        title: o.text("title")?,
        tagline: o.text("tagline")?,
        summary: o.text("summary")?,
        facts: o.texts("facts")?,
        endpoints: o.strings("endpoints")?,
        playbooks: o.strings("playbooks")?,
        gotchas: o.strings("gotchas")?,
        troubleshooting: o.strings("troubleshooting")?,
        examples: o.strings("examples")?,
        snippets: o.strings("snippets")?,
        related: area_ids(&o, "related")?,
        siblings: o.strings("siblings")?,
    })
}

/// `kb/api.toml`.
pub fn api(path: &str) -> Read<(ApiGeneral, Vec<Endpoint>)> {
    let n = assets::node(path)?;
    let o = Obj::new(&n, path.to_string(), &["general", "endpoint"])?;
    let g = Obj::new(o.req("general")?, o.path("general"), &["base_us", "base_eu", "facts"])?;
    let general = ApiGeneral {
        base_us: g.string("base_us")?,
        base_eu: g.string("base_eu")?,
        facts: {
            g.req("facts")?;
            g.texts("facts")?
        },
    };
    o.req("endpoint")?;
    let endpoints = {
        o.list("endpoint", |n, at| {
            let e = Obj::new(n, at, &["id", "method", "path", "purpose", "area", "addon"])?;
            Ok(Endpoint {
                id: e.string("id")?,
                method: e.string("method")?,
                path: e.string("path")?,
                purpose: e.text("purpose")?,
                area: e.one_of("area", &AreaId::ALL, AreaId::slug)?,
                addon: e.flag("addon")?,
            })
        })
    }?;
    Ok((general, endpoints))
}

/// The entries of the one `[[key]]` list a file holds, each read by `item`.
fn entries<T>(path: &str, key: &str, item: impl Fn(&Obj) -> Read<T>) -> Read<Vec<T>> {
    entries_with(path, key, &[], |_| Ok(()), item).map(|(v, ())| v)
}

/// Like [`entries`], for files that also have top-level fields (`extra`, read by `top`).
fn entries_with<T, U>(
    path: &str,
    key: &str,
    extra: &[&str],
    top: impl Fn(&Obj) -> Read<U>,
    item: impl Fn(&Obj) -> Read<T>,
) -> Read<(Vec<T>, U)> {
    let n = assets::node(path)?;
    let mut known = vec![key];
    known.extend_from_slice(extra);
    let o = Obj::new(&n, path.to_string(), &known)?;
    // Each entry reader checks its own field list with `Obj::only`.
    o.req(key)?;
    let items = o.list(key, |n, at| item(&Obj::any(n, at)?))?;
    Ok((items, top(&o)?))
}

/// Every file of the knowledge base except the areas and the API, in `Kb` order.
pub fn roles() -> Read<Vec<Role>> {
    entries("kb/roles.toml", "role", |e| {
        e.only(&["id", "title"])?;
        Ok(Role { id: e.one_of("id", &RoleId::ALL, RoleId::slug)?, title: e.text("title")? })
    })
}

/// `kb/playbooks.toml`.
pub fn playbooks() -> Read<Vec<Playbook>> {
    entries("kb/playbooks.toml", "playbook", |e| {
        e.only(&["id", "title", "areas", "steps"])?;
        Ok(Playbook {
            id: e.string("id")?,
            title: e.text("title")?,
            areas: {
                e.req("areas")?;
                area_ids(e, "areas")?
            },
            steps: {
                e.req("steps")?;
                e.texts("steps")?
            },
        })
    })
}

/// `kb/gotchas.toml`.
pub fn gotchas() -> Read<Vec<Gotcha>> {
    entries("kb/gotchas.toml", "gotcha", |e| {
        e.only(&["id", "title", "body", "areas"])?;
        Ok(Gotcha {
            id: e.string("id")?,
            title: e.text("title")?,
            body: e.text("body")?,
            areas: {
                e.req("areas")?;
                area_ids(e, "areas")?
            },
        })
    })
}

/// `kb/troubleshooting.toml`.
pub fn troubleshooting() -> Read<Vec<Trouble>> {
    entries("kb/troubleshooting.toml", "entry", |e| {
        e.only(&["id", "title", "symptom", "cause", "solution", "areas"])?;
        Ok(Trouble {
            id: e.string("id")?,
            title: e.text("title")?,
            symptom: e.text("symptom")?,
            cause: e.text("cause")?,
            solution: e.text("solution")?,
            areas: {
                e.req("areas")?;
                area_ids(e, "areas")?
            },
        })
    })
}

/// `kb/examples.toml`.
pub fn examples() -> Read<Vec<Example>> {
    entries("kb/examples.toml", "example", |e| {
        e.only(&["id", "title", "request", "steps", "result", "areas"])?;
        Ok(Example {
            id: e.string("id")?,
            title: e.text("title")?,
            request: e.text("request")?,
            steps: {
                e.req("steps")?;
                e.texts("steps")?
            },
            result: e.text("result")?,
            areas: {
                e.req("areas")?;
                area_ids(e, "areas")?
            },
        })
    })
}

/// `kb/data-model.toml`.
pub fn data_model() -> Read<Vec<DataObject>> {
    entries("kb/data-model.toml", "object", |e| {
        e.only(&["name", "description", "fields", "area"])?;
        Ok(DataObject {
            name: e.string("name")?,
            description: e.text("description")?,
            fields: {
                e.req("fields")?;
                e.strings("fields")?
            },
            area: e.one_of("area", &AreaId::ALL, AreaId::slug)?,
        })
    })
}

/// `kb/integrations.toml`.
pub fn integrations() -> Read<IntegrationsFile> {
    let (integration, summary) = entries_with(
        "kb/integrations.toml",
        "integration",
        &["summary"],
        |o| o.text("summary"),
        |e| {
            e.only(&["id", "category", "tools"])?;
            Ok(Integration { id: e.string("id")?, category: e.text("category")?, tools: e.text("tools")? })
        },
    )?;
    Ok(IntegrationsFile { summary, integration })
}

/// `kb/siblings.toml`.
pub fn siblings() -> Read<Vec<Sibling>> {
    entries("kb/siblings.toml", "skill", |e| {
        e.only(&["slug", "name", "covers", "reason"])?;
        Ok(Sibling {
            slug: e.string("slug")?,
            name: e.text("name")?,
            covers: e.text("covers")?,
            reason: e.text("reason")?,
        })
    })
}

/// `kb/snippets.toml`.
pub fn snippets() -> Read<Vec<Snippet>> {
    entries("kb/snippets.toml", "snippet", |e| {
        e.only(&["id", "title", "area", "curl", "node"])?;
        Ok(Snippet {
            id: e.string("id")?,
            title: e.text("title")?,
            area: e.one_of("area", &AreaId::ALL, AreaId::slug)?,
            curl: e.string("curl")?,
            node: e.string("node")?,
        })
    })
}

/// `kb/company.toml`.
pub fn company() -> Read<Company> {
    let n = assets::node("kb/company.toml")?;
    let o = Obj::new(&n, "kb/company.toml".into(), &["facts"])?;
    Ok(Company {
        facts: {
            o.req("facts")?;
            o.texts("facts")?
        },
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
