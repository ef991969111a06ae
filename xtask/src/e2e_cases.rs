//! The end-to-end cases, one function each, named after the behaviour they pin down.

use crate::e2e::{check, Ctx, Test};
use mailgun_help_core::kb::ids::AreaId;
use mailgun_help_core::route::RefPage;
use serde_json::json;

/// Every case, in the order they run.
pub fn all() -> Vec<Test> {
    vec![
        ("single_file_becomes_ready_from_file_url", single_file_becomes_ready_from_file_url),
        ("home_shows_thirteen_areas_and_six_roles_in_english", home_shows_thirteen_areas_and_six_roles_in_english),
        ("lang_parameter_renders_chinese", lang_parameter_renders_chinese),
        ("toggle_switches_language_and_keeps_route", toggle_switches_language_and_keeps_route),
        ("saved_language_is_used_without_parameter", saved_language_is_used_without_parameter),
        ("browser_language_is_used_when_nothing_saved", browser_language_is_used_when_nothing_saved),
        ("widget_works_when_storage_throws", widget_works_when_storage_throws),
        ("every_route_renders_in_both_languages", every_route_renders_in_both_languages),
        ("unknown_route_shows_not_found_with_way_home", unknown_route_shows_not_found_with_way_home),
        (
            "a_huge_unknown_route_answers_at_once_with_a_short_path",
            a_huge_unknown_route_answers_at_once_with_a_short_path,
        ),
        ("wizard_submit_opens_ask_with_context", wizard_submit_opens_ask_with_context),
        ("wizard_keeps_choices_across_a_language_switch", wizard_keeps_choices_across_a_language_switch),
        ("wizard_ctrl_enter_in_the_goal_submits", wizard_ctrl_enter_in_the_goal_submits),
        (
            "enter_asks_but_shift_enter_and_an_input_method_do_not",
            enter_asks_but_shift_enter_and_an_input_method_do_not,
        ),
        ("back_button_returns_to_previous_view", back_button_returns_to_previous_view),
        ("a_link_inside_a_view_moves_focus_to_the_new_heading", a_link_inside_a_view_moves_focus_to_the_new_heading),
        ("panic_shows_bilingual_panel", panic_shows_bilingual_panel),
    ]
}

fn single_file_becomes_ready_from_file_url(c: &Ctx) -> Result<(), String> {
    c.open("")?;
    let ms = c.js("return parseFloat(document.documentElement.dataset.readyMs);")?;
    check(ms.as_f64().map(|m| m > 0.0).unwrap_or(false), format!("data-ready-ms missing: {ms}"))?;
    check(c.url.starts_with("file://"), "not opened from file://")
}

fn home_shows_thirteen_areas_and_six_roles_in_english(c: &Ctx) -> Result<(), String> {
    c.open("?lang=en#/")?;
    c.wait_sel("[data-view=home]")?;
    check(c.html_lang()? == "en", "html lang is not en")?;
    check(c.count("[data-view=home] [data-area]")? == 13, "expected 13 area choices")?;
    check(c.count("[data-view=home] [data-role]")? == 6, "expected 6 role choices")?;
    let text = c.text("[data-view=home]")?;
    for word in ["Email API", "SMTP", "Webhooks", "Developer"] {
        check(text.contains(word), format!("home misses {word}"))?;
    }
    check(c.text("header")?.contains("Ask"), "header misses Ask")?;
    // One heading names the view, as on every other view, and the page's title follows it.
    check(c.count("[data-view=home] h1")? == 1, "home has no h1")?;
    let heading = c.text("[data-view=home] h1")?;
    check(heading == "Ask about Mailgun", format!("home heading: {heading}"))?;
    let want = json!("Ask about Mailgun — Mailgun Help");
    let _ = c.driver.wait_for(&format!("document.title === {want}"), std::time::Duration::from_secs(5));
    let title = c.js("return document.title;")?;
    check(title == want, format!("home title: {title}"))
}

