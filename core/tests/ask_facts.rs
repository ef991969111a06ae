//! Answer leads and kinds: the first sentence answers what was asked (`direct`), a how-to is an
//! `overview`, another help skill's question is `routed`, an off-topic one is `not-covered`, in
//! both languages; and a floor on the development fact set, which is the set tuned on (the
//! held-out set is scored by `cargo xtask eval --facts`, never here, so nothing is tuned on it).

use mailgun_help_core::ask::{classify, compose, AnswerKind, Context};

fn answer(q: &str) -> (AnswerKind, String, Option<&'static str>) {
    let a = compose(q, &classify(q, &Context::default()), None, None, &[]);
    (a.kind, a.lead.clone(), a.data_area())
}

#[test]
fn each_kind_of_answer_in_both_languages() {
    let cases: [(&str, AnswerKind, &str); 8] = [
        ("Which port should I use for SMTP with STARTTLS?", AnswerKind::Direct, "587"),
        ("SMTP 端口是多少？", AnswerKind::Direct, "587"),
        ("How do I verify my sending domain?", AnswerKind::Overview, ""),
        ("如何验证我的发信域名？", AnswerKind::Overview, ""),
        ("How do I set up a SendGrid inbound parse webhook?", AnswerKind::Routed, ""),
        ("SendGrid 的 Dynamic Templates 怎么用？", AnswerKind::Routed, ""),
        ("What is the weather in Paris tomorrow?", AnswerKind::NotCovered, ""),
        ("明天北京会下雨吗？", AnswerKind::NotCovered, ""),
    ];
    for (q, kind, must) in cases {
        let (k, lead, _) = answer(q);
        assert_eq!(k, kind, "{q}: {lead}");
        assert!(lead.contains(must), "{q}: {lead}");
    }
}

#[test]
fn plan_gated_facts_name_the_plan() {
    let (kind, lead, _) = answer("Does the Foundation plan come with an uptime SLA?");
    assert_eq!(kind, AnswerKind::Direct);
    assert!(lead.starts_with("No") && lead.contains("Enterprise"), "{lead}");
    let (_, lead, _) = answer("Can I use SAML SSO on the Scale plan?");
    assert!(lead.starts_with("Yes") && lead.contains("Scale"), "{lead}");
}

#[test]
fn a_question_naming_a_sending_option_is_about_the_email_api() {
    let (kind, lead, area) = answer("o:tracking-opens takes yes or no; what else can it take?");
    assert_eq!((kind, area), (AnswerKind::Direct, Some("email-api")), "{lead}");
}

#[test]
fn a_yes_no_question_about_an_endpoint_is_not_a_plan_question() {
    let (kind, lead, _) = answer("Is there an endpoint that shows the warm-up status of my dedicated IPs?");
    assert_eq!(kind, AnswerKind::Direct, "{lead}");
    assert!(lead.contains("/v3/ip_warmups"), "{lead}");
    let (_, lead, _) = answer("Can I get a dedicated IP on Foundation?");
    assert!(lead.starts_with("No") && lead.contains("Scale"), "{lead}");
}

#[test]
fn programming_questions_with_mailgun_words_are_not_covered() {
    assert_not_covered(&["How do I sort a list of tuples in Python?", "Python 里怎么把两个列表合并？"]);
}

#[test]
fn everyday_questions_that_share_one_word_with_mailgun_are_not_covered() {
    // Each has a keyword of the tables ("route", "delivery", "campaign") and little else Mailgun
    // knows: English questions about Mailgun are known at least as much as the off-topic bar.
    assert_not_covered(&[
        "scenic cycling route along the river with a loop back to the train station",
        "my parcel delivery from the courier is three days late, should I phone the depot",
        "tips for a door-to-door campaign for the school board on a tiny budget",
    ]);
    // A short Mailgun question with words the tables do not know is still answered.
    let (kind, lead, _) = answer("How far in advance can I schedule a message?");
    assert_eq!(kind, AnswerKind::Direct, "{lead}");
}

