//! Checking a webhook's signature, offline: Mailgun signs each webhook with the account's HTTP
//! webhook signing key, as HMAC-SHA256 over `timestamp` followed by `token`, hex-encoded
//! (<https://documentation.mailgun.com/docs/mailgun/user-manual/webhooks/securing-webhooks>).
//!
//! Computed here in Rust (RustCrypto's `hmac` and `sha2`) rather than with `crypto.subtle`, which
//! browsers only offer on secure origins: the checker must work on an `http://` page and from
//! `file://`. The key is only ever an argument: nothing here stores or prints it.

use crate::json::{self, Json, JsonError};
use crate::route::parse_query;
use sha2::{Digest, Sha256};

/// The documentation page this tool follows, linked on its page.
pub const SOURCE: &str = "https://documentation.mailgun.com/docs/mailgun/user-manual/webhooks/securing-webhooks";

/// Longest key, token or pasted text accepted; longer input is refused, not hashed.
pub const MAX_INPUT_CHARS: usize = 20_000;
/// A timestamp older than this (seconds) gets a replay warning. Mailgun's documentation sets no
/// window and warns against a strict one; five minutes is this tool's choice, said as such.
pub const STALE_AFTER_SECONDS: i64 = 300;
/// A token is this many characters (documentation: "Randomly generated string with length of 50").
pub const TOKEN_LEN: usize = 50;

/// The three signed values of a webhook.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Signed {
    /// Seconds since the Unix epoch, as sent.
    pub timestamp: String,
    /// The random token.
    pub token: String,
    /// The hex HMAC Mailgun sent.
    pub signature: String,
}

/// What a pasted text could not give.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PasteError {
    /// Not JSON; where it failed.
    Json(JsonError),
    /// JSON, but without `signature.timestamp`, `token` and `signature` (or the three at the top).
    NoSignature,
    /// Longer than [`MAX_INPUT_CHARS`].
    TooLong,
}

/// Reads the signed values from a pasted webhook payload (`{"signature": {…}, "event-data": …}`),
/// its `signature` object alone, a parsed inbound POST's three fields as JSON, or a form-encoded
/// body (`timestamp=…&token=…&signature=…`), which a route's `forward()` to a URL posts
/// (<https://documentation.mailgun.com/docs/mailgun/user-manual/receive-forward-store/receive-http>).
///
/// ```
/// use mailgun_help_core::tools::signature::read_paste;
/// let s = read_paste(r#"{"signature": {"timestamp": "1", "token": "t", "signature": "ab"}}"#).unwrap();
/// assert_eq!((s.timestamp.as_str(), s.token.as_str(), s.signature.as_str()), ("1", "t", "ab"));
/// ```
pub fn read_paste(text: &str) -> Result<Signed, PasteError> {
    if text.chars().count() > MAX_INPUT_CHARS {
        return Err(PasteError::TooLong);
    }
    let trimmed = text.trim();
    if !trimmed.starts_with(['{', '[']) && trimmed.contains('=') {
        return form_fields(trimmed);
    }
    let value = json::parse(text).map_err(PasteError::Json)?;
    let object = match value.get("signature") {
        Some(inner @ Json::Obj(_)) => inner,
        _ => &value,
    };
    signed_from(|k| object.get(k).and_then(Json::as_text))
}

/// The three signed values, each read by `field`; all three are needed.
fn signed_from(field: impl Fn(&str) -> Option<String>) -> Result<Signed, PasteError> {
    match (field("timestamp"), field("token"), field("signature")) {
        (Some(timestamp), Some(token), Some(signature)) => Ok(Signed { timestamp, token, signature }),
        _ => Err(PasteError::NoSignature),
    }
}

/// The three signed fields of a form-encoded body; `+` is a space and `%XX` escapes are decoded.
fn form_fields(body: &str) -> Result<Signed, PasteError> {
    let pairs = parse_query(body);
    signed_from(|k| pairs.iter().find(|(name, _)| name.trim() == k).map(|(_, v)| v.trim().to_string()))
}

