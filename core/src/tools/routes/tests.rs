use super::*;
use proptest::prelude::*;

/// A stand-in for the browser's RegExp, enough for these tests: `^` and `$` anchors, `.*`, one
/// named group `(?<name>.*)` and literal text; `[` is refused as the browser refuses an unclosed class.
struct FakeRegex;

impl Matcher for FakeRegex {
    fn find(&self, re: &JsRegex, text: &str) -> Result<Option<Captures>, String> {
        let p = re.source.as_str();
        if p.contains('[') && !p.contains(']') {
            return Err("Unterminated character class".into());
        }
        let (text_cmp, p_cmp) =
            if re.flags == "i" { (text.to_lowercase(), p.to_lowercase()) } else { (text.to_string(), p.to_string()) };
        let anchored_start = p_cmp.starts_with('^');
        let anchored_end = p_cmp.ends_with('$');
        let core = p_cmp.trim_start_matches('^').trim_end_matches('$').replace("\\.", ".");
        if let Some((before, after)) = core.split_once("(?<") {
            // `before(?<name>.*)after`: capture what lies between.
            let (name, rest) = after.split_once('>').ok_or("bad group")?;
            let tail = rest.strip_prefix(".*)").ok_or("unsupported")?;
            let start = text_cmp.find(before).filter(|i| !anchored_start || *i == 0);
            let Some(start) = start else { return Ok(None) };
            let from = start + before.len();
            let end =
                if tail.is_empty() { Some(text_cmp.len()) } else { text_cmp[from..].find(tail).map(|i| from + i) };
            let Some(end) = end else { return Ok(None) };
            let value = text[from..end].to_string();
            return Ok(Some(Captures {
                numbered: vec![text.to_string(), value.clone()],
                named: vec![(name.into(), value)],
            }));
        }
        let parts: Vec<&str> = core.split(".*").collect();
        let mut pos = 0;
        for (i, part) in parts.iter().enumerate() {
            match text_cmp[pos..].find(part) {
                Some(j) if !(i == 0 && anchored_start && j != 0) => pos += j + part.len(),
                _ => return Ok(None),
            }
        }
        if anchored_end && !core.ends_with(".*") && pos != text_cmp.len() {
            return Ok(None);
        }
        Ok(Some(Captures { numbered: vec![text.to_string()], named: vec![] }))
    }
}

fn route(priority: &str, expression: &str, actions: &str) -> RouteInput {
    RouteInput { priority: priority.into(), expression: expression.into(), actions: actions.into() }
}

fn msg(recipient: &str, headers: &str) -> Message {
    Message { recipient: recipient.into(), headers: headers.into() }
}

#[test]
fn routes_run_by_priority_then_creation_order_until_stop() {
    let routes = [
        route("10", "match_recipient('.*@example.com')", "store(notify=\"https://app.example.com/in\")"),
        route("0", "match_header('subject', 'urgent')", "forward(\"oncall@example.com\"), stop()"),
        route("0", "match_recipient('^support@')", "forward(\"https://desk.example.com/mail\")"),
        route("20", "catch_all()", "stop()"),
    ];
    let eval = evaluate(&routes, &msg("support@example.com", "Subject: urgent: server down"), &FakeRegex);
    assert_eq!(eval.matched(), [2], "route 2 matches first and stops");
    assert_eq!(eval.actions(), ["forward(\"oncall@example.com\")", "stop()"]);
    let order: Vec<usize> = eval.outcomes.iter().map(|o| o.number).collect();
    assert_eq!(order, [2, 3, 1, 4], "priority 0 before 10 before 20; equal priorities as entered");
    assert!(eval.outcomes[1].skipped && eval.outcomes[3].skipped);

    let calm = evaluate(&routes, &msg("support@example.com", "Subject: hello"), &FakeRegex);
    assert_eq!(calm.matched(), [3, 1], "without stop() every matching route runs");
    assert_eq!(
        calm.actions(),
        ["forward(\"https://desk.example.com/mail\")", "store(notify=\"https://app.example.com/in\")"]
    );
}

#[test]
fn catch_all_matches_only_when_nothing_before_it_did() {
    let routes =
        [route("1", "match_recipient('^sales@')", "forward(\"a@b.c\")"), route("99", "catch_all()", "store()")];
    assert_eq!(evaluate(&routes, &msg("sales@x.com", ""), &FakeRegex).matched(), [1]);
    assert_eq!(evaluate(&routes, &msg("other@x.com", ""), &FakeRegex).matched(), [2]);
}

