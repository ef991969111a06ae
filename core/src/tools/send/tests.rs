use super::*;
use proptest::prelude::*;

/// 2026-12-01 12:00:00 UTC.
const NOW: i64 = 1_796_126_400;
const CLOCK: Clock = Clock { now: NOW, offset_minutes: 60 };

fn form(pairs: &[(SendField, &str)]) -> SendForm {
    let mut f = SendForm::default();
    f.set(SendField::Domain, "mg.example.com");
    f.set(SendField::From, "Shop <shop@mg.example.com>");
    f.set(SendField::To, "ann@example.org");
    f.set(SendField::Text, "Hello");
    for (k, v) in pairs {
        f.set(*k, v);
    }
    f
}

fn value<'a>(b: &'a Built, name: &str) -> Option<&'a [String]> {
    b.request.fields.iter().find(|f| f.name == name).map(|f| f.values.as_slice())
}

fn problem(b: &Built, field: SendField) -> Option<&SendProblem> {
    b.errors.iter().find(|e| e.field == field).map(|e| &e.problem)
}

#[test]
fn a_complete_form_becomes_one_request_with_every_option() {
    let b = build(
        &form(&[
            (SendField::Region, "eu"),
            (SendField::To, "ann@example.org, \"Doe, Bob\" <bob@example.org>"),
            (SendField::Tags, "orders, shipping"),
            (SendField::Variables, r#"{"order": 42, "note": "hi"}"#),
            (SendField::TestMode, "1"),
            (SendField::Delivery, "2026-12-02T09:30"),
            (SendField::Clicks, "htmlonly"),
            (SendField::Headers, "Reply-To: help@example.com\nh:X-Campaign: winter"),
            (SendField::Attachments, "invoice.pdf, /home/me/terms.pdf"),
            (SendField::Html, "<img src=\"cid:logo.png\">"),
            (SendField::Inline, "logo.png"),
        ]),
        CLOCK,
    );
    assert!(b.errors.is_empty(), "{:?}", b.errors);
    assert_eq!(b.region, Region::Eu);
    assert_eq!(b.request.path, "/v3/mg.example.com/messages");
    assert_eq!(value(&b, "to"), Some(&["ann@example.org, \"Doe, Bob\" <bob@example.org>".to_string()][..]));
    assert_eq!(value(&b, "o:tag").map(<[String]>::len), Some(2));
    assert_eq!(value(&b, "v:order"), Some(&["42".to_string()][..]));
    assert_eq!(value(&b, "v:note"), Some(&["hi".to_string()][..]));
    assert_eq!(value(&b, "o:deliverytime"), Some(&["Wed, 02 Dec 2026 09:30:00 +0100".to_string()][..]));
    assert_eq!(value(&b, "h:X-Campaign"), Some(&["winter".to_string()][..]));
    assert_eq!(value(&b, "o:tracking-clicks"), Some(&["htmlonly".to_string()][..]));
    let files: Vec<&str> = b.request.files.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(files, ["invoice.pdf", "terms.pdf", "logo.png"]);
    assert_eq!(b.notes, [SendNote::TestModeCharged]);
}

#[test]
fn each_bad_field_is_reported_at_the_field_and_left_out() {
    let cases: Vec<(SendField, &str, SendProblem)> = vec![
        (SendField::To, "ann@", SendProblem::BadAddress("ann@".into())),
        (SendField::To, "", SendProblem::Required),
        (SendField::Tags, "a, b, c, d", SendProblem::TooManyTags(4)),
        (SendField::Domain, "https://mg.example.com", SendProblem::Domain(DomainError::Scheme)),
        (SendField::Domain, "mg.example.com/v3", SendProblem::Domain(DomainError::PathOrAddress)),
        (SendField::Variables, "[1]", SendProblem::NotObject),
        (SendField::Delivery, "2026-11-30T10:00", SendProblem::DeliveryPast),
        (SendField::Delivery, "2026-12-20T10:00", SendProblem::DeliveryTooFar),
        (SendField::Delivery, "tomorrow 9am", SendProblem::DeliveryMalformed),
        (SendField::Headers, "Reply-To help@example.com", SendProblem::BadHeader(1)),
        (SendField::Headers, "X-A=B: val", SendProblem::BadHeader(1)),
        (SendField::Headers, "X-Ok: 1\nX Spaced: 2", SendProblem::BadHeader(2)),
        (SendField::Opens, "htmlonly", SendProblem::BadChoice),
    ];
    for (field, input, expected) in cases {
        let b = build(&form(&[(field, input)]), CLOCK);
        assert_eq!(problem(&b, field), Some(&expected), "{field:?} = {input:?}");
        assert!(value(&b, "text").is_some(), "the rest of the request still builds: {field:?}");
    }
}

#[test]
fn a_header_given_twice_is_one_field_with_both_values() {
    let b = build(&form(&[(SendField::Headers, "X-Dup: one\nX-Other: 1\nX-Dup: two")]), CLOCK);
    assert!(b.errors.is_empty(), "{:?}", b.errors);
    assert_eq!(value(&b, "h:X-Dup"), Some(&["one".to_string(), "two".to_string()][..]));
    assert_eq!(b.request.fields.iter().filter(|f| f.name == "h:X-Dup").count(), 1);
}

#[test]
fn json_errors_carry_line_and_column() {
    let b = build(&form(&[(SendField::TemplateVariables, "{\n  \"name\": \"Ann\"\n  \"plan\": 1\n}")]), CLOCK);
    match problem(&b, SendField::TemplateVariables) {
        Some(SendProblem::Json(e)) => assert_eq!((e.line, e.column), (3, 3)),
        other => panic!("{other:?}"),
    }
}

#[test]
fn batch_recipients_must_all_have_recipient_variables() {
    let rv = r#"{"ann@example.org": {"first": "Ann"}}"#;
    let ok = build(&form(&[(SendField::RecipientVariables, rv)]), CLOCK);
    assert!(ok.errors.is_empty() && value(&ok, "recipient-variables").is_some(), "{:?}", ok.errors);
    let missing = build(
        &form(&[(SendField::To, "ann@example.org, Bob <BOB@example.org>"), (SendField::RecipientVariables, rv)]),
        CLOCK,
    );
    assert_eq!(
        problem(&missing, SendField::RecipientVariables),
        Some(&SendProblem::MissingRecipientVariables(vec!["bob@example.org".into()], 1))
    );
}

#[test]
fn schedules_past_three_days_depend_on_the_plan_and_html_excludes_template() {
    let b = build(&form(&[(SendField::Delivery, "2026-12-05T12:00")]), CLOCK);
    assert!(b.errors.is_empty());
    assert_eq!(b.notes, [SendNote::DeliveryPlanDependent]);
    let both = build(&form(&[(SendField::Html, "<p>x</p>"), (SendField::Template, "receipt")]), CLOCK);
    assert_eq!(problem(&both, SendField::Template), Some(&SendProblem::HtmlAndTemplate));
    let none = build(&form(&[(SendField::Text, "")]), CLOCK);
    assert_eq!(problem(&none, SendField::Text), Some(&SendProblem::NoBody));
}

#[test]
fn links_restore_the_form() {
    let f = form(&[(SendField::Subject, "Hi & bye = ok?"), (SendField::Region, "eu")]);
    let params = crate::route::parse_query(f.to_query().trim_start_matches('?'));
    assert_eq!(SendForm::from_params(&params), f);
}

#[test]
fn dates_convert_both_ways() {
    assert_eq!(local_to_unix("1970-01-01T00:00", 0), Some(0));
    assert_eq!(local_to_unix("2024-02-29T23:59:59", 0), Some(1_709_251_199));
    assert_eq!(local_to_unix("2023-02-29T10:00", 0), None);
    assert_eq!(local_to_unix("2026-13-01T10:00", 0), None);
    assert_eq!(rfc2822(1_709_251_199, 0), "Thu, 29 Feb 2024 23:59:59 +0000");
    assert_eq!(rfc2822(0, 0), "Thu, 01 Jan 1970 00:00:00 +0000");
}

proptest! {
    #[test]
    fn no_form_panics(values in proptest::collection::vec("\\PC{0,40}", 22), now in 0i64..4_000_000_000, off in -840i32..=840) {
        let mut f = SendForm::default();
        for (field, v) in SendField::ALL.into_iter().zip(values.iter()) {
            f.set(field, v);
        }
        let b = build(&f, Clock { now, offset_minutes: off });
        prop_assert!(b.request.path.starts_with("/v3/"));
    }

    #[test]
    fn local_time_and_rfc2822_agree(t in 0i64..253_402_000_000, off in -840i32..=840) {
        let local = t + i64::from(off) * 60;
        let (y, m, d) = civil_from_days(local.div_euclid(86_400));
        let secs = local.rem_euclid(86_400);
        let picker = format!("{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}", secs / 3600, secs / 60 % 60, secs % 60);
        prop_assert_eq!(local_to_unix(&picker, off), Some(t));
        let text = rfc2822(t, off);
        let expected = format!(" {d:02} ");
        prop_assert!(text.contains(&expected), "{} {}", text, picker);
    }
}
