//! End-to-end cases for the ask flow: the link contract, routed questions, clarifying questions
//! that refine the answer in place, and bad link parameters. The questions here are written for
//! these tests; none comes from an evaluation set.

use crate::e2e::{check, Ctx, Test};
use serde_json::json;

/// Every ask case.
pub fn all() -> Vec<Test> {
    vec![
        ("ask_link_opens_answer_with_data_area", ask_link_opens_answer_with_data_area),
        ("ask_link_routes_vendor_question_to_sibling", ask_link_routes_vendor_question_to_sibling),
        ("ask_chinese_question_gets_chinese_answer", ask_chinese_question_gets_chinese_answer),
        ("ask_answers_in_the_language_of_the_question", ask_answers_in_the_language_of_the_question),
        (
            "ask_link_context_prefills_form_and_is_not_asked_again",
            ask_link_context_prefills_form_and_is_not_asked_again,
        ),
        ("ask_quick_answer_refines_in_place", ask_quick_answer_refines_in_place),
        ("ask_bad_link_parameter_is_named_and_ignored", ask_bad_link_parameter_is_named_and_ignored),
        ("ask_form_submits_new_question", ask_form_submits_new_question),
        ("ask_without_question_shows_hint", ask_without_question_shows_hint),
        ("ask_form_keeps_a_draft_across_a_language_switch", ask_form_keeps_a_draft_across_a_language_switch),
        ("ask_answer_kinds_and_leads_in_both_languages", ask_answer_kinds_and_leads_in_both_languages),
        ("ask_region_in_the_question_is_the_region_of_the_code", ask_region_in_the_question_is_the_region_of_the_code),
        ("ask_language_in_the_question_picks_the_code_language", ask_language_in_the_question_picks_the_code_language),
    ]
}

/// Opens the answer to `q` in `lang` and returns (data-answer-kind, the lead's text).
fn kind_and_lead(c: &Ctx, q: &str, lang: &str) -> Result<(String, String), String> {
    let hash = mailgun_help_core::route::with_query("#/ask", [("q", q)].into_iter());
    c.open(&format!("?lang={lang}{hash}"))?;
    c.wait_sel("[data-testid=answer][data-answer-kind]")?;
    Ok((answer_attr(c, "data-answer-kind")?, c.text("[data-testid=answer] [data-lead]")?))
}

