//! Prints the top results of each query given on the command line, for tuning the ranking by
//! hand: `cargo run --release -p mailgun-help-core --example search_debug -- "suppression" "退订"`.

use mailgun_help_core::search::{documents, search};

fn main() {
    let top = std::env::var("TOPN").ok().and_then(|n| n.parse().ok()).unwrap_or(5);
    for query in std::env::args().skip(1) {
        println!("{query}");
        for hit in search(&query, top).hits {
            let doc = &documents()[hit.doc];
            println!("  {:<40} {}", doc.id, doc.title[0].chars().take(70).collect::<String>());
        }
    }
}
