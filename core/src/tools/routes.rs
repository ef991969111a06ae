//! The route tester's logic: parse routes (a filter expression and actions) and evaluate them against
//! a sample message the way Mailgun does: by priority, lower numbers first, ties in the order the
//! routes were created; every matching route's actions run until one of them says `stop()`;
//! `catch_all()` matches only when no route before it matched.
//! Sources: <https://documentation.mailgun.com/docs/mailgun/user-manual/receive-forward-store/routes>,
//! `…/route-filters` and `…/route-actions`. The documentation does not say how routes of equal
//! priority are ordered; creation order is this tool's assumption, stated on the page.
//!
//! Regular expressions are matched by an injected [`Matcher`]: the widget passes the browser's own
//! `RegExp` (no regex crate in the wasm), the tests a small fake. Python-only syntax is translated
//! first by [`to_js_regex`].

/// The documentation page this tool follows, linked on its page.
pub const SOURCE: &str =
    "https://documentation.mailgun.com/docs/mailgun/user-manual/receive-forward-store/route-filters";

/// Longest expression or action text accepted (the documentation's limit is 4k characters each).
pub const MAX_FIELD_CHARS: usize = 4000;
/// Most routes the tester evaluates at once.
pub const MAX_ROUTES: usize = 20;

/// A filter expression.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Filter {
    /// `match_recipient("pattern")`.
    Recipient(Pattern),
    /// `match_header("name", "pattern")`.
    Header(String, Pattern),
    /// `catch_all()`.
    CatchAll,
    /// Filters joined by `and`: all must match.
    All(Vec<Filter>),
}

/// A regular expression as written, with where it starts in the expression (for error positions).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pattern {
    /// The pattern text, Python syntax.
    pub source: String,
    /// Character offset of the pattern's first character in the expression.
    pub at: usize,
}

/// An action of a route.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// `forward("destination")`: an address or URL (captures like `\g<user>` filled in on a match).
    Forward(String),
    /// `store()` or `store(notify="url")`.
    Store(Option<String>),
    /// `stop()`.
    Stop,
}

impl Action {
    /// How the action is written, e.g. `forward("https://…")`.
    pub fn written(&self) -> String {
        match self {
            Action::Forward(d) => format!("forward(\"{d}\")"),
            Action::Store(Some(url)) => format!("store(notify=\"{url}\")"),
            Action::Store(None) => "store()".to_string(),
            Action::Stop => "stop()".to_string(),
        }
    }
}

/// What is wrong with an expression or an action list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxKind {
    /// Nothing written.
    Empty,
    /// A name that is not a filter (`match_recipient`, `match_header`, `catch_all`).
    UnknownFilter,
    /// A name that is not an action (`forward`, `store`, `stop`).
    UnknownAction,
    /// `(` missing after a name.
    ExpectedOpenParen,
    /// `)` missing.
    ExpectedCloseParen,
    /// A quoted string expected.
    ExpectedString,
    /// `,` between the two arguments of `match_header` missing.
    ExpectedComma,
    /// A string with no closing quote.
    UnterminatedString,
    /// Something other than `and` between filters (`or` is not part of the syntax).
    ExpectedAnd,
    /// `catch_all()` joined to another filter.
    CatchAllCombined,
    /// `store(` with something other than `notify="…"`.
    BadStoreArgument,
    /// A `forward` destination that is neither an email address nor an http(s) URL.
    BadDestination,
    /// A `store(notify=…)` value that is not an http(s) URL.
    BadNotifyUrl,
    /// Longer than [`MAX_FIELD_CHARS`].
    TooLong,
    /// The browser's RegExp refused the pattern (its message is kept apart).
    BadRegex,
    /// A repeated group that can match one text in more than one way (`(a+)+`, `(a|aa)*`): see
    /// [`nested_repetition`].
    NestedRepeat,
}