#[test]
fn and_needs_every_filter_and_named_captures_fill_forward() {
    let routes = [route(
        "0",
        r#"match_recipient("^(?P<user>.*)@example\.com$") and match_header("X-Team", "ops")"#,
        r#"forward("https://hooks.example.com/users/\g<user>")"#,
    )];
    let both = evaluate(&routes, &msg("ann@example.com", "X-Team: ops\nSubject: hi"), &FakeRegex);
    assert_eq!(both.actions(), ["forward(\"https://hooks.example.com/users/ann\")"]);
    assert!(evaluate(&routes, &msg("ann@example.com", "Subject: hi"), &FakeRegex).matched().is_empty());
}

#[test]
fn syntax_errors_point_at_the_position() {
    let cases: [(&str, SyntaxKind, usize); 8] = [
        ("", SyntaxKind::Empty, 0),
        ("match_sender('x')", SyntaxKind::UnknownFilter, 0),
        ("match_recipient 'x'", SyntaxKind::ExpectedOpenParen, 16),
        ("match_recipient('x'", SyntaxKind::ExpectedCloseParen, 19),
        ("match_header('subject' 'x')", SyntaxKind::ExpectedComma, 23),
        ("match_recipient('x) and catch_all()", SyntaxKind::UnterminatedString, 16),
        ("match_recipient('x') or catch_all()", SyntaxKind::ExpectedAnd, 21),
        ("match_recipient('x') and catch_all()", SyntaxKind::CatchAllCombined, 25),
    ];
    for (text, kind, at) in cases {
        let e = parse_filter(text).expect_err(text);
        assert_eq!((e.kind, e.at), (kind, at), "{text}");
    }
    assert_eq!(parse_actions("forward('a@b.c'), drop()").expect_err("drop").at, 18);
    assert_eq!(parse_actions("store(url='x')").expect_err("store").kind, SyntaxKind::BadStoreArgument);
    assert_eq!(
        parse_actions("forward('a@b.c')\nstore(notify='https://x')\nstop()"),
        Ok(vec![Action::Forward("a@b.c".into()), Action::Store(Some("https://x".into())), Action::Stop])
    );
    assert_eq!(parse_filter(&"x".repeat(MAX_FIELD_CHARS + 1)).expect_err("long").kind, SyntaxKind::TooLong);
}

#[test]
fn forward_takes_addresses_and_urls_and_store_notifies_a_url() {
    for ok in [
        "forward('mailbox@myapp.com')",
        "forward('http://myapp.com/messages, mailbox@myapp.com')",
        "forward('HTTPS://desk.example.com:8443/in?x=1')",
        r"forward('\g<user>@support.example.com')",
        r"forward('\1')",
        "store(notify='http://mydomain.com/callback')",
    ] {
        assert!(parse_actions(ok).is_ok(), "{ok}");
    }
    for (bad, kind, at) in [
        ("forward('not an url or email')", SyntaxKind::BadDestination, 9),
        ("forward('a@b.c, ftp://x.example')", SyntaxKind::BadDestination, 9),
        ("forward('https://')", SyntaxKind::BadDestination, 9),
        ("forward('')", SyntaxKind::BadDestination, 9),
        ("stop(), store(notify='mailbox@myapp.com')", SyntaxKind::BadNotifyUrl, 22),
    ] {
        let e = parse_actions(bad).expect_err(bad);
        assert_eq!((e.kind, e.at), (kind, at), "{bad}");
    }
}

#[test]
fn bad_regexes_and_bad_priorities_are_problems_of_their_route_only() {
    let routes = [
        route("x", "catch_all()", "stop()"),
        route("0", "match_recipient('[a-z')", "stop()"),
        route("1", "match_recipient('.*')", "store()"),
    ];
    let eval = evaluate(&routes, &msg("a@b.c", ""), &FakeRegex);
    assert_eq!(eval.problems[0], (1, RouteProblem::Priority));
    match &eval.problems[1] {
        (2, RouteProblem::Expression(e)) => assert_eq!((e.kind, e.at), (SyntaxKind::BadRegex, 17)),
        other => panic!("{other:?}"),
    }
    assert_eq!(eval.matched(), [3]);
}

#[test]
fn a_bad_pattern_is_reported_even_when_an_earlier_route_stopped() {
    let routes = [route("0", "catch_all()", "stop()"), route("1", "match_recipient('[a-z')", "store()")];
    let eval = evaluate(&routes, &msg("a@b.c", ""), &FakeRegex);
    assert_eq!(eval.matched(), [1]);
    assert!(matches!(eval.problems.as_slice(), [(2, RouteProblem::Expression(e))] if e.kind == SyntaxKind::BadRegex));
}

