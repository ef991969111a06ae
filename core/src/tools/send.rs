//! The request builder's form: what a reader typed becomes one [`ApiRequest`] for
//! `POST /v3/<domain>/messages`, plus a message for every field that is wrong. A wrong field is
//! left out of the request and reported at the field; the rest of the request still updates.
//!
//! Limits and formats, from Mailgun's documentation
//! (<https://documentation.mailgun.com/docs/mailgun/api-reference/send/mailgun/messages>, "SPEC"
//! below, and the user manual pages named at each constant).

use super::codegen::{ApiRequest, FilePart, FormField, Method};
use super::dns::{self, DomainError};
use crate::json::{self, Json, JsonError};
use crate::kb::Region;
use crate::route::percent_encode;
use crate::text::parse_int;

/// The documentation page this tool follows, linked on its page.
pub const SOURCE: &str = "https://documentation.mailgun.com/docs/mailgun/api-reference/send/mailgun/messages";

/// Most tags on one message ("A single message may be marked with up to 3 tags",
/// <https://documentation.mailgun.com/docs/mailgun/user-manual/tracking-messages/track-tagging>).
pub const MAX_TAGS: usize = 3;
/// Longest tag (same page: "The maximum length of characters is 128").
pub const MAX_TAG_CHARS: usize = 128;
/// Most recipients of one batch call (SPEC: "Maximum 1,000 recipients per batch").
pub const MAX_RECIPIENTS: usize = 1000;
/// Days ahead a message can be scheduled on plans with 7 days of storage; 3 on the others (SPEC:
/// "Depending on your plan, you can schedule messages up to 3 or 7 days in advance").
pub const MAX_SCHEDULE_DAYS: i64 = 7;
/// Days ahead every plan can schedule.
pub const ALL_PLANS_SCHEDULE_DAYS: i64 = 3;
/// `o:`, `h:`, `v:` and `t:` options together (SPEC: "limited to 16KB total").
pub const MAX_OPTION_BYTES: usize = 16 * 1024;
/// Longest text kept from any one field; the rest is cut, so nothing unbounded is echoed.
pub const MAX_FIELD_CHARS: usize = 20_000;
/// Longest piece of input quoted back in a message.
pub const MAX_QUOTED_CHARS: usize = 80;

/// A field of the form; its code is the field's `data-error` and its query key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SendField {
    /// `region` (us, eu).
    Region,
    /// `domain`.
    Domain,
    /// `from`.
    From,
    /// `to` (comma-separated).
    To,
    /// `cc`.
    Cc,
    /// `bcc`.
    Bcc,
    /// `subject`.
    Subject,
    /// `text`.
    Text,
    /// `html`.
    Html,
    /// `template` (a stored template's name).
    Template,
    /// `t:variables` as JSON.
    TemplateVariables,
    /// Tags, comma-separated.
    Tags,
    /// `v:` variables as a JSON object.
    Variables,
    /// `recipient-variables` as JSON.
    RecipientVariables,
    /// `o:testmode`.
    TestMode,
    /// `o:deliverytime`, as the date-time picker gives it.
    Delivery,
    /// `o:tracking`.
    Tracking,
    /// `o:tracking-clicks`.
    Clicks,
    /// `o:tracking-opens`.
    Opens,
    /// `h:` headers, one `Name: value` per line.
    Headers,
    /// Attachment file names.
    Attachments,
    /// Inline image file names.
    Inline,
}

impl SendField {
    /// Every field, in form order.
    pub const ALL: [SendField; 22] = [
        SendField::Region,
        SendField::Domain,
        SendField::From,
        SendField::To,
        SendField::Cc,
        SendField::Bcc,
        SendField::Subject,
        SendField::Text,
        SendField::Html,
        SendField::Template,
        SendField::TemplateVariables,
        SendField::Tags,
        SendField::Variables,
        SendField::RecipientVariables,
        SendField::TestMode,
        SendField::Delivery,
        SendField::Tracking,
        SendField::Clicks,
        SendField::Opens,
        SendField::Headers,
        SendField::Attachments,
        SendField::Inline,
    ];