/// Why a signature is not valid.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    /// It is valid.
    Matches,
    /// No signing key was given.
    MissingKey,
    /// A signed value is empty.
    MissingField(SignedField),
    /// The signature is not 64 hex digits, so no key could have made it.
    MalformedSignature,
    /// The timestamp is not a whole number of seconds.
    MalformedTimestamp,
    /// Well formed, but this key over these values gives another HMAC: the wrong key (often the
    /// API key instead of the webhook signing key) or values changed on the way.
    Mismatch,
    /// An input is longer than [`MAX_INPUT_CHARS`].
    TooLong,
}

impl Reason {
    /// The `data-reason` the checker shows.
    pub fn code(self) -> &'static str {
        match self {
            Reason::Matches => "matches",
            Reason::MissingKey => "missing-key",
            Reason::MissingField(SignedField::Timestamp) => "missing-timestamp",
            Reason::MissingField(SignedField::Token) => "missing-token",
            Reason::MissingField(SignedField::Signature) => "missing-signature",
            Reason::MalformedSignature => "malformed-signature",
            Reason::MalformedTimestamp => "malformed-timestamp",
            Reason::Mismatch => "mismatch",
            Reason::TooLong => "too-long",
        }
    }
}

/// One of the three signed values.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SignedField {
    /// `timestamp`.
    Timestamp,
    /// `token`.
    Token,
    /// `signature`.
    Signature,
}

/// The outcome of a check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Check {
    /// True only when the HMAC matches.
    pub valid: bool,
    /// Why (or [`Reason::Matches`]).
    pub reason: Reason,
    /// HMAC-SHA256 of timestamp + token under the key, hex, when there was a key.
    pub computed: Option<String>,
    /// Seconds between the timestamp and `now` (negative: in the future), when it is a number.
    pub age_seconds: Option<i64>,
    /// The timestamp is more than [`STALE_AFTER_SECONDS`] in the past: a possible replay.
    pub stale: bool,
    /// The token is not [`TOKEN_LEN`] characters, as Mailgun's are.
    pub odd_token: bool,
}

/// HMAC-SHA256 of `timestamp` + `token` under `key`, as lower-case hex.
///
/// ```
/// use mailgun_help_core::tools::signature::sign;
/// // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?".
/// assert_eq!(sign("Jefe", "what do ya want ", "for nothing?"),
///     "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
/// ```
pub fn sign(key: &str, timestamp: &str, token: &str) -> String {
    // HMAC (RFC 2104) over RustCrypto's SHA-256: the block-sized key, XORed with the inner and
    // outer pads. Written out rather than through the `hmac` crate, whose generic machinery cost
    // more wasm than these lines; the vectors below (RFC 4231 and Python's `hmac`) pin it down.
    const BLOCK: usize = 64;
    let mut block = [0u8; BLOCK];
    if key.len() > BLOCK {
        block[..32].copy_from_slice(&Sha256::digest(key.as_bytes()));
    } else {
        block[..key.len()].copy_from_slice(key.as_bytes());
    }
    let pad = |byte: u8| block.map(|b| b ^ byte);
    let inner = Sha256::new().chain_update(pad(0x36)).chain_update(timestamp).chain_update(token).finalize();
    hex(&Sha256::new().chain_update(pad(0x5c)).chain_update(inner).finalize())
}

/// `bytes` as lower-case hex digits.
pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(DIGITS[usize::from(b >> 4)] as char);
        out.push(DIGITS[usize::from(b & 15)] as char);
    }
    out
}