fn lang_parameter_renders_chinese(c: &Ctx) -> Result<(), String> {
    c.open("?lang=zh#/")?;
    check(c.html_lang()? == "zh-CN", format!("html lang is {}", c.html_lang()?))?;
    let header = c.text("header")?;
    check(header.contains("提问") && header.contains("价格"), format!("header not Chinese: {header}"))?;
    check(c.text("[data-view=home]")?.contains("开发者"), "roles not in Chinese")?;
    check(c.text("[data-view=home] h1")? == "咨询 Mailgun 问题", "home heading not Chinese")?;
    // A link followed later (a typed or pasted address, a link on the host page) switches too.
    c.js("location.hash = '#/pricing?monthly=5000&lang=en'; return true;")?;
    c.driver.wait_for("document.documentElement.lang === 'en'", std::time::Duration::from_secs(3))?;
    c.wait_sel("[data-view=pricing]")?;
    check(c.text("header")?.contains("Pricing"), "header not English after the link")?;
    c.js("location.hash = '#/pricing?monthly=6000&lang=zh'; return true;")?;
    c.driver.wait_for("document.documentElement.lang === 'zh-CN'", std::time::Duration::from_secs(3))
}

fn toggle_switches_language_and_keeps_route(c: &Ctx) -> Result<(), String> {
    c.open("?lang=en#/area/smtp")?;
    c.wait_sel("[data-view=area][data-area=smtp]")?;
    // The letter badge is hidden from readers; copied text keeps it apart from the title.
    let h1 = c.text("[data-view=area] h1")?;
    check(h1.chars().nth(1) == Some(' ') && h1.ends_with(" SMTP relay"), format!("the heading reads {h1:?}"))?;
    c.click("[data-testid=lang-toggle]")?;
    c.driver.wait_for("document.documentElement.lang === 'zh-CN'", std::time::Duration::from_secs(3))?;
    c.wait_sel("[data-view=area][data-area=smtp]")?;
    check(c.js("return location.hash;")? == json!("#/area/smtp"), "route changed on toggle")?;
    check(c.text("header")?.contains("浏览"), "header did not switch")?;
    // The address's own `lang=` follows the switch, so a reload stays in Chinese.
    check(c.js("return location.search;")? == json!("?lang=zh"), "the address still names English")?;
    let href = c.js("return location.href;")?;
    c.driver.open(href.as_str().unwrap_or_default())?;
    c.ready()?;
    c.wait_sel("[data-view=area][data-area=smtp]")?;
    check(c.html_lang()? == "zh-CN", "a reload after the switch went back to English")?;
    c.click("[data-testid=lang-toggle]")?;
    c.driver.wait_for("document.documentElement.lang === 'en'", std::time::Duration::from_secs(3))
}

fn saved_language_is_used_without_parameter(c: &Ctx) -> Result<(), String> {
    c.open("?lang=en#/")?;
    c.click("[data-testid=lang-toggle]")?; // saves zh
    c.driver.wait_for("document.documentElement.lang === 'zh-CN'", std::time::Duration::from_secs(3))?;
    c.open("#/")?;
    check(c.html_lang()? == "zh-CN", "saved choice ignored")?;
    c.open("?lang=en#/")?;
    check(c.html_lang()? == "en", "url parameter did not win over the saved choice")?;
    c.js("localStorage.clear(); return true;").map(|_| ())
}

fn browser_language_is_used_when_nothing_saved(c: &Ctx) -> Result<(), String> {
    c.open("#/")?;
    c.js("localStorage.clear(); return true;")?;
    let id = c.driver.cdp(
        "Page.addScriptToEvaluateOnNewDocument",
        json!({ "source": "Object.defineProperty(navigator, 'languages', { get: () => ['zh-TW', 'en'] }); Object.defineProperty(navigator, 'language', { get: () => 'zh-TW' });" }),
    )?;
    let result = c.open("#/").and_then(|_| check(c.html_lang()? == "zh-CN", "browser language ignored"));
    c.driver.cdp("Page.removeScriptToEvaluateOnNewDocument", json!({ "identifier": id["identifier"] }))?;
    result
}

