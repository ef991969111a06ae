//! Relevance of search on the labelled queries of `bench/queries.toml`, natively: the same figures
//! `cargo xtask bench-search` reports for the wasm build (the engine is the same code), as a floor
//! that a ranking or tokenizer change must not break.

use mailgun_help_core::search::{documents, search};

fn queries(lang: &str) -> Vec<(String, Vec<String>)> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../bench/queries.toml");
    let text = std::fs::read_to_string(path).expect("bench/queries.toml is readable");
    let v: toml::Value = toml::from_str(&text).expect("bench/queries.toml parses");
    let list = v.get(lang).and_then(|l| l.as_array()).expect("a list per language");
    list.iter()
        .map(|e| {
            let e: Vec<String> =
                e.as_array().expect("an entry is a list").iter().filter_map(|x| x.as_str().map(String::from)).collect();
            (e[0].clone(), e[1..].to_vec())
        })
        .collect()
}

/// (hit@1, hit@10, MRR@10) and the queries missed from the top ten.
fn score(lang: &str) -> (f64, f64, f64, Vec<String>) {
    let qs = queries(lang);
    let (mut h1, mut h10, mut rr, mut missed) = (0usize, 0usize, 0f64, Vec::new());
    for (q, want) in &qs {
        let ids: Vec<&str> = search(q, 10).hits.iter().map(|h| documents()[h.doc].id.as_str()).collect();
        match ids.iter().position(|id| want.iter().any(|w| w == id)) {
            Some(r) => {
                if r > 0 && std::env::var("SHOW_RANK").is_ok() {
                    println!("rank {} {q} → {:?}", r + 1, &ids[..r.min(3)]);
                }
                h10 += 1;
                h1 += usize::from(r == 0);
                rr += 1.0 / (r + 1) as f64;
            }
            None => missed.push(format!("{q} → {ids:?}")),
        }
    }
    let n = qs.len() as f64;
    (h1 as f64 / n, h10 as f64 / n, rr / n, missed)
}

#[test]
fn english_queries_find_their_documents() {
    let (h1, h10, mrr, missed) = score("en");
    println!("en hit@1 {h1:.3} hit@10 {h10:.3} MRR {mrr:.3}; missed: {missed:#?}");
    assert!(h1 >= 0.90 && h10 >= 0.99 && mrr >= 0.94, "en hit@1 {h1:.3} hit@10 {h10:.3} MRR {mrr:.3}: {missed:#?}");
}

#[test]
fn chinese_queries_find_their_documents() {
    let (h1, h10, mrr, missed) = score("zh");
    println!("zh hit@1 {h1:.3} hit@10 {h10:.3} MRR {mrr:.3}; missed: {missed:#?}");
    assert!(h1 >= 0.83 && h10 >= 0.99 && mrr >= 0.90, "zh hit@1 {h1:.3} hit@10 {h10:.3} MRR {mrr:.3}: {missed:#?}");
}