fn ask_answer_kinds_and_leads_in_both_languages(c: &Ctx) -> Result<(), String> {
    let cases = [
        ("en", "Which SMTP port works when port 25 is blocked by my cloud host?", "direct", "2525"),
        ("zh", "Foundation 套餐有可用性 SLA 吗？", "direct", "企业版"),
        ("en", "Does the Foundation plan come with an uptime SLA?", "direct", "Enterprise"),
        // A volume is estimated with the needs the question names, a week spread over its days;
        // a plan's own figure or an overage question is not a volume to estimate.
        ("en", "We send roughly 70k emails every month", "direct", "Scale, because you send 70,000"),
        // Leads that name what was asked (found by a QA pass).
        ("en", "what webhook events are there", "direct", "8 event types"),
        ("zh", "怎么验证webhook签名", "overview", "HMAC-SHA256"),
        ("en", "can i move my domain from US to EU region", "direct", "delete the domain and re-create it"),
        ("en", "we need SSO and send 10k emails a month", "direct", "Scale, because you need SAML"),
        ("zh", "每周发1000封邮件用什么套餐", "direct", "Foundation，因为你最忙的一天约 143 封"),
        ("en", "is the free plan 100 emails a day or a month", "direct", "per day (not per month)"),
        ("zh", "超出套餐额度后每千封多少钱", "direct", "每千封额外邮件的价格"),
        // Session 33: a blind review's questions whose first sentence did not answer them.
        ("en", "Can I change the region of a domain?", "direct", "cannot be changed"),
        ("en", "Is Mailgun GDPR compliant?", "direct", "Yes: Mailgun's GDPR page"),
        ("zh", "Mailgun 可以发营销邮件吗？", "direct", "也能发送营销邮件"),
        ("en", "What happens if I send more emails than my plan includes?", "direct", "$1.00 on Foundation"),
        // Leads from session 12's fixes: SMS is vocabulary, a yes/no fact leads a yes/no question.
        ("en", "can Mailgun send SMS", "direct", "an email service only: it sends no SMS"),
        // Session 23: everyday questions a helper wrote blind (prices, the first send, SMTP).
        ("en", "how much does mailgun cost", "direct", "Foundation $35 a month (50,000 emails), Scale $90"),
        ("zh", "价格是多少", "direct", "Scale 每月 $90"),
        ("en", "how do I send an email", "overview", "POST the message to /v3/{domain}/messages"),
        ("zh", "smtp怎么配置", "overview", "配置 SMTP，就填入服务器 smtp.mailgun.org"),
        ("en", "is email validation included", "direct", "No: Mailgun Optimize is a paid add-on"),
        ("en", "what is a route", "direct", "A route is a rule for inbound email"),
        ("en", "how do I send an attachment", "overview", "To send a file as an attachment, attach it"),
        ("zh", "Foundation 和 Scale 有什么区别", "direct", "Scale 每月 $90（100,000 封）"),
        ("zh", "模板是什么", "direct", "把邮件设计保存在 Mailgun 中"),
        ("en", "what plan and price do I need for 50k emails a month", "direct", "that costs $35/mo"),
        ("zh", "Mailgun 有邮箱验证吗", "direct", "是的，提供邮箱验证"),
        // Session 24: support questions a helper wrote blind.
        ("en", "how do I track opens", "overview", "To track opens and clicks"),
        ("en", "how do I unsubscribe someone", "overview", "unsubscribes list with POST /v3/{domain}/unsubscribes"),
        ("zh", "客户说没收到邮件怎么查", "overview", "按收件地址搜索日志"),
        ("zh", "怎么设置SPF", "overview", "v=spf1 include:mailgun.org"),
        ("zh", "一个月发十万封选哪个套餐", "direct", "Scale，因为你每月发送 100,000 封"),
        ("en", "can we keep all our data in the EU", "direct", "create the domain in the EU region"),
        // Session 13: warm-up is answered from the account area, not routed to integrations.
        ("en", "does Mailgun do email warmup", "direct", "Yes, for a dedicated IP"),
        ("en", "How do I add my sending domain and get it verified?", "overview", ""),
        ("zh", "怎么给邮件添加标签？", "overview", ""),
        ("en", "How do I build an automation with Zapier when a Mailgun email bounces?", "routed", ""),
        ("zh", "Postmark 的 Message Streams 怎么配置？", "routed", ""),
        // Session 26: account administration the knowledge base lacks is said to be not covered
        // (it used to lead with a plan fact); a how-to is led by the step, not by a "Yes".
        ("en", "where can I download invoices", "not-covered", "does not cover"),
        ("zh", "怎么注销账号", "not-covered", "没有涵盖"),
        ("en", "how do I enable two factor authentication", "overview", "Two-factor authentication (2FA) is available"),
        ("en", "ip warmup schedule dedicated ip", "overview", "For a dedicated IP: POST /v3/ip_warmups"),
        // Session 35: whether Mailgun offers a thing it never names is not covered (it was a "Yes"
        // about two-factor authentication), and "does Mailgun support X" is about X.
        ("en", "Does Mailgun support BIMI logos?", "not-covered", "does not cover"),
        ("zh", "支持BIMI吗", "not-covered", "没有涵盖"),
        ("en", "does mailgun support webhooks", "direct", "8 event types"),
        ("en", "how do I send an email using a template", "overview", "To send an email with a stored template"),
        ("en", "What is the best hiking trail near Lake Tahoe?", "not-covered", "does not cover"),
        ("zh", "今天上海的空气质量怎么样？", "not-covered", "没有涵盖"),
        ("en", "¿Cómo verifico mi dominio?", "not-covered", "reads questions in English and Chinese"),
        // Session 27: context after the asking sentence weighs less; an everyday question that
        // shares one word with Mailgun ("delivery") is not covered; 接口地址 asks an endpoint.
        ("en", "can i gzip the body? we post big html newsletters from node", "direct", "Content-Encoding: gzip"),
        (
            "en",
            "my parcel delivery from the courier is three days late, should I phone the depot",
            "not-covered",
            "does not cover",
        ),
        ("zh", "退信列表的接口地址是什么", "direct", "/v3/{domain}/bounces"),
        // Session 28: a size written as one word ("40MB") finds the size limit; a length in
        // characters; one link kept out of click tracking; a round volume said as people say it;
        // a sentence about something else, anchored by an everyday word only, is not covered.
        ("en", "can I attach a 40MB video to one email?", "direct", "is 25 MB"),
        ("en", "how long may a single tag be?", "direct", "up to 128 characters"),
        ("en", "how do I keep one link in my newsletter from being click-tracked?", "direct", "disable-tracking=true"),
        ("zh", "企业版从每月多少封起步？", "direct", "250 万（2,500,000）"),
        ("en", "can subaccounts use Optimize?", "direct", "not available on subaccounts"),
        (
            "en",
            "how do I tag a coworker in a linkedin post after it has already been published",
            "not-covered",
            "does not cover",
        ),
        // Session 29: a Chinese question about another product and a short everyday one at the
        // off-topic bar are not covered; 哪个 API asks for an API call; the body parameters.
        ("zh", "Canva 海报模板怎么改字体", "not-covered", "没有涵盖"),
        ("en", "youtube premium subscription price", "not-covered", "does not cover"),
        ("zh", "想删掉一个域名，用哪个 API？", "direct", "DELETE /v3/domains/{name}"),
        ("en", "what authentication does the API use", "direct", "HTTP Basic Auth"),
        ("en", "Besides text and html, which body parameters can a message have?", "direct", "amp-html"),
        // Session 30: a plan's support, not its price; "is there a … limit" gives the limit; how
        // long a deferred message is retried (the help centre's page); another product's monthly
        // price is not covered.
        ("en", "What does Scale include for support?", "direct", "priority support"),
        ("en", "is there a daily limit for a domain that is not verified yet?", "direct", "300"),
        ("zh", "邮件一直卡在队列里发不出去", "overview", "8 小时"),
        ("en", "How much is a Disney Plus family subscription per month?", "not-covered", "does not cover"),
        ("en", "the spreadsheet formula returns a value error after I paste new data", "not-covered", "does not cover"),
        ("en", "Do subaccounts come with the Scale plan?", "direct", "Enterprise feature"),
        ("zh", "Foundation 套餐的邮件能保留几天？", "direct", "Foundation 1 天"),
        // Session 34: a blind review's leads (a new account's hourly cap, removing a list member,
        // the webhook check, an attachment, a volume priced past Scale's included emails).
        (
            "en",
            "is there an hourly sending cap on a brand-new Mailgun account?",
            "direct",
            "no published hourly number",
        ),
        (
            "zh",
            "怎样从邮件列表里删除一个成员？",
            "overview",
            "DELETE /v3/lists/{list_address}/members/{member_address}",
        ),
        ("en", "how can my server verify incoming webhook events are really from Mailgun", "overview", "HMAC-SHA256"),
        ("en", "how do I email a PDF attachment through the API", "overview", "To send a file as an attachment"),
        ("en", "what would 300k emails a month cost us", "direct", "that costs at least $90/mo + overage"),
        ("en", "How long are event logs kept on a free account?", "direct", "at least 2 days on a free account"),
        ("zh", "日志要保存多久", "direct", "免费账户至少保留 2 天"),
        ("zh", "打开和点击要怎么跟踪", "overview", "PUT /v3/domains/{name}/tracking"),
        // A second blind review: statistics for a period, unsubscribing from everything, what
        // Mailgun does with an unsubscribed address, a server asked with its port.
        ("en", "how can I pull delivery statistics for the past 30 days", "overview", "POST /v1/analytics/metrics"),
        (
            "en",
            "how do I unsubscribe a customer from all our emails",
            "overview",
            "To unsubscribe a recipient from all",
        ),
        ("zh", "用户退订以后还要我自己过滤吗？", "direct", "自动停止向它投递"),
        ("en", "smtp server and port for eu domains", "direct", "smtp.eu.mailgun.org for EU domains), port 587"),
        ("zh", "SMTP 服务器和端口填什么？", "direct", "服务器主机名 smtp.mailgun.org"),
        ("en", "how would I send a message with curl", "overview", "with curl or any HTTP client"),
    ];
    for (lang, q, kind, must) in cases {
        let (k, lead) = kind_and_lead(c, q, lang)?;
        check(k == kind, format!("{q}: data-answer-kind {k}, expected {kind} (lead: {lead})"))?;
        check(lead.contains(must), format!("{q}: lead {lead:?} lacks {must:?}"))?;
        if kind == "not-covered" {
            check(
                answer_attr(c, "data-area")?.is_empty() && answer_attr(c, "data-route")?.is_empty(),
                "not covered names no area or route",
            )?;
            check(
                c.count("[data-testid=answer] a[href^='https://documentation.mailgun.com']")? == 1,
                "links Mailgun's documentation",
            )?;
            check(c.count("[data-testid=answer] a[data-area]")? >= 1, "offers the nearest areas")?;
        }
    }
    // A lead taken from one documented fact links its page; the plan table's lead links none.
    kind_and_lead(c, "how do I track opens", "en")?;
    check(
        c.count("[data-lead] a.mh-src[href$='/domain-tracking.md'][target=_blank]")? == 1,
        "the lead links the documentation page it came from",
    )?;
    kind_and_lead(c, "怎么设置SPF", "zh")?;
    check(c.text("[data-lead] a.mh-src")? == "文档", "the link is named in the answer's language")?;
    kind_and_lead(c, "how much does mailgun cost", "en")?;
    check(c.count("[data-lead] a")? == 0, "a plan-table lead names no page")?;
    Ok(())
}