fn widget_works_when_storage_throws(c: &Ctx) -> Result<(), String> {
    c.open("#/")?;
    let id = c.driver.cdp(
        "Page.addScriptToEvaluateOnNewDocument",
        json!({ "source": "Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });" }),
    )?;
    let result = (|| {
        c.open("?lang=en#/area/webhooks")?;
        c.wait_sel("[data-view=area][data-area=webhooks]")?;
        c.click("[data-testid=lang-toggle]")?;
        c.driver.wait_for("document.documentElement.lang === 'zh-CN'", std::time::Duration::from_secs(3))
    })();
    c.driver.cdp("Page.removeScriptToEvaluateOnNewDocument", json!({ "identifier": id["identifier"] }))?;
    result
}

fn every_route_renders_in_both_languages(c: &Ctx) -> Result<(), String> {
    for lang in ["en", "zh"] {
        c.open(&format!("?lang={lang}#/"))?;
        let mut routes: Vec<(String, String)> = AreaId::ALL
            .iter()
            .map(|a| (format!("#/area/{}", a.slug()), format!("[data-view=area][data-area={}]", a.slug())))
            .collect();
        routes.extend(
            RefPage::ALL
                .iter()
                .map(|p| (format!("#/ref/{}", p.slug()), format!("[data-view=reference][data-page={}]", p.slug()))),
        );
        routes.push(("#/browse".into(), "[data-view=browse]".into()));
        routes.push(("#/ask".into(), "[data-view=ask]".into()));
        routes.push(("#/pricing".into(), "[data-view=pricing]".into()));
        routes.push(("#/".into(), "[data-view=home]".into()));
        for (hash, selector) in routes {
            c.driver.set_hash(&hash)?;
            c.wait_sel(&selector).map_err(|e| format!("{lang} {hash}: {e}"))?;
            let text = c.text("main")?;
            check(text.trim().len() > 20, format!("{lang} {hash}: view is nearly empty"))?;
            if lang == "zh" {
                check(
                    text.chars().any(|ch| ('\u{4e00}'..='\u{9fff}').contains(&ch)),
                    format!("{hash}: no Chinese text"),
                )?;
            }
        }
    }
    Ok(())
}

fn unknown_route_shows_not_found_with_way_home(c: &Ctx) -> Result<(), String> {
    c.open("?lang=en#/no/such/page")?;
    c.wait_sel("[data-view=not-found]")?;
    check(c.text("[data-view=not-found]")?.contains("not found"), "no English not-found text")?;
    c.click("[data-view=not-found] a[href='#/']")?;
    c.wait_sel("[data-view=home]")?;
    c.open("?lang=zh#/area/nowhere")?;
    c.wait_sel("[data-view=not-found]")?;
    check(c.text("[data-view=not-found]")?.contains("页面不存在"), "no Chinese not-found text")
}

fn a_huge_unknown_route_answers_at_once_with_a_short_path(c: &Ctx) -> Result<(), String> {
    // A million-character path used to be kept and printed whole: the page froze for ~27 s. Timed
    // in the page (from setting the hash to the not-found view appearing; the browser's own hash
    // change takes about half a second of it), since WebDriver itself slows down on such a URL.
    c.open("?lang=en#/")?;
    c.wait_sel("[data-view=home]")?;
    c.js("new MutationObserver(() => {
            if (!window.__shown && document.querySelector('[data-view=not-found]')) window.__shown = performance.now() - window.__t0;
          }).observe(document.body, { subtree: true, childList: true });
          window.__t0 = performance.now(); location.hash = '#/' + 'A'.repeat(1000000); return true;")?;
    c.wait_sel("[data-view=not-found]")?;
    let (ms, len) = (c.js("return window.__shown;")?, c.text("[data-view=not-found]")?.chars().count());
    check(len < 600, format!("the not-found page prints {len} characters"))?;
    check(ms.as_f64().is_some_and(|ms| ms < 1500.0), format!("the not-found page took {ms} ms"))
}

