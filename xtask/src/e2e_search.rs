//! End-to-end cases of the search box: shortcuts, results as you type in both languages with
//! highlighted words, keyboard navigation, the live-region count, the visible "no results" message
//! with its link to ask the query as a question.

use crate::e2e::{check, Ctx, Test};
use serde_json::json;
use std::time::Duration;

/// Every search case, in the order they run.
pub fn all() -> Vec<Test> {
    vec![
        ("search_ctrl_k_focuses_the_box", search_ctrl_k_focuses_the_box),
        ("search_slash_focuses_the_box_unless_typing_elsewhere", search_slash_focuses_the_box_unless_typing_elsewhere),
        ("search_english_results_are_marked_and_counted", search_english_results_are_marked_and_counted),
        ("search_chinese_substring_results_are_marked", search_chinese_substring_results_are_marked),
        ("search_arrows_and_enter_open_a_result", search_arrows_and_enter_open_a_result),
        ("search_a_result_opens_at_its_entry_with_focus", search_a_result_opens_at_its_entry_with_focus),
        ("search_escape_closes_the_list", search_escape_closes_the_list),
        ("search_no_results_says_so_and_offers_to_ask", search_no_results_says_so_and_offers_to_ask),
    ]
}

const INPUT: &str = "#mh-search-input";

fn key(c: &Ctx, target: &str, key: &str, ctrl: bool) -> Result<(), String> {
    c.driver
        .exec(
            "const t = arguments[0] === 'body' ? document.body : document.querySelector(arguments[0]);
             t.dispatchEvent(new KeyboardEvent('keydown', { key: arguments[1], ctrlKey: arguments[2], bubbles: true, cancelable: true }));
             return true;",
            json!([target, key, ctrl]),
        )
        .map(|_| ())
}

fn type_query(c: &Ctx, q: &str) -> Result<(), String> {
    c.driver.exec(
        "const el = document.querySelector('#mh-search-input'); el.focus(); el.value = arguments[0];
         el.dispatchEvent(new InputEvent('input', { bubbles: true })); return true;",
        json!([q]),
    )?;
    c.driver.wait_for("document.querySelectorAll('#mh-search-list [role=option]').length > 0", Duration::from_secs(3))
}

fn active_id(c: &Ctx) -> Result<String, String> {
    Ok(c.js("return document.activeElement ? document.activeElement.id : '';")?.as_str().unwrap_or("").to_string())
}

fn search_ctrl_k_focuses_the_box(c: &Ctx) -> Result<(), String> {
    c.open("?lang=en#/")?;
    c.wait_sel(INPUT)?;
    check(
        c.js("return document.querySelector('#mh-search-input').getAttribute('role');")? == json!("combobox"),
        "input is not a combobox",
    )?;
    key(c, "body", "k", true)?;
    check(active_id(c)? == "mh-search-input", "Ctrl-K did not focus the search box")
}

fn search_slash_focuses_the_box_unless_typing_elsewhere(c: &Ctx) -> Result<(), String> {
    c.open("?lang=en#/ask")?;
    c.wait_sel(INPUT)?;
    c.js("document.activeElement && document.activeElement.blur(); return true;")?;
    key(c, "body", "/", false)?;
    check(active_id(c)? == "mh-search-input", "'/' did not focus the search box")?;
    c.js("document.activeElement.blur(); return true;")?;
    let other = c.js(
        "const f = [...document.querySelectorAll('textarea, input:not(#mh-search-input)')][0];
         if (!f) return false; f.focus(); f.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true, cancelable: true }));
         return document.activeElement === f;",
    )?;
    check(other == json!(true), "'/' typed in another field moved the focus")
}

fn search_english_results_are_marked_and_counted(c: &Ctx) -> Result<(), String> {
    c.open("?lang=en#/")?;
    c.wait_sel(INPUT)?;
    type_query(c, "webhook signature")?;
    check(
        c.js("return document.querySelector('#mh-search-input').getAttribute('aria-expanded');")? == json!("true"),
        "not expanded",
    )?;
    let marks =
        c.js("return [...document.querySelectorAll('#mh-search-list mark')].map(m => m.textContent.toLowerCase());")?;
    let marks: Vec<String> =
        marks.as_array().into_iter().flatten().filter_map(|v| v.as_str().map(String::from)).collect();
    check(marks.iter().any(|m| m.starts_with("webhook")), format!("no marked 'webhook': {marks:?}"))?;
    check(marks.iter().any(|m| m.starts_with("sign")), format!("no marked 'signature': {marks:?}"))?;
    let n = c.count("#mh-search-list [role=option]")?;
    let status = c.text("[data-testid=search-status]")?;
    check(
        status.contains(&n.to_string()) && status.contains("result"),
        format!("live region says `{status}` for {n} options"),
    )?;
    check(
        c.js("return document.querySelector('[data-testid=search-status]').getAttribute('aria-live');")?
            == json!("polite"),
        "live region is not polite",
    )?;
    // A broad query has more matches than the list shows: the status says these are the best.
    type_query(c, "domain")?;
    let (n, status) = (c.count("#mh-search-list [role=option]")?, c.text("[data-testid=search-status]")?);
    check(n == 8 && status.contains("best 8"), format!("a broad query: {n} options, status `{status}`"))
}

