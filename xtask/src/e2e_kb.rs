//! End-to-end cases for the knowledge-base views: area pages, the API filter, the region switch,
//! copy buttons and one-click links between related things, from the single file on `file://`.

use crate::e2e::{check, Ctx, Test};
use serde_json::json;

/// Every knowledge-base case.
pub fn all() -> Vec<Test> {
    vec![
        ("area_page_shows_endpoints_steps_gotchas_and_links", area_page_shows_endpoints_steps_gotchas_and_links),
        ("region_switch_rewrites_every_snippet", region_switch_rewrites_every_snippet),
        ("copy_button_gives_feedback_from_file_url", copy_button_gives_feedback_from_file_url),
        ("api_reference_filter_narrows_the_table", api_reference_filter_narrows_the_table),
        ("related_things_are_one_click_apart", related_things_are_one_click_apart),
        ("views_fit_a_400px_embed", views_fit_a_400px_embed),
    ]
}

fn area_page_shows_endpoints_steps_gotchas_and_links(c: &Ctx) -> Result<(), String> {
    c.open("?lang=en#/area/email-api")?;
    c.wait_sel("[data-view=area][data-area=email-api]")?;
    check(c.count(".mh-endpoints tbody tr")? >= 2, "too few endpoints")?;
    check(c.text(".mh-endpoints")?.contains("/v3/{domain}/messages"), "send endpoint missing")?;
    check(c.count(".mh-method-post")? >= 1, "no method badge")?;
    check(c.count("[data-playbook] .mh-steps li")? >= 3, "no step list")?;
    check(c.count("[data-gotcha]")? >= 1, "no gotcha")?;
    check(c.count("[data-view=area] a[href^='#/area/']")? >= 1, "no related-area link")?;
    c.open("?lang=zh#/area/email-api")?;
    let zh = c.text("[data-view=area]")?;
    check(zh.contains("标签") && zh.contains("/v3/{domain}/messages"), "Chinese area content missing")
}

fn region_switch_rewrites_every_snippet(c: &Ctx) -> Result<(), String> {
    c.open("?lang=en#/area/email-api")?;
    c.wait_sel(".mh-snippet")?;
    let all_eu = "return [...document.querySelectorAll('.mh-snippet code')].every(e => !e.innerText.includes('api.mailgun.net'));";
    check(c.js(all_eu)? == json!(false), "EU before switching")?;
    c.click(".mh-snippet [data-region=EU]")?;
    c.driver.wait_for(
        "[...document.querySelectorAll('.mh-snippet code')].every(e => !e.innerText.includes('https://api.mailgun.net'))",
        std::time::Duration::from_secs(3),
    )?;
    check(c.text(".mh-snippet code")?.contains("api.eu.mailgun.net"), "EU host not shown")?;
    c.click(".mh-snippet [data-region=US]")
}

fn copy_button_gives_feedback_from_file_url(c: &Ctx) -> Result<(), String> {
    c.open("?lang=en#/area/webhooks")?;
    c.wait_sel(".mh-snippet .mh-copy button")?;
    c.click(".mh-snippet .mh-copy button")?;
    // Success, not just an outcome: the button is marked copied and its status says so.
    c.driver.wait_for(
        "document.querySelector('.mh-snippet .mh-copy button').dataset.copied === 'true'",
        std::time::Duration::from_secs(3),
    )?;
    let status = c.text(".mh-snippet .mh-copy-status")?;
    check(status.trim() == "Copied", format!("copy status {status:?}"))
}

fn api_reference_filter_narrows_the_table(c: &Ctx) -> Result<(), String> {
    c.open("?lang=en#/ref/api")?;
    c.wait_sel(".mh-endpoints")?;
    let all = c.count(".mh-endpoints tbody tr")?;
    c.js("const i = document.querySelector('#mh-api-filter'); i.value = 'routes'; i.dispatchEvent(new Event('input', {bubbles: true})); return true;")?;
    c.driver.wait_for(
        &format!("document.querySelectorAll('.mh-endpoints tbody tr').length < {all}"),
        std::time::Duration::from_secs(3),
    )?;
    let rows = c.text(".mh-endpoints tbody")?;
    check(
        rows.lines().all(|l| l.to_lowercase().contains("route") || l.trim().is_empty()),
        format!("unfiltered rows: {rows}"),
    )?;
    check(
        c.text("[data-view=reference] [role=status]")?.contains(&c.count(".mh-endpoints tbody tr")?.to_string()),
        "count not announced",
    )?;
    // An endpoint typed as the table writes it, method and path, finds that row alone.
    c.js("const i = document.querySelector('#mh-api-filter'); i.value = 'GET /v3/routes'; i.dispatchEvent(new Event('input', {bubbles: true})); return true;")?;
    c.driver.wait_for(
        "[...document.querySelectorAll('.mh-endpoints tbody tr')].every(r => /GET/.test(r.textContent) && r.textContent.includes('/v3/routes')) && document.querySelectorAll('.mh-endpoints tbody tr').length > 0",
        std::time::Duration::from_secs(3),
    )?;
    check(c.text("[data-view=reference] [role=status]")?.contains("Endpoints shown"), "the count's wording")
}

fn related_things_are_one_click_apart(c: &Ctx) -> Result<(), String> {
    c.open("?lang=en#/ref/gotchas")?;
    c.wait_sel("[data-gotcha] a[data-area]")?;
    let target = c.js("return document.querySelector('[data-gotcha] a[data-area]').dataset.area;")?;
    c.click("[data-gotcha] a[data-area]")?;
    c.wait_sel(&format!("[data-view=area][data-area={}]", target.as_str().unwrap_or("")))
}

fn views_fit_a_400px_embed(c: &Ctx) -> Result<(), String> {
    c.driver.set_window(400, 900)?;
    let result = (|| {
        for hash in
            ["#/", "#/area/routes", "#/ref/api", "#/ref/data-model", "#/pricing?monthly=60000", "#/ask?q=smtp%20port"]
        {
            c.open(&format!("?lang=en{hash}"))?;
            let overflow =
                c.js("return document.documentElement.scrollWidth - document.documentElement.clientWidth;")?;
            check(overflow.as_i64().unwrap_or(999) <= 1, format!("{hash} scrolls sideways at 400 px ({overflow} px)"))?;
        }
        // A table's row names keep their words whole (a blind review saw "Do/mai/n" at 360 px): the
        // table scrolls in its own box instead.
        c.open("?lang=en#/ref/data-model")?;
        c.wait_sel(".mh-table th[scope=row] a")?;
        let broken = c.js(r"return [...document.querySelectorAll('.mh-table th[scope=row] a')].filter(a => a.getClientRects().length > a.textContent.trim().split(/\s+/).length).map(a => a.textContent);")?;
        check(broken == json!([]), format!("row names broken across lines at 400 px: {broken}"))?;
        // The pricing chart keeps readable text (at least 0.8 of its 640-unit drawing) and scrolls
        // inside its own box instead of shrinking to fit the column.
        c.open("?lang=en#/pricing?monthly=60000")?;
        c.wait_sel(".mh-chart-svg")?;
        let width = c.js("return document.querySelector('.mh-chart-svg').getBoundingClientRect().width;")?;
        check(width.as_f64().unwrap_or(0.0) >= 512.0, format!("the chart is drawn {width} px wide at 400 px"))?;
        Ok(())
    })();
    c.driver.set_window(1200, 900)?;
    result
}
