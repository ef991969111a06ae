//! The fragments carry the attributes the UI tests and host pages select on, in both languages.

use super::*;

fn kb() -> &'static Kb {
    Kb::get()
}

#[test]
fn every_entry_kind_is_written_with_its_id_and_area_links() {
    let kb = kb();
    for lang in [Lang::En, Lang::Zh] {
        let mut m = Markup::new();
        kb.playbooks.iter().for_each(|p| playbook(&mut m, kb, p, lang));
        kb.gotchas.iter().for_each(|g| gotcha(&mut m, kb, g, lang));
        kb.troubleshooting.iter().for_each(|x| trouble(&mut m, kb, x, lang));
        kb.examples.iter().for_each(|x| example(&mut m, kb, x, lang));
        let html = m.into_string();
        for p in kb.playbooks {
            assert!(html.contains(&format!("data-playbook=\"{}\"", p.id)), "{}", p.id);
        }
        for g in kb.gotchas {
            assert!(html.contains(&format!("<div class=\"mh-entry mh-warn\" data-gotcha=\"{}\">", g.id)), "{}", g.id);
        }
        assert_eq!(html.matches("data-trouble=").count(), kb.troubleshooting.len());
        assert_eq!(html.matches("data-example=").count(), kb.examples.len());
        assert!(html.contains("class=\"mh-tag\" href=\"#/area/"));
        assert!(html.contains(t(lang, key::TROUBLE_SOLUTION)));
        assert_eq!(html.matches("<div").count(), html.matches("</div>").count());
    }
}

#[test]
fn area_tails_have_balanced_sections_for_every_area() {
    let kb = kb();
    for area in kb.areas {
        let mut m = Markup::new();
        area_tail(&mut m, kb, area, Lang::Zh);
        let html = m.as_str();
        assert_eq!(html.matches("<section").count(), html.matches("</section>").count(), "{:?}", area.id);
        assert_eq!(html.matches("data-playbook=").count(), area.playbooks.len(), "{:?}", area.id);
    }
}

#[test]
fn endpoint_tables_link_areas_only_when_asked() {
    let kb = kb();
    let mut without = Markup::new();
    endpoint_table(&mut without, kb, kb.endpoints.iter(), false, Lang::En);
    let mut with = Markup::new();
    endpoint_table(&mut with, kb, kb.endpoints.iter(), true, Lang::En);
    assert_eq!(without.as_str().matches("data-endpoint=").count(), kb.endpoints.len());
    assert!(!without.as_str().contains("<td><a href"));
    assert_eq!(with.as_str().matches("<td><a href=\"#/area/").count(), kb.endpoints.len());
    assert!(with.as_str().contains("mh-method mh-method-post"));
    let from_docs = kb.endpoints.iter().filter(|e| e.source.starts_with("https://")).count();
    assert!(from_docs > 0 && from_docs < kb.endpoints.len(), "some endpoints come from the seed, some from the docs");
    assert_eq!(with.as_str().matches("class=\"mh-src\"").count(), from_docs, "each documented endpoint links its page");
}

#[test]
fn reference_pages_render_every_row() {
    let kb = kb();
    let mut m = Markup::new();
    data_model(&mut m, kb, Lang::En);
    integrations(&mut m, kb, Lang::En);
    skills(&mut m, kb, Lang::En);
    let html = m.into_string();
    assert_eq!(html.matches("data-skill=").count(), kb.siblings.len());
    assert_eq!(html.matches("class=\"mh-field\"").count(), kb.data_model.iter().map(|o| o.fields.len()).sum::<usize>());
    assert!(html.contains(kb.integrations.summary.get(Lang::En)) || html.contains("&amp;"));
}

#[test]
fn answers_render_head_sections_and_assumptions_with_text_escaped() {
    use crate::ask::{classify, compose, Context};
    for q in ["How do I add DKIM records for my domain? <b>", "SendGrid 的模板怎么迁移？"] {
        let understanding = classify(q, &Context::default());
        let answer = compose(q, &understanding, None, None, &[]);
        let mut m = Markup::new();
        answer_head(&mut m, &answer, answer.lang);
        let mut written = 0;
        for s in &answer.sections {
            written += usize::from(answer_section(&mut m, s));
        }
        answer_assumptions(&mut m, &answer, answer.lang);
        let html = m.into_string();
        assert!(written > 0, "{q}: no section without code");
        assert!(!html.contains("<b>"), "{q}: question text became markup");
        assert!(html.contains("mh-assumptions") && html.contains("mh-answer-title"));
        assert_eq!(html.contains("mh-route-note"), answer.route.is_some(), "{q}");
        assert_eq!(html.matches("<section").count(), html.matches("</section>").count());
    }
}

#[test]
fn quick_answers_are_numbered_buttons_and_the_chosen_ones_pressed() {
    use crate::ask::{classify, compose, Context, Refinement};
    let q = "send an email with the API";
    let understanding = classify(q, &Context::default());
    let plain = compose(q, &understanding, None, None, &[]);
    let options: Vec<&Refinement> =
        plain.questions.iter().flat_map(|c| c.options.iter().map(|o| &o.refinement)).collect();
    assert!(!plain.questions.is_empty() && plain.questions.len() <= 2);
    let mut m = Markup::new();
    answer_questions(&mut m, &plain, Lang::En);
    let html = m.into_string();
    for n in 0..options.len() {
        assert!(html.contains(&format!("data-quick=\"{n}\"")), "button {n} missing");
    }
    assert!(!html.contains(&format!("data-quick=\"{}\"", options.len())));
    assert!(!html.contains("aria-pressed=\"true\""));
    assert_eq!(html.matches("data-clarify=").count(), plain.questions.len());

    // A chosen answer that is still offered shows as pressed.
    let role = plain.questions.iter().flat_map(|c| &c.options).find(|o| matches!(o.refinement, Refinement::Role(_)));
    if let Some(role) = role {
        let refined = compose(q, &understanding, None, None, std::slice::from_ref(&role.refinement));
        let mut m = Markup::new();
        answer_questions(&mut m, &refined, Lang::En);
        let html = m.into_string();
        let offered = refined.questions.iter().flat_map(|c| &c.options).any(|o| o.refinement == role.refinement);
        assert_eq!(html.contains("aria-pressed=\"true\""), offered);
    }

    let mut none = plain.clone();
    none.questions.clear();
    let mut m = Markup::new();
    answer_questions(&mut m, &none, Lang::En);
    assert!(m.into_string().is_empty(), "no questions, no section");
}

#[test]
fn a_related_skill_shows_its_name_then_its_command() {
    let mut m = Markup::new();
    let item = crate::ask::Item::Skill { slug: "sales-do".into(), name: "Skill router".into() };
    assert!(answer_item(&mut m, &item));
    assert_eq!(m.into_string(), "<li><strong>Skill router</strong> <code>/sales-do</code></li>");
}