fn ask_region_in_the_question_is_the_region_of_the_code(c: &Ctx) -> Result<(), String> {
    c.open("?lang=zh#/ask?q=%E5%A6%82%E4%BD%95%E8%AE%BE%E7%BD%AEEU%E5%9F%9F%E5%90%8D%E7%9A%84DKIM&role=developer")?;
    c.wait_sel("[data-testid=answer] [data-code-lang]")?;
    check(answer_attr(c, "data-region")? == "eu", "the answer is for the EU region")?;
    let code = c.js("return [...document.querySelectorAll('[data-testid=answer] [data-code-lang]')].map(e => e.textContent).join('\\n');")?;
    let code = code.as_str().unwrap_or("");
    check(code.contains("api.eu.mailgun.net") && !code.contains("//api.mailgun.net"), format!("EU code only: {code}"))?;
    // The snippet's region switch changes the answer too.
    c.click("[data-testid=answer] [data-region=US]")?;
    c.driver.wait_for(
        "document.querySelector('[data-testid=answer]').dataset.region === 'us'",
        std::time::Duration::from_secs(5),
    )?;
    let code = c.js("return document.querySelector('[data-testid=answer] [data-code-lang=curl]').textContent;")?;
    check(code.as_str().is_some_and(|t| t.contains("//api.mailgun.net")), "US code after switching")
}

