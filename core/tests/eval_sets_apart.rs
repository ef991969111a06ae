//! The evaluation sets measure questions the model has not seen: none of their questions may be a
//! training example (`assets/ask`), compared the way the model compares texts (folded: lower
//! case, punctuation as spaces). A question copied into the examples would score itself.

use mailgun_help_core::ask::data_tables;
use mailgun_help_core::ask::normalise::fold;
use std::collections::HashSet;

/// Each line-format set: `targets | question`, `## ` section headers and `#` comments.
const SETS: [(&str, &str); 3] = [
    ("ask_unseen.txt", include_str!("data/ask_unseen.txt")),
    ("ask_unseen2.txt", include_str!("data/ask_unseen2.txt")),
    ("ask_heldout.txt", include_str!("data/ask_heldout.txt")),
];

/// The fact sets: `kind | expected | question`.
const FACT_SETS: [(&str, &str); 14] = [
    ("ask_facts_dev.txt", include_str!("data/ask_facts_dev.txt")),
    ("ask_facts_heldout.txt", include_str!("data/ask_facts_heldout.txt")),
    ("ask_facts_heldout2.txt", include_str!("data/ask_facts_heldout2.txt")),
    ("ask_facts_heldout3.txt", include_str!("data/ask_facts_heldout3.txt")),
    ("ask_facts_heldout4.txt", include_str!("data/ask_facts_heldout4.txt")),
    ("ask_facts_heldout5.txt", include_str!("data/ask_facts_heldout5.txt")),
    ("ask_facts_heldout6.txt", include_str!("data/ask_facts_heldout6.txt")),
    ("ask_facts_heldout7.txt", include_str!("data/ask_facts_heldout7.txt")),
    ("ask_facts_heldout8.txt", include_str!("data/ask_facts_heldout8.txt")),
    ("ask_facts_heldout9.txt", include_str!("data/ask_facts_heldout9.txt")),
    ("ask_facts_heldout10.txt", include_str!("data/ask_facts_heldout10.txt")),
    ("ask_facts_heldout11.txt", include_str!("data/ask_facts_heldout11.txt")),
    ("ask_facts_heldout12.txt", include_str!("data/ask_facts_heldout12.txt")),
    ("ask_facts_heldout13.txt", include_str!("data/ask_facts_heldout13.txt")),
];

fn folded(s: &str) -> String {
    fold(s).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The questions of a set, its last ` | `-separated field on each data line.
fn questions(text: &str) -> Vec<&str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.rsplit_once(" | ").map(|(_, q)| q.trim()))
        .collect()
}

fn training() -> HashSet<String> {
    let data = data_tables().expect("ask tables load");
    data.areas
        .iter()
        .flat_map(|a| a.en.iter().chain(&a.zh))
        .chain(data.routes.iter().flat_map(|r| r.en.iter().chain(&r.zh)))
        .map(|q| folded(q))
        .collect()
}

#[test]
fn no_evaluation_question_is_a_training_example() {
    let training = training();
    let mut leaked = Vec::new();
    for (name, text) in SETS.iter().chain(&FACT_SETS) {
        let qs = questions(text);
        assert!(qs.len() >= 20, "{name}: only {} questions read; is its format still `… | question`?", qs.len());
        leaked.extend(qs.into_iter().filter(|q| training.contains(&folded(q))).map(|q| format!("{name}: {q}")));
    }
    assert!(leaked.is_empty(), "evaluation questions that are also training examples in assets/ask: {leaked:#?}");
}

#[test]
fn the_check_sees_a_copied_question() {
    // The comparison the test above relies on: a training example, re-cased and re-punctuated,
    // is still found.
    let training = training();
    let data = data_tables().expect("ask tables load");
    let example = data.areas.first().and_then(|a| a.en.first()).expect("an English example");
    let copied = format!("  {}?!", example.to_uppercase());
    assert!(training.contains(&folded(&copied)), "{copied:?} not found among the examples");
}