    /// The query key and `data-error` value.
    pub fn code(self) -> &'static str {
        match self {
            SendField::Region => "region",
            SendField::Domain => "domain",
            SendField::From => "from",
            SendField::To => "to",
            SendField::Cc => "cc",
            SendField::Bcc => "bcc",
            SendField::Subject => "subject",
            SendField::Text => "text",
            SendField::Html => "html",
            SendField::Template => "template",
            SendField::TemplateVariables => "tvars",
            SendField::Tags => "tags",
            SendField::Variables => "vars",
            SendField::RecipientVariables => "rcpt",
            SendField::TestMode => "testmode",
            SendField::Delivery => "at",
            SendField::Tracking => "tracking",
            SendField::Clicks => "clicks",
            SendField::Opens => "opens",
            SendField::Headers => "headers",
            SendField::Attachments => "attach",
            SendField::Inline => "inline",
        }
    }
}

/// What the reader typed, field by field (the strings as the inputs hold them).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SendForm {
    /// Values in [`SendField::ALL`] order; a field not set is empty.
    values: [String; 22],
}

impl SendField {
    fn index(self) -> usize {
        SendField::ALL.iter().position(|f| *f == self).unwrap_or(0)
    }
}

impl SendForm {
    /// The value of `field` ("" when unset).
    pub fn get(&self, field: SendField) -> &str {
        self.values.get(field.index()).map_or("", String::as_str)
    }

    /// Sets `field`, cut to [`MAX_FIELD_CHARS`].
    pub fn set(&mut self, field: SendField, value: &str) {
        if let Some(v) = self.values.get_mut(field.index()) {
            *v = value.chars().take(MAX_FIELD_CHARS).collect();
        }
    }

    /// The form a `#/tools/send?…` link describes; unknown keys are ignored.
    pub fn from_params(params: &[(String, String)]) -> SendForm {
        let mut form = SendForm::default();
        for (k, v) in params {
            if let Some(field) = SendField::ALL.into_iter().find(|f| f.code() == k) {
                form.set(field, v);
            }
        }
        form
    }

    /// The query string that restores this form (fields in form order, empty ones left out).
    pub fn to_query(&self) -> String {
        let mut out = String::new();
        for field in SendField::ALL {
            let v = self.get(field);
            if !v.is_empty() {
                out.push(if out.is_empty() { '?' } else { '&' });
                out.push_str(field.code());
                out.push('=');
                out.push_str(&percent_encode(v));
            }
        }
        out
    }

    /// The region chosen (US unless `eu`).
    pub fn region(&self) -> Region {
        if self.get(SendField::Region).eq_ignore_ascii_case("eu") {
            Region::Eu
        } else {
            Region::Us
        }
    }
}

/// Something wrong with one field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SendProblem {
    /// A required field is empty.
    Required,
    /// The domain is not a bare domain name.
    Domain(DomainError),
    /// An address does not parse (the address, cut to [`MAX_QUOTED_CHARS`]).
    BadAddress(String),
    /// More than [`MAX_TAGS`] tags (how many).
    TooManyTags(usize),
    /// A tag is longer than [`MAX_TAG_CHARS`] or not ASCII.
    BadTag(String),
    /// JSON that does not parse.
    Json(JsonError),
    /// JSON that parses but is not an object.
    NotObject,
    /// `recipient-variables` lacks these recipients (at most five named, and how many in all).
    MissingRecipientVariables(Vec<String>, usize),
    /// More than [`MAX_RECIPIENTS`] recipients in one call (how many).
    TooManyRecipients(usize),
    /// The delivery time is not a date and time.
    DeliveryMalformed,
    /// The delivery time is in the past.
    DeliveryPast,
    /// More than [`MAX_SCHEDULE_DAYS`] ahead.
    DeliveryTooFar,
    /// A header line that is not `Name: value` (its 1-based line number).
    BadHeader(usize),
    /// Both `html` and `template`: the API takes one.
    HtmlAndTemplate,
    /// None of `text`, `html` or `template`.
    NoBody,
    /// A value outside the field's choices.
    BadChoice,
    /// The `o:`, `h:`, `v:` and `t:` options pass [`MAX_OPTION_BYTES`] (their size).
    OptionsTooLarge(usize),
}