impl SyntaxKind {
    /// A stable code, for `data-error` and the message key.
    pub fn code(self) -> &'static str {
        match self {
            SyntaxKind::Empty => "empty",
            SyntaxKind::UnknownFilter => "unknown-filter",
            SyntaxKind::UnknownAction => "unknown-action",
            SyntaxKind::ExpectedOpenParen => "expected-open-paren",
            SyntaxKind::ExpectedCloseParen => "expected-close-paren",
            SyntaxKind::ExpectedString => "expected-string",
            SyntaxKind::ExpectedComma => "expected-comma",
            SyntaxKind::UnterminatedString => "unterminated-string",
            SyntaxKind::ExpectedAnd => "expected-and",
            SyntaxKind::CatchAllCombined => "catch-all-combined",
            SyntaxKind::BadStoreArgument => "bad-store-argument",
            SyntaxKind::BadDestination => "bad-destination",
            SyntaxKind::BadNotifyUrl => "bad-notify-url",
            SyntaxKind::TooLong => "too-long",
            SyntaxKind::BadRegex => "bad-regex",
            SyntaxKind::NestedRepeat => "nested-repeat",
        }
    }
}

/// A syntax error: what and where (character offset from 0).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    /// What.
    pub kind: SyntaxKind,
    /// Where.
    pub at: usize,
    /// The browser's own message, for [`SyntaxKind::BadRegex`].
    pub detail: String,
}

struct Lexer {
    chars: Vec<char>,
    at: usize,
}

impl Lexer {
    fn new(s: &str) -> Lexer {
        Lexer { chars: s.chars().collect(), at: 0 }
    }

    fn err(&self, kind: SyntaxKind) -> SyntaxError {
        SyntaxError { kind, at: self.at, detail: String::new() }
    }

    fn ws(&mut self) {
        while self.chars.get(self.at).is_some_and(|c| c.is_whitespace()) {
            self.at += 1;
        }
    }

    fn done(&mut self) -> bool {
        self.ws();
        self.at >= self.chars.len()
    }

    fn eat(&mut self, c: char) -> bool {
        self.ws();
        if self.chars.get(self.at) == Some(&c) {
            self.at += 1;
            true
        } else {
            false
        }
    }

    fn expect(&mut self, c: char, kind: SyntaxKind) -> Result<(), SyntaxError> {
        if self.eat(c) {
            Ok(())
        } else {
            Err(self.err(kind))
        }
    }

    fn word(&mut self) -> String {
        self.ws();
        let start = self.at;
        while self.chars.get(self.at).is_some_and(|c| c.is_ascii_alphanumeric() || *c == '_') {
            self.at += 1;
        }
        self.chars[start..self.at].iter().collect()
    }

    /// A single- or double-quoted string; a backslash before the quote keeps the quote, any other
    /// backslash is kept as written (it belongs to the regular expression).
    fn string(&mut self) -> Result<(String, usize), SyntaxError> {
        self.ws();
        let Some(&quote) = self.chars.get(self.at).filter(|c| **c == '"' || **c == '\'') else {
            return Err(self.err(SyntaxKind::ExpectedString));
        };
        let open = self.at;
        self.at += 1;
        let start = self.at;
        let mut out = String::new();
        loop {
            match self.chars.get(self.at) {
                None => {
                    self.at = open;
                    return Err(self.err(SyntaxKind::UnterminatedString));
                }
                Some('\\') if self.chars.get(self.at + 1) == Some(&quote) => {
                    out.push(quote);
                    self.at += 2;
                }
                Some(c) if *c == quote => {
                    self.at += 1;
                    return Ok((out, start));
                }
                Some(c) => {
                    out.push(*c);
                    self.at += 1;
                }
            }
        }
    }
}

fn check_length(s: &str) -> Result<(), SyntaxError> {
    if s.chars().count() > MAX_FIELD_CHARS {
        return Err(SyntaxError { kind: SyntaxKind::TooLong, at: MAX_FIELD_CHARS, detail: String::new() });
    }
    Ok(())
}

