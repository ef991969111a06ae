//! One Chinese glossary and one Chinese typography, checked over every Chinese string a reader sees.
//!
//! Why: the Chinese side is written in several places (UI strings, answer phrases, the pricing data,
//! the knowledge base) and by several hands. Without a checked glossary the same product word drifts
//! (模块 next to 领域, 操作手册 next to 操作指南), English plan names leak into Chinese sentences and
//! half-width punctuation creeps in between Han characters. Each rule below is its own test, starts
//! with a self-test on synthetic strings (so the rule can fail), then lists every offence with its
//! file, key and text.
//!
//! The glossary:
//! - Enterprise (the plan) → 企业版; the English word never appears in a Chinese string.
//! - unsubscribe → 退订 (not 取消订阅).
//! - priority support → 优先技术支持 (not 优先支持, 优先级支持).
//! - area (the product's 13 areas) → 模块 (not 领域); playbook → 操作手册 (not 操作指南).
//! - quotes → “” (no ASCII " next to Chinese text, no 「」『』).
//! - ， ； ？ （ ） ： next to Chinese text, never the half-width , ; ? ( ) :.
//!
//! Sources: every value of `assets/i18n/zh.toml`, and every `zh` value at any depth of
//! `assets/ask/phrases.toml`, `assets/pricing.toml` and `assets/kb/**/*.toml`.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use toml::Value;

/// One Chinese string the reader can see.
struct Text {
    /// File, relative to the workspace root.
    file: String,
    /// Dotted key path; array items as `[i]`.
    key: String,
    /// The Chinese text.
    text: String,
    /// The English text of the same entry, when the source pairs them.
    english: Option<String>,
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn load(rel: &str) -> Value {
    let path = root().join(rel);
    let src = fs::read_to_string(&path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
    toml::from_str(&src).unwrap_or_else(|e| panic!("parse {rel}: {e}"))
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// Every string under `v`, with its dotted path.
fn strings(v: &Value, path: &str, out: &mut Vec<(String, String)>) {
    match v {
        Value::String(s) => out.push((path.to_string(), s.clone())),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                strings(item, &format!("{path}[{i}]"), out);
            }
        }
        Value::Table(t) => {
            for (k, item) in t {
                strings(item, &join(path, k), out);
            }
        }
        _ => {}
    }
}

/// Every string under a key named `zh`, at any depth, with the sibling `en` string when there is one.
fn zh_values(v: &Value, path: &str, file: &str, out: &mut Vec<Text>) {
    match v {
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                zh_values(item, &format!("{path}[{i}]"), file, out);
            }
        }
        Value::Table(t) => {
            for (k, item) in t {
                let here = join(path, k);
                if k == "zh" {
                    let english = t.get("en").and_then(Value::as_str).map(str::to_string);
                    let mut found = Vec::new();
                    strings(item, &here, &mut found);
                    for (key, text) in found {
                        out.push(Text { file: file.to_string(), key, text, english: english.clone() });
                    }
                } else {
                    zh_values(item, &here, file, out);
                }
            }
        }
        _ => {}
    }
}

fn toml_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let entries = fs::read_dir(dir).unwrap_or_else(|e| panic!("read {}: {e}", dir.display()));
    for entry in entries {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            toml_files(&path, out);
        } else if path.extension().is_some_and(|x| x == "toml") {
            out.push(path);
        }
    }
}

/// The files scanned besides the UI strings: answer phrases, pricing and the whole knowledge base.
fn zh_sources() -> Vec<String> {
    let mut kb = Vec::new();
    toml_files(&root().join("assets/kb"), &mut kb);
    kb.sort();
    let mut files = vec!["assets/ask/phrases.toml".to_string(), "assets/pricing.toml".to_string()];
    for path in kb {
        let rel = path.strip_prefix(root()).expect("under the root").to_string_lossy().replace('\\', "/");
        files.push(rel);
    }
    files
}

