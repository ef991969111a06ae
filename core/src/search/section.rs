//! The section label of each kind of document ("Data model object", "故障排查"), matched as a field
//! of its own.
//!
//! Why not as body text: the label is the same for every document of a kind, so how much it counts
//! must not depend on how long a document happens to be. Searched inside the body, "data model"
//! ranked the data-model objects by the length of their descriptions. As a field with no length
//! normalisation every document of the kind matches it equally, and whatever else the query says
//! decides between them.

use super::docs::DocKind;
use super::tokenize;
use crate::i18n::t;
use crate::lang::Lang;
use std::sync::OnceLock;

/// Every kind of document, in `DocKind` number order.
const KINDS: [DocKind; 10] = [
    DocKind::Area,
    DocKind::Endpoint,
    DocKind::Playbook,
    DocKind::Gotcha,
    DocKind::Trouble,
    DocKind::Example,
    DocKind::Pricing,
    DocKind::Object,
    DocKind::ApiFacts,
    DocKind::Page,
];

/// The terms of each kind's label, both languages, in `KINDS` order.
fn labels() -> &'static [Vec<String>] {
    static LABELS: OnceLock<Vec<Vec<String>>> = OnceLock::new();
    LABELS.get_or_init(|| {
        let mut out = Vec::with_capacity(KINDS.len());
        for k in KINDS {
            let key = super::display::kind_key(k);
            let mut terms = tokenize::terms(t(Lang::En, key));
            terms.extend(tokenize::terms(t(Lang::Zh, key)));
            out.push(terms);
        }
        out
    })
}

/// The kinds whose label holds `term`: as a whole term, or for a single Han character (which
/// matches wherever it occurs), inside one.
pub fn kinds_with(term: &str) -> Vec<DocKind> {
    let lone_han = super::han::is_han_term(term) && term.chars().count() == 1;
    let mut out = Vec::new();
    for (k, terms) in KINDS.iter().zip(labels()) {
        if terms.iter().any(|x| x == term || (lone_han && x.contains(term))) {
            out.push(*k);
        }
    }
    out
}
