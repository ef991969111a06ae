//! Deciding what a question is about: a platform area, or a sibling skill to route to.
//!
//! Order of precedence, following Step 2 of the seed: a forcing keyword (another vendor's product,
//! an automation tool like Zapier) decides outright; otherwise the naive Bayes scores, pushed by
//! boosting keywords and by the area the page already knows, pick the best class. A question with
//! no known word at all is vague or off-topic and goes to the general router, `sales-do`.

use super::engine;
use super::lexicon::{Analysis, TermRef};
use super::model::family_feature;
use super::model::Scored;
use super::normalise::{any_cue, has_cjk, listed};
use super::{Context, Target, Understanding};
use crate::kb::ids::AreaId;
use crate::lang::Lang;

/// Longest question considered (characters); the rest is ignored so cost stays bounded.
pub const MAX_QUESTION_CHARS: usize = 1000;

/// Push given to the area the page already knows (from the link or the wizard).
const CONTEXT_BOOST: f32 = 1.5;

/// Confidence reported for an area the reader chose themselves.
const CONTEXT_CONFIDENCE: f32 = 0.6;

/// Below this confidence, another area than the email API yields a question that states a sending
/// volume to the account area ("we will send around 1000 emails per week" is not about metrics).
const VOLUME_YIELDS_BELOW: f32 = 0.55;

/// Below this confidence, a question with no keyword from the vocabulary tables counts as vague.
const VAGUE_CONFIDENCE: f32 = 0.5;
/// At most this many content words make a yes/no question short enough that a word never seen
/// is its subject (see `classify`).
const UNKNOWN_SUBJECT_WORDS: usize = 5;
/// Verbs (folded) of a question that asks whether Mailgun offers something ("does Mailgun support
/// …", "支持…吗").
const OFFERS: &str = "support|supports|offer|offers|provide|provides|支持|提供";
/// Below this probability a sibling skill at the top yields to the best area (see `classify`).
const WEAK_ROUTE: f32 = 0.5;

/// Below this share of exactly known content (see `Model::coverage`), a question that matches no
/// keyword of the vocabulary tables is off-topic: not covered, rather than routed. Chinese is
/// judged by character pairs, which straddle word boundaries and so are known less often than
/// whole English words: its bar is lower. A question with no content at all ("hi there") is vague,
/// not off-topic: the general router takes it.
fn off_topic_coverage(lang: Lang) -> f32 {
    match lang {
        Lang::En => 0.5,
        Lang::Zh => 0.34,
    }
}

/// A keyword of the tables anchors a question to Mailgun, but an everyday one ("route", "open",
/// "历史") can turn up in a question about anything else: below this share of the bar above, an
/// anchored question is off-topic all the same ("a beginner hiking route with a loop back to the
/// car", "NBA 历史上得分最多的球员是谁"). English is judged by whole words: none of the 1,301
/// English fact questions of the labelled sets is known less than the bar itself, while such
/// off-topic questions are known 0.38–0.45. Chinese pairs are known less often (two of the 644
/// Chinese fact questions are known 0.33, under the bar itself), so Chinese keeps three quarters.
fn anchored_share_of_bar(lang: Lang) -> f32 {
    match lang {
        Lang::En => 1.0,
        Lang::Zh => 0.75,
    }
}

/// Families of `assets/lexicon.toml` whose words are everyday words ("how many", "max", "problem",
/// "问题"): matching one says nothing about whether the question is about Mailgun at all.
const WEAK_FAMILIES: &[&str] = &["limit", "troubleshoot"];

/// An unanchored question known exactly as much as the bar ("In what year did the Berlin Wall
/// fall?": half its words) is off-topic when it has at least this many content words; with fewer
/// ("help me grow revenue") a tie says too little, and the general router takes it.
const TIE_WORDS: usize = 4;

/// The pseudo-route of `examples-routes.toml` whose examples are off-topic questions (weather,
/// recipes, other products): a class the model learns, never a target.
pub const OFF_TOPIC_CLASS: &str = "not-covered";

/// Keywords (as matched, every form, `|`-separated: one string is smaller in the wasm than a
/// slice) that also have an everyday sense outside email: "tag a friend", "a cycling route",
/// "canned spam", "the price tag". An English question anchored by these alone, with words the
/// widget has never seen, is about something else.
const EVERYDAY_SENSE: &str = concat!(
    "tag|tags|tagging|tagged|label|labels|template|templates|route|routes|routing|forward|",
    "forwarding|forwarded|store|stored|storage|domain|domains|delivered|delivery|deliveries|",
    "open|opens|opened|bounce|bounced|bounces|spam|junk|warm up|warmup|warming|warm-up|ramp up|",
    "tracking|track|tracked|price|prices|pricing|cost|costs|how much|per month|free|plan|plans|tier|tiers|",
    "subscription|subscriptions|tips|advice|list|key|python|account|receive|stuck|team|teams|",
    "drip|suppress|suppressed",
);