fn wizard_submit_opens_ask_with_context(c: &Ctx) -> Result<(), String> {
    c.open("?lang=en#/")?;
    c.click("[data-view=home] [data-area=webhooks] input")?;
    c.click("[data-view=home] [data-role=devops] input")?;
    c.js("const t = document.querySelector('#mh-goal'); t.value = 'verify signatures'; t.dispatchEvent(new Event('input', {bubbles: true})); return true;")?;
    c.js("document.querySelector('[data-view=home] button[type=submit]').focus(); return true;")?;
    c.click("[data-view=home] button[type=submit]")?;
    c.wait_sel("[data-view=ask]")?;
    let hash = c.js("return decodeURIComponent(location.hash);")?;
    let hash = hash.as_str().unwrap_or("");
    check(
        hash.contains("q=verify signatures") && hash.contains("area=webhooks") && hash.contains("role=devops"),
        format!("hash was {hash}"),
    )?;
    // The button went away with the wizard: focus goes to the answer's view, not to the page (a
    // blind review found it on <body>).
    let moved = "document.activeElement.tagName === 'H1' && !!document.activeElement.closest('.mh-main')";
    let _ = c.driver.wait_for(moved, std::time::Duration::from_secs(5));
    let focus = c.js("const h = document.activeElement; return [h.tagName, !!h.closest('.mh-main')];")?;
    check(focus == json!(["H1", true]), format!("focus after the wizard: {focus}"))
}

fn wizard_ctrl_enter_in_the_goal_submits(c: &Ctx) -> Result<(), String> {
    c.open("?lang=en#/")?;
    c.click("[data-view=home] [data-role=founder] input")?;
    c.js("const t = document.querySelector('#mh-goal'); t.focus(); t.value = 'how much for 80k emails'; t.dispatchEvent(new Event('input', {bubbles: true})); t.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true})); return true;")?;
    c.wait_sel("[data-view=ask] [data-testid=answer]")?;
    let hash = c.js("return decodeURIComponent(location.hash);")?;
    let hash = hash.as_str().unwrap_or("");
    check(hash.contains("q=how much for 80k emails") && hash.contains("role=founder"), format!("hash was {hash}"))
}

fn enter_asks_but_shift_enter_and_an_input_method_do_not(c: &Ctx) -> Result<(), String> {
    for (page, field) in [("#/", "#mh-goal"), ("#/ask", "[data-testid=ask-form] textarea")] {
        c.open(&format!("?lang=en{page}"))?;
        // Shift+Enter, and an Enter that confirms a pinyin candidate, leave the question unsent.
        let kept = c.js(&format!(
            "const t = document.querySelector('{field}'); t.focus(); t.value = 'dkim key length'; \
             t.dispatchEvent(new Event('input', {{bubbles: true}})); \
             const a = t.dispatchEvent(new KeyboardEvent('keydown', {{key: 'Enter', shiftKey: true, bubbles: true, cancelable: true}})); \
             const b = t.dispatchEvent(new KeyboardEvent('keydown', {{key: 'Enter', isComposing: true, bubbles: true, cancelable: true}})); \
             return a && b;"
        ))?;
        check(kept.as_bool() == Some(true), format!("{page}: Shift+Enter or a composing Enter was taken"))?;
        // A submit pushes the route at once, in the key's own handler.
        let hash = c.js("return decodeURIComponent(location.hash);")?;
        check(!hash.as_str().unwrap_or("").contains("q="), format!("{page}: asked without Enter: {hash}"))?;
        c.js(&format!(
            "const t = document.querySelector('{field}'); \
             t.dispatchEvent(new KeyboardEvent('keydown', {{key: 'Enter', bubbles: true, cancelable: true}})); return true;"
        ))?;
        c.wait_sel("[data-view=ask] [data-testid=answer]")?;
        let hash = c.js("return decodeURIComponent(location.hash);")?;
        check(hash.as_str().unwrap_or("").contains("q=dkim key length"), format!("{page}: hash was {hash}"))?;
    }
    Ok(())
}

