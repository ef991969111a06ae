//! Hash routes, so every view has a link that works from `file://` and inside an embed.
//!
//! `#/`, `#/browse`, `#/area/<slug>`, `#/ask?q=…&area=…&role=…`, `#/pricing?…`, `#/ref/<page>`,
//! `#/tools` and `#/tools/<tool>?…`.
//! Anything else is [`Route::NotFound`], which the UI shows as a friendly page with a way home.

use crate::kb::ids::{AreaId, RoleId};
use crate::text::clip;

/// Characters of a hash that are read: anything longer is cut here, so no link (or host API call)
/// makes the widget work in proportion to its length. A question of [`MAX_QUESTION`] Chinese
/// characters, percent-encoded, is about 18,000.
pub const MAX_LINK: usize = 32 * 1024;
/// Characters of a question kept (the forms' `maxlength` too).
pub const MAX_QUESTION: usize = 2000;
/// Characters of an unknown path kept in [`Route::NotFound`], and so shown on the not-found page.
pub const MAX_PATH: usize = 120;
/// Parameters of a pricing link kept, and characters of each key and value.
const MAX_PRICING_PARAMS: usize = 32;
/// Most parameters a tool's link keeps (the route tester has three per route, up to 20 routes).
const MAX_TOOL_PARAMS: usize = 70;
/// Longest value of a tool's link kept (a pasted webhook payload is the longest).
const MAX_TOOL_VALUE: usize = 20_000;
const MAX_PRICING_VALUE: usize = 200;
/// Characters of a misunderstood parameter echoed in its message.
const MAX_ECHO: usize = 60;

/// A reference page of the knowledge base.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RefPage {
    /// API quick reference (filterable endpoint table).
    Api,
    /// Data model objects and fields.
    DataModel,
    /// Step-by-step playbooks.
    Playbooks,
    /// Gotchas.
    Gotchas,
    /// Troubleshooting entries.
    Troubleshooting,
    /// Worked examples.
    Examples,
    /// Integrations table.
    Integrations,
    /// Pricing table.
    Pricing,
    /// Related (sibling) skills.
    Skills,
    /// Company background.
    About,
}

impl RefPage {
    /// Every reference page in menu order.
    pub const ALL: [RefPage; 10] = [
        RefPage::Api,
        RefPage::DataModel,
        RefPage::Playbooks,
        RefPage::Gotchas,
        RefPage::Troubleshooting,
        RefPage::Examples,
        RefPage::Integrations,
        RefPage::Pricing,
        RefPage::Skills,
        RefPage::About,
    ];

    /// The attribute naming each entry of a page that lists entries (`data-gotcha`), which an
    /// `item=` link brings into view; `None` for a page without such entries.
    pub fn entry_attr(self) -> Option<&'static str> {
        match self {
            RefPage::Api => Some("data-endpoint"),
            RefPage::Playbooks => Some("data-playbook"),
            RefPage::Gotchas => Some("data-gotcha"),
            RefPage::Troubleshooting => Some("data-trouble"),
            RefPage::Examples => Some("data-example"),
            _ => None,
        }
    }

    /// The slug after `#/ref/`.
    pub fn slug(self) -> &'static str {
        match self {
            RefPage::Api => "api",
            RefPage::DataModel => "data-model",
            RefPage::Playbooks => "playbooks",
            RefPage::Gotchas => "gotchas",
            RefPage::Troubleshooting => "troubleshooting",
            RefPage::Examples => "examples",
            RefPage::Integrations => "integrations",
            RefPage::Pricing => "pricing",
            RefPage::Skills => "skills",
            RefPage::About => "about",
        }
    }

    fn parse(s: &str) -> Option<RefPage> {
        // Any case, as an area's slug ("#/ref/API" is the API reference).
        RefPage::ALL.into_iter().find(|p| p.slug().eq_ignore_ascii_case(s))
    }
}

/// A page of the developer tools.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ToolPage {
    /// `#/tools`: the list of tools.
    Index,
    /// `#/tools/send`: the request builder.
    Send,
    /// `#/tools/webhook-signature`: the webhook signature checker.
    WebhookSignature,
    /// `#/tools/routes`: the route tester.
    Routes,
    /// `#/tools/dns`: the DNS records of a sending domain.
    Dns,
}