fn ask_language_in_the_question_picks_the_code_language(c: &Ctx) -> Result<(), String> {
    c.open("?lang=en#/ask?q=How%20do%20I%20send%20an%20email%20with%20an%20attachment%20from%20Python%3F")?;
    c.wait_sel("[data-testid=answer] [data-code-lang=python]")?;
    let shown = c.js("return [...document.querySelectorAll('[data-testid=answer] [role=tabpanel]')].filter(p => !p.hidden).map(p => p.querySelector('[data-code-lang]').dataset.codeLang).join(',');")?;
    check(shown == json!("python"), format!("the Python tab is shown first: {shown}"))?;
    let python = c.js("return document.querySelector('[data-testid=answer] [data-code-lang=python]').textContent;")?;
    check(
        python.as_str().is_some_and(|p| p.contains("(\"attachment\", (\"invoice.pdf\"")),
        format!("a Python request with an attachment: {python}"),
    )
}

fn answer_attr(c: &Ctx, name: &str) -> Result<String, String> {
    let v = c.driver.exec(
        "const a = document.querySelector('[data-testid=answer]'); return a ? a.getAttribute(arguments[0]) : null;",
        json!([name]),
    )?;
    Ok(v.as_str().unwrap_or("").to_string())
}

fn ask_link_opens_answer_with_data_area(c: &Ctx) -> Result<(), String> {
    let cases = [
        ("Which port should I use for SMTP with STARTTLS?", "smtp"),
        ("How do I add the SPF include for my sending domain?", "domains"),
        ("Create a route that forwards support mail to my app", "routes"),
    ];
    for (q, area) in cases {
        let hash = mailgun_help_core::route::with_query("#/ask", [("q", q)].into_iter());
        c.open(&format!("?lang=en{hash}"))?;
        c.wait_sel("[data-testid=answer]")?;
        check(answer_attr(c, "data-area")? == area, format!("{q}: data-area {}", answer_attr(c, "data-area")?))?;
        let text = c.text("[data-testid=answer]")?;
        check(text.len() > 200, format!("{q}: answer too short"))?;
        check(c.count("[data-testid=answer] .mh-assumptions li")? >= 1, "no assumptions stated")?;
        check(c.count("[data-testid=answer] [data-clarify]")? <= 2, "more than two clarifying questions")?;
    }
    Ok(())
}