/// Parses a filter expression.
///
/// ```
/// use mailgun_help_core::tools::routes::{parse_filter, Filter};
/// let f = parse_filter(r#"match_recipient("^support@example\.com$") and match_header('subject', 'urgent')"#).unwrap();
/// assert!(matches!(f, Filter::All(ref parts) if parts.len() == 2));
/// assert_eq!(parse_filter("match_sender('x')").unwrap_err().at, 0);
/// ```
pub fn parse_filter(s: &str) -> Result<Filter, SyntaxError> {
    check_length(s)?;
    let mut lx = Lexer::new(s);
    if lx.done() {
        return Err(lx.err(SyntaxKind::Empty));
    }
    let mut parts = Vec::new();
    let mut catch_all_at = None;
    loop {
        let start = {
            lx.ws();
            lx.at
        };
        let name = lx.word();
        let filter = match name.as_str() {
            "match_recipient" => {
                lx.expect('(', SyntaxKind::ExpectedOpenParen)?;
                let (source, at) = lx.string()?;
                lx.expect(')', SyntaxKind::ExpectedCloseParen)?;
                Filter::Recipient(Pattern { source, at })
            }
            "match_header" => {
                lx.expect('(', SyntaxKind::ExpectedOpenParen)?;
                let (header, _) = lx.string()?;
                lx.expect(',', SyntaxKind::ExpectedComma)?;
                let (source, at) = lx.string()?;
                lx.expect(')', SyntaxKind::ExpectedCloseParen)?;
                Filter::Header(header, Pattern { source, at })
            }
            "catch_all" | "catchall" => {
                lx.expect('(', SyntaxKind::ExpectedOpenParen)?;
                lx.expect(')', SyntaxKind::ExpectedCloseParen)?;
                catch_all_at = Some(start);
                Filter::CatchAll
            }
            _ => {
                lx.at = start;
                return Err(lx.err(SyntaxKind::UnknownFilter));
            }
        };
        parts.push(filter);
        if lx.done() {
            break;
        }
        let before = lx.at;
        if lx.word() != "and" {
            lx.at = before;
            return Err(lx.err(SyntaxKind::ExpectedAnd));
        }
    }
    if let (Some(at), true) = (catch_all_at, parts.len() > 1) {
        return Err(SyntaxError { kind: SyntaxKind::CatchAllCombined, at, detail: String::new() });
    }
    Ok(if parts.len() == 1 { parts.remove(0) } else { Filter::All(parts) })
}

/// Parses actions, separated by commas or new lines: `forward("…")`, `store(notify="…")`, `stop()`.
pub fn parse_actions(s: &str) -> Result<Vec<Action>, SyntaxError> {
    check_length(s)?;
    let mut lx = Lexer::new(s);
    if lx.done() {
        return Err(lx.err(SyntaxKind::Empty));
    }
    let mut out = Vec::new();
    loop {
        lx.ws();
        let start = lx.at;
        let name = lx.word();
        let action = match name.as_str() {
            "forward" => {
                lx.expect('(', SyntaxKind::ExpectedOpenParen)?;
                let (dest, at) = lx.string()?;
                if !dest.split(',').all(|d| is_destination(d.trim())) {
                    return Err(SyntaxError { kind: SyntaxKind::BadDestination, at, detail: String::new() });
                }
                lx.expect(')', SyntaxKind::ExpectedCloseParen)?;
                Action::Forward(dest)
            }
            "store" => {
                lx.expect('(', SyntaxKind::ExpectedOpenParen)?;
                if lx.eat(')') {
                    Action::Store(None)
                } else {
                    let arg_at = {
                        lx.ws();
                        lx.at
                    };
                    if lx.word() != "notify" || !lx.eat('=') {
                        lx.at = arg_at;
                        return Err(lx.err(SyntaxKind::BadStoreArgument));
                    }
                    let (url, at) = lx.string()?;
                    if !is_http_url(url.trim()) {
                        return Err(SyntaxError { kind: SyntaxKind::BadNotifyUrl, at, detail: String::new() });
                    }
                    lx.expect(')', SyntaxKind::ExpectedCloseParen)?;
                    Action::Store(Some(url))
                }
            }
            "stop" => {
                lx.expect('(', SyntaxKind::ExpectedOpenParen)?;
                lx.expect(')', SyntaxKind::ExpectedCloseParen)?;
                Action::Stop
            }
            _ => {
                lx.at = start;
                return Err(lx.err(SyntaxKind::UnknownAction));
            }
        };
        out.push(action);
        lx.eat(',');
        if lx.done() {
            return Ok(out);
        }
    }
}