/// A problem and the field it belongs to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    /// The field.
    pub field: SendField,
    /// What is wrong.
    pub problem: SendProblem,
}

/// Something worth knowing that does not stop the request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SendNote {
    /// Scheduled more than [`ALL_PLANS_SCHEDULE_DAYS`] ahead: only plans with 7 days of storage.
    DeliveryPlanDependent,
    /// Test mode: accepted, not delivered, and still charged
    /// (<https://documentation.mailgun.com/docs/mailgun/user-manual/sending-messages/test-mode>).
    TestModeCharged,
    /// An inline image the HTML does not reference as `cid:<name>`.
    InlineNotReferenced(String),
}

/// The request and everything said about the form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Built {
    /// The request from every valid field.
    pub request: ApiRequest,
    /// The region of its URL.
    pub region: Region,
    /// Problems, in form order.
    pub errors: Vec<FieldError>,
    /// Notes.
    pub notes: Vec<SendNote>,
    /// The `o:deliverytime` value, when valid.
    pub delivery: Option<String>,
}

fn quoted(s: &str) -> String {
    let s = s.trim();
    if s.chars().count() > MAX_QUOTED_CHARS {
        let cut: String = s.chars().take(MAX_QUOTED_CHARS).collect();
        format!("{cut}…")
    } else {
        s.to_string()
    }
}

/// Splits an address list on commas outside quotes and angle brackets.
pub fn split_addresses(list: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let (mut quoted, mut angle) = (false, false);
    for c in list.chars() {
        match c {
            '"' => quoted = !quoted,
            '<' if !quoted => angle = true,
            '>' if !quoted => angle = false,
            ',' | ';' | '\n' if !quoted && !angle => {
                if !cur.trim().is_empty() {
                    out.push(cur.trim().to_string());
                }
                cur.clear();
                continue;
            }
            _ => {}
        }
        cur.push(c);
    }
    if !cur.trim().is_empty() {
        out.push(cur.trim().to_string());
    }
    out
}

/// The bare address of `Name <a@b.c>` or `a@b.c`, lower-cased, when it is well formed.
pub fn address(entry: &str) -> Option<String> {
    let entry = entry.trim();
    let bare = match (entry.rfind('<'), entry.ends_with('>')) {
        (Some(open), true) => &entry[open + 1..entry.len() - 1],
        (None, false) => entry,
        _ => return None,
    };
    let (local, host) = bare.trim().rsplit_once('@')?;
    let local_ok = !local.is_empty()
        && local.len() <= 64
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local.chars().all(|c| c.is_ascii_graphic() && !"<>()[]\\,;:@\"".contains(c) || !c.is_ascii());
    let host = dns::domain(host).ok()?;
    local_ok.then(|| format!("{}@{host}", crate::case::lower(local)))
}

/// A `YYYY-MM-DDTHH:MM[:SS]` local time (a date-time picker's value) as Unix seconds, given the
/// local offset east of UTC in minutes.
pub fn local_to_unix(value: &str, offset_minutes: i32) -> Option<i64> {
    let (date, time) = value.trim().split_once('T')?;
    let mut d = date.split('-');
    let part = |s: Option<&str>| parse_int(s?);
    let (y, m, day) = (part(d.next())?, u32::try_from(part(d.next())?).ok()?, u32::try_from(part(d.next())?).ok()?);
    let mut t = time.split(':');
    let (h, mi) = (part(t.next())?, part(t.next())?);
    let s = t.next().map_or(Some(0), |s| parse_int(s.split('.').next()?))?;
    if d.next().is_some() || t.next().is_some() || !(1..=12).contains(&m) || !(0..24).contains(&h) {
        return None;
    }
    if day == 0
        || day > days_in_month(y, m)
        || !(0..60).contains(&mi)
        || !(0..60).contains(&s)
        || !(1..=9999).contains(&y)
    {
        return None;
    }
    Some(days_from_civil(y, m, day) * 86_400 + h * 3600 + mi * 60 + s - i64::from(offset_minutes) * 60)
}