/// Checks `signed` against `key` at `now` (Unix seconds). Surrounding spaces are ignored (a
/// pasted key often carries a newline); the comparison of hex digits ignores case.
pub fn check(signed: &Signed, key: &str, now: i64) -> Check {
    let (key, timestamp, token, signature) =
        (key.trim(), signed.timestamp.trim(), signed.token.trim(), signed.signature.trim());
    let too_long = [key, timestamp, token, signature].iter().any(|s| s.chars().count() > MAX_INPUT_CHARS);
    let age_seconds = crate::text::parse_int(timestamp).map(|t| now.saturating_sub(t));
    let computed = (!key.is_empty() && !too_long).then(|| sign(key, timestamp, token));
    let reason = if too_long {
        Reason::TooLong
    } else if timestamp.is_empty() {
        Reason::MissingField(SignedField::Timestamp)
    } else if token.is_empty() {
        Reason::MissingField(SignedField::Token)
    } else if signature.is_empty() {
        Reason::MissingField(SignedField::Signature)
    } else if signature.len() != 64 || !signature.bytes().all(|b| b.is_ascii_hexdigit()) {
        Reason::MalformedSignature
    } else if age_seconds.is_none() {
        Reason::MalformedTimestamp
    } else {
        match &computed {
            None => Reason::MissingKey,
            Some(c) if c.eq_ignore_ascii_case(signature) => Reason::Matches,
            Some(_) => Reason::Mismatch,
        }
    };
    Check {
        valid: reason == Reason::Matches,
        reason,
        computed,
        age_seconds,
        // A timestamp in the future gets its own note (the clock), not the replay warning.
        stale: age_seconds.is_some_and(|a| a > STALE_AFTER_SECONDS),
        odd_token: !token.is_empty() && token.chars().count() != TOKEN_LEN,
    }
}