/// Whether one `forward` destination can be sent to: an email address or an http(s) URL, as the
/// route actions page lists them. A destination built from captures (`\g<user>@…`, `\1`) is
/// known only on a match, so it passes as written.
fn is_destination(d: &str) -> bool {
    let has_capture =
        d.contains("\\g<") || d.split('\\').skip(1).any(|rest| rest.starts_with(|c: char| c.is_ascii_digit()));
    has_capture || is_http_url(d) || super::send::address(d).is_some()
}

/// `http://` or `https://` (any case), then a host, with no spaces.
fn is_http_url(u: &str) -> bool {
    let scheme_len = ["https://", "http://"]
        .iter()
        .find(|scheme| u.get(..scheme.len()).is_some_and(|p| p.eq_ignore_ascii_case(scheme)))
        .map(|scheme| scheme.len());
    let Some(rest) = scheme_len.and_then(|n| u.get(n..)) else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    !host.is_empty() && !u.contains(char::is_whitespace)
}

/// A regular expression engine: the browser's RegExp in the widget.
pub trait Matcher {
    /// Searches `text` for `pattern` (JavaScript syntax, case-sensitive unless the pattern was
    /// translated with the `i` flag). `Ok(None)`: no match; `Ok(Some(groups))`: the numbered
    /// groups (0 is the whole match) and named groups; `Err(message)`: the pattern is invalid.
    fn find(&self, pattern: &JsRegex, text: &str) -> Result<Option<Captures>, String>;
}

/// What a match captured.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Captures {
    /// Numbered groups, 0 first; a group that did not take part is empty.
    pub numbered: Vec<String>,
    /// Named groups.
    pub named: Vec<(String, String)>,
}

/// A pattern translated to JavaScript syntax.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsRegex {
    /// The source for `new RegExp(source, flags)`.
    pub source: String,
    /// The flags (`i` when the Python pattern began with `(?i)`).
    pub flags: &'static str,
}

/// Translates the Python-only syntax Mailgun's patterns may use: `(?P<name>…)` becomes
/// `(?<name>…)`, `(?P=name)` becomes `\k<name>`, and a leading `(?i)` becomes the `i` flag.
///
/// ```
/// use mailgun_help_core::tools::routes::to_js_regex;
/// let r = to_js_regex("(?i)(?P<user>.*)@(?P=user)\\.com");
/// assert_eq!((r.source.as_str(), r.flags), ("(?<user>.*)@\\k<user>\\.com", "i"));
/// ```
pub fn to_js_regex(python: &str) -> JsRegex {
    let (rest, flags) = match python.strip_prefix("(?i)") {
        Some(rest) => (rest, "i"),
        None => (python, ""),
    };
    let mut out = String::with_capacity(rest.len());
    let mut chars = rest.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c == '\\' {
            out.push(c);
            if let Some((_, next)) = chars.next() {
                out.push(next);
            }
            continue;
        }
        if rest[i..].starts_with("(?P<") {
            out.push_str("(?<");
            for _ in 0..3 {
                chars.next();
            }
            continue;
        }
        if rest[i..].starts_with("(?P=") {
            if let Some(close) = rest[i..].find(')') {
                out.push_str(&format!("\\k<{}>", &rest[i + 4..i + close]));
                while chars.peek().is_some_and(|(j, _)| *j <= i + close) {
                    chars.next();
                }
                continue;
            }
        }
        out.push(c);
    }
    JsRegex { source: out, flags }
}