fn days_in_month(y: i64, m: u32) -> u32 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// Unix seconds as an RFC 2822 date in the given offset (minutes east of UTC), the format
/// `o:deliverytime` takes: `Fri, 14 Oct 2011 12:00:00 +0200`.
///
/// ```
/// use mailgun_help_core::tools::send::rfc2822;
/// assert_eq!(rfc2822(1_318_593_600, 0), "Fri, 14 Oct 2011 12:00:00 +0000");
/// assert_eq!(rfc2822(1_318_593_600, -330), "Fri, 14 Oct 2011 06:30:00 -0530");
/// ```
pub fn rfc2822(unix: i64, offset_minutes: i32) -> String {
    const DAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
    const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let local = unix + i64::from(offset_minutes) * 60;
    let days = local.div_euclid(86_400);
    let secs = local.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    let sign = if offset_minutes < 0 { '-' } else { '+' };
    let off = offset_minutes.unsigned_abs();
    format!(
        "{}, {d:02} {} {y} {:02}:{:02}:{:02} {sign}{:02}{:02}",
        DAYS[days.rem_euclid(7) as usize],
        MONTHS[(m as usize).saturating_sub(1).min(11)],
        secs / 3600,
        secs / 60 % 60,
        secs % 60,
        off / 60,
        off % 60
    )
}

/// What the builder needs from the browser: the time now and the local offset at the chosen time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Clock {
    /// Unix seconds now.
    pub now: i64,
    /// Minutes east of UTC of the reader's time zone at the delivery time.
    pub offset_minutes: i32,
}

struct Builder<'a> {
    form: &'a SendForm,
    errors: Vec<FieldError>,
    fields: Vec<FormField>,
}

impl<'a> Builder<'a> {
    fn fail(&mut self, field: SendField, problem: SendProblem) {
        self.errors.push(FieldError { field, problem });
    }

    /// Values of a field; a name already there gets them added (a header given twice), so a language
    /// whose form is an object literal does not write the key twice, which keeps only the last.
    fn push(&mut self, name: &str, values: Vec<String>) {
        if values.is_empty() {
            return;
        }
        match self.fields.iter_mut().find(|f| f.name == name) {
            Some(f) => f.values.extend(values),
            None => self.fields.push(FormField { name: name.to_string(), values }),
        }
    }

    /// One value, when it is not empty.
    fn push_one(&mut self, name: &str, value: &str) {
        if !value.is_empty() {
            self.push(name, vec![value.to_string()]);
        }
    }

    fn text(&self, field: SendField) -> &'a str {
        self.form.get(field).trim()
    }

    /// An address list; returns the bare addresses when all parse.
    fn addresses(&mut self, field: SendField, required: bool) -> Vec<String> {
        let list = split_addresses(self.form.get(field));
        if list.is_empty() {
            if required {
                self.fail(field, SendProblem::Required);
            }
            return Vec::new();
        }
        let mut bare = Vec::new();
        for entry in &list {
            match address(entry) {
                Some(a) => bare.push(a),
                None => {
                    self.fail(field, SendProblem::BadAddress(quoted(entry)));
                    return Vec::new();
                }
            }
        }
        self.push_one(field.code_api(), &list.join(", "));
        bare
    }

    fn json_object(&mut self, field: SendField) -> Option<Vec<(String, Json)>> {
        let text = self.text(field);
        if text.is_empty() {
            return None;
        }
        match json::parse(text) {
            Ok(Json::Obj(fields)) => Some(fields),
            Ok(_) => {
                self.fail(field, SendProblem::NotObject);
                None
            }
            Err(e) => {
                self.fail(field, SendProblem::Json(e));
                None
            }
        }
    }

    fn choice(&mut self, field: SendField, name: &str, allowed: &[&str]) {
        let v = self.text(field).to_ascii_lowercase();
        if v.is_empty() || allowed.contains(&v.as_str()) {
            self.push_one(name, &v);
        } else {
            self.fail(field, SendProblem::BadChoice);
        }
    }

    fn files(&mut self, field: SendField) -> Vec<String> {
        let mut out = Vec::new();
        for name in self.form.get(field).split([',', '\n']) {
            let base = name.trim().rsplit(['/', '\\']).next().unwrap_or("").trim();
            if !base.is_empty() && !base.chars().any(char::is_control) {
                out.push(base.to_string());
            }
        }
        out
    }
}

