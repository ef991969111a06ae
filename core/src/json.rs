//! The one JSON parser of the widget: it reads what a reader pastes into the developer tools
//! (`t:variables`, `recipient-variables`, a webhook payload). No content is JSON any more: the build
//! compiles it to Rust statics.
//!
//! Why not serde_json: its deserialiser costs far more wasm than this file, and the widget needs a
//! tree, not typed structs. Errors carry a kind and a line and column, so a tool can say "JSON does
//! not parse: expected `,` or `}` at line 3, column 7" in the reader's language.

use std::fmt;

/// One JSON value.
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A whole number that fits `i64`.
    Int(i64),
    /// Any other valid number, as written (`1.5`, `2e10`, a whole number past `i64`).
    Num(String),
    /// A string.
    Str(String),
    /// An array.
    Arr(Vec<Json>),
    /// An object, keys in the order written (a repeated key is kept twice).
    Obj(Vec<(String, Json)>),
}

impl Json {
    /// The value at `key` when this is an object that has it (the first one written).
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Obj(fields) => fields.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// The value written as compact JSON (strings escaped as JSON requires).
    ///
    /// ```
    /// use mailgun_help_core::json::parse;
    /// let v = parse("{ \"a\" : [1, \"x\\ny\"], \"b\": null }").unwrap();
    /// assert_eq!(v.to_compact(), r#"{"a":[1,"x\ny"],"b":null}"#);
    /// ```
    pub fn to_compact(&self) -> String {
        let mut out = String::new();
        self.write_compact(&mut out);
        out
    }

    fn write_compact(&self, out: &mut String) {
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Json::Int(n) => out.push_str(&n.to_string()),
            Json::Num(s) => out.push_str(s),
            Json::Str(s) => write_string(s, out),
            Json::Arr(items) => {
                out.push('[');
                for (i, v) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    v.write_compact(out);
                }
                out.push(']');
            }
            Json::Obj(fields) => {
                out.push('{');
                for (i, (k, v)) in fields.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write_string(k, out);
                    out.push(':');
                    v.write_compact(out);
                }
                out.push('}');
            }
        }
    }

    /// The text of a string, or the digits of a number, as written.
    pub fn as_text(&self) -> Option<String> {
        match self {
            Json::Str(s) | Json::Num(s) => Some(s.clone()),
            Json::Int(n) => Some(n.to_string()),
            _ => None,
        }
    }
}

fn write_string(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// What was wrong with a JSON text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JsonErrorKind {
    /// Nothing, or something that starts no value, where a value belongs.
    ExpectedValue,
    /// An object key that is not a string.
    ExpectedKey,
    /// A key not followed by `:`.
    ExpectedColon,
    /// An object member not followed by `,` or `}`.
    ExpectedCommaOrBrace,
    /// An array item not followed by `,` or `]`.
    ExpectedCommaOrBracket,
    /// A string with no closing quote.
    UnterminatedString,
    /// A backslash escape JSON does not have, or a raw control character in a string.
    BadEscape,
    /// A malformed number (`01`, `1.`, `-`).
    BadNumber,
    /// More text after the value.
    TrailingCharacters,
    /// Arrays or objects nested deeper than [`MAX_DEPTH`].
    TooDeep,
}

impl JsonErrorKind {
    /// A short English description, for logs and build errors.
    pub fn describe(self) -> &'static str {
        match self {
            JsonErrorKind::ExpectedValue => "expected a value",
            JsonErrorKind::ExpectedKey => "expected a string key",
            JsonErrorKind::ExpectedColon => "expected `:`",
            JsonErrorKind::ExpectedCommaOrBrace => "expected `,` or `}`",
            JsonErrorKind::ExpectedCommaOrBracket => "expected `,` or `]`",
            JsonErrorKind::UnterminatedString => "unterminated string",
            JsonErrorKind::BadEscape => "bad escape or control character in a string",
            JsonErrorKind::BadNumber => "malformed number",
            JsonErrorKind::TrailingCharacters => "trailing characters",
            JsonErrorKind::TooDeep => "nesting too deep",
        }
    }
}