#[test]
fn a_sentence_about_something_else_is_not_covered_but_a_terse_developer_question_is_answered() {
    // Anchored only by words with an everyday sense ("tag", "template", "store", "list") and
    // holding words the widget has never seen: about something else, though most of their words
    // are known (coverage 0.6–0.83, over the off-topic bar).
    assert_not_covered(&[
        "how do I tag a coworker in a linkedin post after it has already been published",
        "how do I change the template for every page at once in a keynote deck",
        "what is the best way to store fresh basil so it stays good for a week",
        "how do I sort a list of tuples by the second value in python",
    ]);
    // The same keywords beside one unknown name, tersely, or beside "emails": a developer's question.
    assert_answered(&[
        "bounce handling in flask",
        "how do I track opens in my flask app",
        "templates with mjml",
        "domain setup on namecheap",
        "tag emails from our kubernetes cronjob",
    ]);
}

#[test]
fn a_short_everyday_question_known_no_more_than_the_bar_is_not_covered() {
    // Four content words or more, anchored only by everyday words ("subscription", "price",
    // "store", "plan"), one word the widget never saw, and known exactly as much as the bar.
    assert_not_covered(&[
        "youtube premium subscription price",
        "best way to store onions so they keep",
        "cheapest plan for my gym membership",
    ]);
    assert_answered(&[
        "template for password reset in laravel",
        "store inbound emails with supabase",
        "best plan for a saas startup",
        "tag messages from our airflow jobs",
    ]);
}

#[test]
fn another_product_priced_per_month_or_a_stuck_lid_is_not_covered() {
    // "per month", "free" and "stuck" have an everyday sense too: beside words the widget never
    // saw ("disney", "drawer"), they no longer tie a question to Mailgun.
    assert_not_covered(&[
        "How much is a Disney Plus family subscription per month?",
        "the drawer of my old desk is stuck, how do I open it without breaking it",
    ]);
    assert_answered(&["how much per month for 200k emails", "my emails are stuck in the queue, why?"]);
}

#[test]
fn a_dripping_tap_a_team_tool_or_a_spreadsheet_error_is_not_covered() {
    // "drip", "team" and "suppress" have an everyday sense; with no keyword at all, two words the
    // widget never saw ("spreadsheet", "paste") name another subject.
    assert_not_covered(&[
        "the shower head keeps dripping after I turn it off, what washer do I need",
        "should our team use trello or jira for sprint planning",
        "the spreadsheet formula returns a value error after I paste new data",
    ]);
    assert_answered(&["how do I add my team to mailgun", "why are my emails suppressed", "drip campaign with mailgun"]);
}

#[test]
fn another_program_or_a_maths_question_is_not_covered_but_a_spreadsheet_export_is_answered() {
    // Anchored only by everyday words ("template", "domain", 模板, 批量) beside another program or a
    // maths term: about that.
    assert_not_covered(&[
        "free cv template for powerpoint",
        "what is the domain of g(x) = sqrt(x)? f(x) notation confuses me",
        "PPT 模板怎么批量替换字体",
    ]);
    assert_answered(&["export bounces to excel", "import my Word template into mailgun", "怎么批量发送邮件"]);
}

#[test]
fn a_sibling_skill_the_model_barely_prefers_gives_way_to_the_knowledge_base() {
    // The integration skill scored 0.44 here, the webhooks and inbound areas just behind it.
    let (kind, lead, _) = answer("what response code tells mailgun the webhook was recieved ok?");
    assert_eq!(kind, AnswerKind::Direct, "{lead}");
    assert!(lead.contains("200"), "{lead}");
}

#[test]
fn regions_send_time_optimisation_and_smtp_passwords_are_answered() {
    assert_leads_contain(&[
        ("Can I move my US domain to the EU region later?", "delete the domain and re-create it"),
        ("is my api key different for the eu region?", "API keys are global"),
        ("how long a window can I give STO?", "72h"),
        ("how many characters can a custom smtp password have", "5 to 32"),
        ("will mailgun warn me before I reach the custom message limit", "50% and 75%"),
        ("达到自定义发送限额之前会提醒吗", "50% 和 75%"),
    ]);
}