/// A signed test payload, as Mailgun would post it, for testing one's own endpoint: `token` should
/// be [`TOKEN_LEN`] random characters (the caller supplies randomness; core has none).
pub fn test_payload(key: &str, now: i64, token: &str) -> String {
    let timestamp = now.to_string();
    let signature = sign(key.trim(), &timestamp, token);
    format!(
        "{{\n  \"signature\": {{\n    \"timestamp\": \"{timestamp}\",\n    \"token\": \"{token}\",\n    \"signature\": \"{signature}\"\n  }},\n  \"event-data\": {{\n    \"event\": \"delivered\",\n    \"timestamp\": {now},\n    \"recipient\": \"test@example.com\"\n  }}\n}}"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Vectors computed independently with Python: `hmac.new(key, (ts + token).encode(),
    /// hashlib.sha256).hexdigest()`.
    const VECTORS: [(&str, &str, &str, &str); 3] = [
        (
            "key-3ax6xnjp29jd6fds4gc373sgvjxteol0",
            "1529006854",
            "a8ce0edb2dd8301dee6c2405235584e45aa91d1e9f979f3de0",
            "b63c0701c4f4b614f272106a1b367c5c3369bcdca664ae73ebd52787e45eef07",
        ),
        (
            "signing-key",
            "1770920772",
            "e0b5477167110d68991efc6b9f89f0a11066af27834600e123",
            "c816b0b6c8d9daabd790dc67a8f312ff4c53bfdf47ccb9800d4edd993b04a793",
        ),
        ("ключ 钥匙", "0", "", "7615b54bc7cba3675fe327af1c6aea01f92c7dbf4683e8dbb29b6b28e3e2cce5"),
    ];

    #[test]
    fn keys_longer_than_a_block_are_hashed_first() {
        // Computed with Python: hmac.new(b"*" * 131, msg, hashlib.sha256).hexdigest().
        let key = "*".repeat(131);
        assert_eq!(sign(&key, "", ""), "23d2a00737dda0045d2b48001ceb5f5a19c82b621627341d5382157ea8cef2fe");
        assert_eq!(sign(&key, "a", "b"), "1b314de47e9daeaa20d7300cfec179234dc0bca80edee0383d4884b6f7c7e76d");
    }

    #[test]
    fn signatures_match_independently_computed_vectors() {
        for (key, ts, token, expected) in VECTORS {
            assert_eq!(sign(key, ts, token), expected, "{key} {ts} {token}");
        }
    }

    #[test]
    fn a_correct_signature_is_valid_and_any_change_is_not() {
        let (key, ts, token, sig) = VECTORS[0];
        let now = 1_529_006_854 + 10;
        let good = Signed { timestamp: ts.into(), token: token.into(), signature: sig.into() };
        let c = check(&good, key, now);
        assert!(c.valid && c.reason == Reason::Matches && !c.stale, "{c:?}");
        assert_eq!(c.age_seconds, Some(10));
        assert!(check(&Signed { signature: sig.to_uppercase(), ..good.clone() }, &format!(" {key}\n"), now).valid);
        assert_eq!(check(&good, "the-api-key", now).reason, Reason::Mismatch);
        let changed = Signed { timestamp: "1529006855".into(), ..good.clone() };
        assert_eq!(check(&changed, key, now).reason, Reason::Mismatch);
        assert!(check(&good, key, now + 3600).stale, "an hour later is a possible replay");
        assert!(check(&good, key, now + 3600).valid, "stale is a warning, not a verdict");
        assert!(!check(&good, key, now - 3 * 86_400).stale, "a timestamp in the future is no replay");
    }

    #[test]
    fn malformed_input_says_what_is_wrong_and_is_never_valid() {
        let base = Signed { timestamp: "1".into(), token: "t".into(), signature: "a".repeat(64) };
        let cases = [
            (Signed { timestamp: String::new(), ..base.clone() }, "k", "missing-timestamp"),
            (Signed { token: " ".into(), ..base.clone() }, "k", "missing-token"),
            (Signed { signature: String::new(), ..base.clone() }, "k", "missing-signature"),
            (Signed { signature: "abc".into(), ..base.clone() }, "k", "malformed-signature"),
            (Signed { signature: "g".repeat(64), ..base.clone() }, "k", "malformed-signature"),
            (Signed { timestamp: "yesterday".into(), ..base.clone() }, "k", "malformed-timestamp"),
            (base.clone(), "", "missing-key"),
            (base.clone(), "k", "mismatch"),
            (Signed { token: "x".repeat(MAX_INPUT_CHARS + 1), ..base.clone() }, "k", "too-long"),
        ];
        for (signed, key, code) in cases {
            let c = check(&signed, key, 2);
            assert_eq!(c.reason.code(), code, "{signed:?}");
            assert!(!c.valid);
        }
    }

    #[test]
    fn pastes_of_a_payload_a_signature_object_or_bad_json_are_read() {
        let payload = r#"{"signature": {"timestamp": "1529006854", "token": "abc", "signature": "ff"}, "event-data": {"event": "delivered"}}"#;
        assert_eq!(read_paste(payload).map(|s| s.token), Ok("abc".to_string()));
        let inner = r#"{"timestamp": 1529006854, "token": "abc", "signature": "ff"}"#;
        assert_eq!(read_paste(inner).map(|s| s.timestamp), Ok("1529006854".to_string()));
        assert_eq!(read_paste(r#"{"event-data": {}}"#), Err(PasteError::NoSignature));
        assert!(matches!(read_paste("{\"signature\": "), Err(PasteError::Json(_))));
    }

    #[test]
    fn a_form_encoded_body_is_read_and_needs_all_three_fields() {
        let body = "recipient=a%40example.com&timestamp=1529006854&token=abc+d&signature=ff\n";
        let read = read_paste(body);
        assert_eq!(read, Ok(Signed { timestamp: "1529006854".into(), token: "abc d".into(), signature: "ff".into() }));
        assert_eq!(read_paste("timestamp=1&token=abc"), Err(PasteError::NoSignature));
        assert!(matches!(read_paste("not a payload"), Err(PasteError::Json(_))));
    }

    #[test]
    fn test_payloads_verify_with_their_key() {
        let token = "0123456789abcdef0123456789abcdef0123456789abcdef01";
        let payload = test_payload("my-key", 1_700_000_000, token);
        let signed = read_paste(&payload).expect("own payload reads");
        let c = check(&signed, "my-key", 1_700_000_030);
        assert!(c.valid && !c.odd_token, "{c:?}");
    }

    proptest! {
        #[test]
        fn no_input_panics_and_only_the_right_hmac_is_valid(
            key in "\\PC{0,20}", ts in "\\PC{0,12}", token in "\\PC{0,60}", sig in "\\PC{0,70}", now in any::<i64>()
        ) {
            let c = check(&Signed { timestamp: ts.clone(), token: token.clone(), signature: sig.clone() }, &key, now);
            if c.valid {
                prop_assert_eq!(sign(key.trim(), ts.trim(), token.trim()).to_lowercase(), sig.trim().to_lowercase());
            }
            let _ = read_paste(&sig);
        }
    }
}