/// Every reader-visible Chinese string of the content.
fn chinese_texts() -> Vec<Text> {
    let mut out = Vec::new();
    let (zh_file, en_file) = ("assets/i18n/zh.toml", "assets/i18n/en.toml");
    let mut en = Vec::new();
    strings(&load(en_file), "", &mut en);
    let en: BTreeMap<String, String> = en.into_iter().collect();
    let mut zh = Vec::new();
    strings(&load(zh_file), "", &mut zh);
    for (key, text) in zh {
        let english = en.get(&key).cloned();
        out.push(Text { file: zh_file.to_string(), key, text, english });
    }
    for file in zh_sources() {
        zh_values(&load(&file), "", &file, &mut out);
    }
    out
}

// ------------------------------------------------------------------------------------ character classes

/// A Han character (CJK Unified Ideographs).
fn is_han(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c)
}

/// Chinese text for typography: Han characters, CJK punctuation (、。「」…) and full-width forms (，（）：).
fn is_chinese(c: char) -> bool {
    is_han(c) || ('\u{3000}'..='\u{303F}').contains(&c) || ('\u{FF00}'..='\u{FFEF}').contains(&c)
}

/// A few characters around char index `i`, for the failure message.
fn around(chars: &[char], i: usize) -> String {
    let from = i.saturating_sub(6);
    let to = (i + 7).min(chars.len());
    chars[from..to].iter().collect()
}

/// The nearest non-space character before index `i`.
fn prev_non_space(chars: &[char], i: usize) -> Option<char> {
    chars[..i].iter().rev().copied().find(|c| !c.is_whitespace())
}

/// The nearest non-space character after index `i`.
fn next_non_space(chars: &[char], i: usize) -> Option<char> {
    chars[i + 1..].iter().copied().find(|c| !c.is_whitespace())
}

// ------------------------------------------------------------------------------------------- checkers

/// The English plan name "Enterprise" as a whole word (Chinese says 企业版).
fn enterprise_problems(s: &str) -> Vec<String> {
    let word = "Enterprise";
    let mut out = Vec::new();
    for (at, _) in s.match_indices(word) {
        let before = s[..at].chars().next_back();
        let after = s[at + word.len()..].chars().next();
        let boundary = |c: Option<char>| c.is_none_or(|c| !(c.is_ascii_alphanumeric() || c == '_'));
        if boundary(before) && boundary(after) {
            out.push("“Enterprise” in Chinese text: write 企业版".to_string());
        }
    }
    out
}

/// Each forbidden word found, with the word to use instead.
fn word_problems(s: &str, forbidden: &[&str], use_instead: &str) -> Vec<String> {
    forbidden.iter().filter(|w| s.contains(*w)).map(|w| format!("“{w}”: write {use_instead}")).collect()
}

/// Corner quotes anywhere, and ASCII double quotes touching Chinese text. An ASCII quote whose two
/// neighbours are not Chinese (`forward("…")`, `notify="URL"`) is code and stays.
fn quote_problems(s: &str) -> Vec<String> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        if matches!(c, '「' | '」' | '『' | '』') {
            out.push(format!("corner quote {c} at «{}»: use “”", around(&chars, i)));
        } else if c == '"' {
            let before = i.checked_sub(1).map(|j| chars[j]);
            let after = chars.get(i + 1).copied();
            if before.is_some_and(is_chinese) || after.is_some_and(is_chinese) {
                out.push(format!("ASCII \" next to Chinese at «{}»: use “”", around(&chars, i)));
            }
        }
    }
    out
}