impl SendField {
    /// The API parameter an address field fills.
    fn code_api(self) -> &'static str {
        match self {
            SendField::From => "from",
            SendField::Cc => "cc",
            SendField::Bcc => "bcc",
            _ => "to",
        }
    }
}

/// Builds the request from `form` at `clock`.
pub fn build(form: &SendForm, clock: Clock) -> Built {
    let region = form.region();
    let mut b = Builder { form, errors: Vec::new(), fields: Vec::new() };
    let mut notes = Vec::new();
    if !matches!(form.get(SendField::Region).to_ascii_lowercase().as_str(), "" | "us" | "eu") {
        b.fail(SendField::Region, SendProblem::BadChoice);
    }
    let domain = match dns::domain(form.get(SendField::Domain)) {
        Ok(d) => d,
        Err(e) => {
            b.fail(SendField::Domain, SendProblem::Domain(e));
            "YOUR_DOMAIN".to_string()
        }
    };
    let from = split_addresses(form.get(SendField::From));
    match from.as_slice() {
        [] => b.fail(SendField::From, SendProblem::Required),
        [one] if address(one).is_some() => b.push_one("from", one),
        [one, ..] => b.fail(SendField::From, SendProblem::BadAddress(quoted(one))),
    }
    let mut to = b.addresses(SendField::To, true);
    let cc = b.addresses(SendField::Cc, false);
    let bcc = b.addresses(SendField::Bcc, false);
    let all = to.len() + cc.len() + bcc.len();
    if all > MAX_RECIPIENTS {
        b.fail(SendField::To, SendProblem::TooManyRecipients(all));
    }
    b.push_one("subject", b.text(SendField::Subject));
    let (text, html, template) = (b.text(SendField::Text), b.text(SendField::Html), b.text(SendField::Template));
    if text.is_empty() && html.is_empty() && template.is_empty() {
        b.fail(SendField::Text, SendProblem::NoBody);
    }
    b.push_one("text", text);
    if !html.is_empty() && !template.is_empty() {
        b.fail(SendField::Template, SendProblem::HtmlAndTemplate);
    }
    b.push_one("html", html);
    if html.is_empty() {
        b.push_one("template", template);
    }
    if let Some(vars) = b.json_object(SendField::TemplateVariables) {
        b.push_one("t:variables", &Json::Obj(vars).to_compact());
    }
    let tags: Vec<String> =
        form.get(SendField::Tags).split(',').map(str::trim).filter(|t| !t.is_empty()).map(str::to_string).collect();
    if tags.len() > MAX_TAGS {
        b.fail(SendField::Tags, SendProblem::TooManyTags(tags.len()));
    } else if let Some(bad) = tags.iter().find(|t| t.chars().count() > MAX_TAG_CHARS || !t.is_ascii()) {
        b.fail(SendField::Tags, SendProblem::BadTag(quoted(bad)));
    } else {
        b.push("o:tag", tags);
    }
    if let Some(vars) = b.json_object(SendField::Variables) {
        for (k, v) in vars {
            let value = match v {
                Json::Str(s) => s,
                other => other.to_compact(),
            };
            b.push(&format!("v:{k}"), vec![value]);
        }
    }
    if let Some(vars) = b.json_object(SendField::RecipientVariables) {
        let keys: Vec<String> = vars.iter().filter_map(|(k, _)| address(k)).collect();
        to.retain(|a| !keys.contains(a));
        if to.is_empty() {
            b.push_one("recipient-variables", &Json::Obj(vars).to_compact());
        } else {
            let named = to.iter().take(5).cloned().collect();
            b.fail(SendField::RecipientVariables, SendProblem::MissingRecipientVariables(named, to.len()));
        }
    }
    if matches!(b.text(SendField::TestMode), "1" | "yes" | "true" | "on") {
        b.push_one("o:testmode", "yes");
        notes.push(SendNote::TestModeCharged);
    }
    let mut delivery = None;
    let at = b.text(SendField::Delivery);
    if !at.is_empty() {
        match local_to_unix(at, clock.offset_minutes) {
            None => b.fail(SendField::Delivery, SendProblem::DeliveryMalformed),
            Some(t) if t < clock.now => b.fail(SendField::Delivery, SendProblem::DeliveryPast),
            Some(t) if t > clock.now + MAX_SCHEDULE_DAYS * 86_400 => {
                b.fail(SendField::Delivery, SendProblem::DeliveryTooFar)
            }
            Some(t) => {
                if t > clock.now + ALL_PLANS_SCHEDULE_DAYS * 86_400 {
                    notes.push(SendNote::DeliveryPlanDependent);
                }
                let value = rfc2822(t, clock.offset_minutes);
                b.push_one("o:deliverytime", &value);
                delivery = Some(value);
            }
        }
    }
    b.choice(SendField::Tracking, "o:tracking", &["yes", "no", "htmlonly"]);
    b.choice(SendField::Clicks, "o:tracking-clicks", &["yes", "no", "htmlonly"]);
    b.choice(SendField::Opens, "o:tracking-opens", &["yes", "no"]);
    for (i, line) in form.get(SendField::Headers).lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let line = line.trim();
        let parsed = line.strip_prefix("h:").unwrap_or(line).split_once(':').map(|(k, v)| (k.trim(), v.trim()));
        match parsed {
            Some((name, value)) if is_header_name(name) => {
                b.push(&format!("h:{name}"), vec![value.to_string()]);
            }
            _ => {
                b.fail(SendField::Headers, SendProblem::BadHeader(i + 1));
                break;
            }
        }
    }
    let option_bytes: usize = b
        .fields
        .iter()
        .filter(|f| ["o:", "h:", "v:", "t:"].iter().any(|p| f.name.starts_with(p)))
        .map(|f| f.name.len() + f.values.iter().map(String::len).sum::<usize>())
        .sum();
    if option_bytes > MAX_OPTION_BYTES {
        b.fail(SendField::Variables, SendProblem::OptionsTooLarge(option_bytes));
    }
    let mut files = Vec::new();
    for name in b.files(SendField::Attachments) {
        files.push(FilePart { field: "attachment".into(), name });
    }
    for name in b.files(SendField::Inline) {
        if !html.contains(&format!("cid:{name}")) {
            notes.push(SendNote::InlineNotReferenced(quoted(&name)));
        }
        files.push(FilePart { field: "inline".into(), name });
    }
    let mut errors = b.errors;
    crate::sort::sort_by(&mut errors, |x, y| x.field.index() < y.field.index());
    Built {
        request: ApiRequest {
            method: Method::Post,
            path: format!("/v3/{domain}/messages"),
            domain,
            query: Vec::new(),
            fields: b.fields,
            files,
        },
        region,
        errors,
        notes,
        delivery,
    }
}

/// True for a header field name: one or more of the token characters HTTP and MIME allow (RFC 9110
/// §5.1), so no space, `=`, `:`, `(` or other separator that a form or a request line would cut at.
fn is_header_name(name: &str) -> bool {
    !name.is_empty() && name.bytes().all(|c| c.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&c))
}

#[cfg(test)]
mod tests;
