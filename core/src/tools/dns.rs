//! The DNS records a sending domain publishes, for its region, and an SPF value merged with what
//! the domain already has. Values from
//! <https://documentation.mailgun.com/docs/mailgun/user-manual/domains/domains-verify> (SPF, DKIM,
//! MX, tracking CNAME) and <https://documentation.mailgun.com/en/latest/api-intro.html#mailgun-regions>
//! (EU hosts); the ten-lookup limit is SPF's own, <https://www.rfc-editor.org/rfc/rfc7208#section-4.6.4>.

use crate::kb::Region;

/// The documentation page this tool follows, linked on its page.
pub const SOURCE: &str = "https://documentation.mailgun.com/docs/mailgun/user-manual/domains/domains-verify";

/// Longest domain name (RFC 1035: 253 characters in text form).
pub const MAX_DOMAIN_CHARS: usize = 253;
/// Longest pasted SPF value considered.
pub const MAX_SPF_CHARS: usize = 2000;
/// SPF's limit on mechanisms and modifiers that need a DNS lookup.
pub const SPF_LOOKUP_LIMIT: usize = 10;
/// The mechanism Mailgun asks for.
pub const MAILGUN_INCLUDE: &str = "include:mailgun.org";

/// Why a domain name is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DomainError {
    /// Nothing typed.
    Empty,
    /// `https://…`: a URL, not a domain.
    Scheme,
    /// `example.com/path` or `user@example.com`.
    PathOrAddress,
    /// `example.com:587`.
    Port,
    /// One label only (`localhost`), or an empty label (`a..b`).
    NotQualified,
    /// A character a host name cannot have (spaces, `_`, non-ASCII: use the punycode form).
    BadCharacter,
    /// A label that starts or ends with a hyphen (`-mg.example.com`).
    EdgeHyphen,
    /// A label longer than 63 or a name longer than 253 characters.
    TooLong,
}

impl DomainError {
    /// The stable code shown as `data-reason`.
    pub fn code(self) -> &'static str {
        match self {
            DomainError::Empty => "empty",
            DomainError::Scheme => "scheme",
            DomainError::PathOrAddress => "path",
            DomainError::Port => "port",
            DomainError::NotQualified => "not-qualified",
            DomainError::BadCharacter => "bad-character",
            DomainError::EdgeHyphen => "edge-hyphen",
            DomainError::TooLong => "too-long",
        }
    }
}

/// `input` as a lower-case domain name (a trailing dot dropped), or why it is not one.
///
/// ```
/// use mailgun_help_core::tools::dns::{domain, DomainError};
/// assert_eq!(domain(" MG.Example.com. "), Ok("mg.example.com".to_string()));
/// assert_eq!(domain("https://mg.example.com"), Err(DomainError::Scheme));
/// assert_eq!(domain("mg.example.com/x"), Err(DomainError::PathOrAddress));
/// ```
pub fn domain(input: &str) -> Result<String, DomainError> {
    let s = input.trim();
    if s.is_empty() {
        return Err(DomainError::Empty);
    }
    if s.contains("://") {
        return Err(DomainError::Scheme);
    }
    if s.contains(['/', '@', '?', '#']) {
        return Err(DomainError::PathOrAddress);
    }
    if s.contains(':') {
        return Err(DomainError::Port);
    }
    if s.chars().count() > MAX_DOMAIN_CHARS + 1 {
        return Err(DomainError::TooLong);
    }
    let s = s.strip_suffix('.').unwrap_or(s).to_ascii_lowercase();
    if !s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.') {
        return Err(DomainError::BadCharacter);
    }
    let labels: Vec<&str> = s.split('.').collect();
    if labels.len() < 2 || labels.iter().any(|l| l.is_empty()) {
        return Err(DomainError::NotQualified);
    }
    if labels.iter().any(|l| l.len() > 63) || s.len() > MAX_DOMAIN_CHARS {
        return Err(DomainError::TooLong);
    }
    if labels.iter().any(|l| l.starts_with('-') || l.ends_with('-')) {
        return Err(DomainError::EdgeHyphen);
    }
    Ok(s)
}

