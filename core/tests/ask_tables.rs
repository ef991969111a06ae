//! The compiled ask tables: the build steps (`build_support/ask_tables.rs` and `lexicon.rs`, included
//! here as the build script includes them) reject malformed files with the file and entry named, and
//! the widget's reader gets back exactly what the files say.

#[path = "../build_support/ask_tables.rs"]
#[allow(dead_code)]
mod ask_tables;

#[path = "../build_support/lexicon.rs"]
#[allow(dead_code)]
mod lexicon;

use mailgun_help_core::ask::data::{AskData, RuleKind};
use mailgun_help_core::ask::normalise::fold;
use mailgun_help_core::kb::ids::{AreaId, RoleId};
use std::fs;
use std::path::PathBuf;

const AREAS: &str =
    "[[area]]\nslug = \"webhooks\"\nen = [\"Verify a signature?\", \"ＲＥＴＲＩＥＳ\"]\nzh = [\"签名\"]\n";
const ROUTES: &str = "[[route]]\nslug = \"sales-postmark\"\nen = [\"postmark streams\"]\nzh = []\n";
const LEXICON: &str = "[[family]]\nname = \"event\"\nterms = [\"accepted\"]\n\n\
    [[concept]]\nname = \"send\"\nterms = [\"send\", \"发送\"]\n\n\
    [[concept]]\nname = \"hardbounce\"\nfamily = \"event\"\nterms = [\"hard bounce\", \"硬退信\"]\n";
const ALIASES: &str = "[[rule]]\nkind = \"boost\"\ntarget = \"area:webhooks\"\nweight = -2.5\nterms = [\"hook\"]\n\n\
    [[rule]]\nkind = \"force\"\ntarget = \"route:sales-postmark\"\npriority = 3\nexclusive = true\nterms = [\"postmark\"]\n\n\
    [[area_name]]\narea = \"webhooks\"\nterms = [\"webhooks\"]\n\n[[role]]\nid = \"founder\"\nterms = [\"ceo\"]\n";
const PHRASES: &str = "[zeta]\nen = \"Z {x}\"\nzh = \"Z {x}\"\n\n[alpha]\nen = \"A\"\nzh = \"甲\"\n";

