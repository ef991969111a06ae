//! The first sentence of an answer: the thing asked for.
//!
//! Two sources, tried in order:
//! 1. **Plan gating from the plan table.** A question that names a plan feature (an SLA, SSO,
//!    dedicated IPs…) is answered from `assets/pricing.toml`, the estimator's own data, so "does
//!    Foundation have an SLA?" and the estimator can never disagree.
//! 2. **The fact that states the value asked for.** Every fact of every area competes, ranked by
//!    what it shares with the question; a fact that states the kind of value asked ("which port" →
//!    a port fact) and one of the answer's own area score higher. A value or yes/no question is
//!    answered directly only by a fact that clears [`DIRECT_MIN`].

use super::asks::{Asks, STATUS_CODE};
use super::normalise::{any_cue, fold, has_cue, listed};
use super::phrases::{self, phrase};
use super::rank::{both, order, Query};
use crate::i18n::fill_text;
use crate::kb::ids::AreaId;
use crate::kb::model::{Fact, FactKind};
use crate::kb::Kb;
use crate::lang::Lang;
use crate::pricing::{group, Feature, Period, Plan, PlanId, PricingData};

/// Score from which a fact answers a value or yes/no question directly.
pub const DIRECT_MIN: f32 = 2.0;
/// Score from which a fact leads a how-to or an open question.
pub const LEAD_MIN: f32 = 2.5;
/// Multiplies the score of a fact of the kind of value the question asks for.
const KIND_BONUS: f32 = 1.5;
/// Multiplies the score of a fact of the area the answer is about.
const AREA_BONUS: f32 = 1.3;
/// Multiplies the score of a fact that states no value, for a value question.
const NO_VALUE: f32 = 0.7;
/// Multiplies the score of a fact about sending over SMTP (its headers stand in for the API's
/// options) when the question does not speak of SMTP or headers: then the API's own fact is meant.
const OTHER_TRANSPORT: f32 = 0.5;
/// A yes/no question is best led by a fact that says yes or no, when it scores about as well.
const SAYS_YES_OR_NO: f32 = 1.25;
/// A how-to question is best led by a fact written as a step ("To send a file as an attachment, …"), when
/// it scores as well as one that only shares its words ("… attachments included, is 25 MB"): a tie-break.
const SAYS_HOW: f32 = 1.01;
/// "What is a dedicated IP?" is best led by the fact that defines one ("A dedicated IP is …"), not
/// by one that prices it: the definition also escapes the penalty for stating no value.
const SAYS_WHAT: f32 = KIND_BONUS;

/// What the value asked for looks like when a question names its shape rather than a kind the
/// knowledge base tags ("which *endpoint*", "which *parameter*", "what is the *event* called",
/// "哪个*参数*"): read from each fact's own text, so no fact needs a tag for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shape {
    /// An API path (`GET /v4/address/validate`).
    Endpoint,
    /// A sending option or variable (`o:testmode`, `h:`, `v:`, `recipient-variables`).
    Param,
    /// A message header (`X-Mailgun-…`).
    Header,
    /// A webhook or event name (`permanent_fail`, `complained`).
    Event,
    /// An HTTP status code.
    Status,
    /// A year (`2010`): "what year was Mailgun founded".
    Year,
}

/// Question cues (folded) for each shape; the first shape whose cue the question holds wins.
const SHAPE_CUES: &[(Shape, &str)] = &[
    (Shape::Status, STATUS_CODE),
    (Shape::Endpoint, "endpoint|which url|what url|api call|api path|url path|接口|端点|路径"),
    (Shape::Header, "header|邮件头|请求头|头字段"),
    (Shape::Param, "parameter|param|option|flag|field|参数|选项|字段"),
    (Shape::Event, "event|events|事件"),
    (Shape::Year, "year|哪一年|哪年|年份"),
];

/// The shape a question asks for, if it names one.
fn asked_shape(q: &str) -> Option<Shape> {
    // "The Events API is deprecated" names an API, not an event; "my notify endpoint" is the
    // reader's own URL, not an API path.
    let mut q = q.replace("events api", "");
    for own in "my endpoint|our endpoint|own endpoint|notify endpoint|webhook endpoint".split('|') {
        q = q.replace(own, "");
    }
    let q = &q;
    SHAPE_CUES.iter().find(|(_, cues)| any_cue(q, cues)).map(|(s, _)| *s)
}

/// True when a question names the shape of what it wants (an endpoint, a parameter, a header, an
/// event, a status code): "is there an endpoint for IP warm-up?" asks about the API, not about
/// which plan has dedicated IPs.
pub fn names_a_shape(question: &str) -> bool {
    asked_shape(&fold(question)).is_some()
}

/// True when `text` (a fact's English) holds a value of `shape`.
fn has_shape(text: &str, shape: Shape) -> bool {
    let any = |needles: &str| needles.split('|').any(|n| text.contains(n));
    match shape {
        // A path of its own (`/v3/routes`), not a base URL's end (`https://api.mailgun.net/v3/`).
        Shape::Endpoint => {
            any("GET /|POST /|PUT /|DELETE /")
                || tokens(text).any(|w| w.starts_with("/v") && w[2..].starts_with(|c: char| c.is_ascii_digit()))
        }
        Shape::Param => any(" field| parameter") || tokens(text).any(is_param),
        Shape::Header => any("X-Mailgun-|header"),
        Shape::Event => {
            any("permanent_fail|temporary_fail|complained|unsubscribed")
                || EVENT_NAMES.split('|').any(|name| text.contains(&format!("{name} event")))
        }
        Shape::Status => tokens(text).any(is_status),
        Shape::Year => tokens(text).any(|w| {
            w.len() == 4 && (w.starts_with("19") || w.starts_with("20")) && w.bytes().all(|b| b.is_ascii_digit())
        }),
    }
}

/// Event names that are also English words, so a fact states one only as "the rejected event".
const EVENT_NAMES: &str = "accepted|rejected|delivered|failed|opened|clicked|stored";

/// True when an English text states a number ("3 URLs", "a 50-character string", "one event"),
/// not merely a digit inside a path or a name (`/v3/`, `HMAC-SHA256`).
fn states_number(text: &str) -> bool {
    tokens(text).any(is_number)
}

