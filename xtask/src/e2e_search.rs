//! End-to-end cases of the search box: shortcuts, results as you type in both languages with
//! highlighted words, keyboard navigation, the live-region count.

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
        ("search_escape_closes_the_list", search_escape_closes_the_list),
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
    )
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
    c.wait_sel("[data-view=area][data-area=webhooks]")
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
