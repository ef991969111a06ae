//! The documents' texts at run time, from the already-loaded typed knowledge base and pricing data
//! (no second JSON parse). Must produce exactly what `docs::collect` gives the index builder; the test
//! `runtime_documents_match_the_index_builders` compares the two field by field.

use super::docs::{Doc, DocKind};
use crate::i18n::{key, t, Key};
use crate::kb::Kb;
use crate::lang::Lang;
use crate::pricing::PricingData;
use crate::text::Text;

/// The UI string that names a kind of document (the badge of a result, and its searchable section).
pub fn kind_key(k: DocKind) -> Key {
    match k {
        DocKind::Area => key::SEARCH_KIND_AREA,
        DocKind::Endpoint => key::SEARCH_KIND_ENDPOINT,
        DocKind::Playbook => key::SEARCH_KIND_PLAYBOOK,
        DocKind::Gotcha => key::SEARCH_KIND_GOTCHA,
        DocKind::Trouble => key::SEARCH_KIND_TROUBLE,
        DocKind::Example => key::SEARCH_KIND_EXAMPLE,
        DocKind::Pricing => key::SEARCH_KIND_PRICING,
        DocKind::Object => key::SEARCH_KIND_OBJECT,
        DocKind::ApiFacts => key::SEARCH_KIND_API,
        DocKind::Page => key::SEARCH_KIND_PAGE,
    }
}

fn pair(t: &Text) -> [String; 2] {
    [t.en.to_string(), t.zh.to_string()]
}

fn join<'a>(parts: impl Iterator<Item = &'a Text> + Clone) -> [String; 2] {
    let j = |zh: bool| {
        let mut s = String::new();
        for t in parts.clone() {
            let x = if zh { &t.zh } else { &t.en };
            if x.is_empty() {
                continue;
            }
            if !s.is_empty() {
                s.push('\n');
            }
            s.push_str(x);
        }
        s
    };
    [j(false), j(true)]
}

fn doc(kind: DocKind, slug: &str, route: &str, title: [String; 2], path: String, body: [String; 2]) -> Doc {
    let section = [t(Lang::En, kind_key(kind)).to_string(), t(Lang::Zh, kind_key(kind)).to_string()];
    Doc { id: format!("{}:{slug}", kind.name()), kind, route: route.to_string(), title, path, body, section }
}

fn with_price(mut body: [String; 2], price: Option<u64>) -> [String; 2] {
    if let Some(p) = price {
        for b in &mut body {
            b.push_str(&format!("\n${p}"));
        }
    }
    body
}

/// Every document, in index order.
pub fn from_kb(kb: &Kb, pricing: Option<&PricingData>) -> Vec<Doc> {
    let mut out = Vec::new();
    let mut areas: Vec<_> = kb.areas.iter().collect();
    crate::sort::sort_by(&mut areas, |a, b| a.id.slug() < b.id.slug());
    for a in areas {
        let id = a.id.slug();
        let body = join([&a.tagline, &a.summary].into_iter().chain(a.facts.iter().map(|f| &f.text)));
        out.push(doc(DocKind::Area, id, &format!("#/area/{id}"), pair(&a.title), String::new(), body));
    }
    for e in kb.endpoints {
        let path = format!("{} {}", e.method, e.path);
        out.push(doc(DocKind::Endpoint, e.id, "#/ref/api", pair(&e.purpose), path, Default::default()));
    }
    let path = format!("{} {}", kb.api.base_us, kb.api.base_eu);
    let api = [String::from("API"), String::from("API")];
    out.push(doc(DocKind::ApiFacts, "general", "#/ref/api", api, path, join(kb.api.facts.iter().map(|f| &f.text))));
    for p in kb.playbooks {
        out.push(doc(DocKind::Playbook, p.id, "#/ref/playbooks", pair(&p.title), String::new(), join(p.steps.iter())));
    }
    for g in kb.gotchas {
        out.push(doc(DocKind::Gotcha, g.id, "#/ref/gotchas", pair(&g.title), String::new(), pair(&g.body)));
    }
    for t in kb.troubleshooting {
        let body = join([&t.symptom, &t.cause, &t.solution].into_iter());
        out.push(doc(DocKind::Trouble, t.id, "#/ref/troubleshooting", pair(&t.title), String::new(), body));
    }
    for x in kb.examples {
        let body = join(std::iter::once(&x.request).chain(x.steps.iter()).chain(std::iter::once(&x.result)));
        out.push(doc(DocKind::Example, x.id, "#/ref/examples", pair(&x.title), String::new(), body));
    }
    for o in kb.data_model {
        let slug = o.name.to_ascii_lowercase().replace(' ', "-");
        let title = [o.name.to_string(), o.name.to_string()];
        out.push(doc(DocKind::Object, &slug, "#/ref/data-model", title, o.fields.join(" "), pair(&o.description)));
    }
    if let Some(p) = pricing {
        for plan in p.plans {
            let body = with_price(join([&plan.summary, &plan.note].into_iter()), plan.price_usd);
            let slug = format!("plan-{}", plan.id.id());
            out.push(doc(DocKind::Pricing, &slug, "#/ref/pricing", pair(&plan.name), String::new(), body));
        }
        for o in p.optimize_tiers {
            let body = with_price(pair(&o.quota), Some(o.price_usd));
            let slug = format!("optimize-{}", o.id.id());
            out.push(doc(DocKind::Pricing, &slug, "#/ref/pricing", pair(&o.name), String::new(), body));
        }
        let note = pair(&p.dedicated_ip.note);
        out.push(doc(DocKind::Pricing, "dedicated-ip", "#/ref/pricing", note, String::new(), Default::default()));
    }
    let page_title = |k: Key| [t(Lang::En, k).to_string(), t(Lang::Zh, k).to_string()];
    let about = join(kb.company.facts.iter());
    out.push(doc(DocKind::Page, "about", "#/ref/about", page_title(key::REF_ABOUT), String::new(), about));
    let mut parts = vec![pair(&kb.integrations.summary)];
    for i in kb.integrations.integration {
        parts.push([format!("{}: {}", i.category.en, i.tools.en), format!("{}：{}", i.category.zh, i.tools.zh)]);
    }
    let title = page_title(key::REF_INTEGRATIONS);
    out.push(doc(DocKind::Page, "integrations", "#/ref/integrations", title, String::new(), join_pairs(&parts)));
    let (mut parts, mut paths) = (Vec::new(), Vec::new());
    for sk in kb.siblings {
        parts.push([format!("{}: {}", sk.name.en, sk.covers.en), format!("{}：{}", sk.name.zh, sk.covers.zh)]);
        paths.push(format!("/{}", sk.slug));
    }
    let title = page_title(key::REF_SKILLS);
    out.push(doc(DocKind::Page, "skills", "#/ref/skills", title, paths.join(" "), join_pairs(&parts)));
    out
}

/// Joins text pairs (skipping empty ones) with newlines, as [`join`] does for `Text`s.
fn join_pairs(parts: &[[String; 2]]) -> [String; 2] {
    let j = |l: usize| {
        let mut s = String::new();
        for p in parts {
            if p[l].is_empty() {
                continue;
            }
            if !s.is_empty() {
                s.push('\n');
            }
            s.push_str(&p[l]);
        }
        s
    };
    [j(0), j(1)]
}