/// A fact's text without the "Yes" it opens with ("Yes, for a dedicated IP: …" → "For a dedicated
/// IP: …"), for a question that asked no yes/no question: "ip warmup schedule" is not answered
/// "Yes". Other texts come back as they are.
///
/// ```
/// use mailgun_help_core::ask::lead::without_yes;
/// assert_eq!(without_yes("Yes, test mode is billed: …"), "Test mode is billed: …");
/// assert_eq!(without_yes("可以，针对专用 IP：…"), "针对专用 IP：…");
/// assert_eq!(without_yes("No: Foundation does not include it."), "No: Foundation does not include it.");
/// ```
pub fn without_yes(text: &str) -> String {
    const OPENERS: [&str; 8] = ["Yes, ", "Yes: ", "Yes. ", "是的，", "是的：", "可以，", "可以：", "有，"];
    let rest = OPENERS.iter().find_map(|o| text.strip_prefix(o)).filter(|r| !r.is_empty());
    let Some(rest) = rest else { return text.to_string() };
    // ASCII only: `char::to_uppercase` would bring Unicode's case tables into the wasm (3.5 KB gz
    // measured), and a Chinese text has no case.
    let mut out = rest.to_string();
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    out
}

/// True when an English text counts times ("retried 6 times").
fn states_times(text: &str) -> bool {
    let words: Vec<&str> = tokens(text).collect();
    words.windows(2).any(|w| is_number(w[0]) && w[1] == "times")
}

/// True when an English text states a number other than an HTTP status ("fails with HTTP 400").
fn states_count(text: &str) -> bool {
    let mut after_http = false;
    for w in tokens(text) {
        if is_number(w) && !(after_http && is_status(w)) {
            return true;
        }
        after_http = w == "HTTP" || w == "status";
    }
    false
}

/// The words of an English text, cut at spaces and brackets, with punctuation trimmed.
fn tokens(text: &str) -> impl Iterator<Item = &str> {
    text.split(is_break).map(|w| w.trim_matches(is_punct))
}

fn is_break(c: char) -> bool {
    c.is_whitespace() || matches!(c, '(' | ')' | ',' | ';' | '$')
}

fn is_punct(c: char) -> bool {
    matches!(c, '.' | ':' | '`' | '"' | '\'')
}

/// `o:testmode`, `h:X-…`, `v:…`, `t:variables`; `message_ttl`; `recipient-variables` (hyphens
/// alone make English words: "developer-first").
fn is_param(w: &str) -> bool {
    let prefixed = w.len() > 2 && "o:|h:|v:|t:".split('|').any(|p| w.starts_with(p));
    let named = (w.contains('_') || w.ends_with("-variables"))
        && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-' || b == b'_');
    prefixed || named
}

/// A status code of its own ("HTTP 401", "return 200"), not the end of a name ("SHA256").
fn is_status(w: &str) -> bool {
    w.len() == 3 && w.bytes().all(|b| b.is_ascii_digit()) && matches!(w.as_bytes()[0], b'2' | b'4' | b'5')
}

/// True when a fact opens by explaining an HTTP status ("A 401 Unauthorized means …", "404 …").
fn explains_status(text: &str) -> bool {
    tokens(text).take(2).any(is_status)
}

/// True when an English text names a host or a URL (`smtp.mailgun.org`, `https://…`), not an
/// abbreviation ("e.g.").
fn names_host(text: &str) -> bool {
    tokens(text).any(|w| {
        let labels: Vec<&str> = w.split('.').collect();
        w.contains("://")
            || (labels.len() >= 2
                && labels.iter().all(|l| !l.is_empty() && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))
                && labels.last().is_some_and(|tld| tld.len() >= 2 && tld.bytes().all(|b| b.is_ascii_alphabetic())))
    })
}

/// How an English question asking whether something can be done begins.
const CAN_QUESTION: &str = "can i |can we |can you |can a |can the |could i |is it possible to ";

/// True when an English fact says that what a can-question asks cannot be done: the word after
/// its "cannot" (past a "be") and a word of the question start alike ("Can I change the region?"
/// and "… cannot be changed"), so the fact's "no" is the first sentence, as a "No, …" fact's would
/// be.
fn refuses_what_is_asked(fact: &str, question: &str) -> bool {
    let Some((_, rest)) = fact.split_once("cannot ") else {
        return false;
    };
    let word = rest.trim_start_matches("be ").split(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
    word.get(..4).is_some_and(|stem| question.split(' ').any(|w| w.starts_with(stem)))
}

fn is_number(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_digit()) || listed("one|two|three|four|five|once|twice", w)
}

/// A fact chosen to lead, in the answer's language.
#[derive(Clone, Debug, PartialEq)]
pub struct Lead {
    /// The sentence(s).
    pub text: String,
    /// The area whose fact it is (`None` for an API-wide fact or a plan answer).
    pub area: Option<AreaId>,
    /// How well it matched.
    pub score: f32,
    /// Where the fact comes from: a documentation URL or `seed`.
    pub source: &'static str,
}

/// Words (folded) that name each plan feature in a question.
const FEATURE_CUES: &[(Option<Feature>, &str)] = &[
    (Some(Feature::Sla), "sla|uptime|service level|可用性|服务等级"),
    (Some(Feature::Sso), "sso|saml|single sign|单点登录"),
    (Some(Feature::Logs), "email logs|logs|log retention|邮件日志|日志"),
    (Some(Feature::CustomDomains), "custom domains|1,000 domains|1000 domains|自定义域名"),
    (Some(Feature::PrioritySupport), "priority support|优先技术支持|优先支持"),
    (Some(Feature::PhoneSupport), "phone support|support phone|call support|call mailgun|support by phone|support over the phone|电话支持|客服电话|支持电话|电话客服"),
    (Some(Feature::Csm), "csm|customer success|客户成功"),
    (Some(Feature::TicketSupport), "ticket support|24/7|24x7|7x24|7×24|全天候|工单"),
    // `None`: dedicated IPs, priced apart from the plan features.
    (None, "dedicated ip|dedicated ips|专用 ip|专用ip|独立 ip|独立ip"),
];

/// The plan a question names (folded text), if exactly one.
fn named_plan(q: &str, data: &PricingData) -> Option<PlanId> {
    let mut found = None;
    for id in PlanId::ALL {
        if named_plan_is(q, data, id) {
            if found.is_some() {
                return None;
            }
            found = Some(id);
        }
    }
    found
}

/// Words (folded) that make a question about plans even when it names none ("which tier …").
const PLAN_WORDS: &str = "plan|plans|tier|tiers|subscription|套餐";