/// True when a matched keyword is one of [`EVERYDAY_SENSE`].
fn has_everyday_sense(surface: &str) -> bool {
    listed(EVERYDAY_SENSE, surface)
}

/// Words (`|`-separated) that keep a question about email whatever else it holds ("tag emails from
/// our cron job").
const EMAIL_WORDS: &str = "email|emails|inbox|inboxes|mailbox|mailboxes|newsletter|newsletters";

/// Other software and other subjects (`|`-separated cues, as [`any_cue`] finds them) that a question
/// anchored by everyday-sense keywords alone is about when it names one: "free resume template for
/// Word", "PPT 模板批量生成", "the domain of f(x) = 1/x". Not spreadsheets: "export bounces to
/// excel" is a Mailgun question.
const OTHER_SUBJECTS: &str = concat!(
    "word|powerpoint|ppt|photoshop|canva|wps|keynote|google docs|",
    "f(x)|equation|derivative|integral|calculus|algebra|polynomial|函数|方程",
);

/// True when an English question is anchored by everyday-sense keywords alone ([`EVERYDAY_SENSE`]),
/// says nothing of email, and reads as a sentence about something the widget has never heard of:
/// two words it has never seen in eight or more words ("a cycling route around Lake Constance"), or
/// one in twelve or more ("I cut the price tag off a jacket, can I still return it to the store?"),
/// or one in four content words or more known (`coverage`, as anchored) no more than the off-topic
/// bar. A terse question
/// with one unknown name ("bounce handling in flask", "templates with mjml") is a developer's, and
/// stays.
fn speaks_of_something_else(model: &super::model::Model, exact: &Analysis, coverage: Option<f32>) -> bool {
    if !exact.hits.iter().all(|h| has_everyday_sense(&h.surface)) {
        return false;
    }
    let words = super::normalise::raw_words(&exact.folded);
    if words.iter().any(|w| listed(EMAIL_WORDS, w)) {
        return false;
    }
    if any_cue(&exact.folded, OTHER_SUBJECTS) {
        return true;
    }
    let foreign = model.foreign_words(exact).len();
    // Known no more than the bar itself, as an unanchored question at the tie ("netflix premium
    // subscription price", "best way to store potatoes so they dont sprout").
    let at_the_bar = exact.words.len() >= TIE_WORDS && coverage.is_some_and(|c| c <= off_topic_coverage(Lang::En));
    (foreign >= 2 && words.len() >= 8) || (foreign >= 1 && (words.len() >= 12 || at_the_bar))
}

/// Chinese keywords (`|`-separated, as matched) with an everyday sense outside email: "PPT 模板",
/// "Spotify 会员多少钱". See [`names_something_else_zh`].
const EVERYDAY_SENSE_ZH: &str = concat!(
    "模板|标签|路由|转发|存储|域名|打开|垃圾|预热|跟踪|追踪|价格|费用|多少钱|收费|免费|付费|套餐|",
    "计划|订阅|会员|列表|密钥|账户|账号|分类|历史|属于|筛选|按|下载|字体|便宜|批量|",
);

/// Chinese words (`|`-separated) that keep a question about email whatever else it holds.
const EMAIL_WORDS_ZH: &str = "邮件|邮箱|收件|发件|发信|退信";

/// True when a Chinese question is anchored by everyday-sense keywords alone
/// ([`EVERYDAY_SENSE_ZH`]), says nothing of email, and names a product in Latin letters the widget
/// has never seen ("哪里可以免费下载好看的 PPT 模板", "Spotify会员一个月多少钱"). A Mailgun term in
/// Latin letters ("webhook", "smtp") is a keyword, not a foreign word, and such a question stays.
fn names_something_else_zh(model: &super::model::Model, exact: &Analysis) -> bool {
    exact.hits.iter().all(|h| listed(EVERYDAY_SENSE_ZH, &h.surface))
        && !EMAIL_WORDS_ZH.split('|').any(|w| exact.folded.contains(w))
        && (!model.foreign_words(exact).is_empty() || any_cue(&exact.folded, OTHER_SUBJECTS))
}