#[test]
fn questions_from_a_blind_review_of_the_built_file_lead_with_what_was_asked() {
    assert_leads_contain(&[
        // The base URL, not what a 401 means.
        ("What's the EU API endpoint?", "https://api.eu.mailgun.net/v3/"),
        // No phone number is known; which plan has phone support is.
        ("What's the Mailgun support phone number?", "Enterprise"),
        ("客服电话是多少", "企业版"),
        // The general answer, not the Metrics API's own limit.
        ("What is the API rate limit?", "429"),
        // How overage is billed, not what Foundation includes.
        (
            "What happens when I exceed 50,000 emails on Foundation?",
            "billed when the plan renews, per 1,000 extra emails: $1.00 on Foundation",
        ),
        ("超过Foundation的5万封以后怎么收费", "额外用量"),
        // Session 33's second blind review: the Chinese "is there a free plan?" was led by
        // Foundation's features, since only they said 套餐.
        ("有免费套餐吗？", "免费版（免费套餐）每天可发 100 封"),
    ]);
    // The Free plan's daily cap is not an allowance billed as overage.
    let (_, lead, _) = answer("What happens if I exceed the free plan daily limit?");
    assert!(lead.contains("100") && !lead.contains("extra usage"), "{lead}");
    // An area the classifier barely chose (metrics, 0.34) gives way to the area of the fact that
    // answers: the label matches the lead.
    let (_, lead, area) = answer("How do I delete a bounce?");
    assert_eq!(area, Some("email-api"), "{lead}");
    let (_, lead, _) = answer("How do I remove an address from the suppression list?");
    assert!(lead.contains("DELETE /v3/{domain}/bounces/{address}"), "{lead}");
}

#[test]
fn several_features_several_ips_and_a_reset_time_are_read_from_the_plan_table() {
    assert_leads_contain(&[
        // The plan that has every feature named, with its price when a price is asked.
        ("要邮件日志和7x24工单支持,最便宜得上哪个套餐?多少钱一个月", "Foundation 每月 $35"),
        (
            "which plan has SSO and priority support, and what does it cost?",
            "include them (Scale and Enterprise). Scale costs $90",
        ),
        // A plan that has one of two features lacks only the other.
        ("does foundation include email logs and SSO?", "No: Foundation does not include SAML single sign-on (SSO);"),
        // Several dedicated IPs counted in a question with a volume are the estimate's.
        ("we send 200k a month and need 3 dedicated IPs, what will it cost?", "you need 3 dedicated IPs"),
        // A time asked about a plan's daily cap is the reset, not the price.
        ("free plan keeps capping us at 100 a day. what time does that daily limit reset?", "midnight UTC"),
    ]);
}

#[test]
fn a_stated_volume_does_not_replace_the_value_asked_for() {
    // The volume is context; the question asks a limit of the API.
    let (kind, lead, _) = answer(
        "We send a weekly newsletter to 25,000 readers from a Django job. What's the maximum number of recipients per batch call?",
    );
    assert_eq!(kind, AnswerKind::Direct, "{lead}");
    assert!(lead.contains("1,000"), "{lead}");
    // Naming a dedicated IP or a plan feature still asks for the estimate.
    let (_, lead, _) = answer("We send 5,000 emails a day, how many dedicated IPs do we need?");
    assert!(lead.starts_with("Scale, because"), "{lead}");
}

#[test]
fn retention_subaccounts_and_the_ip_allowlist_are_answered_per_plan_and_endpoint() {
    let (_, lead, _) = answer("How long can a Foundation domain keep its messages?");
    assert!(lead.contains("Foundation 1 day"), "{lead}");
    let (_, lead, _) = answer("Do subaccounts come with the Scale plan?");
    assert!(lead.contains("Enterprise"), "{lead}");
    for q in ["Which API limits our API keys and SMTP credentials to our office IP addresses?", "IP allowlist endpoint"]
    {
        let (_, lead, _) = answer(q);
        assert!(lead.contains("/v2/ip_whitelist"), "{q}: {lead}");
    }
}