/// The number of routes a route tester's link shows: `n=`, or enough for every route the link
/// fills (`e<n>`, `a<n>`), 1 to [`MAX_ROUTES`]; 2 when it says nothing.
pub fn route_count(params: &[(String, String)]) -> usize {
    let get = |k: &str| crate::route::param(params, k);
    let mut n = crate::text::parse_index(get("n").trim()).unwrap_or(2);
    for i in 1..=MAX_ROUTES {
        if !get(&format!("e{i}")).is_empty() || !get(&format!("a{i}")).is_empty() {
            n = n.max(i);
        }
    }
    n.clamp(1, MAX_ROUTES)
}

/// The routes of a route tester's link: route `i` is `p<i>`, `e<i>`, `a<i>`.
pub fn routes_of(params: &[(String, String)]) -> Vec<RouteInput> {
    let get = |k: String| crate::route::param(params, &k).to_string();
    (1..=route_count(params))
        .map(|i| RouteInput {
            priority: get(format!("p{i}")),
            expression: get(format!("e{i}")),
            actions: get(format!("a{i}")),
        })
        .collect()
}

/// The link's query after removing route `i` (1-based): later routes move up one place, so the
/// numbers stay contiguous, and `n` shrinks.
pub fn without_route(params: &[(String, String)], i: usize) -> Vec<(String, String)> {
    let (count, i) = (route_count(params), i.max(1));
    let n = count.saturating_sub(1).max(1).to_string();
    let mut next = Vec::new();
    for (k, v) in params {
        // `p3` is route 3's priority; keys of later routes move up one number.
        let number = k.get(1..).and_then(crate::text::parse_index).filter(|_| k.starts_with(['p', 'e', 'a']));
        match number {
            Some(n) if n == i => {}
            Some(n) if n > i => next.push((format!("{}{}", &k[..1], n - 1), v.clone())),
            _ if k == "n" => next.push((k.clone(), n.clone())),
            _ => next.push((k.clone(), v.clone())),
        }
    }
    if !params.iter().any(|(k, _)| k == "n") {
        next.push(("n".to_string(), n));
    }
    next
}

/// One route as entered: its priority and the two texts.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RouteInput {
    /// Priority as typed (a whole number; lower runs first).
    pub priority: String,
    /// The filter expression.
    pub expression: String,
    /// The actions.
    pub actions: String,
}

/// A sample incoming message.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Message {
    /// The recipient address.
    pub recipient: String,
    /// Header lines, `Name: value` each.
    pub headers: String,
}

impl Message {
    /// The first header line that is not `Name: value` (1-based), which the tester would otherwise
    /// ignore without a word; blank lines are allowed.
    pub fn bad_header_line(&self) -> Option<usize> {
        let bad = |line: &str| line.split_once(':').is_none_or(|(name, _)| name.trim().is_empty());
        self.headers.lines().position(|l| !l.trim().is_empty() && bad(l)).map(|i| i + 1)
    }

    /// The values of header `name` (case-insensitive), in order.
    fn header_values(&self, name: &str) -> Vec<&str> {
        let mut out = Vec::new();
        for line in self.headers.lines() {
            if let Some((k, v)) = line.split_once(':') {
                if k.trim().eq_ignore_ascii_case(name.trim()) {
                    out.push(v.trim());
                }
            }
        }
        out
    }
}

/// A problem with one route's input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RouteProblem {
    /// The priority is not a whole number.
    Priority,
    /// The expression does not parse, or a pattern is not a valid regular expression.
    Expression(SyntaxError),
    /// The actions do not parse.
    Actions(SyntaxError),
}

