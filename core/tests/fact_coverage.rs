//! Every checkable fact of the seed (`sales-mailgun`) must reach the reader in both languages.
//!
//! The lists below were taken from the seed itself, not from our content files. The shipped knowledge
//! base is serialised and split into an English corpus (every `en` string) and a Chinese corpus (every
//! `zh` string); strings outside a bilingual text (ids, slugs, paths, field names, snippet code)
//! count for English only, so a Chinese reader's fact must be in Chinese text.

use mailgun_help_core::kb::Kb;
use serde_json::Value;

/// Tokens that read the same in both languages: paths, hosts, numbers, names, parameters.
const SAME: &[&str] = &[
    // endpoints
    "/v3/{domain}/messages",
    "/v3/{domain}/messages.mime",
    "/v3/{domain}/events",
    "/v3/domains",
    "/v3/domains/{domain}",
    "/v3/domains/{name}",
    "/v3/routes",
    "/v3/routes/{id}",
    "/v3/lists",
    "/v3/lists/{address}/members",
    "/v3/{domain}/templates",
    "/v3/{domain}/templates/{name}",
    "/v3/domains/{domain}/webhooks",
    "/v4/address/validate",
    // hosts and addresses
    "https://api.mailgun.net/v3/",
    "https://api.eu.mailgun.net/v3/",
    "smtp.mailgun.org",
    "documentation.mailgun.com",
    "include:mailgun.org",
    "postmaster@yourdomain.com",
    // auth, SMTP, parameters
    "HTTP Basic Auth",
    "api:YOUR_API_KEY",
    "Domain Sending Key",
    "API Security",
    "25",
    "465",
    "587",
    "SSL",
    "STARTTLS",
    "X-Mailgun-",
    "h:X-Mailgun-Variables",
    "t:variables",
    "{{variable}}",
    "Handlebars",
    "o:tag",
    "v:my-custom-data",
    "recipient-variables",
    "multipart/form-data",
    "stripped-text",
    // routes
    "match_recipient(",
    "match_header(",
    "catch_all()",
    "forward(",
    "store(notify=",
    // webhook events
    "accepted",
    "delivered",
    "opened",
    "clicked",
    "permanent_fail",
    "temporary_fail",
    "complained",
    "unsubscribed",
    // lists, domains, DNS
    "readonly",
    "members",
    "everyone",
    "unverified",
    "active",
    "disabled",
    "MX",
    "TXT",
    "CNAME",
    "DKIM",
    "SPF",
    "DMARC",
    "GDPR",
    // Optimize
    "deliverable",
    "undeliverable",
    "do_not_send",
    "unknown",
    "21%",
    "65%",
    "Gmail",
    "Outlook",
    "Yahoo",
    "CSV",
    // API-wide
    "99.99%",
    "Ruby",
    "Python",
    "PHP",
    "Node.js",
    "Java",
    "C#",
    // plans and prices
    "$0",
    "$35",
    "$90",
    "$59",
    "$49",
    "$99",
    "50,000",
    "100,000",
    "2,500",
    "2.5M",
    "1,000",
    "24/7",
    "SAML SSO",
    "Foundation",
    "Scale",
    "Optimize Pilot",
    "Optimize Starter",
    "mailgun.com",
    // integrations
    "Zapier",
    "Rails",
    "Django",
    "Express",
    "Laravel",
    "Spring",
    "Phoenix",
    "WordPress",
    // company
    "2010",
    "Ev Kontsevoy",
    "Taylor Wakefield",
    "Rackspace",
    "2012",
    "Thoma Bravo",
    "2019",
    "Sinch",
    "2021",
    "Josh Odom",
    "Sinch Developer & Email",
    // worked examples and troubleshooting
    "mailgun.js",
    "mg.messages.create",
    "{{reset_url}}",
    "{{expiry_minutes}}",
    "{{order_number}}",
    "{{items}}",
    "{{total}}",
    "{{first_name}}",
    "support@ourdomain.com",
    "ngrok",
    "webhook.site",
    "Sending > Webhooks",
    "401",
    "404",
    // data model fields
    "smtp_login",
    "smtp_password",
    "created_at",
    "storage.url",
    "user-variables",
    "priority",
    "expression",
    "access_level",
    "members_count",
    "subscribed",
    "vars",
    "is_disposable_address",
    "is_role_address",
    // sibling skills
    "sales-deliverability",
    "sales-email-marketing",
    "sales-email-tracking",
    "sales-sendgrid",
    "sales-postmark",
    "sales-integration",
    "sales-funnel",
    "sales-customerio",
    "sales-do",
    "npx skills add sales-skills/sales --skills sales-do",
];