#[test]
fn removing_a_route_moves_the_later_ones_up() {
    let p = |k: &str, v: &str| (k.to_string(), v.to_string());
    let params = vec![p("n", "3"), p("e1", "a"), p("e2", "b"), p("a2", "stop()"), p("e3", "c")];
    let next = without_route(&params, 2);
    assert_eq!(route_count(&next), 2);
    let routes = routes_of(&next);
    assert_eq!(
        (routes[0].expression.as_str(), routes[1].expression.as_str(), routes[1].actions.as_str()),
        ("a", "c", "")
    );
    assert_eq!(route_count(&[p("e5", "x")]), 5, "a link that fills route 5 shows five");
    assert_eq!(route_count(&[p("n", "999")]), MAX_ROUTES);
}

#[test]
fn python_syntax_is_translated_for_the_browser() {
    assert_eq!(to_js_regex("(?P<a>x)(?P=a)").source, "(?<a>x)\\k<a>");
    assert_eq!(to_js_regex("\\(?P<a>").source, "\\(?P<a>", "an escaped paren is not a group");
    assert_eq!(to_js_regex("(?i)abc").flags, "i");
}

proptest! {
    #[test]
    fn no_input_panics(p in "\\PC{0,8}", e in "\\PC{0,60}", a in "\\PC{0,60}", r in "\\PC{0,30}", h in "\\PC{0,40}") {
        let _ = evaluate(&[route(&p, &e, &a)], &msg(&r, &h), &FakeRegex);
        let _ = to_js_regex(&e);
        let _ = nested_repetition(&e);
        let _ = nested_repetition(&format!("({e})+{{{a}"));
        let _ = fill_captures(&a, &Captures::default());
    }
}

#[test]
fn a_repeated_group_that_ends_in_a_repetition_is_refused_where_it_opens() {
    for (pattern, at) in [
        ("^(a+)+$", 1),
        ("(\\w+\\s?)*$", 0),
        ("x(?:a|b*){2,}", 1),
        ("((ab)*)+", 0),
        ("(?P<user>(\\d+)+)@", 9),
        ("[(](a*)+", 3),
        // Alternatives that can start alike, or any alternative ending in a repetition.
        ("(a|aa)*b", 0),
        ("(a|a)*", 0),
        ("(\\w|\\d)+$", 0),
        ("(a+|b)+", 0),
        ("x(?:x|xy)+", 1),
        ("(?P<n>b|a|aa)+", 0),
    ] {
        assert_eq!(nested_repetition(pattern), Some(at), "{pattern}");
    }
    for pattern in [
        ".*@(\\w+\\.)+example\\.com",
        "(a+)?",
        "(a+){3}",
        "(a*b)+",
        "(?P<user>.*)@example\\.com",
        "\\(a+\\)+",
        "[(a+)+]",
        "(a+",
        ")+(",
        "",
        "(sales|support)+@example\\.com",
        "(a|b)+",
        "(ab|cd){2,}",
        "(?:foo|bar)*",
    ] {
        assert_eq!(nested_repetition(pattern), None, "{pattern}");
    }
}

#[test]
fn the_tester_reports_a_nested_repetition_instead_of_running_it() {
    let routes = [route("0", "match_header(\"subject\", \"(a+)+$\")", "stop()")];
    let eval = evaluate(&routes, &msg("x@example.com", &format!("Subject: {}!", "a".repeat(40))), &FakeRegex);
    match &eval.problems[..] {
        [(1, RouteProblem::Expression(e))] => assert_eq!((e.kind, e.at), (SyntaxKind::NestedRepeat, 25)),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_route_with_nothing_written_is_skipped_not_reported() {
    let routes = [route("", "", ""), route("1", "match_recipient(\"sales@.*\")", "stop()"), route(" ", " ", "")];
    let eval = evaluate(&routes, &msg("sales@x.com", ""), &FakeRegex);
    assert!(eval.problems.is_empty(), "{:?}", eval.problems);
    assert_eq!(eval.matched(), [2]);
    // One field written is a route, and its empty expression is an error.
    let eval = evaluate(&[route("5", "", "")], &msg("sales@x.com", ""), &FakeRegex);
    assert_eq!(eval.problems.len(), 1);
}

#[test]
fn a_header_line_that_is_not_name_value_is_found_by_its_number() {
    assert_eq!(msg("a@b.com", "Subject: hi\nX-Tag: 1").bad_header_line(), None);
    // Blank lines are allowed; a line with no colon or no name is not.
    assert_eq!(msg("a@b.com", "Subject: hi\n\ngarbage").bad_header_line(), Some(3));
    assert_eq!(msg("a@b.com", ": no name").bad_header_line(), Some(1));
    assert_eq!(msg("a@b.com", "").bad_header_line(), None);
}