/// True when a keyword found is a Latin term with no everyday sense ("webhook", "dkim", "smtp").
fn names_latin_term(exact: &Analysis) -> bool {
    exact.hits.iter().any(|h| h.surface.bytes().all(|b| b.is_ascii()) && !has_everyday_sense(&h.surface))
}

/// The sibling that takes vague questions.
pub const FALLBACK_ROUTE: &str = "sales-do";

/// Understands a question. Never panics; an empty or unreadable question routes to `sales-do`
/// (or to the context area when the page knows one).
pub fn classify(question: &str, ctx: &Context) -> Understanding {
    let question: String = question.chars().take(MAX_QUESTION_CHARS).collect();
    let lang = if has_cjk(&question) { Lang::Zh } else { Lang::En };
    let fallback = |matched: Vec<String>| Understanding {
        target: ctx.area.map(Target::Area).unwrap_or_else(|| Target::Route(FALLBACK_ROUTE.to_string())),
        confidence: 0.0,
        runner_up: None,
        matched,
        role: None,
        area_named: None,
        lang,
        forced: false,
        covered: true,
        analysis: Analysis::default(),
    };
    let Some(model) = engine() else { return fallback(Vec::new()) };
    let analysis = model.lexicon.analyse(&question, true);
    let Scored { mut scores, known, forced } = model.scored(&analysis);

    let mut role = None;
    let mut area_hits = [0u8; AreaId::ALL.len()];
    let mut matched: Vec<String> = Vec::new();
    for hit in &analysis.hits {
        if !matched.contains(&hit.surface) && matched.len() < 16 {
            matched.push(hit.surface.clone());
        }
        match hit.term {
            TermRef::Role(i) if role.is_none() => role = model.roles.get(i as usize).copied(),
            TermRef::AreaName(i) => {
                if let Some(k) = model.area_names.get(i as usize).and_then(|a| AreaId::ALL.iter().position(|x| x == a))
                {
                    area_hits[k] = area_hits[k].saturating_add(1);
                }
            }
            _ => {}
        }
    }
    // The area named most often; the first in A–M order on a tie.
    let (mut area_named, mut most) = (None, 0);
    for (area, &n) in AreaId::ALL.iter().zip(&area_hits) {
        if n > most {
            (area_named, most) = (Some(*area), n);
        }
    }

    // Off-topic: no keyword of the tables (typos left as typed, so "Paris" is not read as
    // "parse") and little of the question known at all. A page that chose an area keeps it.
    let exact = model.lexicon.analyse(&question, false);
    let anchored = exact.hits.iter().any(|h| match h.term {
        TermRef::Concept(_) | TermRef::Family(_) => {
            let keys = model.concepts.of(h.term);
            !WEAK_FAMILIES.iter().any(|n| keys.contains(&family_feature(n)))
        }
        TermRef::AreaName(_) | TermRef::Rule(_) => true,
        TermRef::Role(_) => false,
    });
    // The examples of off-topic questions train a class of their own; it never becomes a target.
    let off_class = model.class_of(&Target::Route(OFF_TOPIC_CLASS.to_string()));
    let off_top = off_class.is_some_and(|c| super::rank::order(&scores).first() == Some(&c));
    if let Some(s) = off_class.and_then(|c| scores.get_mut(c)) {
        *s = f32::NEG_INFINITY;
    }
    // A topic the knowledge base is known not to cover (a `route:not-covered` rule in
    // `aliases.toml`: invoices, closing the account) keeps the area it belongs to, but is not
    // covered, whatever words it shares with the area's facts: an answer from the nearest fact
    // would be a guess.
    let known_gap = forced.is_some_and(|f| off_class == Some(f));
    let forced = forced.filter(|_| !known_gap);
    let coverage = model.coverage(&exact, anchored);
    let everyday_only = anchored
        && match lang {
            Lang::En => speaks_of_something_else(model, &exact, coverage),
            Lang::Zh => names_something_else_zh(model, &exact),
        };
    // "Does Mailgun support BIMI?": a short yes/no question that names a word the widget has never
    // seen asks about something the knowledge base does not hold; the nearest fact would give a
    // "Yes" about something else (a blind review got two-factor authentication).
    let unknown_subject = super::asks::asks(&question) == super::asks::Asks::YesNo
        && any_cue(&exact.folded, OFFERS)
        && exact.words.len() <= UNKNOWN_SUBJECT_WORDS
        && !model.foreign_words(&exact).is_empty();
    let off_topic = forced.is_none()
        && ctx.area.is_none()
        && (off_top
            || everyday_only
            || unknown_subject
            || coverage.is_some_and(|c| {
                let bar = off_topic_coverage(lang);
                if anchored {
                    // A Chinese question that names a Mailgun term in Latin letters ("webhook 签名
                    // 是用什么哈希算法算出来的") is about it, however few of its pairs are known.
                    !(lang == Lang::Zh && names_latin_term(&exact)) && c < bar * anchored_share_of_bar(lang)
                } else {
                    // With no keyword at all, two words the widget has never seen name another
                    // subject ("Excel VLOOKUP …", "… my sourdough starter … in the fridge").
                    c < bar || c == bar && exact.words.len() >= TIE_WORDS || model.foreign_words(&exact).len() >= 2
                }
            }));
    // A volume stated with nothing else to go on asks what it costs: the account area, whose
    // answer runs the estimator on it (the sending words alone would pull it to the email API).
    let volume_only = forced.is_none() && ctx.area.is_none() && super::volume::states_volume(&question);
    let account = model.class_of(&Target::Area(AreaId::Account));
    if off_topic || (known == 0 && forced.is_none()) {
        let mut u = fallback(matched);
        u.analysis = analysis;
        u.role = role;
        u.area_named = area_named;
        u.covered = !off_topic && !known_gap;
        if volume_only {
            u.target = Target::Area(AreaId::Account);
            u.covered = !known_gap;
        }
        return u;
    }
    if let Some(a) = ctx.area.and_then(|a| model.class_of(&Target::Area(a))) {
        if let Some(s) = scores.get_mut(a) {
            *s += CONTEXT_BOOST;
        }
    }
    let probs = softmax(&scores);
    let order = super::rank::order(&probs);
    // An area the reader chose (wizard or link) is context they already gave: it holds unless the
    // question belongs to another skill outright (a forced route) or names a different area.
    let chosen =
        ctx.area.filter(|a| area_named.is_none_or(|named| named == *a)).and_then(|a| model.class_of(&Target::Area(a)));
    // A sibling skill the model barely prefers to an area ("what response code tells mailgun the
    // webhook was received?": integration 0.44, inbound and webhooks close behind) gives way to the
    // best area: an answer from this knowledge base beats sending the reader elsewhere on a guess.
    let weak_route = |c: usize| matches!(model.classes[c], Target::Route(_)) && probs[c] < WEAK_ROUTE;
    let best_area = || order.iter().copied().find(|&c| matches!(model.classes[c], Target::Area(_)));
    let unforced_top = match order.first() {
        Some(&c) if weak_route(c) => best_area().unwrap_or(c),
        Some(&c) => c,
        None => 0,
    };
    let (top, confidence) = match (forced, chosen) {
        (Some(t), _) => (t, 1.0f32.min(0.9 + probs.get(t).copied().unwrap_or(0.0) * 0.1)),
        (None, Some(c)) => (c, probs.get(c).copied().unwrap_or(0.0).max(CONTEXT_CONFIDENCE)),
        (None, None) => (unforced_top, probs.get(unforced_top).copied().unwrap_or(0.0)),
    };
    // Unless another area holds the question ("… a month and many bounce").
    let other_area = matches!(&model.classes[top], Target::Area(a) if *a != AreaId::EmailApi)
        && confidence >= VOLUME_YIELDS_BELOW
        || area_named.is_some_and(|a| a != AreaId::EmailApi);
    let top = account.filter(|_| volume_only && chosen.is_none() && !other_area).unwrap_or(top);
    // Words the model has seen, but none from the vocabulary tables, and no class stands out: the
    // question is vague or off-topic ("where do I even start"), which is the general router's job.
    let vague = forced.is_none()
        && chosen.is_none()
        && confidence < VAGUE_CONFIDENCE
        && !analysis.hits.iter().any(|h| {
            matches!(h.term, TermRef::Concept(_) | TermRef::Family(_) | TermRef::Rule(_) | TermRef::AreaName(_))
        });
    if vague {
        if let Some(fb) = model.class_of(&Target::Route(FALLBACK_ROUTE.to_string())) {
            let runner_up = Some((model.classes[top].clone(), confidence));
            return Understanding {
                target: model.classes[fb].clone(),
                confidence: probs.get(fb).copied().unwrap_or(0.0),
                runner_up,
                matched,
                role,
                area_named,
                lang,
                forced: false,
                covered: !known_gap,
                analysis,
            };
        }
    }
    let runner_up = order.iter().find(|&&c| c != top).map(|&c| (model.classes[c].clone(), probs[c]));
    Understanding {
        target: model.classes[top].clone(),
        confidence,
        runner_up,
        matched,
        role,
        area_named,
        lang,
        forced: forced.is_some(),
        covered: !known_gap,
        analysis,
    }
}