fn ask_link_routes_vendor_question_to_sibling(c: &Ctx) -> Result<(), String> {
    c.open("?lang=en#/ask?q=How%20do%20I%20set%20up%20Postmark%20message%20streams%3F")?;
    c.wait_sel("[data-testid=answer][data-route]")?;
    check(answer_attr(c, "data-route")? == "sales-postmark", "not routed to sales-postmark")?;
    check(c.text(".mh-route-note")?.contains("/sales-postmark"), "route note does not name the skill")?;
    // The reason is said once, not in the lead and again in the note.
    let lead = c.text("[data-testid=answer] [data-lead]")?;
    let answer = c.text("[data-testid=answer]")?;
    check(!lead.is_empty() && answer.matches(lead.trim()).count() == 1, "the routing reason is repeated")
}

fn ask_chinese_question_gets_chinese_answer(c: &Ctx) -> Result<(), String> {
    c.open("?lang=zh#/ask?q=%E6%80%8E%E4%B9%88%E7%BB%99%E9%82%AE%E4%BB%B6%E5%8A%A0%E6%A0%87%E7%AD%BE%EF%BC%9F")?; // 怎么给邮件加标签？
    c.wait_sel("[data-testid=answer]")?;
    check(answer_attr(c, "data-area")? == "tags", format!("data-area {}", answer_attr(c, "data-area")?))?;
    let text = c.text("[data-testid=answer]")?;
    check(text.contains("3"), "the 3-tag limit is missing")?;
    check(text.chars().filter(|ch| ('\u{4e00}'..='\u{9fff}').contains(ch)).count() > 40, "answer is not in Chinese")
}

fn han_count(text: &str) -> usize {
    text.chars().filter(|ch| ('\u{4e00}'..='\u{9fff}').contains(ch)).count()
}