/// True when a question names a plan or speaks of plans: only then does an open "what …"
/// question about a gated feature ("what uptime SLA does Mailgun state?") want the plan rather
/// than the feature's own figure.
pub fn speaks_of_plans(question: &str) -> bool {
    let q = fold(question);
    any_cue(&q, PLAN_WORDS)
        || PricingData::get().ok().is_some_and(|data| PlanId::ALL.iter().any(|id| named_plan_is(&q, data, *id)))
}

/// True when `q` (folded) names plan `id`.
pub(super) fn named_plan_is(q: &str, data: &PricingData, id: PlanId) -> bool {
    plan_names(data, id).iter().any(|n| has_cue(q, n))
}

/// The names (folded) a question may call plan `id` by.
fn plan_names(data: &PricingData, id: PlanId) -> Vec<String> {
    let mut names = vec![id.id().to_string()];
    if let Some(p) = data.plan(id) {
        names.push(fold(p.name.en));
        names.push(fold(p.name.zh));
    }
    names
}

/// How many dedicated IPs a question (folded) counts, from two up, for the estimate: "2 dedicated
/// IPs", "three dedicated ips", "两个专用 IP". One, or none counted, is `None`.
pub(super) fn ips_counted(q: &str) -> Option<u32> {
    const WORDS: [(&str, u32); 8] =
        [("two", 2), ("three", 3), ("four", 4), ("five", 5), ("两", 2), ("二", 2), ("三", 3), ("四", 4)];
    let at = "dedicated ip|专用ip|专用 ip|独立ip|独立 ip".split('|').find_map(|c| q.find(c))?;
    let before = q[..at].trim_end();
    let before = before.strip_suffix('个').unwrap_or(before).trim_end();
    let word = before.rsplit(' ').next().unwrap_or("");
    // The number just before the words: "加2个专用IP" has no space before its 2.
    let digits = &word[word.trim_end_matches(|c: char| c.is_ascii_digit()).len()..];
    let n = crate::text::parse_int(digits)
        .and_then(|n| u32::try_from(n).ok())
        .or_else(|| WORDS.iter().find(|(w, _)| word.ends_with(w)).map(|(_, n)| *n));
    n.filter(|n| (2..=crate::pricing::MAX_IPS).contains(n))
}

/// The plan feature a question names (`Some(None)` for dedicated IPs).
fn named_feature(q: &str) -> Option<Option<Feature>> {
    named_features(q).next()
}

/// Every plan feature a question (folded) names (`None` for dedicated IPs). A question about
/// pools of dedicated IPs ("can I have more than one dedicated IP pool") asks about the pools,
/// which the plan table does not list, not whether a plan has dedicated IPs.
pub(super) fn named_features(q: &str) -> impl Iterator<Item = Option<Feature>> + '_ {
    let pools = any_cue(q, "ip pool|ip pools|ip 池|ip池");
    FEATURE_CUES.iter().filter(move |(f, cues)| !(pools && f.is_none()) && any_cue(q, cues)).map(|(f, _)| *f)
}

/// A yes/no or "which plan" answer about a plan feature, from the plan table.
///
/// ```
/// use mailgun_help_core::ask::lead::plan_lead;
/// use mailgun_help_core::lang::Lang;
/// let lead = plan_lead("Does the Foundation plan come with an uptime SLA?", Lang::En).unwrap();
/// assert!(lead.starts_with("No") && lead.contains("Enterprise"), "{lead}");
/// ```
pub fn plan_lead(question: &str, lang: Lang) -> Option<String> {
    let data = PricingData::get().ok()?;
    let q = fold(question);
    // Several features ("email logs and 24/7 ticket support") need the plan that has them all.
    let mut named = Vec::new();
    for feature in named_features(&q) {
        named.push(match feature {
            Some(f) => (data.min_plan_for(f)?, data.feature(f)?.name.get(lang).to_string()),
            None => (data.min_plan_for_ips()?, phrases::text(lang, phrase::FEATURE_DEDICATED_IP).to_string()),
        });
    }
    let min = named.iter().map(|(p, _)| *p).max()?;
    let plan_asked = named_plan(&q, data);
    // A plan that lacks some of them is said to lack those, not the ones it has.
    let lacking: Vec<String> = match plan_asked {
        Some(plan) if plan < min => named.iter().filter(|(p, _)| *p > plan).map(|(_, n)| n.clone()).collect(),
        _ => named.iter().map(|(_, n)| n.clone()).collect(),
    };
    let many = lacking.len() > 1;
    let name = join_names(&lacking, lang);
    let top = min == PlanId::Enterprise;
    let min_name = data.plan_name(min, lang);
    // Every plan from the lowest that has it up ("Scale and Enterprise"), so no reader has to
    // know the plans' order.
    let names: Vec<String> = PlanId::ALL.iter().filter(|p| **p >= min).map(|p| data.plan_name(*p, lang)).collect();
    let plans = join_names(&names, lang);
    let fill = |key, plan: &str| {
        phrases::fill(lang, key, &[("plan", plan), ("feature", &name), ("min", &min_name), ("plans", &plans)])
    };
    let pick = |one, several| if many { several } else { one };
    let lead = match plan_asked {
        Some(plan) if plan >= min => fill(phrase::PLAN_YES, &data.plan_name(plan, lang)),
        Some(plan) if top => fill(phrase::PLAN_NO_TOP, &data.plan_name(plan, lang)),
        Some(plan) => fill(pick(phrase::PLAN_NO, phrase::PLAN_NO_MANY), &data.plan_name(plan, lang)),
        None if top => capitalise(fill(pick(phrase::PLAN_MIN_TOP, phrase::PLAN_MIN_TOP_MANY), "")),
        None => capitalise(fill(pick(phrase::PLAN_MIN, phrase::PLAN_MIN_MANY), "")),
    };
    // "… which plan, and how much a month?": the lowest such plan's price too.
    let price = data.plan(min).and_then(|p| p.price_usd).filter(|_| any_cue(&q, PRICE_CUES));
    Some(match price {
        Some(usd) => {
            let usd = format!("${}", group(usd));
            let priced = phrases::fill(lang, phrase::PLAN_MIN_PRICE, &[("min", &min_name), ("usd", &usd)]);
            format!("{lead}{priced}")
        }
        None => lead,
    })
}