impl ToolPage {
    /// The tools, in menu order.
    pub const TOOLS: [ToolPage; 4] = [ToolPage::Send, ToolPage::WebhookSignature, ToolPage::Routes, ToolPage::Dns];

    /// The slug after `#/tools/` (empty for the index).
    pub fn slug(self) -> &'static str {
        match self {
            ToolPage::Index => "",
            ToolPage::Send => "send",
            ToolPage::WebhookSignature => "webhook-signature",
            ToolPage::Routes => "routes",
            ToolPage::Dns => "dns",
        }
    }

    /// The tool's path, `#/tools/send`.
    pub fn hash(self) -> String {
        match self {
            ToolPage::Index => "#/tools".to_string(),
            page => format!("#/tools/{}", page.slug()),
        }
    }
}

/// What `#/ask?…` carries: the question and any context already known.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AskQuery {
    /// The free-text question (may be empty).
    pub q: String,
    /// The area, when the link names a valid one.
    pub area: Option<AreaId>,
    /// The role, when the link names a valid one.
    pub role: Option<RoleId>,
    /// Parameters that were present but not understood (`("area", "nope")`), for a clear message.
    pub invalid: Vec<(String, String)>,
}

impl AskQuery {
    /// True when there is something to answer: an area, or a question with a visible character.
    /// Spaces and the invisible format characters a paste can carry (zero-width spaces and
    /// joiners, a byte-order mark, a soft hyphen) ask nothing, so they get the empty form's hint
    /// rather than a guess.
    pub fn has_input(&self) -> bool {
        self.area.is_some() || self.q.chars().any(|c| !c.is_whitespace() && !is_invisible(c))
    }
}

/// A character that takes no room on screen: Unicode's format characters met in pasted text.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{ad}' | '\u{180e}' | '\u{200b}'..='\u{200f}' | '\u{2060}'..='\u{2064}' | '\u{feff}')
}

/// The longest entry slug a reference link may name; content ids are far shorter.
const MAX_ITEM: usize = 80;

/// `v` when it is a content slug (ASCII letters, digits, `-`, `_`; at most [`MAX_ITEM`]), which is
/// safe to write into a link and a CSS selector as it is.
fn item_slug(v: &str) -> Option<String> {
    let plain = v.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    (plain && !v.is_empty() && v.len() <= MAX_ITEM).then(|| v.to_string())
}

/// A view of the widget.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// The first screen with the Step-1 choices.
    Home,
    /// All areas.
    Browse,
    /// One area.
    Area(AreaId),
    /// The ask flow.
    Ask(AskQuery),
    /// The estimator; the raw query string is parsed by the pricing module.
    Pricing(Vec<(String, String)>),
    /// A reference page, with the entry a link points at (`#/ref/gotchas?item=free-plan-daily`):
    /// a content slug, or `None` (an item that is not a plain slug is dropped when parsed).
    Reference(RefPage, Option<String>),
    /// A developer tool, with its raw query (each tool reads its own keys).
    Tools(ToolPage, Vec<(String, String)>),
    /// Anything else; carries the path that was asked for.
    NotFound(String),
}