/// A question written in the other language than the page's is answered in its own; the form
/// around it stays in the page's, and keywords alone ("DKIM") follow the page.
fn ask_answers_in_the_language_of_the_question(c: &Ctx) -> Result<(), String> {
    c.open("?lang=en#/ask?q=%E6%80%8E%E4%B9%88%E7%BB%99%E9%82%AE%E4%BB%B6%E5%8A%A0%E6%A0%87%E7%AD%BE%EF%BC%9F")?; // 怎么给邮件加标签？
    c.wait_sel("[data-testid=answer]")?;
    check(answer_attr(c, "lang")? == "zh-CN", format!("answer lang {}", answer_attr(c, "lang")?))?;
    check(han_count(&c.text("[data-testid=answer] [data-lead]")?) > 10, "the lead is not in Chinese")?;
    check(han_count(&c.text(".mh-ask h1")?) == 0, "the page's own heading left English")?;

    c.open("?lang=zh#/ask?q=How%20do%20I%20add%20tags%20to%20an%20email%3F")?;
    c.wait_sel("[data-testid=answer]")?;
    check(answer_attr(c, "lang")? == "en", format!("answer lang {}", answer_attr(c, "lang")?))?;
    check(han_count(&c.text("[data-testid=answer]")?) == 0, "Chinese in the English answer")?;
    check(han_count(&c.text(".mh-ask h1")?) > 0, "the page's own heading left Chinese")?;

    c.open("?lang=zh#/ask?q=DKIM")?;
    c.wait_sel("[data-testid=answer]")?;
    check(answer_attr(c, "lang")? == "zh-CN", "a keyword alone did not follow the page's language")
}

fn ask_link_context_prefills_form_and_is_not_asked_again(c: &Ctx) -> Result<(), String> {
    c.open("?lang=en#/ask?q=what%20should%20I%20set%20up%20first&area=webhooks&role=c")?;
    c.wait_sel("[data-testid=answer]")?;
    check(c.js("return document.querySelector('#mh-ask-area').value;")? == json!("webhooks"), "area not prefilled")?;
    check(c.js("return document.querySelector('#mh-ask-role').value;")? == json!("admin"), "role not prefilled")?;
    check(answer_attr(c, "data-area")? == "webhooks", "area from the link ignored")?;
    let asks_role = c.js(
        "return [...document.querySelectorAll('[data-clarify]')].some(li => /role|developer/i.test(li.innerText));",
    )?;
    check(asks_role == json!(false), "asked for the role although the link gave it")
}

fn ask_quick_answer_refines_in_place(c: &Ctx) -> Result<(), String> {
    c.open("?lang=en#/ask?q=send%20an%20email%20with%20the%20API")?;
    c.wait_sel("[data-testid=answer] [data-testid=quick-answer]")?;
    let before = c.text("[data-testid=answer]")?;
    let hash = c.js("return location.hash;")?;
    // Focused first, as a keyboard user's button would be.
    c.js("const b = document.querySelector('[data-testid=answer] [data-clarify] [data-testid=quick-answer]:last-child'); b.focus(); b.click(); return true;")?;
    c.driver.wait_for(
        &format!("document.querySelector('[data-testid=answer]').innerText !== {}", json!(before)),
        std::time::Duration::from_secs(3),
    )?;
    let after = c.text("[data-testid=answer]")?;
    check(before != after, "the answer did not change after a quick answer")?;
    check(c.js("return location.hash;")? == hash, "a quick answer navigated away")?;
    // The re-written answer replaced the button; focus goes to the answer's title, not to the page
    // nor to whatever button took the chosen one's place (an option of another question).
    c.driver
        .wait_for(
            "document.activeElement && document.activeElement.closest('[data-testid=answer]') !== null \
             && document.activeElement.classList.contains('mh-answer-title')",
            std::time::Duration::from_secs(3),
        )
        .map_err(|e| {
            let active = c.js("const a = document.activeElement; return a ? a.tagName + '#' + a.id : 'none';");
            format!("{e}; focus is on {active:?}")
        })
}

fn ask_bad_link_parameter_is_named_and_ignored(c: &Ctx) -> Result<(), String> {
    c.open("?lang=en#/ask?q=add%20a%20domain&area=nowhere&role=wizard")?;
    c.wait_sel("[data-error=area]")?;
    c.wait_sel("[data-error=role]")?;
    check(c.text("[data-error=area]")?.contains("nowhere"), "area message does not quote the value")?;
    c.wait_sel("[data-testid=answer][data-area=domains]")?;
    c.open("?lang=zh#/ask?q=x&area=nowhere")?;
    check(c.text("[data-error=area]")?.contains("无法识别"), "no Chinese message for a bad parameter")
}

