//! The searchable documents, made from the content files' JSON. Shared by the index builder
//! (`core/build.rs` includes this file with `#[path]`) and the runtime (which needs the same texts for
//! titles and snippets), so both see exactly the same documents in the same order.
//!
//! No `crate::` paths: it only needs `serde_json`.

use serde_json::Value;

/// What a document is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DocKind {
    /// A platform area.
    Area = 0,
    /// An API endpoint.
    Endpoint = 1,
    /// A playbook (its steps).
    Playbook = 2,
    /// A gotcha.
    Gotcha = 3,
    /// A troubleshooting entry.
    Trouble = 4,
    /// A worked example.
    Example = 5,
    /// A pricing fact (plan, add-on).
    Pricing = 6,
    /// A data-model object.
    Object = 7,
    /// API-wide facts (base URLs, auth, limits).
    ApiFacts = 8,
    /// A reference page with no entries of its own kind: about Mailgun, integrations, related skills.
    Page = 9,
}

impl DocKind {
    /// Short stable name, used in document ids (`gotcha:region-fixed`).
    pub fn name(self) -> &'static str {
        match self {
            DocKind::Area => "area",
            DocKind::Endpoint => "endpoint",
            DocKind::Playbook => "playbook",
            DocKind::Gotcha => "gotcha",
            DocKind::Trouble => "trouble",
            DocKind::Example => "example",
            DocKind::Pricing => "pricing",
            DocKind::Object => "object",
            DocKind::ApiFacts => "api",
            DocKind::Page => "page",
        }
    }
}

/// One searchable document. Index 0 of each pair is English, 1 Chinese.
#[derive(Clone, Debug, PartialEq)]
pub struct Doc {
    /// Stable id, `kind:slug`.
    pub id: String,
    /// What it is.
    pub kind: DocKind,
    /// Where a result opens (a hash route).
    pub route: String,
    /// Title in each language.
    pub title: [String; 2],
    /// Endpoint path with its method, object field names, base URLs (the same in both languages).
    pub path: String,
    /// Body in each language (paragraphs joined by newlines).
    pub body: [String; 2],
    /// The name of its kind in each language (the `search.kind_*` UI strings, e.g. "Data model
    /// object"), so "data model" finds every object; searched with the body, never shown in a snippet.
    pub section: [String; 2],
}

fn s(v: &Value, key: &str) -> String {
    v.get(key).and_then(Value::as_str).unwrap_or_default().to_string()
}

fn text(v: Option<&Value>) -> [String; 2] {
    let get = |l: &str| v.and_then(|t| t.get(l)).and_then(Value::as_str).unwrap_or_default().to_string();
    [get("en"), get("zh")]
}

fn arr(v: &Value, key: &str) -> Vec<Value> {
    v.get(key).and_then(Value::as_array).cloned().unwrap_or_default()
}

/// Joins the bilingual texts (skipping empty ones) with newlines.
fn join(parts: &[[String; 2]]) -> [String; 2] {
    let j = |l: usize| parts.iter().map(|p| p[l].as_str()).filter(|t| !t.is_empty()).collect::<Vec<_>>().join("\n");
    [j(0), j(1)]
}

impl Doc {
    /// The selector of this document's own entry on the page its route opens
    /// (`[data-gotcha="region-fixed"]`), for the kinds whose page lists many entries, so that
    /// opening a result can bring its entry into view; `None` for a document that is a page itself.
    ///
    /// ```
    /// use mailgun_help_core::search::{docs::DocKind, documents};
    /// let gotcha = documents().iter().find(|d| d.kind == DocKind::Gotcha).expect("a gotcha");
    /// assert!(gotcha.entry_selector().is_some_and(|s| s.starts_with("[data-gotcha=\"")));
    /// ```
    pub fn entry_selector(&self) -> Option<String> {
        let attr = match self.kind {
            DocKind::Endpoint => "data-endpoint",
            DocKind::Playbook => "data-playbook",
            DocKind::Gotcha => "data-gotcha",
            DocKind::Trouble => "data-trouble",
            DocKind::Example => "data-example",
            _ => return None,
        };
        let slug = self.id.split_once(':')?.1;
        // Content ids are slugs; anything else is not written into a selector.
        let plain = slug.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        (plain && !slug.is_empty()).then(|| format!("[{attr}=\"{slug}\"]"))
    }
}