/// Half-width punctuation in Chinese text.
///
/// - `,` `;` `?`: the nearest non-space character on either side is Chinese (Han, CJK punctuation or
///   a full-width form), or the mark ends the string right after Chinese text.
/// - `:`: the nearest non-space character on both sides is Chinese (or the string ends after it).
///   A colon touching ASCII on one side is code (`v:`, `https://`, `h:X-Mailgun-Variables`).
/// - `(` `)`: a Han character immediately before or after (`套餐(含`, `个)、`, `{role}(未`).
/// - Mixed pairs: a half-width bracket closed by a full-width one or the reverse (`DNS(SPF、MX）`).
fn punctuation_problems(s: &str) -> Vec<String> {
    let chars: Vec<char> = s.chars().collect();
    let chinese = |c: Option<char>| c.is_some_and(is_chinese);
    let han = |c: Option<char>| c.is_some_and(is_han);
    let mut out = Vec::new();
    let mut open: Vec<char> = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        let (before, after) = (prev_non_space(&chars, i), next_non_space(&chars, i));
        let wide = match c {
            ',' => '，',
            ';' => '；',
            '?' => '？',
            ':' => '：',
            '(' => '（',
            ')' => '）',
            _ => ' ',
        };
        let bad = match c {
            ',' | ';' | '?' => chinese(before) || (chinese(after) && before.is_some()),
            ':' => chinese(before) && (after.is_none() || chinese(after)),
            '(' | ')' => {
                let prev = i.checked_sub(1).map(|j| chars[j]);
                han(prev) || han(chars.get(i + 1).copied())
            }
            _ => false,
        };
        if bad {
            out.push(format!("half-width {c} at «{}»: write {wide}", around(&chars, i)));
        }
        match c {
            '(' | '（' => open.push(c),
            ')' | '）' => {
                let expected = if c == ')' { '(' } else { '（' };
                if let Some(o) = open.pop() {
                    if o != expected {
                        out.push(format!("{o} closed by {c} at «{}»: use （）", around(&chars, i)));
                    }
                }
            }
            _ => {}
        }
    }
    out
}

// ------------------------------------------------------------------------------------------- reporting

/// Runs `check` over every Chinese string and fails with one line per offence.
fn enforce(rule: &str, check: impl Fn(&Text) -> Vec<String>) {
    let texts = chinese_texts();
    assert!(
        texts.len() > 500,
        "only {} Chinese strings found: is the content still where this test looks?",
        texts.len()
    );
    let mut lines = Vec::new();
    for t in &texts {
        for problem in check(t) {
            lines.push(format!("  {} `{}`: {problem}\n      {}", t.file, t.key, t.text));
        }
    }
    assert!(lines.is_empty(), "{rule}: {} offence(s)\n{}", lines.len(), lines.join("\n"));
}

/// The English words of `en`, lower-cased, `{placeholders}` left out.
fn english_words(en: &str) -> Vec<String> {
    let mut plain = String::new();
    let mut depth = 0usize;
    for c in en.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            _ if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    plain.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_ascii_lowercase).collect()
}

/// One word for a product term: the alternatives are forbidden, and where the English side names
/// the term the Chinese side must use the chosen word.
fn one_word(t: &Text, english: &[&str], chosen: &str, forbidden: &[&str]) -> Vec<String> {
    let mut out = word_problems(&t.text, forbidden, chosen);
    if let Some(en) = &t.english {
        let names = english_words(en).iter().any(|w| english.contains(&w.as_str()));
        if names && !t.text.contains(chosen) {
            out.push(format!("English “{en}” names the term but the Chinese lacks {chosen}"));
        }
    }
    out
}

// ----------------------------------------------------------------------------------------------- tests

#[test]
fn every_source_has_chinese_text() {
    let texts = chinese_texts();
    let mut files = vec!["assets/i18n/zh.toml".to_string()];
    files.extend(zh_sources());
    assert!(files.len() >= 15, "knowledge-base files not found: {files:?}");
    for file in files {
        let n = texts.iter().filter(|t| t.file == file).count();
        assert!(n > 0, "{file}: no Chinese strings found; the glossary tests would not see it");
    }
    let i18n = texts.iter().filter(|t| t.file.ends_with("zh.toml")).count();
    assert!(i18n > 200, "only {i18n} UI strings read from assets/i18n/zh.toml");
}

#[test]
fn enterprise_is_qiyeban() {
    assert!(!enterprise_problems("选 Enterprise，价格需单独报价。").is_empty());
    assert!(!enterprise_problems("Scale 和Enterprise套餐").is_empty());
    assert!(enterprise_problems("选企业版，价格需单独报价。").is_empty());
    assert!(enterprise_problems("见 #/pricing?plan=enterprise 或 EnterpriseId").is_empty());
    enforce("Enterprise is 企业版 in Chinese", |t| enterprise_problems(&t.text));
}