impl Route {
    /// Parses a location hash (`#/area/smtp`, `/area/smtp`, or empty).
    ///
    /// ```
    /// use mailgun_help_core::route::Route;
    /// use mailgun_help_core::kb::ids::AreaId;
    /// assert_eq!(Route::parse("#/area/smtp"), Route::Area(AreaId::Smtp));
    /// assert!(matches!(Route::parse("#/nope"), Route::NotFound(_)));
    /// ```
    pub fn parse(hash: &str) -> Route {
        let hash = clip(hash, MAX_LINK);
        let raw = hash.strip_prefix('#').unwrap_or(hash);
        let (path, query) = match raw.split_once('?') {
            Some((p, q)) => (p, q),
            None => (raw, ""),
        };
        let path = path.trim_end_matches('/');
        let params = parse_query(query);
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        match segments.as_slice() {
            [] => Route::Home,
            ["browse"] => Route::Browse,
            ["area", slug] => match AreaId::parse(&percent_decode(slug)) {
                Some(a) if a.slug() == slug.to_ascii_lowercase() => Route::Area(a),
                _ => not_found(raw),
            },
            ["ask"] => Route::Ask(ask_query(&params)),
            ["pricing"] => Route::Pricing(
                params
                    .into_iter()
                    .take(MAX_PRICING_PARAMS)
                    .map(|(k, v)| (clip(&k, MAX_PRICING_VALUE).to_string(), clip(&v, MAX_PRICING_VALUE).to_string()))
                    .collect(),
            ),
            ["tools"] => Route::Tools(ToolPage::Index, Vec::new()),
            ["tools", slug] => match ToolPage::TOOLS.into_iter().find(|t| t.slug().eq_ignore_ascii_case(slug)) {
                Some(page) => Route::Tools(
                    page,
                    params
                        .into_iter()
                        .take(MAX_TOOL_PARAMS)
                        .map(|(k, v)| (clip(&k, MAX_PRICING_VALUE).to_string(), clip(&v, MAX_TOOL_VALUE).to_string()))
                        .collect(),
                ),
                None => not_found(raw),
            },
            ["ref", page] => match RefPage::parse(page) {
                Some(p) => {
                    Route::Reference(p, params.into_iter().find(|(k, _)| k == "item").and_then(|(_, v)| item_slug(&v)))
                }
                None => not_found(raw),
            },
            _ => not_found(raw),
        }
    }

    /// The hash for this route, starting with `#/`.
    pub fn to_hash(&self) -> String {
        match self {
            Route::Home => "#/".into(),
            Route::Browse => "#/browse".into(),
            Route::Area(a) => format!("#/area/{}", a.slug()),
            Route::Ask(q) => {
                let mut pairs = Vec::new();
                if !q.q.is_empty() {
                    pairs.push(("q", q.q.clone()));
                }
                if let Some(a) = q.area {
                    pairs.push(("area", a.slug().to_string()));
                }
                if let Some(r) = q.role {
                    pairs.push(("role", r.slug().to_string()));
                }
                with_query("#/ask", pairs.iter().map(|(k, v)| (*k, v.as_str())))
            }
            Route::Pricing(params) => with_query("#/pricing", params.iter().map(|(k, v)| (k.as_str(), v.as_str()))),
            Route::Reference(p, None) => format!("#/ref/{}", p.slug()),
            Route::Reference(p, Some(item)) => format!("#/ref/{}?item={item}", p.slug()),
            Route::Tools(page, params) => {
                with_query(&page.hash(), params.iter().map(|(k, v)| (k.as_str(), v.as_str())))
            }
            Route::NotFound(path) => format!("#{path}"),
        }
    }
}

/// An unknown path, cut to [`MAX_PATH`] characters (with "…" when cut).
fn not_found(raw: &str) -> Route {
    let kept = clip(raw, MAX_PATH);
    Route::NotFound(if kept.len() < raw.len() { format!("{kept}…") } else { kept.to_string() })
}

fn ask_query(params: &[(String, String)]) -> AskQuery {
    let mut out = AskQuery::default();
    // One message per misunderstood parameter, however often a link repeats it.
    let bad = |out: &mut AskQuery, k: &str, v: &str| {
        if !out.invalid.iter().any(|(name, _)| name == k) {
            out.invalid.push((k.to_string(), clip(v, MAX_ECHO).to_string()));
        }
    };
    for (k, v) in params {
        match k.as_str() {
            "q" => out.q = clip(v, MAX_QUESTION).to_string(),
            "area" if v.is_empty() => {}
            "area" => match AreaId::parse(v) {
                Some(a) => out.area = Some(a),
                None => bad(&mut out, k, v),
            },
            "role" if v.is_empty() => {}
            "role" => match RoleId::parse(v) {
                Some(r) => out.role = Some(r),
                None => bad(&mut out, k, v),
            },
            _ => {}
        }
    }
    out
}

/// The value of `key` in `params` ("" when absent): how every tool reads its link.
pub fn param<'a>(params: &'a [(String, String)], key: &str) -> &'a str {
    params.iter().find(|(k, _)| k == key).map_or("", |(_, v)| v.as_str())
}