/// The outcome for one route, in evaluation order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RouteOutcome {
    /// The route's number as entered (1-based).
    pub number: usize,
    /// Its priority.
    pub priority: i64,
    /// Whether it matched.
    pub matched: bool,
    /// The actions that ran, captures filled in (empty when not matched).
    pub actions: Vec<Action>,
    /// This route's `stop()` ended evaluation.
    pub stopped: bool,
    /// Not evaluated because an earlier route stopped.
    pub skipped: bool,
}

/// The result of evaluating every route against the message.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Evaluation {
    /// Routes in evaluation order (valid ones only).
    pub outcomes: Vec<RouteOutcome>,
    /// Problems by route number; those routes are left out.
    pub problems: Vec<(usize, RouteProblem)>,
}

impl Evaluation {
    /// The numbers of the routes that matched, in evaluation order: `data-matched`.
    pub fn matched(&self) -> Vec<usize> {
        self.outcomes.iter().filter(|o| o.matched).map(|o| o.number).collect()
    }

    /// Every action that runs, in order: `data-actions`.
    pub fn actions(&self) -> Vec<String> {
        self.outcomes.iter().flat_map(|o| o.actions.iter().map(Action::written)).collect()
    }
}

/// Fills `\g<name>` and `\1` in a forward destination from the captures.
fn fill_captures(dest: &str, caps: &Captures) -> String {
    let mut out = String::with_capacity(dest.len());
    let mut rest = dest;
    while let Some(i) = rest.find('\\') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        if let Some(named) = after.strip_prefix("g<").and_then(|t| t.split_once('>')) {
            let (name, tail) = named;
            let by_name = caps.named.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str());
            let by_number = crate::text::parse_index(name).and_then(|n| caps.numbered.get(n)).map(String::as_str);
            out.push_str(by_name.or(by_number).unwrap_or(""));
            rest = tail;
        } else if let Some(d) = after.chars().next().filter(char::is_ascii_digit) {
            let n = d.to_digit(10).map_or(0, |n| n as usize);
            out.push_str(caps.numbered.get(n).map_or("", String::as_str));
            rest = &after[1..];
        } else {
            out.push('\\');
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

/// Where `pattern` repeats without bound a group that can match one text in more than one way:
/// the character offset of that group's `(`. A backtracking engine (the browser's RegExp, and
/// Python's `re` at Mailgun alike) can take time exponential in the text on such a pattern when it
/// fails to match, and the browser's runs on the page's one thread: 40 characters froze the
/// tester. Two shapes are caught, a cheap check rather than a proof:
/// - an alternative that ends in a repetition (`(a+)+`, `(\w+\s?)*`, `(a+|b)+`);
/// - alternatives that can start alike (`(a|aa)*`, `(\w|\d)+`): literal ones when one is a prefix
///   of the other (`(sales|support)+` passes), others when their first items may match the same
///   character (a class, `.`, an escape or a group is taken to overlap with anything).
///
/// Groups that end in something fixed (`(\w+\.)+example\.com`) pass.
///
/// ```
/// use mailgun_help_core::tools::routes::nested_repetition;
/// assert_eq!(nested_repetition("^(a+)+$"), Some(1));
/// assert_eq!(nested_repetition("(a|aa)*b"), Some(0));
/// assert_eq!(nested_repetition(".*@(\\w+\\.)+example\\.com"), None);
/// ```
pub fn nested_repetition(pattern: &str) -> Option<usize> {
    let chars: Vec<char> = pattern.chars().collect();
    // Each open group: its offset, where each of its alternatives starts, and whether one of them
    // ended in a quantifier.
    let mut open: Vec<(usize, Vec<usize>, bool)> = Vec::new();
    let (mut last_quantified, mut i) = (false, 0);
    while let Some(&c) = chars.get(i) {
        i += 1;
        match c {
            '(' => {
                open.push((i - 1, vec![i], false));
                last_quantified = false;
                continue;
            }
            '|' => {
                if let Some((_, starts, quantified)) = open.last_mut() {
                    *quantified |= last_quantified;
                    starts.push(i);
                }
                last_quantified = false;
                continue;
            }
            ')' => {
                let Some((at, mut starts, quantified)) = open.pop() else { continue };
                starts.push(i);
                if unbounded(&chars, i) && (quantified || last_quantified || alternatives_overlap(&chars, &starts)) {
                    return Some(at);
                }
                last_quantified = false;
                continue;
            }
            '\\' => i += 1,
            '[' => {
                while let Some(&d) = chars.get(i) {
                    i += if d == '\\' { 2 } else { 1 };
                    if d == ']' {
                        break;
                    }
                }
            }
            _ => {}
        }
        last_quantified = matches!(c, '*' | '+' | '?');
    }
    None
}

/// True when two of a group's alternatives can start by matching the same text (see
/// [`nested_repetition`]). Alternative `k` is `chars[starts[k]..starts[k + 1] - 1]`, without its
/// `|` or `)`; the first carries the group's own prefix (`?:`, `?P<name>`, `?<name>`).
fn alternatives_overlap(chars: &[char], starts: &[usize]) -> bool {
    let alternative = |k: usize| -> &[char] {
        let text = chars.get(starts[k]..starts[k + 1].saturating_sub(1)).unwrap_or_default();
        match text.iter().position(|&c| c == ':' || c == '>') {
            Some(p) if k == 0 && text.first() == Some(&'?') => &text[p + 1..],
            _ => text,
        }
    };
    let literal =
        |s: &[char]| !s.is_empty() && s.iter().all(|c| c.is_alphanumeric() || matches!(c, '@' | '-' | '_' | ' '));
    let wide = |c: char| matches!(c, '.' | '\\' | '[' | '(');
    let n = starts.len().saturating_sub(1);
    (0..n).any(|x| {
        (x + 1..n).any(|y| {
            let (a, b) = (alternative(x), alternative(y));
            if literal(a) && literal(b) {
                return a.starts_with(b) || b.starts_with(a);
            }
            // An empty alternative matches nothing twice over.
            matches!((a.first(), b.first()), (Some(&p), Some(&q)) if p == q || wide(p) || wide(q))
        })
    })
}

/// True when a quantifier with no upper bound (`*`, `+`, `{n,}`) starts at `i`.
fn unbounded(chars: &[char], i: usize) -> bool {
    match chars.get(i) {
        Some('*' | '+') => true,
        Some('{') => chars[i..].iter().position(|c| *c == '}').is_some_and(|end| chars[i + end - 1] == ','),
        _ => false,
    }
}

/// Whether `filter` matches `msg`, with the captures of its last pattern.
fn matches(filter: &Filter, msg: &Message, matcher: &dyn Matcher, caps: &mut Captures) -> Result<bool, SyntaxError> {
    let mut one = |p: &Pattern, text: &str| -> Result<bool, SyntaxError> {
        if let Some(at) = nested_repetition(&p.source) {
            return Err(SyntaxError { kind: SyntaxKind::NestedRepeat, at: p.at + at, detail: String::new() });
        }
        match matcher.find(&to_js_regex(&p.source), text) {
            Ok(Some(c)) => {
                // `and` joins patterns: named groups from each are kept; numbered ones come from
                // the first pattern that has groups.
                caps.named.extend(c.named);
                if caps.numbered.len() < 2 {
                    caps.numbered = c.numbered;
                }
                Ok(true)
            }
            Ok(None) => Ok(false),
            Err(detail) => Err(SyntaxError { kind: SyntaxKind::BadRegex, at: p.at, detail }),
        }
    };
    match filter {
        Filter::Recipient(p) => one(p, msg.recipient.trim()),
        Filter::Header(name, p) => {
            for value in msg.header_values(name) {
                if one(p, value)? {
                    return Ok(true);
                }
            }
            // A bad pattern is an error even when the header is absent.
            one(p, "").map(|_| false)
        }
        Filter::CatchAll => Ok(true),
        Filter::All(parts) => {
            let mut all = true;
            for part in parts {
                // Every pattern is checked, so a bad regex after a failed part is still reported.
                all &= matches(part, msg, matcher, caps)?;
            }
            Ok(all)
        }
    }
}

/// The first pattern of `filter` the matcher refuses, as an error at the pattern's position.
fn bad_pattern(filter: &Filter, matcher: &dyn Matcher) -> Option<SyntaxError> {
    match filter {
        Filter::Recipient(p) | Filter::Header(_, p) => matcher
            .find(&to_js_regex(&p.source), "")
            .err()
            .map(|detail| SyntaxError { kind: SyntaxKind::BadRegex, at: p.at, detail }),
        Filter::CatchAll => None,
        Filter::All(parts) => parts.iter().find_map(|f| bad_pattern(f, matcher)),
    }
}

/// Evaluates `routes` (in creation order) against `msg`. Every route's patterns are checked, even
/// those of routes an earlier `stop()` keeps from running, so a bad pattern is always reported.
pub fn evaluate(routes: &[RouteInput], msg: &Message, matcher: &dyn Matcher) -> Evaluation {
    let mut eval = Evaluation::default();
    let mut parsed = Vec::new();
    for (i, r) in routes.iter().take(MAX_ROUTES).enumerate() {
        let number = i + 1;
        // A route with nothing written in it yet is no route, not an error (a fresh tester has two).
        if [&r.priority, &r.expression, &r.actions].iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let priority = match r.priority.trim() {
            "" => Ok(0),
            p => crate::text::parse_int(p).ok_or(RouteProblem::Priority),
        };
        let filter = parse_filter(&r.expression).map_err(RouteProblem::Expression);
        let actions = parse_actions(&r.actions).map_err(RouteProblem::Actions);
        match (priority, filter, actions) {
            (Ok(p), Ok(f), Ok(a)) => match bad_pattern(&f, matcher) {
                Some(e) => eval.problems.push((number, RouteProblem::Expression(e))),
                None => parsed.push((p, number, f, a)),
            },
            (Err(e), _, _) | (_, Err(e), _) | (_, _, Err(e)) => eval.problems.push((number, e)),
        }
    }
    let mut any_matched = false;
    let mut stopped = false;
    // Priority first, then creation order (`parsed` is in creation order): at most MAX_ROUTES, so
    // the lowest is taken each time instead of sorting.
    while let Some(next) = (0..parsed.len()).min_by_key(|&i| parsed[i].0) {
        let (priority, number, filter, actions) = parsed.remove(next);
        let mut outcome =
            RouteOutcome { number, priority, matched: false, actions: vec![], stopped: false, skipped: false };
        if stopped {
            outcome.skipped = true;
            eval.outcomes.push(outcome);
            continue;
        }
        let mut caps = Captures::default();
        let hit = match &filter {
            Filter::CatchAll => Ok(!any_matched),
            f => matches(f, msg, matcher, &mut caps),
        };
        match hit {
            Err(e) => eval.problems.push((number, RouteProblem::Expression(e))),
            Ok(false) => eval.outcomes.push(outcome),
            Ok(true) => {
                any_matched = true;
                outcome.matched = true;
                for a in actions {
                    if a == Action::Stop {
                        outcome.stopped = true;
                        stopped = true;
                    }
                    outcome.actions.push(match a {
                        Action::Forward(d) => Action::Forward(fill_captures(&d, &caps)),
                        other => other,
                    });
                }
                eval.outcomes.push(outcome);
            }
        }
    }
    eval
}

#[cfg(test)]
mod tests;
