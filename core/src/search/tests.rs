use super::tokenize::{decode_key, encode_key, terms, tokenize, Kind};
use super::*;
use proptest::prelude::*;

fn top(q: &str, n: usize) -> Vec<String> {
    search(q, n).hits.iter().map(|h| documents()[h.doc].id.clone()).collect()
}

fn first(q: &str) -> String {
    top(q, 1).into_iter().next().unwrap_or_default()
}

#[test]
fn english_words_are_folded_and_stemmed() {
    assert_eq!(terms("Routing ROUTES routed"), vec!["rout", "rout", "rout"]);
    assert_eq!(terms("ＤＫＩＭ　Ｒｅｃｏｒｄｓ"), vec!["dkim", "record"]);
    assert_eq!(terms("how to use the webhooks"), vec!["webhook"]);
    assert_eq!(terms("permanent_fail"), vec!["permanent_fail", "permanent", "fail"]);
}

#[test]
fn chinese_is_cut_into_bigrams_and_lone_characters() {
    assert_eq!(terms("退订链接"), vec!["退订", "订链", "链接"]);
    assert_eq!(terms("信"), vec!["信"]);
    assert_eq!(terms("webhook签名"), vec!["webhook", "签名"]);
    assert_eq!(terms("退订，链接"), vec!["退订", "链接"], "full-width punctuation separates");
}

#[test]
fn paths_and_hosts_are_also_kept_whole() {
    let t = terms("POST /v3/{domain}/messages.mime");
    assert!(t.contains(&"v3/{domain}/messages.mime".to_string()), "{t:?}");
    assert!(t.contains(&"messages.mime".to_string()), "{t:?}");
    assert!(t.contains(&"post".to_string()));
    let t = terms("Use https://api.eu.mailgun.net/v3/.");
    assert!(t.contains(&"api.eu.mailgun.net/v3".to_string()), "{t:?}");
    assert!(t.contains(&"api.eu.mailgun.net".to_string()), "{t:?}");
}

#[test]
fn token_offsets_point_into_the_original_text() {
    let text = "Ｗｅｂｈｏｏｋ 签名 checks";
    let mut v = Vec::new();
    tokenize(text, &mut v);
    assert_eq!(&text[v[0].start..v[0].end], "Ｗｅｂｈｏｏｋ");
    assert_eq!(&text[v[1].start..v[1].end], "签名");
    assert_eq!(v[1].kind, Kind::Cjk);
    assert_eq!(&text[v[2].start..v[2].end], "checks");
}

#[test]
fn keys_round_trip() {
    for t in ["webhook", "签名", "v3/{domain}/messages", "café", "𠀀x"] {
        let mut k = Vec::new();
        encode_key(t, &mut k);
        assert_eq!(decode_key(&k), t);
    }
}

#[test]
fn index_and_documents_agree() {
    let ix = Index::get();
    assert_eq!(ix.n_docs, documents().len());
    assert!(ix.n_terms() > 500);
    assert!(
        documents().iter().all(|d| !d.title[0].is_empty() && !d.title[1].is_empty()),
        "every title in both languages"
    );
}

/// The scanned Han postings hold exactly the counts the tokenizer gives each field (what the
/// dictionary stored before Han terms left it), capped as the stored frequencies were.
#[test]
fn scanned_han_terms_count_like_the_tokenizer() {
    let docs = documents();
    let han = han::HanText::get();
    let mut checked = 0;
    for (d, doc) in docs.iter().enumerate().step_by(5) {
        let fields: [Vec<&str>; 3] =
            [vec![&doc.title[0], &doc.title[1]], vec![&doc.path], vec![&doc.body[0], &doc.body[1]]];
        let mut counts: std::collections::BTreeMap<String, [u32; 3]> = Default::default();
        for (f, texts) in fields.iter().enumerate() {
            for t in texts {
                let mut toks = Vec::new();
                tokenize(t, &mut toks);
                for tok in toks.into_iter().filter(|t| t.kind == Kind::Cjk && t.term.chars().count() == 2) {
                    counts.entry(tok.term).or_default()[f] += 1;
                }
            }
        }
        for (term, c) in counts.iter().take(40) {
            let want = [c[0].min(3) as u8, c[1].min(3) as u8, c[2].min(15) as u8];
            let got = han.postings(term).into_iter().find(|p| p.0 == d).map(|p| p.1);
            assert_eq!(got, Some(want), "{term} in {}", doc.id);
            checked += 1;
        }
    }
    assert!(checked > 200, "only {checked} bigrams checked");
    assert!(han.postings("").is_empty() && han.postings("ab").is_empty() && han.postings("退订链").is_empty());
}

#[test]
fn names_find_their_documents_first() {
    assert_eq!(first("messages.mime"), "endpoint:send-mime");
    assert_eq!(first("/v3/{domain}/messages.mime"), "endpoint:send-mime");
    assert_eq!(first("POST /v3/routes"), "endpoint:create-route");
    assert_eq!(first("api.eu.mailgun.net"), "api:general");
    assert_eq!(first("webhooks"), "area:webhooks");
    assert_eq!(first("DKIM"), "area:domains");
}