/// `params` with `key` set to `value` in its place (appended when new), or removed when `value`
/// is empty; a value is cut to `max` characters.
///
/// ```
/// use mailgun_help_core::route::set_param;
/// let p = vec![("a".to_string(), "1".to_string()), ("b".into(), "2".into())];
/// assert_eq!(set_param(&p, "a", "9", 10), vec![("a".to_string(), "9".to_string()), ("b".into(), "2".into())]);
/// assert_eq!(set_param(&p, "a", "", 10), vec![("b".to_string(), "2".to_string())]);
/// ```
pub fn set_param(params: &[(String, String)], key: &str, value: &str, max: usize) -> Vec<(String, String)> {
    let value: String = value.chars().take(max).collect();
    let mut next: Vec<(String, String)> = params.iter().filter(|(k, _)| k != key).cloned().collect();
    if !value.is_empty() {
        let at = params.iter().position(|(k, _)| k == key).unwrap_or(next.len()).min(next.len());
        next.insert(at, (key.to_string(), value));
    }
    next
}

/// Builds `base?k=v&…` with each value percent-encoded; no `?` when there are no pairs.
pub fn with_query<'a>(base: &str, pairs: impl Iterator<Item = (&'a str, &'a str)>) -> String {
    let query: Vec<String> = pairs.map(|(k, v)| format!("{}={}", percent_encode(k), percent_encode(v))).collect();
    if query.is_empty() {
        base.to_string()
    } else {
        format!("{base}?{}", query.join("&"))
    }
}

/// Splits `a=1&b=two` into decoded pairs; `+` is a space; pairs without `=` get an empty value.
pub fn parse_query(query: &str) -> Vec<(String, String)> {
    query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            (percent_decode(&k.replace('+', " ")), percent_decode(&v.replace('+', " ")))
        })
        .collect()
}

/// Decodes `%XX` escapes as UTF-8; malformed escapes are kept as written, invalid UTF-8 replaced.
pub fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = |b: u8| (b as char).to_digit(16);
            if let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Encodes everything but unreserved characters (`A-Z a-z 0-9 - _ . ~`) and `,` as `%XX`.
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~' | b',') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The fragment key of a shared link to an embedded widget's view (`#mailgun-help=…`).
pub const SHARE_KEY: &str = "mailgun-help";

/// The host-page fragment that reopens an embedded widget at `hash` (a route such as
/// `#/pricing?monthly=120000`). An embed routes in memory and never owns the page's `#`, so a
/// link made from its view carries the route under its own key instead; a page anchor of that
/// name is unlikely, and anything else in the page's fragment is left alone.
///
/// ```
/// use mailgun_help_core::route::{share_fragment, shared_route, Route};
/// let f = share_fragment("#/pricing?monthly=120000");
/// assert_eq!(f, "#mailgun-help=%2Fpricing%3Fmonthly%3D120000");
/// assert_eq!(shared_route(&f), Some(Route::parse("#/pricing?monthly=120000")));
/// ```
pub fn share_fragment(hash: &str) -> String {
    format!("#{SHARE_KEY}={}", percent_encode(hash.trim_start_matches('#')))
}

