//! What the tools say about a problem, in the reader's language: every sentence comes from
//! `assets/i18n`, with the numbers filled in from the limits the modules own.

use super::dns::{DomainError, SpfWarning, SPF_LOOKUP_LIMIT};
use super::routes::{RouteProblem, SyntaxError, SyntaxKind};
use super::send::{
    SendNote, SendProblem, ALL_PLANS_SCHEDULE_DAYS, MAX_OPTION_BYTES, MAX_RECIPIENTS, MAX_SCHEDULE_DAYS, MAX_TAGS,
    MAX_TAG_CHARS,
};
use super::signature::{PasteError, Reason, SignedField, STALE_AFTER_SECONDS, TOKEN_LEN};
use crate::i18n::{fill, key, t, Key};
use crate::json::{JsonError, JsonErrorKind};
use crate::lang::Lang;

/// "The JSON does not parse: expected `,` or `}` at line 3, column 7."
pub fn json_error(lang: Lang, e: &JsonError) -> String {
    let what = match e.kind {
        JsonErrorKind::ExpectedValue => key::TOOLS_JSON_EXPECTED_VALUE,
        JsonErrorKind::ExpectedKey => key::TOOLS_JSON_EXPECTED_KEY,
        JsonErrorKind::ExpectedColon => key::TOOLS_JSON_EXPECTED_COLON,
        JsonErrorKind::ExpectedCommaOrBrace => key::TOOLS_JSON_EXPECTED_COMMA_BRACE,
        JsonErrorKind::ExpectedCommaOrBracket => key::TOOLS_JSON_EXPECTED_COMMA_BRACKET,
        JsonErrorKind::UnterminatedString => key::TOOLS_JSON_UNTERMINATED,
        JsonErrorKind::BadEscape => key::TOOLS_JSON_BAD_ESCAPE,
        JsonErrorKind::BadNumber => key::TOOLS_JSON_BAD_NUMBER,
        JsonErrorKind::TrailingCharacters => key::TOOLS_JSON_TRAILING,
        JsonErrorKind::TooDeep => key::TOOLS_JSON_TOO_DEEP,
    };
    fill(
        lang,
        key::TOOLS_JSON_ERROR,
        &[("what", t(lang, what)), ("line", &e.line.to_string()), ("column", &e.column.to_string())],
    )
}

/// Why a domain is refused.
pub fn domain_error(lang: Lang, e: DomainError) -> String {
    t(
        lang,
        match e {
            DomainError::Empty => key::TOOLS_DOMAIN_EMPTY,
            DomainError::Scheme => key::TOOLS_DOMAIN_SCHEME,
            DomainError::PathOrAddress => key::TOOLS_DOMAIN_PATH,
            DomainError::Port => key::TOOLS_DOMAIN_PORT,
            DomainError::NotQualified => key::TOOLS_DOMAIN_NOT_QUALIFIED,
            DomainError::BadCharacter => key::TOOLS_DOMAIN_BAD_CHARACTER,
            DomainError::EdgeHyphen => key::TOOLS_DOMAIN_EDGE_HYPHEN,
            DomainError::TooLong => key::TOOLS_DOMAIN_TOO_LONG,
        },
    )
    .to_string()
}

/// A request-builder field's problem.
pub fn send_problem(lang: Lang, p: &SendProblem) -> String {
    let n = |v: usize| v.to_string();
    match p {
        SendProblem::Required => t(lang, key::TOOLS_SEND_ERR_REQUIRED).to_string(),
        SendProblem::Domain(e) => domain_error(lang, *e),
        SendProblem::BadAddress(a) => fill(lang, key::TOOLS_SEND_ERR_ADDRESS, &[("address", a)]),
        SendProblem::TooManyTags(c) => {
            fill(lang, key::TOOLS_SEND_ERR_TOO_MANY_TAGS, &[("max", &n(MAX_TAGS)), ("count", &n(*c))])
        }
        SendProblem::BadTag(tag) => {
            fill(lang, key::TOOLS_SEND_ERR_BAD_TAG, &[("tag", tag), ("max", &n(MAX_TAG_CHARS))])
        }
        SendProblem::Json(e) => json_error(lang, e),
        SendProblem::NotObject => t(lang, key::TOOLS_SEND_ERR_NOT_OBJECT).to_string(),
        SendProblem::MissingRecipientVariables(named, count) => {
            fill(lang, key::TOOLS_SEND_ERR_MISSING_RCPT, &[("list", &named.join(", ")), ("count", &n(*count))])
        }
        SendProblem::TooManyRecipients(c) => {
            fill(lang, key::TOOLS_SEND_ERR_TOO_MANY_RCPT, &[("count", &n(*c)), ("max", &n(MAX_RECIPIENTS))])
        }
        SendProblem::DeliveryMalformed => t(lang, key::TOOLS_SEND_ERR_AT_MALFORMED).to_string(),
        SendProblem::DeliveryPast => t(lang, key::TOOLS_SEND_ERR_AT_PAST).to_string(),
        SendProblem::DeliveryTooFar => {
            fill(lang, key::TOOLS_SEND_ERR_AT_FAR, &[("max", &MAX_SCHEDULE_DAYS.to_string())])
        }
        SendProblem::BadHeader(line) => fill(lang, key::TOOLS_SEND_ERR_HEADER, &[("line", &n(*line))]),
        SendProblem::HtmlAndTemplate => t(lang, key::TOOLS_SEND_ERR_HTML_TEMPLATE).to_string(),
        SendProblem::NoBody => t(lang, key::TOOLS_SEND_ERR_NO_BODY).to_string(),
        SendProblem::BadChoice => t(lang, key::TOOLS_SEND_ERR_CHOICE).to_string(),
        SendProblem::OptionsTooLarge(size) => {
            fill(lang, key::TOOLS_SEND_ERR_OPTIONS, &[("size", &n(*size)), ("max", &n(MAX_OPTION_BYTES))])
        }
    }
}