/// Where and why a JSON text does not parse. Lines and columns count from 1; a column counts
/// characters, not bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct JsonError {
    /// What was wrong.
    pub kind: JsonErrorKind,
    /// The line of the offending character.
    pub line: u32,
    /// Its column.
    pub column: u32,
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "JSON: {} at line {}, column {}", self.kind.describe(), self.line, self.column)
    }
}

impl std::error::Error for JsonError {}

/// Deepest nesting accepted; deeper input is an error, never a stack overflow.
pub const MAX_DEPTH: u32 = 64;

/// Parses `text` as one JSON value (RFC 8259; surrounding whitespace allowed).
///
/// ```
/// use mailgun_help_core::json::{parse, Json, JsonErrorKind};
/// assert_eq!(parse("[1, 2.5]").unwrap(), Json::Arr(vec![Json::Int(1), Json::Num("2.5".into())]));
/// let e = parse("{\n  \"a\": 1\n  \"b\": 2\n}").unwrap_err();
/// assert_eq!((e.kind, e.line, e.column), (JsonErrorKind::ExpectedCommaOrBrace, 3, 3));
/// ```
pub fn parse(text: &str) -> Result<Json, JsonError> {
    let mut p = Parser { b: text.as_bytes(), at: 0, depth: 0 };
    let v = p.value()?;
    p.ws();
    if p.at != p.b.len() {
        return Err(p.fail(JsonErrorKind::TrailingCharacters));
    }
    Ok(v)
}

struct Parser<'a> {
    b: &'a [u8],
    at: usize,
    depth: u32,
}