#[test]
fn unsubscribe_is_tuiding() {
    let check = |s: &str| word_problems(s, &["取消订阅"], "退订");
    assert!(!check("收件人取消订阅后").is_empty());
    assert!(check("收件人退订后").is_empty());
    enforce("unsubscribe is 退订", |t| check(&t.text));
}

#[test]
fn priority_support_is_youxian_jishu_zhichi() {
    let check = |s: &str| word_problems(s, &["优先支持", "优先级支持"], "优先技术支持");
    assert!(!check("SAML SSO、优先支持").is_empty());
    assert!(!check("SAML SSO、优先级支持").is_empty());
    assert!(check("SAML SSO、优先技术支持").is_empty());
    enforce("priority support is 优先技术支持", |t| check(&t.text));
}

#[test]
fn area_is_mokuai() {
    let check = |t: &Text| one_word(t, &["area", "areas"], "模块", &["领域"]);
    let sample = |zh: &str, en: &str| Text {
        file: "self-test".into(),
        key: "k".into(),
        text: zh.into(),
        english: Some(en.into()),
    };
    assert!(!check(&sample("功能领域", "Area")).is_empty());
    assert!(!check(&sample("全部分类", "All areas")).is_empty());
    assert!(check(&sample("全部模块", "All areas")).is_empty());
    assert!(check(&sample("Mailgun 这边的相关信息：{area}", "From the Mailgun side: {area}")).is_empty());
    enforce("area is 模块", check);
}

#[test]
fn playbook_is_caozuo_shouce() {
    let check = |t: &Text| one_word(t, &["playbook", "playbooks"], "操作手册", &["操作指南"]);
    let sample = |zh: &str, en: &str| Text {
        file: "self-test".into(),
        key: "k".into(),
        text: zh.into(),
        english: Some(en.into()),
    };
    assert!(!check(&sample("操作指南", "Playbook")).is_empty());
    assert!(!check(&sample("步骤", "Playbooks")).is_empty());
    assert!(check(&sample("操作手册", "Playbook")).is_empty());
    enforce("playbook is 操作手册", check);
}

#[test]
fn chinese_quotes_are_curly() {
    assert!(!quote_problems("你的问题属于「{name}」范畴").is_empty());
    assert!(!quote_problems("标记（如 \"password-reset\"、\"news\"）").is_empty());
    assert!(!quote_problems("写成\"名称\"即可").is_empty());
    assert!(quote_problems("你的问题属于“{name}”范畴").is_empty());
    assert!(quote_problems("例如 match_header(\"subject\", \".*order.*\") 或 forward(\"…\")。").is_empty());
    enforce("Chinese quotes are “”", |t| quote_problems(&t.text));
}

#[test]
fn punctuation_next_to_chinese_is_full_width() {
    let bad = [
        "验证,然后",
        "验证 , 然后",
        "套餐(含1000个)",
        "{role}(未说明)",
        "（含1000个）:然后",
        "你的角色是?",
        "截至 3 月;请",
        "用户名 `api`,密码",
        "DNS(SPF、MX）",
        "名称: 值",
    ];
    for s in bad {
        assert!(!punctuation_problems(s).is_empty(), "the checker misses {s:?}");
    }
    let good = [
        "验证，然后",
        "v3/{domain}",
        "以 v: 开头的参数",
        "（v:，JSON 对象）",
        "每行一个“Name: value”",
        "match_header(\"subject\", \".*order.*\")，然后",
        "先把 (?P<name>…) 改写为 (?<name>…)",
        "https://api.mailgun.net/v3/",
        "stop()。",
        "套餐（含 1000 个）：然后",
    ];
    for s in good {
        assert!(punctuation_problems(s).is_empty(), "the checker flags {s:?}: {:?}", punctuation_problems(s));
    }
    enforce("full-width punctuation next to Chinese", |t| punctuation_problems(&t.text));
}