/// The first domain name a text mentions ("… for mg.example.com …"), when it is not an email
/// address and not one of Mailgun's own hosts; `None` otherwise.
///
/// ```
/// use mailgun_help_core::tools::dns::domain_in;
/// assert_eq!(domain_in("How do I set up DKIM for mg.example.com in the EU?"), Some("mg.example.com".into()));
/// assert_eq!(domain_in("send from me@example.com via api.mailgun.net"), None);
/// ```
pub fn domain_in(text: &str) -> Option<String> {
    for token in text.split(|c: char| c.is_whitespace() || "，。？！,;:()[]\"'<>".contains(c)) {
        let token = token.trim_end_matches(['.', '?', '!']);
        if !token.contains('.') || token.contains('@') || token.contains('/') {
            continue;
        }
        if let Ok(d) = domain(token) {
            let ours = d.ends_with("mailgun.net") || d.ends_with("mailgun.org") || d.ends_with("mailgun.com");
            let tld = d.rsplit('.').next().unwrap_or("");
            if !ours && tld.len() >= 2 && tld.bytes().all(|b| b.is_ascii_alphabetic()) {
                return Some(d);
            }
        }
    }
    None
}

/// Which record.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecordKind {
    /// The SPF TXT record.
    Spf,
    /// The DKIM TXT record (its value comes from the control panel).
    Dkim,
    /// The receiving MX records.
    Mx,
    /// The tracking CNAME.
    Tracking,
}

impl RecordKind {
    /// `data-record`.
    pub fn code(self) -> &'static str {
        match self {
            RecordKind::Spf => "spf",
            RecordKind::Dkim => "dkim",
            RecordKind::Mx => "mx",
            RecordKind::Tracking => "tracking",
        }
    }
}

/// One record to publish.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    /// Which.
    pub kind: RecordKind,
    /// DNS type: `TXT`, `MX`, `CNAME`.
    pub rtype: &'static str,
    /// The host name it is published at.
    pub host: String,
    /// The value(s) to publish; MX has two, with their priority in front (`10 mxa.mailgun.org`).
    pub values: Vec<String>,
    /// Whether the value is the real one (false for DKIM: the control panel shows it).
    pub known: bool,
}

/// A warning about the SPF value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpfWarning {
    /// The pasted value is not an SPF record (`v=spf1 …`); a fresh one is shown instead.
    NotSpf,
    /// More than one `v=spf1` in the paste: a domain may publish only one SPF record, so the
    /// merged value is shown without a copy button.
    Several,
    /// Mailgun's include was already there.
    AlreadyIncluded,
    /// More than [`SPF_LOOKUP_LIMIT`] lookups at the top level alone (includes nest more).
    TooManyLookups(usize),
    /// `+all` or `all` lets anyone send as the domain.
    PassAll,
    /// Longer than [`MAX_SPF_CHARS`]; ignored.
    TooLong,
}

/// The merged SPF value, its lookup count and its warnings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Spf {
    /// The value to publish.
    pub value: String,
    /// Mechanisms and modifiers that need a DNS lookup, at the top level.
    pub lookups: usize,
    /// Warnings, in order.
    pub warnings: Vec<SpfWarning>,
}