/// Words (folded) of a question about a plan's price or volume; a question that names a plan
/// and asks something else ("when does the Free plan's limit reset?") is left to the facts.
const PRICE_OR_VOLUME: &str = "price|pricing|cost|costs|how much|pay|fee|volume|how many|include|includes|included|per month|a month|monthly|per day|a day|费用|价格|多少钱|多少封|几封|包含|每月|月费|收费";

/// What a plan costs and includes, from the plan table, for a question that names one plan and
/// asks its price or volume ("how much is Scale?", "Foundation 每月多少封?").
///
/// ```
/// use mailgun_help_core::ask::lead::plan_price_lead;
/// use mailgun_help_core::lang::Lang;
/// let lead = plan_price_lead("How much is the Foundation plan per month?", Lang::En).unwrap();
/// assert!(lead.contains("$35") && lead.contains("50,000"), "{lead}");
/// ```
pub fn plan_price_lead(question: &str, lang: Lang) -> Option<String> {
    let data = PricingData::get().ok()?;
    let q = fold(question);
    if !any_cue(&q, PRICE_OR_VOLUME) {
        return None;
    }
    let plan = data.plan(named_plan(&q, data)?)?;
    // A feature the question names is a question of its own ("how many custom domains on
    // Foundation?"), unless the question asks a price and the named plan has the feature:
    // "Enterprise pricing with an SLA" still asks Enterprise's price.
    const PRICE: &str = "price|pricing|cost|how much|费用|价格|多少钱|收费";
    // "How much is Scale? They need a dedicated IP" asks the plan's price; "how much is a
    // dedicated IP on Scale" and "on Scale, what does a dedicated IP cost" ask the add-on's: the
    // one named nearer the price word is what is priced (the plan on a tie).
    let spans = |cues: &mut dyn Iterator<Item = &str>| -> Vec<(usize, usize)> {
        cues.filter(|c| has_cue(&q, c)).filter_map(|c| q.find(c).map(|at| (at, at + c.len()))).collect()
    };
    let price_at = spans(&mut PRICE.split('|'));
    let asks_price = !price_at.is_empty();
    // "What does Foundation include for support?" asks its support, not its price; "what time
    // does the Free plan's 100 a day reset?" asks a time.
    if !asks_price && any_cue(&q, "support|支持|客服|what time|when does|when do|when is|几点|什么时候") {
        return None;
    }
    let plan_at = spans(&mut plan_names(data, plan.id).iter().map(String::as_str));
    let feature_at = spans(&mut FEATURE_CUES.iter().flat_map(|(_, cues)| cues.split('|')));
    let gap = |a: &[(usize, usize)], b: &[(usize, usize)]| {
        a.iter().flat_map(|x| b.iter().map(move |y| if x.1 <= y.0 { y.0 - x.1 } else { x.0.saturating_sub(y.1) })).min()
    };
    // With no feature named, this is never asked (`named_feature` below finds the same cues).
    let plan_priced = matches!((gap(&plan_at, &price_at), gap(&feature_at, &price_at)), (Some(p), Some(f)) if p <= f);
    if named_feature(&q)
        .is_some_and(|f| !(asks_price && (plan_priced || f.is_some_and(|f| plan.features.contains(&f)))))
    {
        return None;
    }
    Some(plan_words(plan, lang, [phrase::PLAN_PRICE_CUSTOM, phrase::PLAN_PRICE_DAY, phrase::PLAN_PRICE_MONTH]))
}

/// A plan's price and volume in the phrase of `keys` that fits it: [custom price, a daily volume,
/// a monthly volume], filled from the plan table.
fn plan_words(plan: &Plan, lang: Lang, keys: [phrases::PhraseKey; 3]) -> String {
    let [custom, day, month] = keys;
    let key = match (plan.price_usd, plan.volume.per) {
        (None, _) => custom,
        (Some(_), Period::Day) => day,
        (Some(_), Period::Month) => month,
    };
    let price = plan.price_usd.unwrap_or(0).to_string();
    let (words, volume) = (in_words(plan.volume.emails, lang), group(plan.volume.emails));
    phrases::fill(
        lang,
        key,
        &[("plan", plan.name.get(lang)), ("price", &price), ("volume_words", &words), ("volume", &volume)],
    )
}

/// A round volume as people say it ("2.5 million", "250 万", as the knowledge base's `{millions:}`
/// and `{wan:}` placeholders write it, `pricing/owned.rs`, which the build script compiles on its
/// own and the wasm does not hold); others as digits.
fn in_words(n: u64, lang: Lang) -> String {
    match lang {
        Lang::En if n >= 1_000_000 && n % 100_000 == 0 => {
            let tenths = n / 100_000;
            let frac = if tenths % 10 == 0 { String::new() } else { format!(".{}", tenths % 10) };
            format!("{}{frac} million", tenths / 10)
        }
        Lang::Zh if n >= 10_000 && n % 10_000 == 0 => format!("{} 万", n / 10_000),
        _ => group(n),
    }
}

/// Words (folded) that ask how plans differ.
const COMPARE_CUES: &str = "difference|differences|different|differ|vs|versus|compare|comparison|区别|对比|比较|不同";

/// Each plan a question names, with its price, volume and what it adds, from the plan table, for a
/// question that compares two or more plans ("what's the difference between Foundation and
/// Scale?", "Scale 和企业版有什么区别").
///
/// ```
/// use mailgun_help_core::ask::lead::plans_compare_lead;
/// use mailgun_help_core::lang::Lang;
/// let lead = plans_compare_lead("foundation vs scale", Lang::En).unwrap();
/// assert!(lead.starts_with("Foundation $35") && lead.contains("Scale $90") && lead.contains("SAML SSO"), "{lead}");
/// assert_eq!(plans_compare_lead("how much is scale", Lang::En), None);
/// ```
pub fn plans_compare_lead(question: &str, lang: Lang) -> Option<String> {
    let q = fold(question);
    if !any_cue(&q, COMPARE_CUES) {
        return None;
    }
    let data = PricingData::get().ok()?;
    let named: Vec<&Plan> = data.plans.iter().filter(|p| named_plan_is(&q, data, p.id)).collect();
    if named.len() < 2 {
        return None;
    }
    let (colon, sep, end) = match lang {
        Lang::En => (": ", "; ", "."),
        Lang::Zh => ("：", "；", "。"),
    };
    let parts: Vec<String> =
        named.iter().map(|plan| format!("{}{colon}{}", plan_item(plan, lang), plan.summary.get(lang))).collect();
    Some(parts.join(sep) + end)
}