#[test]
fn chinese_substrings_and_mixed_queries_are_found() {
    // The metrics area holds 退订 only inside 退订率 (unsubscribe rate): a substring of a longer
    // word is found, behind the documents about unsubscribing itself.
    assert!(top("退订", 10).contains(&"area:metrics".to_string()), "{:?}", top("退订", 10));
    assert!(top("webhook 签名", 3).contains(&"area:webhooks".to_string()), "{:?}", top("webhook 签名", 3));
    assert!(top("专用IP", 3).iter().any(|id| id.contains("dedicated-ip")), "{:?}", top("专用IP", 3));
    assert!(!top("预", 10).is_empty(), "a single character is found wherever it occurs");
    let r = results("预", Lang::Zh, 3);
    assert!(r.iter().any(|s| s.title.marks.len() + s.snippet.marks.len() > 0), "and it is highlighted");
    assert_eq!(top("ｗｅｂｈｏｏｋ", 1), top("webhook", 1), "full-width folds to half-width");
}

#[test]
fn prefixes_typos_and_aliases_match() {
    assert_eq!(first("webho"), "area:webhooks");
    assert!(top("mailing lis", 3).contains(&"area:mailing-lists".to_string()));
    assert_eq!(first("webhoks"), "area:webhooks", "one typo in a 7-letter word");
    assert_eq!(first("tempaltes"), "area:templates", "a swap counts as one edit");
    let t = search("bounce", 10).terms;
    assert!(t.contains(&"退信".to_string()), "alias bounce → 退信: {t:?}");
}

#[test]
fn short_words_are_not_typo_corrected() {
    assert!(search("xyz", 5).hits.is_empty());
}

#[test]
fn highlights_and_snippets_mark_the_matched_words() {
    let terms = search("webhook signature", 1).terms;
    let text = "Every Webhook is signed; verify the signature.";
    let marks = highlight(text, &terms);
    let marked: Vec<&str> = marks.iter().map(|&(s, e)| &text[s..e]).collect();
    assert!(marked.contains(&"Webhook") && marked.contains(&"signature"), "{marked:?}");
    let r = results("退订", Lang::Zh, 3);
    assert!(!r.is_empty());
    let m = r
        .iter()
        .flat_map(|s| s.snippet.marks.iter().map(|&(a, b)| s.snippet.text[a..b].to_string()))
        .collect::<Vec<_>>();
    assert!(m.iter().any(|s| s.contains("退订")), "{m:?}");
}

#[test]
fn snippets_cut_long_lines_around_the_match() {
    let body = format!("{} needle {}", "word ".repeat(100), "tail ".repeat(100));
    let s = snippet(&body, &["needl".to_string()], 60);
    assert!(s.text.starts_with('…') && s.text.ends_with('…'));
    assert_eq!(&s.text[s.marks[0].0..s.marks[0].1], "needle");
    assert!(s.text.chars().count() <= 62);
}

proptest! {
    #[test]
    fn any_string_in_no_panic(q in "\\PC{0,40}") {
        let f = search(&q, 10);
        prop_assert!(f.hits.len() <= 10);
        let _ = results(&q, Lang::Zh, 5);
        let _ = snippet(&q, &f.terms, 20);
    }

    #[test]
    fn any_bytes_as_text_no_panic(q in proptest::collection::vec(any::<char>(), 0..30)) {
        let q: String = q.into_iter().collect();
        let _ = search(&q, 5);
        let mut v = Vec::new();
        tokenize(&q, &mut v);
        for t in v {
            prop_assert!(t.start <= t.end && t.end <= q.len() && q.is_char_boundary(t.start) && q.is_char_boundary(t.end));
        }
    }
}

#[test]
fn runtime_documents_match_the_index_builders() {
    let built: serde_json::Value = serde_json::from_str(bench_docs_json()).expect("docs json");
    let built = built.as_array().expect("array");
    let docs = documents();
    assert_eq!(built.len(), docs.len());
    for (b, d) in built.iter().zip(docs) {
        assert_eq!(b["id"], d.id.as_str());
        assert_eq!(b["route"], d.route.as_str(), "{}", d.id);
        assert_eq!(b["title_en"], d.title[0].as_str(), "{}", d.id);
        assert_eq!(b["title_zh"], d.title[1].as_str(), "{}", d.id);
        assert_eq!(b["path"], d.path.as_str(), "{}", d.id);
        assert_eq!(b["body_en"], format!("{}\n{}", d.body[0], d.section[0]), "{}", d.id);
        assert_eq!(b["body_zh"], format!("{}\n{}", d.body[1], d.section[1]), "{}", d.id);
        assert!(!d.section[0].is_empty() && !d.section[1].is_empty(), "{}", d.id);
    }
}

#[test]
fn snippets_prefer_the_line_with_most_matched_words() {
    let body = "webhook one\nsomething else\nwebhook signature here";
    let s = snippet(body, &["signatur".to_string(), "webhook".to_string()], 80);
    assert_eq!(s.text, "webhook signature here");
    assert_eq!(s.marks.len(), 2);
}

