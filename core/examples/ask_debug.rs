//! Shows how the ask flow reads a question: `cargo run -p mailgun-help-core --example ask_debug --
//! "how many tags per message?"`. Prints the answer kind asked for, the keywords matched with and
//! without typo correction, the share of the question the widget knows, the target, and the lead,
//! then the best-scoring fact leads with their scores (four, or `TOPN=n`). With `SHOW_CLASSES=1`
//! also the four best classes' log scores and how far below the best the off-topic class is; with
//! `SHOW_FOREIGN=1` the words the widget has never seen; with `SHOW_SECTIONS=1` each section of
//! the answer and its first item; with `AREA=<slug>` the question is asked with that area chosen,
//! as the wizard asks it.

use mailgun_help_core::ask::asks::asks;
use mailgun_help_core::ask::lead;
use mailgun_help_core::ask::{classify, compose, engine, Context};

fn main() {
    let Some(model) = engine() else {
        eprintln!("the ask tables failed to load");
        std::process::exit(1);
    };
    for q in std::env::args().skip(1) {
        let exact = model.lexicon.analyse(&q, false);
        let hits: Vec<&str> = exact.hits.iter().map(|h| h.surface.as_str()).collect();
        // `AREA=<slug>` asks as the wizard does with that area chosen.
        let area = std::env::var("AREA").ok().and_then(|a| mailgun_help_core::kb::ids::AreaId::parse(&a));
        let u = classify(&q, &Context { area, role: None });
        let a = compose(&q, &u, None, None, &[]);
        println!("{q}");
        println!("  asks {:?}; exact words {:?}; exact hits {hits:?}", asks(&q), exact.words);
        if std::env::var_os("SHOW_FOREIGN").is_some() {
            println!("  foreign words {:?}", model.foreign_words(&exact));
        }
        println!(
            "  coverage {:?}; covered {}; target {} ({:.2})",
            model.coverage(&exact, !exact.hits.is_empty()),
            u.covered,
            u.target.slug(),
            u.confidence
        );
        println!("  {} [{}] — {}", a.kind.code(), a.target.slug(), a.lead);
        if std::env::var_os("SHOW_CLASSES").is_some() {
            let scored = model.scored(&model.lexicon.analyse(&q, true));
            let order = mailgun_help_core::ask::rank::order(&scored.scores);
            for &c in order.iter().take(4) {
                println!("    class {} {:.2}", model.classes[c].slug(), scored.scores[c]);
            }
            let off = model.class_of(&mailgun_help_core::ask::Target::Route("not-covered".into()));
            if let (Some(off), Some(&top)) = (off, order.first()) {
                println!("    off-topic class {:.2} below the best", scored.scores[top] - scored.scores[off]);
            }
        }
        if std::env::var_os("SHOW_SECTIONS").is_some() {
            for section in &a.sections {
                println!(
                    "  [{:?}] {} ({} items): {:.120}",
                    section.kind,
                    section.heading,
                    section.items.len(),
                    format!("{:?}", section.items.first())
                );
            }
        }
        {
            let kb = mailgun_help_core::kb::Kb::get();
            let query = mailgun_help_core::ask::topic_query(model, &q);
            let lang = u.lang;
            for l in lead::fact_candidates(kb, &query, asks(&q), &lead::defined_subjects(&q), u.target.area(), lang)
                .iter()
                .take(std::env::var("TOPN").ok().and_then(|v| v.parse().ok()).unwrap_or(4))
            {
                let text: String = l.text.chars().take(90).collect();
                println!("    {:5.2} {:?} {text}", l.score, l.area.map(|a| a.slug()));
            }
        }
    }
}
