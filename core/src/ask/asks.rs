//! What kind of answer a question wants, decided before looking for one (after Li & Roth's question
//! classes, cut down to what this product needs): a value of some kind ("which port", "how many",
//! "多少"), a yes or no ("does Foundation include…", "…吗"), a how-to, or a why. The kind decides
//! what may lead the answer: a value question is led only by a fact that states a value, first of
//! the kind asked.
//!
//! The cue words are matching vocabulary, not reader-visible text, so they live here beside the
//! code that reads them; the question is folded first (lower case, full-width forms narrowed).

use super::normalise::{any_cue, fold, has_cue, listed};
use crate::kb::model::FactKind;

/// The kind of answer a question asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Asks {
    /// A value; the kind when the question says which ("which port" → [`FactKind::Port`]).
    Value(Option<FactKind>),
    /// Yes or no ("does…", "can I…", "…吗").
    YesNo,
    /// Steps ("how do I…", "如何…").
    HowTo,
    /// A cause ("why…", "为什么…").
    Why,
    /// None of these (a bare topic: "webhooks").
    Open,
}

impl Asks {
    /// True for the kinds a single fact answers (a value or a yes/no).
    pub fn wants_fact(self) -> bool {
        matches!(self, Asks::Value(_) | Asks::YesNo)
    }
}

/// Cue phrases (folded, `|`-separated) for each value kind, English and Chinese. The first kind
/// whose cue the question holds wins, so the more specific kinds come first.
const VALUE_CUES: &[(FactKind, &str)] = &[
    (FactKind::Port, "port|ports|端口"),
    (
        FactKind::Host,
        "hostname|host name|what host|which host|server address|smtp server|mx record|mx host|which dns record|what dns record|base url|endpoint url|api url|cname|主机|服务器地址|域名是什么|网址|地址是|point to|points to|指向哪|指向什么",
    ),
    (
        FactKind::Key,
        "which key|what key|which api key|signing key|what credential|which credential|哪个密钥|什么密钥|用什么密钥|哪个 key|签名密钥",
    ),
    (
        FactKind::Price,
        "how much|cost|price|pricing|per month|$|多少钱|价格|费用|收费|多钱|起价|售价|价钱|月费",
    ),
    (FactKind::Size, "size|how big|how large|biggest|largest|mb|kb|大小|多大|最大"),
    (
        FactKind::Duration,
        "how long|how far ahead|how far in advance|how many days|how many hours|retention|retain|keep|expire|delay|间隔|多久|多长|多长时间|几天|几小时|多少天|多少小时|多少分钟|保留",
    ),
    (FactKind::Format, "format|what format|which format|syntax|格式"),
    (
        FactKind::Plan,
        "which plan|what plan|plan includes|included in|which tier|哪个套餐|什么套餐|套餐包含|哪些套餐",
    ),
    (
        FactKind::List,
        "which events|what events|event types|what values|which values|possible values|list of|哪些|有哪些|哪几种|哪几类",
    ),
    (
        FactKind::Count,
        "how many|max|maximum|limit|up to|at most|number of|多少|几个|几封|几次|上限|最多",
    ),
];

/// Cues of a question that asks for an HTTP status or error code (also the lead's status shape).
pub const STATUS_CODE: &str = "status code|error code|http code|response code|return code|状态码|错误码|返回码";

/// Cues of a value question whose kind is left open ("what is the …").
/// Checked after the yes/no, why and how-to cues, so "what" here is a question that is none of those
/// ("what algorithm signs webhooks", "where do v: variables show up", "what does it default to").
const VALUE_OPEN: &str =
    "what is the|what's the|whats the|which|what are the|what|where|default|defaults|是什么|是多少|哪个|什么|默认|哪里";

/// How a yes/no question starts (English) or ends (Chinese).
const YES_NO_START: &str =
    "does |do |is |are |am i |can |could |will |would |should i |has |have |did |is there|are there|do i need";