fn search_chinese_substring_results_are_marked(c: &Ctx) -> Result<(), String> {
    c.open("?lang=zh#/")?;
    c.wait_sel(INPUT)?;
    type_query(c, "退订")?;
    let marks = c.js("return [...document.querySelectorAll('#mh-search-list mark')].map(m => m.textContent);")?;
    check(
        marks.as_array().into_iter().flatten().any(|m| m.as_str().unwrap_or("").contains("退订")),
        format!("no marked 退订: {marks}"),
    )?;
    check(c.text("[data-testid=search-status]")?.contains("条结果"), "count not announced in Chinese")?;
    type_query(c, "webhook 签名")?;
    check(c.count("#mh-search-list mark")? > 0, "mixed query shows no marks")
}

fn search_arrows_and_enter_open_a_result(c: &Ctx) -> Result<(), String> {
    c.open("?lang=en#/")?;
    c.wait_sel(INPUT)?;
    type_query(c, "webhooks")?;
    let desc =
        |c: &Ctx| c.js("return document.querySelector('#mh-search-input').getAttribute('aria-activedescendant');");
    key(c, INPUT, "ArrowDown", false)?;
    check(desc(c)? == json!("mh-search-opt-0"), format!("ArrowDown: {}", desc(c)?))?;
    check(
        c.js("return document.getElementById('mh-search-opt-0').getAttribute('aria-selected');")? == json!("true"),
        "option not selected",
    )?;
    key(c, INPUT, "ArrowDown", false)?;
    check(desc(c)? == json!("mh-search-opt-1"), "second ArrowDown")?;
    key(c, INPUT, "ArrowUp", false)?;
    check(desc(c)? == json!("mh-search-opt-0"), "ArrowUp")?;
    let doc = c.js("return document.getElementById('mh-search-opt-0').dataset.doc;")?;
    check(doc == json!("area:webhooks"), format!("best result is {doc}"))?;
    key(c, INPUT, "Enter", false)?;
    c.driver.wait_for("location.hash === '#/area/webhooks'", Duration::from_secs(3))?;
    c.wait_sel("[data-view=area][data-area=webhooks]")?;
    // Focus does not fall to the page: the new view's heading takes it, as after a link.
    c.driver.wait_for("document.activeElement && document.activeElement.tagName === 'H1'", Duration::from_secs(3))
}