#[test]
fn what_a_plan_includes_for_support_or_an_allowance_is_answered_from_its_facts() {
    let (kind, lead, _) = answer("What does Scale include for support?");
    assert_eq!(kind, AnswerKind::Direct, "{lead}");
    assert!(lead.contains("support") && !lead.contains('$'), "support, not the price: {lead}");
    let (_, lead, _) = answer("what's the daily sending allowance on the Free plan?");
    assert!(lead.contains("100"), "{lead}");
    let (_, lead, _) = answer("Is there a limit on recipients per API call?");
    assert!(lead.contains("1,000"), "{lead}");
    let (_, lead, _) = answer("Are inbox placement tests part of the Foundation plan?");
    assert!(lead.starts_with("No") && lead.contains("add-on"), "{lead}");
}

#[test]
fn a_chinese_question_that_names_a_mailgun_term_in_latin_letters_is_answered() {
    // Few of their character pairs are known (coverage 0.2–0.25, under the anchored bar), but
    // "webhook", "DKIM" and "smtp" say what they are about.
    assert_answered(&["webhook 那个签名究竟是靠啥哈希算出来的", "DKIM 签名是拿啥算法弄出来的", "smtp 口令丢了咋整"]);
}

#[test]
fn a_chinese_question_about_another_product_is_not_covered_but_one_about_email_is_answered() {
    // Anchored only by everyday words (模板, 会员, 多少钱, 便宜, 路由) beside a product name in Latin
    // letters the widget has never seen: about that product (coverage 0.17–0.5).
    assert_not_covered(&[
        "Keynote 模板去哪买比较便宜",
        "Hulu 会员一年多少钱",
        "Canva 海报模板怎么改字体",
        "Nuxt 的路由怎么配置",
    ]);
    // The same beside an email word or a Mailgun term: about email.
    assert_answered(&["Strapi 里的邮件模板怎么换成 Mailgun 模板", "Jinja 模板里怎么放退订链接"]);
}

#[test]
fn not_covered_answers_name_no_area_and_lead_with_nothing_unrelated() {
    let (kind, lead, area) = answer("Recommend a good pizza place in Berlin");
    assert_eq!((kind, area), (AnswerKind::NotCovered, None));
    assert!(lead.contains("does not cover"), "{lead}");
}

/// Each question is said not covered.
fn assert_not_covered(questions: &[&str]) {
    for q in questions {
        let (kind, lead, _) = answer(q);
        assert_eq!(kind, AnswerKind::NotCovered, "{q}: {lead}");
    }
}

/// Each question is answered (not said not covered).
/// Each question's lead holds its expected text.
fn assert_leads_contain(cases: &[(&str, &str)]) {
    for (q, want) in cases {
        let (_, lead, _) = answer(q);
        assert!(lead.contains(want), "{q}: {lead}");
    }
}

fn assert_answered(questions: &[&str]) {
    for q in questions {
        let (kind, lead, _) = answer(q);
        assert_ne!(kind, AnswerKind::NotCovered, "{q}: {lead}");
    }
}

/// `kind | expected ; expected | question` lines under `## en` / `## zh`.
fn cases(path: &str) -> Vec<(String, Vec<String>, String)> {
    let text = std::fs::read_to_string(path).expect("the fact set is readable");
    let mut out = Vec::new();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
        let mut parts = line.splitn(3, '|');
        if let (Some(kind), Some(exp), Some(q)) = (parts.next(), parts.next(), parts.next()) {
            let exp = exp.split(';').map(|e| e.trim().to_lowercase()).filter(|e| !e.is_empty()).collect();
            out.push((kind.trim().to_string(), exp, q.trim().to_string()));
        }
    }
    out
}