/// Facts worded differently in each language: (English, Chinese).
const PAIRS: &[(&str, &str)] = &[
    ("100 emails per DAY", "每天 100 封"),
    ("midnight UTC", "UTC 零点"),
    ("3 tags", "3 个标签"),
    ("3 days", "3 天"),
    ("lower number", "数字越小"),
    ("8 event types", "8 种事件"),
    ("exponential backoff", "指数退避"),
    ("one event", "一个事件"),
    ("Python-style", "Python 风格"),
    ("HTTP webhook signing key", "HTTP webhook 签名密钥"),
    ("2–4 week", "2–4 周"),
    ("shared IP pools", "共享 IP 池"),
    ("2,500 email validations", "2,500 次邮箱验证"),
    ("25 inbox placement tests", "25 次收件箱投放测试"),
    ("March 2026", "2026 年 3 月"),
    ("Free", "免费版"),
    ("provider", "服务商"),
    ("device", "设备"),
    ("country", "国家"),
    ("regex", "正则"),
    ("developer-first", "面向开发者"),
    ("SMS, voice, video", "短信、语音、视频"),
    ("No native CRM", "没有原生的 CRM"),
    ("bounce, delivery, inbound, unsubscribe, log data", "退信、送达、入站邮件、退订、日志数据"),
    ("add to mailing list", "添加到邮件列表"),
    ("dedicated CSM", "专属客户成功经理"),
    ("phone support", "电话支持"),
    ("priority support", "优先技术支持"),
    ("Enterprise", "企业版"),
    ("email logs", "邮件日志"),
    ("Custom message limits", "自定义发送限额"),
    ("account level", "账户级"),
    ("domain level", "域名级"),
    ("versions", "版本"),
    ("blocklist alerts", "黑名单告警"),
    ("inbox placement", "收件箱投放"),
    ("reason array", "reason 数组"),
    ("429", "429"),
];

/// Seed claims that Mailgun's documentation contradicts, so the knowledge base must no longer make
/// them (each is replaced by the documented fact above): webhooks are signed with the webhook
/// signing key, each webhook request carries one event, `risky` is not a validation result, and
/// inbound filters are Python-style regular expressions, not JSONPath.
const CORRECTED: &[&str] = &["signed with your API key", "arrays of events", "risky", "JSONPath", "or API key"];

#[test]
fn seed_claims_the_documentation_corrects_are_gone() {
    let (en, zh) = corpora();
    let lower = format!("{en} {zh}").to_lowercase();
    let left: Vec<&str> = CORRECTED.iter().copied().filter(|c| lower.contains(&c.to_lowercase())).collect();
    assert!(left.is_empty(), "the knowledge base still says: {left:?}");
}