/// Merges `include:mailgun.org` into `existing` (empty: a fresh record), before its `all`.
///
/// ```
/// use mailgun_help_core::tools::dns::merge_spf;
/// assert_eq!(merge_spf("").value, "v=spf1 include:mailgun.org ~all");
/// assert_eq!(merge_spf("v=spf1 include:_spf.google.com -all").value,
///     "v=spf1 include:_spf.google.com include:mailgun.org -all");
/// ```
pub fn merge_spf(existing: &str) -> Spf {
    let fresh = format!("v=spf1 {MAILGUN_INCLUDE} ~all");
    let mut warnings = Vec::new();
    let text = existing.trim().trim_matches('"').trim();
    if text.chars().count() > MAX_SPF_CHARS {
        return Spf { value: fresh, lookups: 1, warnings: vec![SpfWarning::TooLong] };
    }
    let lower = text.to_ascii_lowercase();
    if lower.is_empty() {
        return Spf { value: fresh, lookups: 1, warnings };
    }
    if !lower.starts_with("v=spf1") || !matches!(lower.as_bytes().get(6), None | Some(b' ')) {
        return Spf { value: fresh, lookups: 1, warnings: vec![SpfWarning::NotSpf] };
    }
    if lower.matches("v=spf1").count() > 1 {
        warnings.push(SpfWarning::Several);
    }
    let mut terms: Vec<&str> = text.split_whitespace().skip(1).collect();
    if terms.iter().any(|t| t.eq_ignore_ascii_case(MAILGUN_INCLUDE) || t.eq_ignore_ascii_case("+include:mailgun.org")) {
        warnings.push(SpfWarning::AlreadyIncluded);
    } else {
        let is_all = |t: &&str| matches!(t.to_ascii_lowercase().trim_start_matches(['+', '-', '~', '?']), "all");
        let is_modifier = |t: &&str| t.contains('=');
        let at = terms.iter().position(|t| is_all(t) || is_modifier(t)).unwrap_or(terms.len());
        terms.insert(at, MAILGUN_INCLUDE);
    }
    if terms.iter().any(|t| matches!(t.to_ascii_lowercase().as_str(), "+all" | "all")) {
        warnings.push(SpfWarning::PassAll);
    }
    let mut lookups = 0;
    for t in &terms {
        let t = t.to_ascii_lowercase();
        let mechanism = t.trim_start_matches(['+', '-', '~', '?']);
        let name = mechanism.split([':', '/']).next().unwrap_or("");
        if matches!(name, "include" | "a" | "mx" | "ptr" | "exists") || mechanism.starts_with("redirect=") {
            lookups += 1;
        }
    }
    if lookups > SPF_LOOKUP_LIMIT {
        warnings.push(SpfWarning::TooManyLookups(lookups));
    }
    let mut value = String::from("v=spf1");
    for t in terms {
        value.push(' ');
        value.push_str(t);
    }
    Spf { value, lookups, warnings }
}