const YES_NO_ZH: &str = "吗|是否|能否|可否|有没有|是不是|能不能|可不可以|支不支持";
const HOW_TO: &str = "how do|how to|how can|how should|steps to|set up|setup|怎么|如何|怎样|步骤";
const WHY: &str = "why|not working|doesn't work|does not work|fails|failing|error|为什么|失败|报错|不工作|收不到";

/// The first sentence of a question of several, when it is the only one that ends with a question
/// mark: "What's the biggest message Mailgun accepts? The customer attaches PDFs." asks in it, and
/// the rest is context. A question that gives its context first ("My key fails on /v3/routes. What
/// status is that?") leans on it, and has none.
pub fn asking_sentence(question: &str) -> Option<&str> {
    let mark = question.find(['?', '？'])?;
    let (asking, rest) = question.split_at(mark + question[mark..].chars().next()?.len_utf8());
    let context_before = asking.contains(['!', '！', '。', '\n']) || asking.contains(". ");
    (!context_before && !rest.contains(['?', '？']) && rest.chars().any(char::is_alphanumeric)).then_some(asking)
}

/// `question` without the words that say what kind of answer it wants ("how many", "which",
/// "多少"), so ranking facts by what they share with it ranks them by topic alone: "how many" must
/// not make every fact with "up to" look relevant.
pub fn topic(question: &str) -> String {
    let mut q = api_call_named(&fold(question));
    // "Does Mailgun support webhooks?" is about webhooks: its opening verb would otherwise pick
    // the facts that say "Mailgun support" (the support team).
    if let Some(rest) = SUPPORT_OPENERS.split('|').find_map(|o| q.strip_prefix(o)) {
        q = format!(" {rest}");
    }
    let mut cues: Vec<&str> = Vec::new();
    for (_, list) in VALUE_CUES {
        cues.extend(list.split('|'));
    }
    cues.extend(VALUE_OPEN.split('|'));
    cues.extend(YES_NO_ZH.split('|'));
    // Longest first, so "how many days" goes before "how many".
    crate::sort::sort_by(&mut cues, |a, b| a.len() > b.len());
    for c in cues {
        // Cues that name a topic as well as a kind stay ("port", "price", "smtp server").
        if listed(TOPICAL, c) {
            continue;
        }
        if has_cue(&q, c) {
            q = q.replace(c, " ");
        }
    }
    q
}

/// Yes/no openers (folded) whose verb says "offers", not the support team.
const SUPPORT_OPENERS: &str =
    "does mailgun support |does mailgun supports |do you support |does it support |can mailgun support ";

/// `q` (folded) with "哪个 API" / "什么 API" written as "API 接口": the question word goes with the
/// other cues, and what it asked for, an API call, stays ("删除一个域名用哪个 API?"). A question that
/// names a key or a parameter ("哪个 API 密钥", "哪个 API 参数") asks for that, and is left alone.
fn api_call_named(q: &str) -> String {
    if "密钥|key|参数|param|选项|字段|头".split('|').any(|k| q.contains(k)) {
        return q.to_string();
    }
    q.replace("哪个 api", " api 接口")
        .replace("哪个api", " api 接口")
        .replace("什么 api", " api 接口")
        .replace("什么api", " api 接口")
}

/// Cue words that also say what the question is about, kept by [`topic`].
const TOPICAL: &str = "port|端口|hostname|host name|smtp server|mx record|mx host|base url|api url|cname|signing key|签名密钥|cost|price|pricing|价格|费用|收费|size|大小|biggest|largest|最大|retention|保留|format|格式|syntax|event types|主机|网址|expire|keep|default|defaults|默认";