fn softmax(scores: &[f32]) -> Vec<f32> {
    let max = scores.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let exps: Vec<f32> = scores.iter().map(|s| exp_non_positive(s - max)).collect();
    let sum: f32 = exps.iter().sum::<f32>().max(f32::MIN_POSITIVE);
    exps.into_iter().map(|e| e / sum).collect()
}

/// `e^x` for `x ≤ 0` (softmax's shifted scores), within 2 parts in 10,000 of `f32::exp`: as
/// `2^n · 2^f`, the power of two written into the exponent bits and `2^f` by its Taylor series.
/// `f32::exp` pulls libm's `expf` into the wasm, which cost the ask share 295 bytes gz, and
/// nothing else needs it.
fn exp_non_positive(x: f32) -> f32 {
    if x.is_nan() || x < -87.0 {
        return 0.0;
    }
    let t = x.min(0.0) * std::f32::consts::LOG2_E;
    let n = t.floor();
    let f = t - n;
    let two_f = 1.0
        + f * (std::f32::consts::LN_2
            + f * (0.240_226_5 + f * (0.055_504_11 + f * (0.009_618_129 + f * 0.001_333_356))));
    // n is in -126..=0 here, so the biased exponent is a normal float's.
    two_f * f32::from_bits(((n as i32 + 127) as u32) << 23)
}