#[test]
fn the_alias_section_the_widget_builds_is_the_build_scripts() {
    let from_build: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/search-aliases.bin"));
    let at_runtime = super::build_index::alias_bytes(crate::ask::data::concepts().into_iter().map(|c| c.terms));
    assert!(from_build.len() > 1_000, "alias section only {} bytes", from_build.len());
    assert!(at_runtime == from_build, "runtime aliases differ ({} vs {} bytes)", at_runtime.len(), from_build.len());
}

#[test]
fn the_index_the_widget_builds_is_the_build_scripts_byte_for_byte() {
    let from_build: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/search.idx"));
    let at_runtime = super::build_index::index_bytes(
        super::documents(),
        include_bytes!(concat!(env!("OUT_DIR"), "/search-aliases.bin")),
    )
    .expect("the index builds");
    assert!(from_build.len() > 10_000, "index only {} bytes", from_build.len());
    assert!(
        at_runtime == from_build,
        "runtime index differs from the build's ({} vs {} bytes)",
        at_runtime.len(),
        from_build.len()
    );
}

/// The gaps a new user hit, closed in the shared lexicon: each wording finds the documents that
/// use the documentation's own word.
#[test]
fn lexicon_synonyms_find_the_documentations_words() {
    let holds = |q: &str, word: &str| {
        let ids = top(q, 3);
        let docs = documents();
        let found = ids.iter().any(|id| {
            docs.iter().find(|d| &d.id == id).is_some_and(|d| {
                let text =
                    format!("{} {} {} {} {}", d.title[0], d.title[1], d.path, d.body[0], d.body[1]).to_lowercase();
                text.contains(word)
            })
        });
        assert!(found, "`{q}`: no top-3 result mentions `{word}`: {ids:?}");
    };
    holds("hard bounce", "permanent_fail");
    holds("硬退信", "permanent_fail");
    holds("soft bounce", "temporary_fail");
    holds("软退信", "temporary_fail");
    holds("spam complaint", "complained");
    holds("marked as spam", "complain");
    holds("投诉", "complained");
    holds("email verification", "/v4/address/validate");
    holds("domain authentication", "dkim");
    holds("域名认证", "dkim");
    holds("黑明单", "黑名单");
    holds("webhook 收不到", "webhook");
}

/// A synonym found inside a longer one of another concept does not expand: in "域名认证" (domain
/// authentication) the 认证 of API authentication must not bring the API key pages first.
#[test]
fn the_longer_synonym_wins() {
    let ids = top("域名认证", 3);
    assert!(!ids.iter().any(|id| id == "api:general" || id == "playbook:secure-api-keys"), "{ids:?}");
    // "hard bounce" expands to its own concept (permanent_fail, the webhooks' word), not to every
    // page that says "bounce": two of the first four are webhook pages. The bounces list, which
    // holds hard bounces, and the Email API area, which defines one word for word, may come first.
    let ids = top("hard bounce", 4);
    assert!(ids.iter().filter(|id| id.contains("webhook")).count() >= 2, "{ids:?}");
}

/// The section label is a field of its own: every document of a kind matches it equally, so the
/// data-model objects come in their own order, not by the length of their descriptions.
#[test]
fn a_section_label_matches_every_document_of_its_kind_equally() {
    let ids = top("data model", 10);
    assert_eq!(&ids[..3], ["object:domain", "object:message", "object:event"], "{ids:?}");
    let ids = top("数据模型", 10);
    assert!(ids.iter().take(10).all(|id| id.starts_with("object:")), "{ids:?}");
}

/// The reference pages with no entries of another kind are found by their names, in both languages.
#[test]
fn about_integrations_and_skills_pages_are_found() {
    for (q, want) in [
        ("about Mailgun", "page:about"),
        ("关于", "page:about"),
        ("integrations", "page:integrations"),
        ("集成", "page:integrations"),
        ("sibling skills", "page:skills"),
        ("related help skills", "page:skills"),
        ("相关技能", "page:skills"),
    ] {
        let ids = top(q, 3);
        assert!(ids.iter().any(|id| id == want), "{q} → {ids:?}");
    }
    let routes: Vec<&str> =
        documents().iter().filter(|d| d.id.starts_with("page:")).map(|d| d.route.as_str()).collect();
    assert_eq!(routes, ["#/ref/about", "#/ref/integrations", "#/ref/skills"]);
}

#[test]
fn an_entry_result_links_to_its_entry_and_a_page_result_to_its_page() {
    use crate::route::Route;
    let mut entries = 0;
    for d in documents() {
        let link = super::result_link(d);
        // What the widget writes it reads back the same.
        assert_eq!(Route::parse(&link.to_hash()), link, "{}", d.id);
        match (&link, d.entry_selector()) {
            (Route::Reference(page, Some(item)), Some(sel)) => {
                entries += 1;
                assert_eq!(sel, format!("[{}=\"{item}\"]", page.entry_attr().unwrap_or("?")), "{}", d.id);
            }
            (Route::Reference(_, Some(_)), None) => panic!("{} is a page but links to an entry", d.id),
            _ => {}
        }
    }
    assert!(entries > 20, "only {entries} entry links");
}