/// A request-builder note.
pub fn send_note(lang: Lang, note: &SendNote) -> String {
    match note {
        SendNote::DeliveryPlanDependent => fill(
            lang,
            key::TOOLS_SEND_NOTE_PLAN,
            &[("all", &ALL_PLANS_SCHEDULE_DAYS.to_string()), ("max", &MAX_SCHEDULE_DAYS.to_string())],
        ),
        SendNote::TestModeCharged => t(lang, key::TOOLS_SEND_NOTE_TESTMODE).to_string(),
        SendNote::InlineNotReferenced(name) => fill(lang, key::TOOLS_SEND_NOTE_INLINE, &[("name", name)]),
    }
}

/// The request builder's labels that carry a limit.
pub fn send_label(lang: Lang, k: Key) -> String {
    fill(
        lang,
        k,
        &[
            ("max_tags", &MAX_TAGS.to_string()),
            ("max_rcpt", &MAX_RECIPIENTS.to_string()),
            ("all", &ALL_PLANS_SCHEDULE_DAYS.to_string()),
            ("max_days", &MAX_SCHEDULE_DAYS.to_string()),
        ],
    )
}

/// A duration in seconds as "42 s", "5 min", "3 h", "2 d" (rounded down to the largest unit).
pub fn duration(lang: Lang, seconds: i64) -> String {
    let s = seconds.saturating_abs();
    let (value, unit) = match s {
        0..=119 => (s, key::TOOLS_UNIT_SECONDS),
        120..=7199 => (s / 60, key::TOOLS_UNIT_MINUTES),
        7200..=172_799 => (s / 3600, key::TOOLS_UNIT_HOURS),
        _ => (s / 86_400, key::TOOLS_UNIT_DAYS),
    };
    fill(lang, unit, &[("n", &value.to_string())])
}

/// The signature checker's verdict, in a sentence.
pub fn signature_reason(lang: Lang, r: Reason) -> String {
    t(
        lang,
        match r {
            Reason::Matches => key::TOOLS_SIG_VALID,
            Reason::MissingKey => key::TOOLS_SIG_MISSING_KEY,
            Reason::MissingField(SignedField::Timestamp) => key::TOOLS_SIG_MISSING_TIMESTAMP,
            Reason::MissingField(SignedField::Token) => key::TOOLS_SIG_MISSING_TOKEN,
            Reason::MissingField(SignedField::Signature) => key::TOOLS_SIG_MISSING_SIGNATURE,
            Reason::MalformedSignature => key::TOOLS_SIG_MALFORMED_SIGNATURE,
            Reason::MalformedTimestamp => key::TOOLS_SIG_MALFORMED_TIMESTAMP,
            Reason::Mismatch => key::TOOLS_SIG_MISMATCH,
            Reason::TooLong => key::TOOLS_SIG_TOO_LONG,
        },
    )
    .to_string()
}

/// The age line: "Signed 3 minutes ago." or "The timestamp is 2 hours in the future."
pub fn signature_age(lang: Lang, age_seconds: i64) -> String {
    let k = if age_seconds < 0 { key::TOOLS_SIG_AGE_FUTURE } else { key::TOOLS_SIG_AGE };
    fill(lang, k, &[("age", &duration(lang, age_seconds))])
}

/// The replay warning.
pub fn signature_stale(lang: Lang) -> String {
    fill(lang, key::TOOLS_SIG_STALE, &[("minutes", &(STALE_AFTER_SECONDS / 60).to_string())])
}

/// The odd-token note.
pub fn signature_odd_token(lang: Lang) -> String {
    fill(lang, key::TOOLS_SIG_ODD_TOKEN, &[("len", &TOKEN_LEN.to_string())])
}