#[test]
fn development_fact_set_scores_at_least_its_floor() {
    let set = cases(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/ask_facts_dev.txt"));
    assert!(set.len() >= 200, "the development set is too small: {}", set.len());
    let mut passed = 0;
    for (kind, expected, q) in &set {
        let (k, lead, _) = answer(q);
        let lead = lead.to_lowercase();
        let ok = if kind == "direct" {
            expected.iter().all(|e| lead.contains(e.as_str()))
        } else {
            k == AnswerKind::NotCovered
        };
        passed += usize::from(ok);
    }
    let score = passed as f64 / set.len() as f64;
    assert!(score >= 0.95, "development fact set: {passed}/{} = {score:.3}", set.len());
}

#[test]
fn the_development_and_held_out_sets_share_no_question() {
    let dev = cases(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/ask_facts_dev.txt"));
    let norm = |q: &str| q.to_lowercase().chars().filter(|c| c.is_alphanumeric()).collect::<String>();
    let mut held = std::collections::HashSet::new();
    for set in [
        "ask_facts_heldout.txt",
        "ask_facts_heldout2.txt",
        "ask_facts_heldout3.txt",
        "ask_facts_heldout4.txt",
        "ask_facts_heldout5.txt",
        "ask_facts_heldout6.txt",
        "ask_facts_heldout7.txt",
        "ask_facts_heldout8.txt",
        "ask_facts_heldout9.txt",
        "ask_facts_heldout10.txt",
        "ask_facts_heldout11.txt",
        "ask_facts_heldout12.txt",
        "ask_facts_heldout13.txt",
        "ask_facts_heldout14.txt",
        "ask_facts_heldout15.txt",
        "ask_facts_heldout16.txt",
        "ask_facts_heldout17.txt",
        "ask_facts_heldout18.txt",
        "ask_facts_heldout19.txt",
        "ask_facts_heldout20.txt",
        "ask_facts_heldout21.txt",
        "ask_facts_heldout22.txt",
        "ask_facts_heldout23.txt",
        "ask_facts_heldout24.txt",
        "ask_facts_heldout25.txt",
        "ask_facts_heldout26.txt",
        "ask_facts_heldout27.txt",
    ] {
        let path = format!("{}/tests/data/{set}", env!("CARGO_MANIFEST_DIR"));
        held.extend(cases(&path).iter().map(|c| norm(&c.2)));
    }
    let shared: Vec<&String> = dev.iter().map(|c| &c.2).filter(|q| held.contains(&norm(q))).collect();
    assert!(shared.is_empty(), "questions in both sets: {shared:?}");
}

#[test]
fn no_fact_set_question_is_a_training_example() {
    let norm = |q: &str| q.to_lowercase().chars().filter(|c| c.is_alphanumeric()).collect::<String>();
    let mut examples = std::collections::HashSet::new();
    for file in ["examples-areas.toml", "examples-routes.toml"] {
        let path = format!("{}/../assets/ask/{file}", env!("CARGO_MANIFEST_DIR"));
        let v: toml::Value = toml::from_str(&std::fs::read_to_string(&path).expect("readable")).expect("parses");
        for table in v.as_table().into_iter().flat_map(|t| t.values()).filter_map(|x| x.as_array()).flatten() {
            for lang in ["en", "zh"] {
                for q in table.get(lang).and_then(|l| l.as_array()).into_iter().flatten().filter_map(|q| q.as_str()) {
                    examples.insert(norm(q));
                }
            }
        }
    }
    assert!(examples.len() > 300, "examples were read: {}", examples.len());
    for set in [
        "ask_facts_dev.txt",
        "ask_facts_heldout.txt",
        "ask_facts_heldout2.txt",
        "ask_facts_heldout3.txt",
        "ask_facts_heldout4.txt",
        "ask_facts_heldout14.txt",
        "ask_facts_heldout15.txt",
        "ask_facts_heldout16.txt",
        "ask_facts_heldout17.txt",
        "ask_facts_heldout18.txt",
        "ask_facts_heldout19.txt",
        "ask_facts_heldout20.txt",
        "ask_facts_heldout21.txt",
        "ask_facts_heldout22.txt",
        "ask_facts_heldout23.txt",
        "ask_facts_heldout24.txt",
        "ask_facts_heldout25.txt",
        "ask_facts_heldout26.txt",
        "ask_facts_heldout27.txt",
    ] {
        let path = format!("{}/tests/data/{set}", env!("CARGO_MANIFEST_DIR"));
        let trained: Vec<String> =
            cases(&path).into_iter().map(|c| c.2).filter(|q| examples.contains(&norm(q))).collect();
        assert!(trained.is_empty(), "{set} questions among the training examples: {trained:?}");
    }
}