fn ask_form_submits_new_question(c: &Ctx) -> Result<(), String> {
    c.open("?lang=en#/ask")?;
    c.js("const t = document.querySelector('#mh-question'); t.value = 'How long does Mailgun keep stored inbound messages?'; t.dispatchEvent(new Event('input', {bubbles: true})); return true;")?;
    // Focused first, as a keyboard user's button would be.
    c.js("const b = document.querySelector('[data-testid=ask-form] button[type=submit]'); b.focus(); b.click(); return true;")?;
    c.wait_sel("[data-testid=answer]")?;
    let area = answer_attr(c, "data-area")?;
    check(area == "routes" || area == "inbound", format!("data-area {area}"))?;
    check(c.js("return location.hash.includes('q=');")? == json!(true), "question not in the link")?;
    // Submitting keeps the form's nodes: focus stays on the button, the text stays in the box.
    let after = c.js("const f = document.querySelector('[data-testid=ask-form]'); return [f.contains(document.activeElement), document.querySelector('#mh-question').value];")?;
    check(
        after == json!([true, "How long does Mailgun keep stored inbound messages?"]),
        format!("after submit: {after}"),
    )
}

fn ask_form_keeps_a_draft_across_a_language_switch(c: &Ctx) -> Result<(), String> {
    c.open("?lang=en#/ask?q=add%20a%20domain&area=domains")?;
    c.wait_sel("[data-testid=answer][data-area=domains]")?;
    c.js("const t = document.querySelector('#mh-question'); t.value = 'a draft, not sent'; t.dispatchEvent(new Event('input', {bubbles: true})); const s = document.querySelector('#mh-ask-role'); s.value = 'founder'; s.dispatchEvent(new Event('change', {bubbles: true})); return true;")?;
    c.click("[data-testid=lang-toggle]")?;
    c.driver.wait_for("document.documentElement.lang === 'zh-CN'", std::time::Duration::from_secs(3))?;
    let kept = c.js("return [document.querySelector('#mh-question').value, document.querySelector('#mh-ask-area').value, document.querySelector('#mh-ask-role').value];")?;
    check(kept == json!(["a draft, not sent", "domains", "founder"]), format!("form after the switch: {kept}"))?;
    // A new link replaces the draft with what the link says.
    c.js("location.hash = '#/ask?q=webhook%20retries'; return true;")?;
    c.driver.wait_for(
        "document.querySelector('#mh-question').value === 'webhook retries'",
        std::time::Duration::from_secs(3),
    )?;
    check(
        c.js("return document.querySelector('#mh-ask-area').value;")? == json!(""),
        "the old area stayed after a new link",
    )
}

fn ask_without_question_shows_hint(c: &Ctx) -> Result<(), String> {
    c.open("?lang=en#/ask")?;
    c.wait_sel("[data-testid=ask-empty]")?;
    check(c.count("[data-testid=answer]")? == 0, "an answer without a question")?;
    // Zero-width spaces, a joiner and a byte-order mark pasted alone ask nothing either.
    c.open("?lang=en&fresh=1#/ask?q=%E2%80%8B%E2%80%8D%EF%BB%BF%20")?;
    c.wait_sel("[data-testid=ask-empty]")?;
    check(c.count("[data-testid=answer]")? == 0, "an answer to invisible characters")?;
    // A role alone (the wizard with only a role picked) is taken, and the hint says what is missing.
    for (lang, role) in [("en", "Founder / solo operator"), ("zh", "创始人 / 独立运营者")] {
        c.open(&format!("?lang={lang}&fresh=1#/ask?role=founder"))?;
        c.wait_sel("[data-testid=ask-empty][data-role-only]")?;
        let hint = c.text("[data-testid=ask-empty]")?;
        check(hint.contains(role), format!("{lang}: the role-only hint reads {hint:?}"))?;
    }
    Ok(())
}