/// "Foundation $35 a month (50,000 emails)": a plan's price and volume as a list item.
fn plan_item(plan: &Plan, lang: Lang) -> String {
    plan_words(plan, lang, [phrase::PLAN_ITEM_CUSTOM, phrase::PLAN_ITEM_DAY, phrase::PLAN_ITEM_MONTH])
}

/// Words (folded) that ask what something costs.
const PRICE_CUES: &str = "price|prices|pricing|cost|costs|how much|多少钱|价格|费用|收费|定价";

/// Everything else a question that asks only what Mailgun costs may say: question words, the
/// product's and plans' generic names, price words ("how much does it cost?", "mailgun pricing").
const PRICES_ONLY: &str = "how|much|does|do|is|are|what|whats|s|the|a|it|its|cost|costs|price|prices|pricing|plan|plans|tier|tiers|mailgun|mailguns|of|for|your|you|i|we|to|use|using|there|all|each|per|month|monthly|pay|list|me|please|pls";

/// The Chinese side of [`PRICES_ONLY`], cut out of the question before the check.
const PRICES_ONLY_ZH: &str =
    "多少钱|价格|费用|收费|定价|套餐|是多少|多少|怎么|如何|有哪些|哪些|每个|各|的|是|吗|呢|用|要|每月|贵";

/// Every plan with its price and volume in one sentence, from the plan table, for a question that
/// asks what Mailgun costs and names nothing in particular: no plan, feature or add-on.
///
/// ```
/// use mailgun_help_core::ask::lead::plans_overview_lead;
/// use mailgun_help_core::lang::Lang;
/// let lead = plans_overview_lead("how much does mailgun cost?", Lang::En).unwrap();
/// assert!(lead.contains("$35") && lead.contains("$90") && lead.contains("100 emails a day"), "{lead}");
/// assert_eq!(plans_overview_lead("how much does a dedicated IP cost?", Lang::En), None);
/// ```
pub fn plans_overview_lead(question: &str, lang: Lang) -> Option<String> {
    let q = fold(question);
    if !any_cue(&q, PRICE_CUES) {
        return None;
    }
    let mut rest = q.clone();
    for cue in PRICES_ONLY_ZH.split('|') {
        rest = rest.replace(cue, " ");
    }
    if rest.split(|c: char| !c.is_alphanumeric()).any(|w| !w.is_empty() && !listed(PRICES_ONLY, w)) {
        return None;
    }
    let data = PricingData::get().ok()?;
    let items: Vec<String> = data.plans.iter().map(|plan| plan_item(plan, lang)).collect();
    Some(phrases::fill(lang, phrase::PLANS_OVERVIEW, &[("list", &join_names(&items, lang))]))
}

/// Words (folded) of a question that asks whether something comes with a plan or is sold apart:
/// "does Scale include validation, or is that sold separately?" is open in form (an either-or),
/// but wants the same "no, it is an add-on" as a yes/no question.
const INCLUSION: &str =
    "include|includes|included|come with|comes with|separately|part of|包含|包括|单独购买|另外收费|单独收费";

/// True when a question asks whether something is included in a plan or sold apart.
pub fn asks_inclusion(question: &str) -> bool {
    let q = fold(question);
    any_cue(&q, INCLUSION)
}

/// For a question about Optimize and a plan, or about whether Optimize is included at all ("is
/// email validation included?"): Optimize is an add-on no plan includes.
pub fn optimize_lead(question: &str, asks: Asks, lang: Lang) -> Option<String> {
    let data = PricingData::get().ok()?;
    let q = fold(question);
    // Optimize, or what it sells: address validation and inbox placement tests.
    const CUES: &str = "optimize|validation|validations|validate|inbox placement|邮箱验证|地址验证|收件箱投放";
    let whether_included = asks == Asks::YesNo && asks_inclusion(question);
    if !any_cue(&q, CUES) || (named_plan(&q, data).is_none() && !whether_included) {
        return None;
    }
    let name = |i: usize| data.optimize_tiers.get(i).map(|o| o.name.get(lang).to_string()).unwrap_or_default();
    Some(phrases::fill(lang, phrase::OPTIMIZE_ADDON, &[("pilot", &name(0)), ("starter", &name(1))]))
}

/// "A, B and C" (English) or "A、B 和企业版" (Chinese: a space only beside Latin text).
fn join_names(names: &[String], lang: Lang) -> String {
    let (comma, and) = match lang {
        Lang::En => (", ", "{a} and {b}"),
        Lang::Zh => ("、", "{a}和{b}"),
    };
    match names.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => fill_text(lang, and, &[("a", &rest.join(comma)), ("b", last)]),
    }
}

/// The first letter in upper case ("SAML single sign-on: …" from "SAML…", "an uptime SLA" → "An uptime SLA").
fn capitalise(s: String) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c.is_ascii_lowercase() => c.to_ascii_uppercase().to_string() + chars.as_str(),
        _ => s,
    }
}

/// The best-matching fact of the whole knowledge base for a question of kind `asks`, preferring
/// facts of `area` and, for "what is …", a fact that defines one of `defined` (see
/// [`defined_subjects`]).
/// `None` when no fact clears the bar for that kind of question.
pub fn fact_lead(
    kb: &Kb,
    query: &Query,
    asks: Asks,
    defined: &[String],
    area: Option<AreaId>,
    lang: Lang,
) -> Option<Lead> {
    let min = if asks.wants_fact() { DIRECT_MIN } else { LEAD_MIN };
    fact_candidates(kb, query, asks, defined, area, lang).into_iter().next().filter(|l| l.score >= min)
}

/// The APIs a fact can be about alone ("Metrics API calls are rate-limited …").
const NAMED_APIS: &str = "Metrics|Events|Logs|Stats|Templates|Webhooks|Validations|Domains|Routes|Tags";

/// True unless a fact is about one named API ("Metrics API calls are rate-limited …", "指标 API
/// 的调用限流 …") that the folded question does not name: "what is Mailgun's rate limit" asks about
/// every call, not the Metrics API's.
fn scope_named(fact: &Fact, folded: &str) -> bool {
    let en = fact.text.en.strip_prefix("The ").unwrap_or(fact.text.en);
    let Some(name) = en.split_once(" API").map(|(n, _)| n).filter(|n| listed(NAMED_APIS, n)) else {
        return true;
    };
    // Its Chinese name is the Chinese the Chinese side opens with ("指标", "事件（Events）").
    let zh: String = fact.text.zh.chars().take_while(|c| !c.is_ascii() && !"（(".contains(*c)).collect();
    let zh = zh.trim();
    folded.contains(name.to_ascii_lowercase().trim_end_matches('s')) || (!zh.is_empty() && folded.contains(zh))
}