/// A scratch `assets/` with the four ask files and the lexicon, `aliases` replaced by the given text.
fn scratch(name: &str, aliases: &str) -> (PathBuf, PathBuf) {
    let root = std::env::temp_dir().join(format!("mh-ask-tables-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&root);
    let ask = root.join("assets").join("ask");
    fs::create_dir_all(&ask).expect("temp dir");
    for (file, text) in [
        ("examples-areas.toml", AREAS),
        ("examples-routes.toml", ROUTES),
        ("aliases.toml", aliases),
        ("phrases.toml", PHRASES),
    ] {
        fs::write(ask.join(file), text).expect("write");
    }
    fs::write(root.join("assets").join("lexicon.toml"), LEXICON).expect("write");
    let out = root.join("out");
    fs::create_dir_all(&out).expect("out dir");
    (root.join("assets"), out)
}

/// Reads the scratch lexicon and builds the ask tables with it.
fn build(assets: &std::path::Path, out: &std::path::Path) -> Result<(), Vec<String>> {
    let lexicon = lexicon::read(assets, fold)?;
    ask_tables::build(assets, out, fold, &lexicon)
}

#[test]
fn the_reader_gets_back_what_the_files_say() {
    let (assets, out) = scratch("ok", ALIASES);
    build(&assets, &out).expect("valid files compile");
    let text = fs::read_to_string(out.join("ask.tables")).expect("written");
    let vocabulary = fs::read_to_string(out.join("lexicon.tables")).expect("vocabulary written");
    let mut data = AskData::parse(&text).expect("parses");
    assert!(data.aliases.concept.is_empty(), "concepts go to lexicon.tables, which search reads too");
    let words = AskData::parse(&vocabulary).expect("vocabulary parses");
    assert!(words.areas.is_empty() && words.aliases.rule.is_empty(), "examples and rules stay in ask.tables");
    (data.aliases.family, data.aliases.concept) = (words.aliases.family, words.aliases.concept);
    assert_eq!(data.areas[0].slug, AreaId::Webhooks);
    assert_eq!(data.areas[0].en, ["verify a signature", "retries"], "examples are folded and trimmed");
    assert_eq!(data.routes[0].slug, "sales-postmark");
    assert!(data.routes[0].zh.is_empty());
    assert_eq!(data.aliases.concept[0].terms, ["send", "发送"]);
    assert_eq!((data.aliases.concept[0].family, data.aliases.concept[1].family), ("", "event"));
    assert_eq!((data.aliases.family[0].name, &data.aliases.family[0].terms[..]), ("event", &["accepted"][..]));
    let (boost, force) = (&data.aliases.rule[0], &data.aliases.rule[1]);
    assert_eq!((boost.kind, boost.weight, boost.priority, boost.exclusive), (RuleKind::Boost, -2.5, 0, false));
    assert_eq!((force.kind, force.priority, force.exclusive), (RuleKind::Force, 3, true));
    assert_eq!(data.aliases.area_name[0].area, AreaId::Webhooks);
    assert_eq!(data.aliases.role[0].id, RoleId::Founder);
    let phrases = fs::read_to_string(out.join("ask_phrases.rs")).expect("phrases written");
    assert!(phrases.contains("pub const ALPHA: PhraseKey = PhraseKey(0);"), "sorted by key:\n{phrases}");
    assert!(phrases.contains("pub const ZETA: PhraseKey = PhraseKey(1);"));
    let zh = phrases.split("pub static ZH").nth(1).expect("a Chinese table");
    assert!(zh.find("甲") < zh.find("Z {x}"), "Chinese in key order");
}

#[test]
fn phrases_with_different_placeholders_or_a_missing_language_fail_the_build() {
    for (i, (phrases, want)) in [
        ("[a]\nen = \"Hi {name}\"\nzh = \"你好\"\n", "placeholders"),
        ("[a]\nen = \"Hi\"\n", "missing key `zh`"),
        ("[A-b]\nen = \"Hi\"\nzh = \"你好\"\n", "lower case"),
    ]
    .into_iter()
    .enumerate()
    {
        let (assets, out) = scratch(&format!("phrases{i}"), ALIASES);
        fs::write(assets.join("ask").join("phrases.toml"), phrases).expect("write");
        let all = build(&assets, &out).expect_err(want).join("\n");
        assert!(all.contains("assets/ask/phrases.toml") && all.contains(want), "case {i}: {all}");
    }
}

#[test]
fn malformed_files_fail_the_build_naming_the_entry() {
    let cases = [
        (ALIASES.replace("kind = \"boost\"", "kind = \"boost\"\ncolour = \"red\""), "unknown key `colour`"),
        (ALIASES.replace("area = \"webhooks\"", "area = \"webhook\""), "unknown area `webhook`"),
        (ALIASES.replace("kind = \"boost\"", "kind = \"nudge\""), "unknown rule kind `nudge`"),
        (ALIASES.replace("id = \"founder\"", "id = \"ceo\""), "unknown role `ceo`"),
        (ALIASES.replace("weight = -2.5", "weight = \"high\""), "weight must be a number"),
        (ALIASES.replace("terms = [\"ceo\"]", "terms = [\"a\\tb\"]"), "tab"),
        (ALIASES.replace("[[role]]\nid = \"founder\"\nterms = [\"ceo\"]\n", ""), "missing [[role]]"),
    ];
    for (i, (aliases, want)) in cases.iter().enumerate() {
        let (assets, out) = scratch(&format!("bad{i}"), aliases);
        let errors = build(&assets, &out).expect_err(want);
        let all = errors.join("\n");
        assert!(all.contains("assets/ask/aliases.toml") && all.contains(want), "case {i}: {all}");
    }
}

#[test]
fn the_reader_refuses_records_it_does_not_know() {
    assert!(AskData::parse("X\tsomething").is_err());
    assert!(AskData::parse("A\tnot-an-area\t\t").is_err());
    assert!(AskData::parse("U\tforce\tarea:smtp\tnot-a-number\t0\t0\tterm").is_err());
    assert!(AskData::parse("").is_ok_and(|d| d.areas.is_empty() && d.routes.is_empty()));
}

#[test]
fn a_malformed_lexicon_fails_the_build_naming_the_entry() {
    let cases = [
        (LEXICON.replace("name = \"send\"", "name = \"send\"\ncolour = \"red\""), "unknown key `colour`"),
        (LEXICON.replace("terms = [\"send\", \"发送\"]", "terms = []"), "empty list of terms"),
        (LEXICON.replace("terms = [\"send\", \"发送\"]", "terms = [\"send\", \" \"]"), "empty term"),
        (LEXICON.replace("family = \"event\"", "family = \"events\""), "unknown family `events`"),
        (LEXICON.replace("\"硬退信\"", "\"Send\""), "already in concept `send`"),
        (LEXICON.replace("terms = [\"send\", \"发送\"]", "terms = [\"send\"]"), "one term"),
        (LEXICON.replace("name = \"hardbounce\"", "name = \"send\""), "`send` is named 2 times"),
        (
            LEXICON.replace("terms = [\"accepted\"]\n", "").replace("family = \"event\"\n", ""),
            "empty: no concept joins it",
        ),
        (LEXICON.replace("[[concept]]", "[[concepts]]"), "unknown key `concepts`"),
    ];
    for (i, (lexicon, want)) in cases.iter().enumerate() {
        let (assets, out) = scratch(&format!("lexicon{i}"), ALIASES);
        fs::write(assets.join("lexicon.toml"), lexicon).expect("write");
        let all = build(&assets, &out).expect_err(want).join("\n");
        assert!(all.contains("assets/lexicon.toml") && all.contains(want), "case {i}: {all}");
    }
}