/// A result that is one entry of a long reference page (a playbook, a troubleshooting entry…)
/// opens that page at the entry, focused, in both languages, with the entry in the address.
fn search_a_result_opens_at_its_entry_with_focus(c: &Ctx) -> Result<(), String> {
    for (lang, q) in [("en", "hard bounce"), ("zh", "退信")] {
        c.open(&format!("?lang={lang}#/"))?;
        c.wait_sel(INPUT)?;
        type_query(c, q)?;
        let pick = c.js("const opts = [...document.querySelectorAll('#mh-search-list [role=option]')];
             const i = opts.findIndex(o => /^(trouble|playbook|gotcha|example|endpoint):/.test(o.dataset.doc || ''));
             return i < 0 ? null : [i, opts[i].dataset.doc];")?;
        let (Some(i), Some(doc)) = (pick[0].as_u64(), pick[1].as_str()) else {
            return Err(format!("{lang}: no entry among the results for {q}: {pick}"));
        };
        for _ in 0..=i {
            key(c, INPUT, "ArrowDown", false)?;
        }
        key(c, INPUT, "Enter", false)?;
        let (kind, slug) = doc.split_once(':').unwrap_or_default();
        let attr = if kind == "trouble" { "data-trouble".to_string() } else { format!("data-{kind}") };
        c.driver.wait_for(
            &format!("document.activeElement && document.activeElement.getAttribute('{attr}') === '{slug}'"),
            Duration::from_secs(3),
        )?;
        let seen = c.js(
            "const r = document.activeElement.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight;",
        )?;
        check(seen == json!(true), format!("{lang}: the entry {doc} is in view"))?;
        // The address names the entry, so a reload or a shared link opens at it too.
        let hash = c.js("return location.hash;")?;
        let want = format!("?item={slug}");
        check(hash.as_str().is_some_and(|h| h.ends_with(&want)), format!("{lang}: the address {hash} lacks {want}"))?;
        c.open(&format!("?lang={lang}&fresh=1{}", hash.as_str().unwrap_or("")))?;
        c.driver.wait_for(
            &format!("document.activeElement && document.activeElement.getAttribute('{attr}') === '{slug}'"),
            Duration::from_secs(3),
        )?;
    }
    // An entry the page does not list is named, and the page still opens.
    c.open("?lang=en#/ref/gotchas?item=no-such-entry")?;
    c.wait_sel("[data-view=reference] [data-error=item]")?;
    let note = c.text("[data-error=item]")?;
    check(note.contains("no-such-entry"), format!("the missing-entry note reads {note:?}"))?;
    check(c.count("[data-gotcha]")? > 3, "the page lost its entries")?;
    Ok(())
}

fn search_escape_closes_the_list(c: &Ctx) -> Result<(), String> {
    c.open("?lang=en#/")?;
    c.wait_sel(INPUT)?;
    type_query(c, "dkim")?;
    key(c, INPUT, "Escape", false)?;
    check(
        c.js("return document.querySelector('#mh-search-input').getAttribute('aria-expanded');")? == json!("false"),
        "Escape did not close",
    )?;
    check(c.js("return document.getElementById('mh-search-list').hidden;")? == json!(true), "list still visible")
}

/// A query that finds nothing shows a visible message naming it, in the reader's language, and a
/// link that asks it as a question (`#/ask?q=…`); following the link opens the answer.
fn search_no_results_says_so_and_offers_to_ask(c: &Ctx) -> Result<(), String> {
    const NONSENSE: &str = "zzqx flibbertigibbet";
    for (lang, says, link) in
        [("en", "No results for “", "Ask it as a question"), ("zh", "没有找到与“", "作为问题提问")]
    {
        c.open(&format!("?lang={lang}#/"))?;
        c.wait_sel(INPUT)?;
        c.driver.exec(
            "const el = document.querySelector('#mh-search-input'); el.focus(); el.value = arguments[0];
             el.dispatchEvent(new InputEvent('input', { bubbles: true })); return true;",
            json!([NONSENSE]),
        )?;
        c.driver
            .wait_for("!!document.querySelector('[data-testid=search-empty]')", Duration::from_secs(3))
            .map_err(|e| format!("{lang}: no visible no-results message: {e}"))?;
        let visible = c.js(
            "const e = document.querySelector('[data-testid=search-empty]'); const r = e.getBoundingClientRect();
             const s = getComputedStyle(e);
             return r.width > 40 && r.height > 10 && s.visibility === 'visible' && s.display !== 'none' && !e.closest('.mh-visually-hidden');",
        )?;
        check(visible == json!(true), format!("{lang}: the no-results message is not visible"))?;
        let text = c.text("[data-testid=search-empty]")?;
        check(text.contains(says) && text.contains(NONSENSE), format!("{lang}: message says `{text}`"))?;
        let href = c.js("return document.querySelector('[data-testid=search-ask]').getAttribute('href');")?;
        check(href == json!("#/ask?q=zzqx%20flibbertigibbet"), format!("{lang}: link goes to {href}"))?;
        check(c.text("[data-testid=search-ask]")?.contains(link), format!("{lang}: link text"))?;
    }
    c.click("[data-testid=search-ask]")?;
    c.driver.wait_for("location.hash.startsWith('#/ask?q=zzqx')", Duration::from_secs(3))?;
    c.wait_sel("[data-testid=answer]")?;
    check(c.count("[data-testid=search-empty]")? == 0, "the message stays open over the answer")?;
    check(
        c.js("return document.querySelector('#mh-search-input').value;")? == json!(""),
        "the box keeps the query after asking it",
    )?;
    // Enter takes the same offer from the keyboard (a blind review found it did nothing).
    c.open("?lang=en#/")?;
    c.wait_sel(INPUT)?;
    c.driver.exec(
        "const el = document.querySelector('#mh-search-input'); el.focus(); el.value = arguments[0];
         el.dispatchEvent(new InputEvent('input', { bubbles: true })); return true;",
        json!(["zzqx bimi"]),
    )?;
    c.wait_sel("[data-testid=search-empty]")?;
    c.js("document.querySelector('#mh-search-input').dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', bubbles: true, cancelable: true})); return true;")?;
    c.driver
        .wait_for("location.hash.startsWith('#/ask?q=zzqx')", Duration::from_secs(3))
        .map_err(|e| format!("Enter on no results did not ask: {e}"))
}