fn doc(kind: DocKind, slug: &str, route: &str, title: [String; 2], path: String, body: [String; 2]) -> Doc {
    Doc {
        id: format!("{}:{slug}", kind.name()),
        kind,
        route: route.to_string(),
        title,
        path,
        body,
        section: Default::default(),
    }
}

/// Every document. `get` returns the JSON of a content file by its asset path (`kb/api.toml`,
/// `i18n/en.toml`); `areas` are the JSON values of `kb/areas/*.toml` in any order.
pub fn collect(get: &dyn Fn(&str) -> Option<Value>, areas: &[Value]) -> Vec<Doc> {
    let mut out = collect_bodies(get, areas);
    let strings = [get("i18n/en.toml"), get("i18n/zh.toml")];
    for d in &mut out {
        let label = |l: usize| {
            let key = format!("kind_{}", d.kind.name());
            strings[l].as_ref().and_then(|s| s.get("search")?.get(&key)?.as_str()).unwrap_or_default().to_string()
        };
        d.section = [label(0), label(1)];
    }
    out
}

fn collect_bodies(get: &dyn Fn(&str) -> Option<Value>, areas: &[Value]) -> Vec<Doc> {
    let mut out = Vec::new();
    let mut areas: Vec<&Value> = areas.iter().collect();
    areas.sort_by_key(|a| s(a, "id"));
    for a in areas {
        let id = s(a, "id");
        let mut parts = vec![text(a.get("tagline")), text(a.get("summary"))];
        parts.extend(arr(a, "facts").iter().map(|f| text(Some(f))));
        out.push(doc(DocKind::Area, &id, &format!("#/area/{id}"), text(a.get("title")), String::new(), join(&parts)));
    }
    if let Some(api) = get("kb/api.toml") {
        for e in arr(&api, "endpoint") {
            let path = format!("{} {}", s(&e, "method"), s(&e, "path"));
            out.push(doc(
                DocKind::Endpoint,
                &s(&e, "id"),
                "#/ref/api",
                text(e.get("purpose")),
                path,
                Default::default(),
            ));
        }
        if let Some(g) = api.get("general") {
            let facts: Vec<[String; 2]> = arr(g, "facts").iter().map(|f| text(Some(f))).collect();
            let path = format!("{} {}", s(g, "base_us"), s(g, "base_eu"));
            let title = [String::from("API"), String::from("API")];
            out.push(doc(DocKind::ApiFacts, "general", "#/ref/api", title, path, join(&facts)));
        }
    }
    if let Some(p) = get("kb/playbooks.toml") {
        for e in arr(&p, "playbook") {
            let steps: Vec<[String; 2]> = arr(&e, "steps").iter().map(|f| text(Some(f))).collect();
            let title = text(e.get("title"));
            out.push(doc(DocKind::Playbook, &s(&e, "id"), "#/ref/playbooks", title, String::new(), join(&steps)));
        }
    }
    if let Some(g) = get("kb/gotchas.toml") {
        for e in arr(&g, "gotcha") {
            let body = text(e.get("body"));
            out.push(doc(DocKind::Gotcha, &s(&e, "id"), "#/ref/gotchas", text(e.get("title")), String::new(), body));
        }
    }
    if let Some(t) = get("kb/troubleshooting.toml") {
        for e in arr(&t, "entry") {
            let body = join(&[text(e.get("symptom")), text(e.get("cause")), text(e.get("solution"))]);
            let title = text(e.get("title"));
            out.push(doc(DocKind::Trouble, &s(&e, "id"), "#/ref/troubleshooting", title, String::new(), body));
        }
    }
    if let Some(x) = get("kb/examples.toml") {
        for e in arr(&x, "example") {
            let mut parts = vec![text(e.get("request"))];
            parts.extend(arr(&e, "steps").iter().map(|f| text(Some(f))));
            parts.push(text(e.get("result")));
            let title = text(e.get("title"));
            out.push(doc(DocKind::Example, &s(&e, "id"), "#/ref/examples", title, String::new(), join(&parts)));
        }
    }
    if let Some(m) = get("kb/data-model.toml") {
        for e in arr(&m, "object") {
            let name = s(&e, "name");
            let fields: Vec<String> = arr(&e, "fields").iter().filter_map(|f| f.as_str().map(str::to_string)).collect();
            let slug = name.to_ascii_lowercase().replace(' ', "-");
            let title = [name.clone(), name];
            let body = text(e.get("description"));
            out.push(doc(DocKind::Object, &slug, "#/ref/data-model", title, fields.join(" "), body));
        }
    }
    if let Some(p) = get("pricing.toml") {
        let price = |e: &Value| e.get("price_usd").and_then(Value::as_u64).map(|p| format!("${p}"));
        for e in arr(&p, "plan") {
            let mut body = join(&[text(e.get("summary")), text(e.get("note"))]);
            if let Some(pr) = price(&e) {
                for b in &mut body {
                    b.push('\n');
                    b.push_str(&pr);
                }
            }
            let slug = format!("plan-{}", s(&e, "id"));
            out.push(doc(DocKind::Pricing, &slug, "#/ref/pricing", text(e.get("name")), String::new(), body));
        }
        for e in arr(&p, "optimize") {
            let mut body = text(e.get("quota"));
            if let Some(pr) = price(&e) {
                for b in &mut body {
                    b.push('\n');
                    b.push_str(&pr);
                }
            }
            let slug = format!("optimize-{}", s(&e, "id"));
            out.push(doc(DocKind::Pricing, &slug, "#/ref/pricing", text(e.get("name")), String::new(), body));
        }
        if let Some(ip) = p.get("dedicated_ip") {
            let note = text(ip.get("note"));
            out.push(doc(DocKind::Pricing, "dedicated-ip", "#/ref/pricing", note, String::new(), Default::default()));
        }
    }
    // The reference pages that hold no entries of another kind, titled as the page is.
    let strings = [get("i18n/en.toml"), get("i18n/zh.toml")];
    let page_title = |key: &str| {
        let t = |l: usize| strings[l].as_ref().and_then(|s| s.get("ref")?.get(key)?.as_str()).unwrap_or_default();
        [t(0).to_string(), t(1).to_string()]
    };
    if let Some(c) = get("kb/company.toml") {
        let facts: Vec<[String; 2]> = arr(&c, "facts").iter().map(|f| text(Some(f))).collect();
        out.push(doc(DocKind::Page, "about", "#/ref/about", page_title("about"), String::new(), join(&facts)));
    }
    if let Some(i) = get("kb/integrations.toml") {
        let mut parts = vec![text(i.get("summary"))];
        for e in arr(&i, "integration") {
            let (c, t) = (text(e.get("category")), text(e.get("tools")));
            parts.push([format!("{}: {}", c[0], t[0]), format!("{}：{}", c[1], t[1])]);
        }
        let title = page_title("integrations");
        out.push(doc(DocKind::Page, "integrations", "#/ref/integrations", title, String::new(), join(&parts)));
    }
    if let Some(sk) = get("kb/siblings.toml") {
        let mut parts = Vec::new();
        for e in arr(&sk, "skill") {
            let (n, c) = (text(e.get("name")), text(e.get("covers")));
            parts.push([format!("{}: {}", n[0], c[0]), format!("{}：{}", n[1], c[1])]);
        }
        let (title, paths) =
            (page_title("skills"), arr(&sk, "skill").iter().map(|e| format!("/{}", s(e, "slug"))).collect::<Vec<_>>());
        out.push(doc(DocKind::Page, "skills", "#/ref/skills", title, paths.join(" "), join(&parts)));
    }
    out
}
