//! Golden files: one fixture request × each language gives one expected output under
//! `core/tests/data/codegen/`, reviewed once and compared byte for byte (as httpsnippet does).
//! `UPDATE_GOLDEN=1 cargo test -p mailgun-help-core codegen` rewrites them after a reviewed change.

use super::*;

fn field(name: &str, values: &[&str]) -> FormField {
    FormField { name: name.into(), values: values.iter().map(|v| v.to_string()).collect() }
}

/// A send to `mg.example.com` (`POST /v3/mg.example.com/messages`) with these fields and files.
fn send(fields: Vec<FormField>, files: Vec<FilePart>) -> ApiRequest {
    ApiRequest {
        method: Method::Post,
        domain: "mg.example.com".into(),
        path: "/v3/mg.example.com/messages".into(),
        query: vec![],
        fields,
        files,
    }
}

fn fixtures() -> Vec<(&'static str, Region, ApiRequest)> {
    vec![
        (
            "send-full",
            Region::Us,
            send(
                vec![
                    field("from", &["Shop <orders@mg.example.com>"]),
                    field("to", &["ann@example.org, Bob <bob@example.org>"]),
                    field("subject", &["Ann's \"order\" \\ shipped"]),
                    field("text", &["Line one\nLine two"]),
                    field("o:tag", &["orders", "shipping"]),
                    field("h:Reply-To", &["help@example.com"]),
                    field("v:order", &["{\"id\": 42}"]),
                    field("o:testmode", &["yes"]),
                ],
                vec![
                    FilePart { field: "attachment".into(), name: "invoice.pdf".into() },
                    FilePart { field: "inline".into(), name: "logo.png".into() },
                    FilePart { field: "attachment".into(), name: "terms.pdf".into() },
                ],
            ),
        ),
        (
            "get-query-eu",
            Region::Eu,
            ApiRequest {
                method: Method::Get,
                domain: "mg.example.com".into(),
                path: "/v3/mg.example.com/events".into(),
                query: vec![("event".into(), "failed".into()), ("limit".into(), "25".into())],
                fields: vec![],
                files: vec![],
            },
        ),
        (
            "put-field",
            Region::Us,
            ApiRequest {
                method: Method::Put,
                domain: "mg.example.com".into(),
                path: "/v3/routes/ROUTE_ID".into(),
                query: vec![],
                fields: vec![field("priority", &["0"])],
                files: vec![],
            },
        ),
        (
            "send-at-sign",
            Region::Eu,
            send(vec![field("to", &["ann@example.org"]), field("text", &["@everyone <3"])], vec![]),
        ),
    ]
}

#[test]
fn every_language_matches_its_golden_file() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/codegen");
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut mismatches = Vec::new();
    for (name, region, req) in fixtures() {
        for lang in LANGS {
            let code = render(&req, region, lang);
            let path = dir.join(format!("{name}.{}.txt", lang.id));
            if update {
                std::fs::write(&path, &code).expect("golden dir is writable");
                continue;
            }
            match std::fs::read_to_string(&path) {
                Ok(expected) if expected == code => {}
                Ok(_) => mismatches.push(format!("{} differs:\n{code}", path.display())),
                Err(e) => mismatches.push(format!("{}: {e}", path.display())),
            }
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n\n"));
}

#[test]
fn the_key_is_never_a_value_and_every_language_reads_it_from_the_environment() {
    for (_, region, req) in fixtures() {
        for lang in LANGS {
            let code = render(&req, region, lang);
            assert!(code.contains("MAILGUN_API_KEY"), "{}", lang.id);
        }
    }
}

#[test]
fn the_eight_languages_are_there_in_tab_order() {
    let ids: Vec<&str> = LANGS.iter().map(|l| l.id).collect();
    assert_eq!(ids, ["curl", "node", "python", "php", "ruby", "go", "java", "csharp"]);
    assert!(lang("node").is_some_and(|l| l.send.is_some()), "Node.js sends with mailgun.js");
    assert!(lang("cobol").is_none());
}

#[test]
fn escapes_keep_each_literal_closed() {
    let nasty = "a'b\"c\\d\ne\u{2028}";
    assert_eq!(Escape::Shell.apply(nasty), "a'\\''b\"c\\d\ne\u{2028}");
    assert_eq!(Escape::Js.apply(nasty), "a\\'b\"c\\\\d\\ne\\u2028");
    assert_eq!(Escape::C.apply(nasty), "a'b\\\"c\\\\d\\ne\\u2028");
    assert_eq!(Escape::Single.apply(nasty), "a\\'b\"c\\\\d\ne\u{2028}");
}

#[test]
fn line_breaks_and_the_byte_order_mark_are_escaped_where_a_literal_would_break() {
    // C# ends a line at U+0085; Go refuses U+FEFF anywhere but the start of a file.
    let s = "a\u{85}b\u{feff}c";
    assert_eq!(Escape::C.apply(s), "a\\u0085b\\ufeffc");
    assert_eq!(Escape::Js.apply(s), "a\\u0085b\\ufeffc");
}

#[test]
fn curl_sends_every_value_and_file_name_as_typed() {
    let req = send(
        vec![
            field("subject", &["(no subject)"]),
            field("v:note", &[" spaced "]),
            field("text", &["plain; with a semicolon"]),
            field("to", &["ann@example.org"]),
        ],
        vec![
            FilePart { field: "attachment".into(), name: "a;b.pdf".into() },
            FilePart { field: "attachment".into(), name: "say \"hi\".txt".into() },
            FilePart { field: "attachment".into(), name: "plain.pdf".into() },
        ],
    );
    let curl = render(&req, Region::Us, lang("curl").expect("curl"));
    for expected in [
        "--form-string 'subject=(no subject)'",
        "--form-string 'v:note= spaced '",
        "--form-string 'text=plain; with a semicolon'",
        "-F 'to=ann@example.org'",
        "-F 'attachment=@\"a;b.pdf\"'",
        "-F 'attachment=@\"say \\\"hi\\\".txt\"'",
        "-F 'attachment=@plain.pdf'",
    ] {
        assert!(curl.contains(expected), "{expected}\n{curl}");
    }
}

#[test]
fn code_braces_are_not_placeholders() {
    assert_eq!(fill("{ a: {url} } {urls} {", &[("url", "U")]), "{ a: U } {urls} {");
}

#[test]
fn requests_without_a_body_use_the_no_body_parts() {
    let (_, region, req) = fixtures().into_iter().find(|f| f.0 == "get-query-eu").expect("fixture");
    let go = render(&req, region, lang("go").expect("go"));
    assert!(!go.contains("multipart"), "{go}");
    assert!(go.contains("https://api.eu.mailgun.net/v3/mg.example.com/events?event=failed&limit=25"), "{go}");
}