/// Appends every string under `v` to the English or the Chinese corpus: the `en` and `zh` strings
/// of bilingual texts. Any other string (an id, a slug, a path, a field name, snippet code) goes to
/// `neutral`, which counts for the English reader only: a fact the Chinese reader needs must be
/// in Chinese text, not found in an id or a code sample.
fn collect(v: &Value, en: &mut String, zh: &mut String, neutral: &mut String) {
    match v {
        Value::Object(map) => {
            for (key, value) in map {
                match (key.as_str(), value) {
                    ("en", Value::String(s)) => {
                        en.push_str(s);
                        en.push('\n');
                    }
                    ("zh", Value::String(s)) => {
                        zh.push_str(s);
                        zh.push('\n');
                    }
                    _ => collect(value, en, zh, neutral),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|item| collect(item, en, zh, neutral)),
        Value::String(s) => {
            neutral.push_str(s);
            neutral.push('\n');
        }
        _ => {}
    }
}

/// The English corpus (English text, then ids, paths and code) and the Chinese one (Chinese text only).
fn corpora() -> (String, String) {
    let kb = Kb::get();
    let parts = [
        serde_json::to_value(kb.areas),
        serde_json::to_value(kb.roles),
        serde_json::to_value(&kb.api),
        serde_json::to_value(kb.endpoints),
        serde_json::to_value(kb.playbooks),
        serde_json::to_value(kb.gotchas),
        serde_json::to_value(kb.troubleshooting),
        serde_json::to_value(kb.examples),
        serde_json::to_value(kb.data_model),
        serde_json::to_value(&kb.integrations),
        serde_json::to_value(kb.siblings),
        serde_json::to_value(kb.snippets),
        serde_json::to_value(&kb.company),
    ];
    let (mut en, mut zh, mut neutral) = (String::new(), String::new(), String::new());
    for part in parts {
        collect(&part.expect("model types serialise"), &mut en, &mut zh, &mut neutral);
    }
    en.push_str(&neutral);
    (en, zh)
}

#[test]
fn ids_and_code_do_not_count_as_chinese_text() {
    // A lone string (an id, a path, code) reaches only the English corpus.
    let v = serde_json::json!({ "id": "permanent_fail", "path": "/v3/routes", "text": { "en": "E", "zh": "中" } });
    let (mut en, mut zh, mut neutral) = (String::new(), String::new(), String::new());
    collect(&v, &mut en, &mut zh, &mut neutral);
    assert_eq!(zh, "中\n");
    assert!(neutral.contains("permanent_fail") && neutral.contains("/v3/routes") && en == "E\n");
}

#[test]
fn every_seed_fact_appears_in_english_and_chinese() {
    assert!(SAME.len() + PAIRS.len() >= 60, "the fact list is too short");
    let (en, zh) = corpora();
    let mut misses = Vec::new();
    for fact in SAME {
        if !en.contains(fact) {
            misses.push(format!("en misses `{fact}`"));
        }
        if !zh.contains(fact) {
            misses.push(format!("zh misses `{fact}`"));
        }
    }
    for (fact_en, fact_zh) in PAIRS {
        if !en.contains(fact_en) {
            misses.push(format!("en misses `{fact_en}`"));
        }
        if !zh.contains(fact_zh) {
            misses.push(format!("zh misses `{fact_zh}`"));
        }
    }
    assert!(misses.is_empty(), "{} fact(s) missing:\n{}", misses.len(), misses.join("\n"));
}

#[test]
fn snippets_use_region_placeholders_not_hard_coded_hosts() {
    let kb = Kb::get();
    let mut problems = Vec::new();
    for s in kb.snippets {
        if s.requests.is_empty() == s.code.is_empty() {
            problems.push(format!("{}: either requests or code, not both or neither", s.id));
        }
        for r in s.requests {
            if !r.path.starts_with("/v") || r.path.contains("mailgun.") {
                problems.push(format!("{}: path `{}` is not a versioned API path", s.id, r.path));
            }
        }
        for (which, code) in s.code {
            if code.contains("mailgun.net") || code.contains("mailgun.org") {
                problems.push(format!("{} {which}: hard-coded host instead of {{smtp_host}}", s.id));
            }
            if !code.contains("{smtp_host}") {
                problems.push(format!("{} {which}: does not use {{smtp_host}}", s.id));
            }
        }
    }
    assert!(problems.is_empty(), "snippet problems:\n{}", problems.join("\n"));
}