fn wizard_keeps_choices_across_a_language_switch(c: &Ctx) -> Result<(), String> {
    c.open("?lang=en#/")?;
    c.click("[data-view=home] [data-area=smtp] input")?;
    c.click("[data-view=home] [data-role=founder] input")?;
    c.js("const t = document.querySelector('#mh-goal'); t.value = 'port 587 <or> 465?'; t.dispatchEvent(new Event('input', {bubbles: true})); return true;")?;
    c.click("[data-testid=lang-toggle]")?;
    c.driver.wait_for("document.documentElement.lang === 'zh-CN'", std::time::Duration::from_secs(3))?;
    c.wait_sel("[data-view=home]")?;
    check(
        c.text("[data-view=home] legend")?.chars().any(|ch| ('\u{4e00}'..='\u{9fff}').contains(&ch)),
        "wizard not in Chinese",
    )?;
    let kept = c.js(
        "return [document.querySelector('[data-area=smtp] input').checked, document.querySelector('[data-role=founder] input').checked, document.querySelector('#mh-goal').value, document.querySelectorAll('[data-view=home] input:checked').length];",
    )?;
    check(kept == json!([true, true, "port 587 <or> 465?", 2]), format!("choices after the switch: {kept}"))?;
    c.click("[data-view=home] button[type=submit]")?;
    c.wait_sel("[data-view=ask]")?;
    let hash = c.js("return decodeURIComponent(location.hash);")?;
    let hash = hash.as_str().unwrap_or("");
    check(
        hash.contains("area=smtp") && hash.contains("role=founder") && hash.contains("q=port 587 <or> 465?"),
        format!("hash was {hash}"),
    )
}

fn a_link_inside_a_view_moves_focus_to_the_new_heading(c: &Ctx) -> Result<(), String> {
    // The page's title names the view, in the page's language (a blind review found "Mailgun Help"
    // on every view).
    for (lang, name) in [("zh", "Mailgun 帮助"), ("en", "Mailgun Help")] {
        c.open(&format!("?lang={lang}#/area/smtp"))?;
        c.wait_sel("[data-view=area][data-area=smtp] h1")?;
        let want =
            format!("{} — {name}", c.text("[data-view=area] h1")?.split_whitespace().collect::<Vec<_>>().join(" "));
        let _ = c.driver.wait_for(&format!("document.title === {}", json!(want)), std::time::Duration::from_secs(5));
        let title = c.js("return document.title;")?;
        check(title == json!(want), format!("{lang} title: {title}, wanted {want}"))?;
    }
    let target = c.js("const a = document.querySelector('[data-view=area] .mh-links a[data-area]'); a.focus(); a.click(); return a.dataset.area;")?;
    let target = target.as_str().unwrap_or_default().to_string();
    c.wait_sel(&format!("[data-view=area][data-area={target}]"))?;
    let focus = c.js(
        "const h = document.activeElement; return [h.tagName, !!h.closest('.mh-main'), h.getAttribute('tabindex')];",
    )?;
    check(focus == json!(["H1", true, "-1"]), format!("focus after the link: {focus}"))?;
    // Navigation that is not a link inside the widget leaves focus alone.
    c.js("document.activeElement.blur(); location.hash = '#/browse'; return true;")?;
    c.wait_sel("[data-view=browse]")?;
    check(c.js("return document.activeElement === document.body;")? == json!(true), "focus moved on a hash change")
}

fn back_button_returns_to_previous_view(c: &Ctx) -> Result<(), String> {
    c.open("?lang=en#/browse")?;
    c.click("[data-view=browse] a[data-area=routes]")?;
    c.wait_sel("[data-view=area][data-area=routes]")?;
    c.js("history.back(); return true;")?;
    c.wait_sel("[data-view=browse]")
}

/// A panic shows the bilingual panel instead of a blank page. The console errors it logs (the panic
/// and the trap that follows) are expected here, so the case drains them itself.
pub fn panic_shows_bilingual_panel(c: &Ctx) -> Result<(), String> {
    c.driver.open(&format!("{}?mh-test-panic=1#/", c.url))?;
    c.wait_sel("[data-error=panic]")?;
    let text = c.text("[data-error=panic]")?;
    let logs = c.driver.logs("browser")?;
    check(text.contains("Something went wrong") && text.contains("出现了错误"), format!("panel text: {text}"))?;
    check(
        logs.iter().any(|l| l["message"].as_str().unwrap_or("").contains("mailgun-help panicked")),
        "panic not logged",
    )?;
    c.open("#/")
}