/// True when a folded question speaks of SMTP: by name, by its headers (how SMTP sends options),
/// or by a relay, a mail server or a port.
fn speaks_of_smtp(folded: &str) -> bool {
    any_cue(folded, "smtp|x mailgun|header|headers|relay|relayhost|postfix|port|ports|头|中继|端口")
}

/// The things a question asks to have defined, folded and without their articles, when the
/// question is nothing but that: "what is a dedicated IP?" → ["dedicated ip"], "什么是专用 IP" →
/// ["专用ip"], "what's the difference between a soft and a hard bounce" and "软退信和硬退信有什么区别"
/// → both sides. Empty for any other question.
pub fn defined_subjects(question: &str) -> Vec<String> {
    let folded = fold(question);
    let q = folded.trim().trim_end_matches(['?', '？', '.', '。', '!', '！', ' ']);
    let english = |subject: &str| -> Option<String> {
        let subject = "a |an |the ".split('|').find_map(|a| subject.strip_prefix(a)).unwrap_or(subject).trim();
        (subject.is_ascii() && (1..=4).contains(&subject.split_whitespace().count())).then(|| subject.to_string())
    };
    let chinese = |subject: &str| -> Option<String> {
        let subject: String = subject.chars().filter(|c| !c.is_whitespace()).collect();
        (2..=12).contains(&subject.chars().count()).then_some(subject)
    };
    let both = |pair: Option<(&str, &str)>, one: &dyn Fn(&str) -> Option<String>| -> Vec<String> {
        pair.and_then(|(x, y)| Some(vec![one(x)?, one(y)?])).unwrap_or_default()
    };
    const DIFFERENCE: &str = "what is the difference between |what's the difference between |difference between ";
    if let Some(rest) = DIFFERENCE.split('|').find_map(|p| q.strip_prefix(p)) {
        return both(rest.split_once(" and "), &english);
    }
    if let Some(rest) = "what is |what's |whats |what are ".split('|').find_map(|p| q.strip_prefix(p)) {
        return english(rest).into_iter().collect();
    }
    if let Some(rest) = "有什么区别|的区别是什么|有什么不同|的区别".split('|').find_map(|s| q.strip_suffix(s))
    {
        return both(rest.split_once(['和', '与', '跟']), &chinese);
    }
    q.strip_prefix("什么是")
        .or_else(|| "是什么意思|是什么|是干嘛的|是干什么的|是做什么的".split('|').find_map(|s| q.strip_suffix(s)))
        .and_then(chinese)
        .into_iter()
        .collect()
}

/// True when a fact opens by defining `subject` ("A dedicated IP is …", "专用 IP 是…").
fn defines(fact: &Fact, subject: &str) -> bool {
    if subject.is_ascii() {
        let en = fold(fact.text.en);
        // "What are dedicated IPs?" is answered by "A dedicated IP is …" too.
        let one = subject.strip_suffix('s').unwrap_or(subject);
        return "a |an |the |".split('|').any(|a| {
            " is | are ".split('|').any(|v| [subject, one].iter().any(|s| en.starts_with(&format!("{a}{s}{v}"))))
        });
    }
    let zh: String = fold(fact.text.zh).chars().filter(|c| !c.is_whitespace()).collect();
    zh.strip_prefix(subject).is_some_and(|rest| rest.starts_with('是'))
}