impl Parser<'_> {
    fn fail(&self, kind: JsonErrorKind) -> JsonError {
        let before = &self.b[..self.at.min(self.b.len())];
        let mut line = 1u32;
        let mut column = 1u32;
        for &c in before {
            if c == b'\n' {
                line += 1;
                column = 1;
            } else if c & 0xC0 != 0x80 {
                // Count characters: UTF-8 continuation bytes do not start one.
                column += 1;
            }
        }
        JsonError { kind, line, column }
    }

    fn ws(&mut self) {
        while matches!(self.b.get(self.at), Some(b' ' | b'\n' | b'\r' | b'\t')) {
            self.at += 1;
        }
    }

    fn eat(&mut self, c: u8) -> bool {
        self.ws();
        if self.b.get(self.at) == Some(&c) {
            self.at += 1;
            true
        } else {
            false
        }
    }

    fn word(&mut self, word: &[u8], v: Json) -> Result<Json, JsonError> {
        if self.b[self.at..].starts_with(word) {
            self.at += word.len();
            Ok(v)
        } else {
            Err(self.fail(JsonErrorKind::ExpectedValue))
        }
    }

    fn value(&mut self) -> Result<Json, JsonError> {
        self.ws();
        if self.depth >= MAX_DEPTH {
            return Err(self.fail(JsonErrorKind::TooDeep));
        }
        self.depth += 1;
        let v = match self.b.get(self.at) {
            Some(b'{') => {
                self.at += 1;
                let mut fields = Vec::new();
                if !self.eat(b'}') {
                    loop {
                        self.ws();
                        if self.b.get(self.at) != Some(&b'"') {
                            return Err(self.fail(JsonErrorKind::ExpectedKey));
                        }
                        let k = self.string()?;
                        if !self.eat(b':') {
                            return Err(self.fail(JsonErrorKind::ExpectedColon));
                        }
                        fields.push((k, self.value()?));
                        if self.eat(b'}') {
                            break;
                        }
                        if !self.eat(b',') {
                            return Err(self.fail(JsonErrorKind::ExpectedCommaOrBrace));
                        }
                    }
                }
                Json::Obj(fields)
            }
            Some(b'[') => {
                self.at += 1;
                let mut items = Vec::new();
                if !self.eat(b']') {
                    loop {
                        items.push(self.value()?);
                        if self.eat(b']') {
                            break;
                        }
                        if !self.eat(b',') {
                            return Err(self.fail(JsonErrorKind::ExpectedCommaOrBracket));
                        }
                    }
                }
                Json::Arr(items)
            }
            Some(b'"') => Json::Str(self.string()?),
            Some(b't') => self.word(b"true", Json::Bool(true))?,
            Some(b'f') => self.word(b"false", Json::Bool(false))?,
            Some(b'n') => self.word(b"null", Json::Null)?,
            Some(b'-' | b'0'..=b'9') => self.number()?,
            _ => return Err(self.fail(JsonErrorKind::ExpectedValue)),
        };
        self.depth -= 1;
        Ok(v)
    }

    fn digits(&mut self) -> usize {
        let start = self.at;
        while matches!(self.b.get(self.at), Some(b'0'..=b'9')) {
            self.at += 1;
        }
        self.at - start
    }

    fn number(&mut self) -> Result<Json, JsonError> {
        let start = self.at;
        if self.b.get(self.at) == Some(&b'-') {
            self.at += 1;
        }
        let int_start = self.at;
        let n = self.digits();
        if n == 0 || (n > 1 && self.b[int_start] == b'0') {
            return Err(self.fail(JsonErrorKind::BadNumber));
        }
        let mut whole = true;
        if self.b.get(self.at) == Some(&b'.') {
            self.at += 1;
            whole = false;
            if self.digits() == 0 {
                return Err(self.fail(JsonErrorKind::BadNumber));
            }
        }
        if matches!(self.b.get(self.at), Some(b'e' | b'E')) {
            self.at += 1;
            whole = false;
            if matches!(self.b.get(self.at), Some(b'+' | b'-')) {
                self.at += 1;
            }
            if self.digits() == 0 {
                return Err(self.fail(JsonErrorKind::BadNumber));
            }
        }
        // The slice holds only ASCII digits, signs, dots and exponents.
        let text = String::from_utf8_lossy(&self.b[start..self.at]).into_owned();
        if whole {
            if let Some(n) = crate::text::parse_int(&text) {
                return Ok(Json::Int(n));
            }
        }
        Ok(Json::Num(text))
    }

    fn hex4(&mut self) -> Result<u32, JsonError> {
        let mut v = 0u32;
        for _ in 0..4 {
            let d = self.b.get(self.at).and_then(|b| (*b as char).to_digit(16));
            let Some(d) = d else { return Err(self.fail(JsonErrorKind::BadEscape)) };
            v = v * 16 + d;
            self.at += 1;
        }
        Ok(v)
    }

    fn string(&mut self) -> Result<String, JsonError> {
        let open = self.at;
        self.at += 1;
        let mut out = Vec::new();
        loop {
            match self.b.get(self.at).copied() {
                None => {
                    self.at = open;
                    return Err(self.fail(JsonErrorKind::UnterminatedString));
                }
                Some(b'"') => {
                    self.at += 1;
                    break;
                }
                Some(0..=0x1F) => return Err(self.fail(JsonErrorKind::BadEscape)),
                Some(b'\\') => {
                    let esc = self.b.get(self.at + 1).copied();
                    let c = match esc {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'n') => '\n',
                        Some(b't') => '\t',
                        Some(b'r') => '\r',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'u') => {
                            self.at += 2;
                            let hi = self.hex4()?;
                            let cp = if (0xD800..0xDC00).contains(&hi) && self.b[self.at..].starts_with(b"\\u") {
                                self.at += 2;
                                let lo = self.hex4()?;
                                0x10000 + ((hi - 0xD800) << 10) + lo.wrapping_sub(0xDC00)
                            } else {
                                hi
                            };
                            let mut buf = [0u8; 4];
                            out.extend_from_slice(
                                char::from_u32(cp).unwrap_or('\u{FFFD}').encode_utf8(&mut buf).as_bytes(),
                            );
                            continue;
                        }
                        _ => return Err(self.fail(JsonErrorKind::BadEscape)),
                    };
                    self.at += 2;
                    let mut buf = [0u8; 4];
                    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                }
                Some(c) => {
                    out.push(c);
                    self.at += 1;
                }
            }
        }
        // The input is a `&str` and escapes add whole characters, so this holds valid UTF-8.
        Ok(String::from_utf8_lossy(&out).into_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn reads_every_kind_of_value() {
        let v = parse(
            r#"{"a":[1,-2,true,false,null,0.5,-1e3,12345678901234567890],"s":"q\"\\\n\u00e9\ud83d\ude00 中","o":{}}"#,
        )
        .expect("valid");
        assert_eq!(
            v.get("a"),
            Some(&Json::Arr(vec![
                Json::Int(1),
                Json::Int(-2),
                Json::Bool(true),
                Json::Bool(false),
                Json::Null,
                Json::Num("0.5".into()),
                Json::Num("-1e3".into()),
                Json::Num("12345678901234567890".into()),
            ]))
        );
        assert_eq!(v.get("s"), Some(&Json::Str("q\"\\\né😀 中".into())));
        assert_eq!(v.get("o"), Some(&Json::Obj(vec![])));
    }

    #[test]
    fn errors_name_the_kind_line_and_column() {
        let cases: [(&str, JsonErrorKind, u32, u32); 11] = [
            ("", JsonErrorKind::ExpectedValue, 1, 1),
            ("{", JsonErrorKind::ExpectedKey, 1, 2),
            ("[1,]", JsonErrorKind::ExpectedValue, 1, 4),
            ("{\"a\" 1}", JsonErrorKind::ExpectedColon, 1, 6),
            ("{\"a\": 1 \"b\"}", JsonErrorKind::ExpectedCommaOrBrace, 1, 9),
            ("[1 2]", JsonErrorKind::ExpectedCommaOrBracket, 1, 4),
            ("\n  \"abc", JsonErrorKind::UnterminatedString, 2, 3),
            ("\"\\q\"", JsonErrorKind::BadEscape, 1, 2),
            ("01", JsonErrorKind::BadNumber, 1, 3),
            ("{} x", JsonErrorKind::TrailingCharacters, 1, 4),
            ("{'a': 1}", JsonErrorKind::ExpectedKey, 1, 2),
        ];
        for (text, kind, line, column) in cases {
            let e = parse(text).expect_err(text);
            assert_eq!((e.kind, e.line, e.column), (kind, line, column), "{text:?}");
        }
        assert_eq!(parse("[\"中文\", x]").expect_err("x").column, 8, "columns count characters");
        assert_eq!(parse(&"[".repeat(100)).expect_err("deep").kind, JsonErrorKind::TooDeep);
        assert_eq!(parse("\"a\nb\"").expect_err("raw newline").kind, JsonErrorKind::BadEscape);
        for bad in ["1.", "-", "1e", ".5", "tru", "nul"] {
            assert!(parse(bad).is_err(), "{bad:?}");
        }
    }

    proptest! {
        #[test]
        fn any_text_parses_or_fails_without_panicking(s in "\\PC{0,80}") {
            let _ = parse(&s);
        }

        #[test]
        fn agrees_with_serde_json_on_validity(s in "[\\[\\]{}\",:0-9a-z.eE+\\- \\\\]{0,24}") {
            prop_assert_eq!(parse(&s).is_ok(), serde_json::from_str::<serde_json::Value>(&s).is_ok(), "{:?}", s);
        }

        #[test]
        fn compact_output_parses_back_to_the_same_value(s in "\\PC{0,40}") {
            let v = Json::Arr(vec![Json::Str(s.clone()), Json::Obj(vec![(s, Json::Null)])]);
            prop_assert_eq!(parse(&v.to_compact()), Ok(v));
        }

        #[test]
        fn strings_round_trip_through_serde_json(s in "\\PC{0,40}") {
            let json = serde_json::to_string(&s).expect("serialises");
            prop_assert_eq!(parse(&json), Ok(Json::Str(s)));
        }
    }
}