/// The route a host-page fragment made by [`share_fragment`] names; `None` for any other fragment
/// and for a route the widget does not know.
pub fn shared_route(fragment: &str) -> Option<Route> {
    let value = fragment.strip_prefix('#')?.strip_prefix(SHARE_KEY)?.strip_prefix('=').filter(|v| !v.is_empty())?;
    let hash = format!("#{}", percent_decode(clip(value, MAX_LINK)).trim_start_matches('#'));
    match Route::parse(&hash) {
        Route::NotFound(_) => None,
        route => Some(route),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn shared_fragments_round_trip_and_ignore_everything_else() {
        for hash in ["#/pricing?monthly=120000&needs=sso,logs", "#/area/webhooks", "#/ask?q=退订%20链接&area=metrics"]
        {
            let route = Route::parse(hash);
            assert_eq!(shared_route(&share_fragment(&route.to_hash())), Some(route), "{hash}");
        }
        for other in ["", "#", "#section-2", "#mailgun-help", "#mailgun-help=", "#mailgun-help=%2Fnope", "#/pricing"] {
            assert_eq!(shared_route(other), None, "{other}");
        }
    }

    use super::*;
    use proptest::prelude::*;

    #[test]
    fn every_area_slug_routes_to_its_area() {
        for a in AreaId::ALL {
            assert_eq!(Route::parse(&format!("#/area/{}", a.slug())), Route::Area(a));
        }
    }

    #[test]
    fn a_question_of_invisible_characters_asks_nothing() {
        for q in ["", "   ", "%E2%80%8B%E2%80%8B", "%EF%BB%BF%20%E2%80%8D", "%C2%AD"] {
            let Route::Ask(a) = Route::parse(&format!("#/ask?q={q}")) else { panic!("{q}") };
            assert!(!a.has_input(), "{q:?} asks nothing");
        }
        let Route::Ask(a) = Route::parse("#/ask?q=%E2%80%8Bdkim") else { panic!() };
        assert!(a.has_input());
        let Route::Ask(a) = Route::parse("#/ask?q=%E2%80%8B&area=webhooks") else { panic!() };
        assert!(a.has_input(), "an area is context enough");
    }

    #[test]
    fn empty_and_root_hashes_are_home() {
        assert_eq!(Route::parse(""), Route::Home);
        assert_eq!(Route::parse("#"), Route::Home);
        assert_eq!(Route::parse("#/"), Route::Home);
    }

    #[test]
    fn unknown_paths_and_area_letters_in_paths_are_not_found() {
        assert!(matches!(Route::parse("#/area/zzz"), Route::NotFound(_)));
        assert!(matches!(Route::parse("#/area/h"), Route::NotFound(_)));
        assert!(matches!(Route::parse("#/what/ever"), Route::NotFound(_)));
        assert!(matches!(Route::parse("#/ref/nothing"), Route::NotFound(_)));
        // Slugs in any case, as areas' are.
        assert_eq!(Route::parse("#/ref/API"), Route::Reference(RefPage::Api, None));
        // An entry of the page: kept when it is a slug, dropped (the page still opens) when not.
        let item = Route::parse("#/ref/gotchas?item=free-plan-daily");
        assert_eq!(item, Route::Reference(RefPage::Gotchas, Some("free-plan-daily".into())));
        assert_eq!(item.to_hash(), "#/ref/gotchas?item=free-plan-daily");
        for bad in ["x%22%5D%20a", "", &"a".repeat(81)] {
            assert_eq!(Route::parse(&format!("#/ref/gotchas?item={bad}")), Route::Reference(RefPage::Gotchas, None));
        }
        assert_eq!(Route::parse("#/tools/DNS"), Route::Tools(ToolPage::Dns, vec![]));
    }

    #[test]
    fn ask_link_carries_question_area_and_role() {
        let r = Route::parse("#/ask?q=How%20do%20I%20add+a%20domain%3F&area=domains&role=c");
        let Route::Ask(q) = r else { panic!("not an ask route") };
        assert_eq!(q.q, "How do I add a domain?");
        assert_eq!(q.area, Some(AreaId::Domains));
        assert_eq!(q.role, Some(RoleId::Admin));
        assert!(q.invalid.is_empty());
    }

    #[test]
    fn ask_link_with_bad_area_keeps_question_and_reports_parameter() {
        let Route::Ask(q) = Route::parse("#/ask?q=hi&area=nowhere") else { panic!("not an ask route") };
        assert_eq!(q.area, None);
        assert_eq!(q.invalid, vec![("area".to_string(), "nowhere".to_string())]);
    }

    #[test]
    fn chinese_question_round_trips_through_a_link() {
        let route = Route::Ask(AskQuery {
            q: "如何设置 DKIM?".into(),
            area: Some(AreaId::Domains),
            role: None,
            invalid: vec![],
        });
        assert_eq!(Route::parse(&route.to_hash()), route);
    }

    #[test]
    fn tool_links_keep_their_query_and_unknown_tools_are_not_found() {
        let r = Route::parse("#/tools/send?domain=mg.example.com&to=a%40b.c");
        let expected = vec![("domain".to_string(), "mg.example.com".to_string()), ("to".into(), "a@b.c".into())];
        assert_eq!(r, Route::Tools(ToolPage::Send, expected));
        assert_eq!(Route::parse(&r.to_hash()), r);
        assert_eq!(Route::parse("#/tools"), Route::Tools(ToolPage::Index, vec![]));
        assert_eq!(Route::parse("#/tools/dns").to_hash(), "#/tools/dns");
        assert!(matches!(Route::parse("#/tools/nope"), Route::NotFound(_)));
        for page in ToolPage::TOOLS {
            assert_eq!(Route::parse(&page.hash()), Route::Tools(page, vec![]));
        }
    }

    #[test]
    fn huge_links_are_cut_before_they_are_kept() {
        let Route::NotFound(path) = Route::parse(&format!("#/{}", "A".repeat(1_000_000))) else { panic!("not found") };
        assert_eq!(path.chars().count(), MAX_PATH + 1, "{path}");
        assert!(path.ends_with('…'));
        assert_eq!(Route::parse("#/nope"), Route::NotFound("/nope".into()));
        let Route::Ask(q) = Route::parse(&format!("#/ask?q={}&area={}", "退".repeat(10_000), "x".repeat(500))) else {
            panic!("ask")
        };
        assert!(q.q.chars().count() <= MAX_QUESTION);
        assert_eq!(q.invalid, vec![("area".to_string(), "x".repeat(60))]);
        let repeated = "&role=zz".repeat(10_000);
        let Route::Ask(q) = Route::parse(&format!("#/ask?q=hi{repeated}")) else { panic!("ask") };
        assert_eq!(q.invalid.len(), 1, "one message for a repeated bad parameter");
        let many = "&monthly=1".repeat(5_000) + &format!("&peak={}", "9".repeat(5_000));
        let Route::Pricing(params) = Route::parse(&format!("#/pricing?ips=1{many}")) else { panic!("pricing") };
        assert!(params.len() <= MAX_PRICING_PARAMS && params.iter().all(|(_, v)| v.len() <= MAX_PRICING_VALUE));
    }

    #[test]
    fn malformed_percent_escapes_are_kept_literally() {
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz%4"), "%zz%4");
        assert_eq!(percent_decode("%E4%B8%AD"), "中");
    }

    proptest! {
        #[test]
        fn any_hash_parses_without_panicking(s in ".*") {
            let _ = Route::parse(&s);
        }

        #[test]
        fn encode_then_decode_is_identity(s in ".*") {
            prop_assert_eq!(percent_decode(&percent_encode(&s)), s);
        }

        #[test]
        fn a_route_written_as_a_link_parses_back_to_itself(route in any_route()) {
            prop_assert_eq!(Route::parse(&route.to_hash()), route);
        }
    }

    /// Query pairs of any text (every character, empty keys and values), short enough that the
    /// link stays under [`MAX_LINK`] with every character percent-encoded.
    fn pairs(most: usize, len: usize) -> impl Strategy<Value = Vec<(String, String)>> {
        let text = proptest::collection::vec(any::<char>(), 0..len).prop_map(|c| c.into_iter().collect::<String>());
        proptest::collection::vec((text.clone(), text), 0..most)
    }

    /// Every route a view can hold: the links the widget writes and a reader can share.
    fn any_route() -> impl Strategy<Value = Route> {
        let area = proptest::sample::select(AreaId::ALL.to_vec());
        let role = proptest::sample::select(RoleId::ALL.to_vec());
        let question = proptest::collection::vec(any::<char>(), 0..200).prop_map(|c| c.into_iter().collect::<String>());
        let tool = proptest::sample::select(ToolPage::TOOLS.to_vec());
        prop_oneof![
            Just(Route::Home),
            Just(Route::Browse),
            area.clone().prop_map(Route::Area),
            (question, proptest::option::of(area), proptest::option::of(role))
                .prop_map(|(q, area, role)| Route::Ask(AskQuery { q, area, role, invalid: Vec::new() })),
            pairs(8, 20).prop_map(Route::Pricing),
            (proptest::sample::select(RefPage::ALL.to_vec()), proptest::option::of("[a-zA-Z0-9_-]{1,80}"))
                .prop_map(|(page, item)| Route::Reference(page, item)),
            Just(Route::Tools(ToolPage::Index, Vec::new())),
            (tool, pairs(8, 20)).prop_map(|(page, params)| Route::Tools(page, params)),
            "[a-z0-9-]{1,40}".prop_map(|p| Route::NotFound(format!("/x-{p}"))),
        ]
    }
}