/// Every fact as a possible lead, best first (for [`fact_lead`] and for debugging a ranking).
pub fn fact_candidates(
    kb: &Kb,
    query: &Query,
    asks: Asks,
    defined: &[String],
    area: Option<AreaId>,
    lang: Lang,
) -> Vec<Lead> {
    let mut facts: Vec<(&Fact, Option<AreaId>)> = Vec::new();
    for a in kb.areas {
        for f in a.facts {
            facts.push((f, Some(a.id)));
        }
    }
    for f in kb.api.facts {
        facts.push((f, None));
    }
    let mut texts = Vec::with_capacity(facts.len());
    for (f, _) in &facts {
        texts.push(both(&f.text));
    }
    let mut scores = query.score_all(&texts);
    let wanted = match asks {
        Asks::Value(kind) => kind,
        _ => None,
    };
    // A name is asked for by "which …" or "what is … called", not by "how many …".
    // A question without a question word ("api endpoint to create a webhook") asks for the shape
    // it names too, when that shape is an endpoint or a header: "field" and "event" also name what
    // a question is about rather than what it wants ("which two fields are joined").
    let shape = match asks {
        Asks::Value(None | Some(FactKind::List)) => asked_shape(&query.folded),
        Asks::Open => asked_shape(&query.folded).filter(|s| matches!(s, Shape::Endpoint | Shape::Header)),
        // "Is there an endpoint that …?" ("有没有…的接口") is answered by the endpoint.
        Asks::YesNo => asked_shape(&query.folded).filter(|s| *s == Shape::Endpoint),
        _ => None,
    };
    let smtp_asked = speaks_of_smtp(&query.folded);
    // "Can I send attachments?" asks whether and how at once: a step answers both.
    let asks_how = asks == Asks::HowTo
        || (asks == Asks::YesNo && "can i |can we |could i ".split('|').any(|c| query.folded.starts_with(c)));
    let asks_can = asks == Asks::YesNo && CAN_QUESTION.split('|').any(|c| query.folded.starts_with(c));
    for (s, (f, a)) in scores.iter_mut().zip(&facts) {
        if *s <= 0.0 {
            continue;
        }
        let shaped = shape.map(|sh| has_shape(f.text.en, sh));
        if defined.iter().any(|d| defines(f, d)) {
            *s *= SAYS_WHAT;
        } else if wanted.is_some() && f.kind == wanted {
            *s *= KIND_BONUS;
        } else if wanted == Some(FactKind::Count) && f.kind == Some(FactKind::List) && states_number(f.text.en) {
            // "How many event types?" is answered by the list that counts them.
        } else if wanted == Some(FactKind::Count) && f.kind == Some(FactKind::Duration) && states_times(f.text.en) {
            // "How many times is a webhook retried?" is answered by the schedule that counts them.
        } else if wanted.is_some() && f.kind.is_some() {
            // A value of another kind ("which key" for "how long is the token").
            *s *= NO_VALUE;
        } else if matches!(asks, Asks::Value(_))
            && f.kind.is_none()
            && !states_number(f.text.en)
            && !(shape == Some(Shape::Endpoint) && shaped == Some(true))
        {
            // A value question is best answered by a fact that states a value; the API path it
            // asks for is one ("POST /v5/sandbox/auth_recipients").
            *s *= NO_VALUE;
        } else if wanted == Some(FactKind::Count) && f.kind.is_none() && !states_count(f.text.en) {
            // "What's the limit?" is not answered by the status an error comes with ("HTTP 400").
            *s *= NO_VALUE;
        }
        if wanted == Some(FactKind::Host) && !names_host(f.text.en) {
            // "Which server address?" is answered by a fact that names a host, not by one that
            // only shares the question's words ("the SMTP relay").
            *s *= NO_VALUE;
        }
        if area.is_some() && *a == area {
            *s *= AREA_BONUS;
        }
        let over_smtp = *a == Some(AreaId::Smtp) || f.text.en.starts_with("Over SMTP");
        if !smtp_asked && over_smtp {
            *s *= OTHER_TRANSPORT;
        } else if smtp_asked && over_smtp {
            // "How do I tag messages when sending through the SMTP relay?" wants the header.
            *s *= AREA_BONUS;
        }
        let says_yes_or_no = "Yes,|Yes:|Yes.|No,|No:|No.".split('|').any(|y| f.text.en.starts_with(y))
            || (asks_can && refuses_what_is_asked(f.text.en, &query.folded));
        if asks == Asks::YesNo && says_yes_or_no {
            *s *= SAYS_YES_OR_NO;
        } else if asks == Asks::HowTo && says_yes_or_no {
            // "How do I send with a template?" is not answered by "Yes, Mailgun stores templates".
            *s /= SAYS_YES_OR_NO;
        }
        if asks_how && f.text.en.starts_with("To ") {
            *s *= SAYS_HOW;
        }
        if asks == Asks::HowTo && explains_status(f.text.en) && !tokens(&query.folded).any(is_status) {
            // "How do I send from my EU domain?" is not asking what a 401 means.
            *s *= NO_VALUE;
        }
        if let Some(shaped) = shaped {
            *s *= if shaped { KIND_BONUS } else { NO_VALUE };
        }
        if !scope_named(f, &query.folded) {
            *s *= NO_VALUE;
        }
    }
    let mut out = Vec::with_capacity(facts.len());
    for i in order(&scores) {
        let (fact, fact_area) = facts[i];
        out.push(Lead {
            text: fact.text.get(lang).to_string(),
            area: fact_area,
            score: scores[i],
            source: fact.source,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fact_that_cannot_do_what_is_asked_answers_a_can_question() {
        let region = "A domain's region is fixed when the domain is created and cannot be changed, moved or migrated.";
        assert!(refuses_what_is_asked(region, "can i change the region of a domain"));
        assert!(refuses_what_is_asked(region, "can we change our domain's region"));
        // Its "cannot" is about something else than what is asked.
        assert!(!refuses_what_is_asked(region, "can i send from an eu domain"));
        assert!(!refuses_what_is_asked("EU domains use the EU hosts.", "can i change the region"));
    }

    #[test]
    fn a_status_after_http_is_not_a_count() {
        assert!(!states_count("Sending to an unauthorized address fails with HTTP 400."));
        assert!(!states_count("the API answers with HTTP status 429"));
        assert!(states_count("A sandbox sends to at most 5 authorized recipients."));
        assert!(states_count("up to 500 recipients"));
    }

    #[test]
    fn round_volumes_are_said_in_words_and_others_in_digits() {
        assert_eq!(in_words(2_500_000, Lang::En), "2.5 million");
        assert_eq!(in_words(3_000_000, Lang::En), "3 million");
        assert_eq!(in_words(2_500_000, Lang::Zh), "250 万");
        assert_eq!(in_words(2_512_345, Lang::En), "2,512,345");
        assert_eq!(in_words(50_000, Lang::En), "50,000");
        assert_eq!(in_words(5_000, Lang::Zh), "5,000");
    }

    #[test]
    fn a_definition_question_names_its_subject_and_only_a_definition_defines_it() {
        let subjects = |q: &str| defined_subjects(q);
        assert_eq!(subjects("What is a dedicated IP?"), ["dedicated ip"]);
        assert_eq!(subjects("what are dedicated IPs"), ["dedicated ips"]);
        assert_eq!(subjects("什么是专用 IP？"), ["专用ip"]);
        assert_eq!(subjects("专用IP是什么"), ["专用ip"]);
        assert_eq!(subjects("子账户是干嘛的"), ["子账户"]);
        assert_eq!(
            subjects("What's the difference between a soft bounce and a hard bounce?"),
            ["soft bounce", "hard bounce"]
        );
        assert_eq!(subjects("软退信和硬退信有什么区别"), ["软退信", "硬退信"]);
        for q in
            ["how much is a dedicated IP", "what is the price of a dedicated ip for our team plan", "是什么", "what is"]
        {
            assert!(subjects(q).is_empty(), "{q}");
        }
        let fact = |en: &'static str, zh: &'static str| Fact {
            text: crate::text::Text { en, zh },
            source: "seed",
            kind: None,
        };
        let definition = fact("A dedicated IP is an address of your own.", "专用 IP 是你自己的地址。");
        let price = fact("A dedicated IP costs $59 a month.", "专用 IP 每月 $59。");
        for subject in ["dedicated ip", "dedicated ips", "专用ip"] {
            assert!(defines(&definition, subject), "{subject}");
            assert!(!defines(&price, subject), "{subject}");
        }
    }

    #[test]
    fn smtp_is_spoken_of_by_name_header_relay_or_port_not_inside_other_words() {
        for q in ["tag over smtp", "which x mailgun header", "postfix relay port", "走smtp发送用哪个头", "端口"]
        {
            assert!(speaks_of_smtp(q), "{q}");
        }
        for q in ["api param to tag a message", "does mailgun support reports", "import contacts"] {
            assert!(!speaks_of_smtp(q), "{q}");
        }
    }

    #[test]
    fn only_questions_about_plans_get_a_plan_answer_to_an_open_question() {
        assert!(speaks_of_plans("which tier has SAML SSO"));
        assert!(speaks_of_plans("does Foundation have email logs"));
        assert!(speaks_of_plans("企业版有 SLA 吗"));
        assert!(!speaks_of_plans("What uptime SLA does Mailgun state?"));
        assert!(!speaks_of_plans("what does the explanation say"), "`plan` inside a word is no plan");
    }

    #[test]
    fn plan_gates_come_from_the_plan_table_in_both_languages() {
        let sla = plan_lead("Does the Foundation plan come with an uptime SLA?", Lang::En).expect("a plan answer");
        assert!(sla.starts_with("No") && sla.contains("Enterprise"), "{sla}");
        let sso = plan_lead("does scale include SAML SSO", Lang::En).expect("a plan answer");
        assert!(sso.starts_with("Yes") && sso.contains("Scale"), "{sso}");
        let ips = plan_lead("Can I get a dedicated IP on Foundation?", Lang::En).expect("a plan answer");
        assert!(ips.starts_with("No") && ips.contains("Scale"), "{ips}");
        let which = plan_lead("Which plan has email logs?", Lang::En).expect("a plan answer");
        assert!(which.contains("Foundation"), "{which}");
        let zh = plan_lead("Foundation 套餐有 SLA 吗？", Lang::Zh).expect("a plan answer");
        assert!(zh.starts_with("不包含") && zh.contains("企业版"), "{zh}");
        assert_eq!(plan_lead("how do I send an email", Lang::En), None);
    }

    #[test]
    fn whether_optimize_is_included_is_answered_no_with_or_without_a_plan() {
        for q in
            ["is email validation included", "does the Scale plan include inbox placement", "邮箱验证包含在套餐里吗"]
        {
            let lang = if q.is_ascii() { Lang::En } else { Lang::Zh };
            let lead = optimize_lead(q, crate::ask::asks::asks(q), lang).unwrap_or_default();
            assert!(lead.starts_with("No") || lead.starts_with("不包含"), "{q}: {lead}");
        }
        let q = "does mailgun offer email validation";
        assert_eq!(optimize_lead(q, crate::ask::asks::asks(q), Lang::En), None, "no plan, no inclusion");
    }

    #[test]
    fn a_gated_feature_names_every_plan_that_has_it() {
        let ips = plan_lead("Which plans let me add a dedicated IP?", Lang::En).expect("a plan answer");
        assert!(ips.contains("Scale and Enterprise"), "{ips}");
        let logs = plan_lead("哪些套餐有邮件日志？", Lang::Zh).expect("a plan answer");
        assert!(logs.contains("Foundation、Scale 和企业版"), "{logs}");
    }

    #[test]
    fn an_either_or_question_about_what_a_plan_includes_asks_about_inclusion() {
        assert!(asks_inclusion("Does Scale include validation, or is that sold separately?"));
        assert!(asks_inclusion("Scale 套餐包含邮箱验证吗，还是要单独购买？"));
        assert!(!asks_inclusion("How much is the Scale plan?"));
        assert!(asks_inclusion("We're on Scale. Is inbox placement testing part of our plan?"));
        assert!(!asks_inclusion("what does the inclusive range mean"), "a longer word is no cue");
    }

    #[test]
    fn a_plan_question_about_something_else_is_left_to_the_facts() {
        assert!(plan_price_lead("how much is the Foundation plan?", Lang::En).is_some());
        assert_eq!(plan_price_lead("When does the Free plan's sending limit reset?", Lang::En), None);
    }

    #[test]
    fn shapes_are_read_from_the_question_and_the_fact() {
        assert_eq!(asked_shape("which endpoint validates an address"), Some(Shape::Endpoint));
        assert_eq!(asked_shape("what status code should i return"), Some(Shape::Status));
        assert_eq!(asked_shape("通过api定时发送用哪个参数"), Some(Shape::Param));
        assert_eq!(asked_shape("how do i send mail"), None);
        assert_eq!(asked_shape("year did mailgun start"), Some(Shape::Year));
        assert!(names_host("SMTP hosts: smtp.mailgun.org for US domains."));
        assert!(names_host("Base URL: https://api.mailgun.net/v3/"));
        assert!(!names_host("Mailgun is API-first, e.g. the SMTP relay."));
        assert!(has_shape("Founded in 2010 by two engineers.", Shape::Year));
        assert!(!has_shape("Up to 2500 validations, 1000 per call.", Shape::Year));
        assert!(has_shape("Validate one address with GET /v4/address/validate", Shape::Endpoint));
        assert!(has_shape("Routes live at /v3/routes.", Shape::Endpoint));
        assert!(!has_shape("US https://api.mailgun.net/v3/, EU …", Shape::Endpoint));
        assert!(!has_shape("Mailgun is a developer-first email API", Shape::Param));
        assert!(has_shape("Schedule a message with o:deliverytime", Shape::Param));
        assert!(has_shape("Personalise it with recipient-variables, a JSON object", Shape::Param));
        assert!(has_shape("the TTL is message_ttl.", Shape::Param));
        assert!(has_shape("Return 200 and Mailgun stops retrying", Shape::Status));
        assert!(!has_shape("HMAC-SHA256 of timestamp + token", Shape::Status));
        assert!(has_shape("events: permanent_fail, complained", Shape::Event));
        assert!(!has_shape("Each event type takes up to 3 URLs", Shape::Event));
        assert!(has_shape("A rejected event means Mailgun refused the request", Shape::Event));
        assert!(!has_shape("Mailgun rejected the request", Shape::Event));
        assert_eq!(asked_shape("what's the api path for creating a webhook"), Some(Shape::Endpoint));
        assert_eq!(asked_shape("what extra field shows up"), Some(Shape::Param));
        assert_eq!(asked_shape("the events api is deprecated, what replaces it"), None);
    }

    #[test]
    fn numbers_are_stated_words_or_digits_not_versions() {
        assert!(states_number("a random 50-character string"));
        assert!(states_number("Each request carries one event."));
        assert!(!states_number("Create it with POST /v3/domains"));
        assert!(!states_number("compute HMAC-SHA256 of it"));
    }

    #[test]
    fn words_are_matched_whole() {
        assert!(has_cue("does scale have sso", "scale"));
        assert!(!has_cue("upscaled", "scale"));
        assert!(has_cue("企业版有sla吗", "企业版"));
    }
}