/// The simple baseline `cargo xtask eval` compares against: count area-name keyword hits (plain
/// lower-case substring search, no aliases, stemming, bigrams or model); a vendor or Zapier name
/// routes; nothing found goes to `sales-do`.
pub fn baseline(question: &str) -> Target {
    let q = crate::case::lower(question);
    for (needle, route) in [
        ("sendgrid", "sales-sendgrid"),
        ("postmark", "sales-postmark"),
        ("customer.io", "sales-customerio"),
        ("zapier", "sales-integration"),
        ("funnel", "sales-funnel"),
        ("漏斗", "sales-funnel"),
    ] {
        if q.contains(needle) {
            return Target::Route(route.to_string());
        }
    }
    let Some(model) = engine() else { return Target::Route(FALLBACK_ROUTE.to_string()) };
    let Some(data) = super::data_tables() else { return Target::Route(FALLBACK_ROUTE.to_string()) };
    let mut best: Option<(usize, AreaId)> = None;
    for (names, area) in data.aliases.area_name.iter().zip(&model.area_names) {
        let n = names.terms.iter().filter(|t| q.contains(&crate::case::lower(t))).count();
        if n > 0 && best.is_none_or(|(b, _)| n > b) {
            best = Some((n, *area));
        }
    }
    best.map(|(_, a)| Target::Area(a)).unwrap_or_else(|| Target::Route(FALLBACK_ROUTE.to_string()))
}

/// The areas ordered from most to least likely for a question (keyword boosts included, the
/// catch-all area last). Used to offer "which area?" choices and the Mailgun side of a routed answer.
pub fn rank_areas(question: &str) -> Vec<AreaId> {
    let question: String = question.chars().take(MAX_QUESTION_CHARS).collect();
    let Some(model) = engine() else { return AreaId::ALL.to_vec() };
    let scores = model.scored(&model.lexicon.analyse(&question, true)).scores;
    // The catch-all area goes last whatever its score; ties keep the areas' own order.
    let area_scores: Vec<f32> = AreaId::ALL
        .iter()
        .map(|a| match model.class_of(&Target::Area(*a)) {
            _ if *a == AreaId::Other => f32::NEG_INFINITY,
            Some(c) => scores.get(c).copied().unwrap_or(0.0),
            None => 0.0,
        })
        .collect();
    super::rank::order(&area_scores).into_iter().map(|i| AreaId::ALL[i]).collect()
}

#[cfg(test)]
mod tests {
    use super::exp_non_positive;

    #[test]
    fn exp_matches_the_standard_library_where_softmax_uses_it() {
        for i in 0..=2000 {
            let x = -(i as f32) * 0.05;
            let (ours, std) = (exp_non_positive(x), x.exp());
            assert!((ours - std).abs() <= std * 2e-4 + 1e-30, "x = {x}: {ours} vs {std}");
        }
        assert_eq!(exp_non_positive(-1000.0), 0.0);
        assert_eq!(exp_non_positive(f32::NAN), 0.0);
        assert!((exp_non_positive(0.0) - 1.0).abs() < 1e-6);
    }
}