/// `q` without "keep"/"keeps" where it means "go on doing" ("my test inboxes keep landing on the
/// bounce list"): only "keep" as in retention ("how long do you keep logs") asks for a duration.
fn without_keep_doing(q: &str) -> String {
    let words: Vec<&str> = q.split(' ').collect();
    let mut kept: Vec<&str> = Vec::with_capacity(words.len());
    for (i, w) in words.iter().enumerate() {
        let next_is_doing = words.get(i + 1).is_some_and(|n| n.len() > 4 && n.ends_with("ing"));
        if !((*w == "keep" || *w == "keeps") && next_is_doing) {
            kept.push(w);
        }
    }
    kept.join(" ")
}

/// Duration cues that only say something is kept ("keep", "保留"): with a count cue, the
/// question asks how many are kept.
const KEEPING: &str = "retain|keep|保留";

/// True when `q` (folded) holds a duration cue other than a verb of keeping.
fn names_a_duration(q: &str) -> bool {
    VALUE_CUES
        .iter()
        .filter(|(k, _)| *k == FactKind::Duration)
        .flat_map(|(_, cues)| cues.split('|'))
        .any(|c| !listed(KEEPING, c) && has_cue(q, c))
}

/// The kind of answer `question` asks for.
///
/// ```
/// use mailgun_help_core::ask::asks::{asks, Asks};
/// use mailgun_help_core::kb::model::FactKind;
/// assert_eq!(asks("Which port should I use for SMTP?"), Asks::Value(Some(FactKind::Port)));
/// assert_eq!(asks("Does the Foundation plan come with an SLA?"), Asks::YesNo);
/// assert_eq!(asks("How do I verify my domain?"), Asks::HowTo);
/// assert_eq!(asks("一封邮件最多可以加几个标签？"), Asks::Value(Some(FactKind::Count)));
/// ```
pub fn asks(question: &str) -> Asks {
    let q = fold(question);
    let q = q.trim();
    // "Which status code means I hit the rate limit?" asks a code, not a count: the status code is
    // the value (the lead reads its shape), whatever other cue the question holds.
    if any_cue(q, STATUS_CODE) && !(q.starts_with("why") || q.contains("为什么")) {
        return Asks::Value(None);
    }
    // "好几个事件" is "several events", not "how many".
    let q = &without_keep_doing(q).replace("好几", " ");
    let value = VALUE_CUES.iter().find(|(_, cues)| any_cue(q, cues)).map(|(k, _)| *k);
    let starts_yes_no = YES_NO_START.split('|').any(|s| q.starts_with(s)) || any_cue(q, YES_NO_ZH);
    // "How do I …" is a how-to even when it names a value ("how do I set the port"); "how many"
    // and "how long" are values, which the cue table found first.
    // "How long is the token?" asks a length, not a time ("Which SMTP server and port?" asks for
    // the settings, which the host fact gives with its port).
    let value = match value {
        Some(FactKind::Port) if any_cue(q, "hostname|host name|server and port|主机名|服务器地址|服务器和端口") => {
            Some(FactKind::Host)
        }
        Some(FactKind::Duration) if any_cue(q, "string|token|characters|chars|字符|位") => Some(FactKind::Size),
        // "What's the max page size?" asks how many items a page holds.
        Some(FactKind::Size) if any_cue(q, "page size|batch size") => Some(FactKind::Count),
        // "What key sizes can I choose?" asks a size, not which key.
        Some(FactKind::Key | FactKind::Count) if any_cue(q, "key size|key sizes|key length|密钥长度") => {
            Some(FactKind::Size)
        }
        // "一个模板最多能保留多少个版本" asks how many versions are kept, not for how long: a verb
        // of keeping, the only duration cue, yields to a count.
        Some(FactKind::Duration) if any_cue(q, "how many|多少个|几个") && !names_a_duration(q) => {
            Some(FactKind::Count)
        }
        // "沙盒域名是什么" asks what a sandbox domain is, not a host name; "Metrics API 的接口地址是
        // 什么" asks an endpoint's path, which the lead reads as a shape.
        Some(FactKind::Host)
            if any_cue(q, "接口地址") || (any_cue(q, "域名是什么") && any_cue(q, "沙盒|沙箱|sandbox")) =>
        {
            None
        }
        other => other,
    };
    if let Some(kind) = value {
        if !(any_cue(q, HOW_TO) && matches!(kind, FactKind::Format | FactKind::Host)) {
            // "Does Scale include dedicated IPs?" names no value to give: it is a yes/no; "is
            // there a sending limit …?" wants the limit.
            let limit_asked = q.starts_with("is there") && any_cue(q, "limit");
            if starts_yes_no
                && matches!(kind, FactKind::Plan | FactKind::Count)
                && !any_cue(q, "how many|多少|几个")
                && !limit_asked
            {
                return Asks::YesNo;
            }
            return Asks::Value(Some(kind));
        }
    }
    if starts_yes_no {
        return Asks::YesNo;
    }
    if any_cue(q, WHY) {
        return Asks::Why;
    }
    if any_cue(q, HOW_TO) {
        return Asks::HowTo;
    }
    // "What happens to an address after it hard bounces?" asks for a consequence, which a fact
    // tells in words: not a value.
    if any_cue(q, VALUE_OPEN) && !any_cue(q, "what happens|what will happen|会怎样|会怎么样|会发生什么") {
        return Asks::Value(None);
    }
    Asks::Open
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn which_api_asks_for_an_api_call_but_which_api_key_for_a_key() {
        assert!(topic("删除一个域名用哪个 API?").contains("api 接口"));
        assert!(topic("创建路由调用什么API").contains("api 接口"));
        assert!(!topic("签名要用哪个 API 密钥").contains("接口"));
        assert!(!topic("定时发送用哪个 API 参数").contains("接口"));
        assert!(!topic("哪个套餐有专用 IP").contains("接口"));
    }

    #[test]
    fn what_happens_asks_a_consequence_not_a_value() {
        assert_eq!(asks("what happens to an address after it hard bounces?"), Asks::Open);
        assert_eq!(asks("超出额度会发生什么"), Asks::Open);
        assert_eq!(asks("what is the default time range"), Asks::Value(None));
    }

    #[test]
    fn a_page_size_is_a_count() {
        assert_eq!(asks("What's the max page size (limit) for the Events API?"), Asks::Value(Some(FactKind::Count)));
    }

    #[test]
    fn several_is_not_how_many() {
        assert_eq!(asks("想让一个 URL 订阅好几个事件，用哪个接口？"), Asks::Value(None));
        assert_eq!(asks("一个 URL 能订阅几个事件？"), Asks::Value(Some(FactKind::Count)));
    }

    #[test]
    fn keep_doing_is_not_keeping() {
        assert_eq!(asks("our test inboxes keep landing on the bounce list, how can we stop it?"), Asks::HowTo);
        assert_eq!(asks("do you keep stored messages after three days?"), Asks::Value(Some(FactKind::Duration)));
    }

    #[test]
    fn questions_get_their_kind_in_both_languages() {
        let cases: [(&str, Asks); 27] = [
            ("what port does mailgun smtp use", Asks::Value(Some(FactKind::Port))),
            ("what key sizes can I choose for DKIM?", Asks::Value(Some(FactKind::Size))),
            ("DKIM 密钥长度可以选多少", Asks::Value(Some(FactKind::Size))),
            ("Mailgun 支持的单封邮件最大是多少？", Asks::Value(Some(FactKind::Size))),
            ("How long is the webhook token string?", Asks::Value(Some(FactKind::Size))),
            ("签名里的 token 有多长", Asks::Value(Some(FactKind::Size))),
            ("存储的邮件保留多长时间", Asks::Value(Some(FactKind::Duration))),
            ("MX记录要指向哪里？", Asks::Value(Some(FactKind::Host))),
            ("沙盒域名是什么？", Asks::Value(None)),
            ("Logs API 的接口地址是什么？", Asks::Value(None)),
            ("What is the SMTP hostname for EU domains?", Asks::Value(Some(FactKind::Host))),
            ("Which key signs webhooks?", Asks::Value(Some(FactKind::Key))),
            ("How many recipients per batch call?", Asks::Value(Some(FactKind::Count))),
            ("how much is the scale plan", Asks::Value(Some(FactKind::Price))),
            ("How long are stored messages kept?", Asks::Value(Some(FactKind::Duration))),
            ("what is the maximum message size", Asks::Value(Some(FactKind::Size))),
            ("Does the Foundation plan come with an uptime SLA?", Asks::YesNo),
            ("Can I send to any address from the sandbox?", Asks::YesNo),
            ("How do I schedule a message for later?", Asks::HowTo),
            ("why are my webhooks not arriving", Asks::Why),
            ("webhooks", Asks::Open),
            ("SMTP 端口是多少？", Asks::Value(Some(FactKind::Port))),
            ("smtp server and port for eu domains", Asks::Value(Some(FactKind::Host))),
            ("SMTP 服务器和端口填什么？", Asks::Value(Some(FactKind::Host))),
            ("免费版每天能发多少封？", Asks::Value(Some(FactKind::Count))),
            ("Foundation 套餐有 SLA 吗？", Asks::YesNo),
            ("如何设置 DKIM", Asks::HowTo),
        ];
        for (q, expected) in cases {
            assert_eq!(asks(q), expected, "{q}");
        }
    }

    #[test]
    fn open_what_and_where_questions_ask_a_value() {
        assert_eq!(asks("What algorithm does Mailgun use to sign webhooks?"), Asks::Value(None));
        assert_eq!(asks("Where do v: variables show up in webhook payloads?"), Asks::Value(None));
        assert_eq!(asks("If I omit access_level, what does it default to?"), Asks::Value(None));
        assert_eq!(asks("新建列表的 access_level 默认是"), Asks::Value(None));
        assert_eq!(asks("Biggest file I can upload for bulk validation?"), Asks::Value(Some(FactKind::Size)));
        assert_eq!(asks("Am I charged for test-mode messages?"), Asks::YesNo);
        // "Is there a … limit" wants the limit; "can I set a limit" is a yes/no.
        assert_eq!(asks("Is there a limit on tags per message?"), Asks::Value(Some(FactKind::Count)));
        assert_eq!(asks("Can I set a custom message limit per domain?"), Asks::YesNo);
        assert_eq!(asks("Which status code means I hit the rate limit?"), Asks::Value(None));
        assert_eq!(asks("why do I get error code 401"), Asks::Why);
        assert_eq!(asks("What do I do when how do I verify a domain"), Asks::HowTo, "how-to cues still win");
        // "default" names what the facts say ("DKIM is a TXT record by default"): it stays in the topic.
        assert!(topic("what is the default access level").contains("default"));
    }

    #[test]
    fn only_a_question_that_asks_first_and_adds_context_after_has_an_asking_sentence() {
        assert_eq!(
            asking_sentence("What's the biggest message? The customer attaches PDFs."),
            Some("What's the biggest message?")
        );
        assert_eq!(asking_sentence("SMTP 服务器地址填什么？WordPress 插件里要填"), Some("SMTP 服务器地址填什么？"));
        // Context first: the question leans on it ("that", "one").
        assert_eq!(asking_sentence("My key fails on /v3/routes. What status is that?"), None);
        // One sentence, two questions, or none: nothing to weigh down.
        assert_eq!(asking_sentence("what is the eu base url?"), None);
        assert_eq!(asking_sentence("can I gzip it? what header do I set?"), None);
        assert_eq!(asking_sentence("send with o:tag. then check v3/domains.mime"), None);
        assert_eq!(asking_sentence(""), None);
        assert_eq!(asking_sentence("?? !"), None);
    }

    #[test]
    fn latin_cues_match_whole_words_only() {
        assert_eq!(asks("report on my domain"), Asks::Open, "`port` inside `report` is no cue");
        assert!(any_cue("max 3 tags", "max"));
        assert!(!any_cue("maximal", "max"));
    }
}