/// Why a paste gave no signature.
pub fn paste_error(lang: Lang, e: &PasteError) -> String {
    match e {
        PasteError::Json(e) => json_error(lang, e),
        PasteError::NoSignature => t(lang, key::TOOLS_SIG_NO_SIGNATURE).to_string(),
        PasteError::TooLong => t(lang, key::TOOLS_SIG_TOO_LONG).to_string(),
    }
}

/// A route's expression or action error, with its position.
pub fn syntax_error(lang: Lang, e: &SyntaxError) -> String {
    let what = t(
        lang,
        match e.kind {
            SyntaxKind::Empty => key::TOOLS_ROUTES_ERR_EMPTY,
            SyntaxKind::UnknownFilter => key::TOOLS_ROUTES_ERR_UNKNOWN_FILTER,
            SyntaxKind::UnknownAction => key::TOOLS_ROUTES_ERR_UNKNOWN_ACTION,
            SyntaxKind::ExpectedOpenParen => key::TOOLS_ROUTES_ERR_OPEN_PAREN,
            SyntaxKind::ExpectedCloseParen => key::TOOLS_ROUTES_ERR_CLOSE_PAREN,
            SyntaxKind::ExpectedString => key::TOOLS_ROUTES_ERR_STRING,
            SyntaxKind::ExpectedComma => key::TOOLS_ROUTES_ERR_COMMA,
            SyntaxKind::UnterminatedString => key::TOOLS_ROUTES_ERR_UNTERMINATED,
            SyntaxKind::ExpectedAnd => key::TOOLS_ROUTES_ERR_AND,
            SyntaxKind::CatchAllCombined => key::TOOLS_ROUTES_ERR_CATCH_ALL,
            SyntaxKind::BadStoreArgument => key::TOOLS_ROUTES_ERR_STORE,
            SyntaxKind::BadDestination => key::TOOLS_ROUTES_ERR_DESTINATION,
            SyntaxKind::BadNotifyUrl => key::TOOLS_ROUTES_ERR_NOTIFY_URL,
            SyntaxKind::TooLong => key::TOOLS_ROUTES_ERR_TOO_LONG,
            SyntaxKind::BadRegex => key::TOOLS_ROUTES_ERR_REGEX,
            SyntaxKind::NestedRepeat => key::TOOLS_ROUTES_ERR_NESTED,
        },
    );
    let detail: String = e.detail.chars().take(200).collect();
    fill(
        lang,
        key::TOOLS_ROUTES_ERR_AT,
        &[("what", &what.replace("{detail}", &detail)), ("pos", &(e.at + 1).to_string())],
    )
}

/// A route's problem.
pub fn route_problem(lang: Lang, p: &RouteProblem) -> String {
    match p {
        RouteProblem::Priority => t(lang, key::TOOLS_ROUTES_ERR_PRIORITY).to_string(),
        RouteProblem::Expression(e) | RouteProblem::Actions(e) => syntax_error(lang, e),
    }
}

/// An SPF warning.
pub fn spf_warning(lang: Lang, w: SpfWarning) -> String {
    match w {
        SpfWarning::NotSpf => t(lang, key::TOOLS_DNS_WARN_NOT_SPF).to_string(),
        SpfWarning::Several => t(lang, key::TOOLS_DNS_WARN_SEVERAL).to_string(),
        SpfWarning::AlreadyIncluded => t(lang, key::TOOLS_DNS_WARN_ALREADY).to_string(),
        SpfWarning::TooManyLookups(c) => fill(
            lang,
            key::TOOLS_DNS_WARN_LOOKUPS,
            &[("count", &c.to_string()), ("max", &SPF_LOOKUP_LIMIT.to_string())],
        ),
        SpfWarning::PassAll => t(lang, key::TOOLS_DNS_WARN_PASS_ALL).to_string(),
        SpfWarning::TooLong => t(lang, key::TOOLS_DNS_WARN_TOO_LONG).to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::parse;

    #[test]
    fn every_message_is_filled_in_both_languages() {
        let json = parse("{\"a\" 1}").expect_err("bad");
        for lang in [Lang::En, Lang::Zh] {
            let samples = [
                json_error(lang, &json),
                send_problem(lang, &SendProblem::TooManyTags(4)),
                send_problem(lang, &SendProblem::MissingRecipientVariables(vec!["b@x.org".into()], 1)),
                send_note(lang, &SendNote::DeliveryPlanDependent),
                signature_age(lang, -7200),
                signature_stale(lang),
                syntax_error(
                    lang,
                    &SyntaxError { kind: SyntaxKind::BadRegex, at: 16, detail: "Unterminated group".into() },
                ),
                spf_warning(lang, SpfWarning::TooManyLookups(11)),
            ];
            for s in samples {
                assert!(!s.contains('{') && !s.is_empty(), "{lang:?}: {s}");
            }
            assert!(json_error(lang, &json).contains('6'), "the column is in the message");
        }
        assert_eq!(duration(Lang::En, 59), "59 s");
        assert_eq!(duration(Lang::En, 3 * 3600 + 5), "3 hours");
    }
}