/// The records `domain` (already checked by [`domain`]) publishes in `region`, SPF merged with
/// `existing_spf`.
pub fn records(domain: &str, region: Region, existing_spf: &str) -> (Vec<Record>, Spf) {
    let spf = merge_spf(existing_spf);
    let (mx_a, mx_b, tracking) = match region {
        Region::Us => ("mxa.mailgun.org", "mxb.mailgun.org", "mailgun.org"),
        Region::Eu => ("mxa.eu.mailgun.org", "mxb.eu.mailgun.org", "eu.mailgun.org"),
    };
    let records = vec![
        Record {
            kind: RecordKind::Spf,
            rtype: "TXT",
            host: domain.to_string(),
            values: vec![spf.value.clone()],
            // Two records pasted as one cannot be published as they stand: no value to copy.
            known: !spf.warnings.contains(&SpfWarning::Several),
        },
        Record {
            kind: RecordKind::Dkim,
            rtype: "TXT",
            host: format!("<selector>._domainkey.{domain}"),
            values: vec!["k=rsa; p=<public key>".to_string()],
            known: false,
        },
        Record {
            kind: RecordKind::Mx,
            rtype: "MX",
            host: domain.to_string(),
            values: vec![format!("10 {mx_a}"), format!("10 {mx_b}")],
            known: true,
        },
        Record {
            kind: RecordKind::Tracking,
            rtype: "CNAME",
            host: format!("email.{domain}"),
            values: vec![tracking.to_string()],
            known: true,
        },
    ];
    (records, spf)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn domains_refuse_urls_paths_ports_and_odd_characters() {
        for (input, err) in [
            ("", DomainError::Empty),
            ("http://a.com", DomainError::Scheme),
            ("a.com/path", DomainError::PathOrAddress),
            ("me@a.com", DomainError::PathOrAddress),
            ("a.com:25", DomainError::Port),
            ("localhost", DomainError::NotQualified),
            ("a..com", DomainError::NotQualified),
            ("a b.com", DomainError::BadCharacter),
            ("例子.com", DomainError::BadCharacter),
            ("-a.com", DomainError::EdgeHyphen),
            ("mg.-bad-.com", DomainError::EdgeHyphen),
        ] {
            assert_eq!(domain(input), Err(err), "{input}");
        }
        assert_eq!(domain(&format!("{}.com", "a".repeat(64))), Err(DomainError::TooLong));
        assert_eq!(domain("xn--fsqu00a.com"), Ok("xn--fsqu00a.com".into()));
    }

    #[test]
    fn spf_merges_before_all_and_keeps_the_policy() {
        assert_eq!(merge_spf("\"v=spf1 mx ?all\"").value, "v=spf1 mx include:mailgun.org ?all");
        assert_eq!(merge_spf("v=spf1 a redirect=_spf.x.com").value, "v=spf1 a include:mailgun.org redirect=_spf.x.com");
        assert_eq!(merge_spf("v=spf1 ip4:1.2.3.4").value, "v=spf1 ip4:1.2.3.4 include:mailgun.org");
        let again = merge_spf("v=spf1 include:mailgun.org ~all");
        assert_eq!(again.value, "v=spf1 include:mailgun.org ~all");
        assert_eq!(again.warnings, [SpfWarning::AlreadyIncluded]);
    }

    #[test]
    fn spf_warns_past_ten_lookups_and_on_bad_pastes() {
        let many = format!(
            "v=spf1 {} ~all",
            (0..10).map(|i| format!("include:s{i}.example.com")).collect::<Vec<_>>().join(" ")
        );
        let merged = merge_spf(&many);
        assert_eq!(merged.lookups, 11);
        assert!(merged.warnings.contains(&SpfWarning::TooManyLookups(11)));
        assert!(!merge_spf("v=spf1 a mx include:x.com ~all")
            .warnings
            .iter()
            .any(|w| matches!(w, SpfWarning::TooManyLookups(_))));
        assert_eq!(merge_spf("google-site-verification=abc").warnings, [SpfWarning::NotSpf]);
        assert_eq!(merge_spf("v=spf1 +all").warnings, [SpfWarning::PassAll]);
        assert!(merge_spf("v=spf1 a ~all v=spf1 mx ~all").warnings.contains(&SpfWarning::Several));
    }

    #[test]
    fn eu_domains_get_eu_hosts() {
        let (eu, _) = records("mg.example.com", Region::Eu, "");
        let mx = eu.iter().find(|r| r.kind == RecordKind::Mx).expect("mx");
        assert_eq!(mx.values, ["10 mxa.eu.mailgun.org", "10 mxb.eu.mailgun.org"]);
        let tracking = eu.iter().find(|r| r.kind == RecordKind::Tracking).expect("cname");
        assert_eq!((tracking.host.as_str(), tracking.values[0].as_str()), ("email.mg.example.com", "eu.mailgun.org"));
        let (us, _) = records("mg.example.com", Region::Us, "");
        assert!(us.iter().any(|r| r.values.contains(&"10 mxa.mailgun.org".to_string())));
    }

    proptest! {
        #[test]
        fn no_input_panics(s in "\\PC{0,80}") {
            let _ = domain(&s);
            let spf = merge_spf(&s);
            prop_assert!(spf.value.starts_with("v=spf1 "));
            prop_assert!(spf.value.contains(MAILGUN_INCLUDE) || spf.value.to_ascii_lowercase().contains(MAILGUN_INCLUDE));
        }
    }
}
