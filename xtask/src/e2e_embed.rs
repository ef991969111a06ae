//! Browser tests of the embeddable builds over the example pages in `examples/`, in headless Chromium.
//!
//! The pages and `dist/embed/` are copied into a temp folder (same layout as the repository) and
//! served on 127.0.0.1 by [`StaticServer`], which sends the strict `Content-Security-Policy` header
//! with `csp.html`. A script injected before each page loads records the `mailgun-help:*` events,
//! `console.warn` calls and `securitypolicyviolation` events. After every test: no console error,
//! and no request except to the opened pages' own files.

use crate::static_server::StaticServer;
use crate::webdriver::{Driver, TempDir};
use serde_json::{json, Value};
use std::cell::RefCell;
use std::path::Path;
use std::time::Duration;

/// The policy the strict-CSP example is served with.
pub const STRICT_CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";

const RECORDER: &str = r#"(() => {
  const rec = { events: [], warnings: [], violations: [], types: [], wasm: 0, wasmAt: null, loadAt: null, fetches: 0, yields: [] };
  window.__mh = rec;
  for (const n of ["ready", "ask", "route", "estimate", "lang"]) {
    document.addEventListener("mailgun-help:" + n, (e) =>
      rec.events.push({ type: n, id: e.target.id, at: performance.now(), detail: JSON.parse(JSON.stringify(e.detail)) }));
  }
  // Every event type the element dispatches (the typed API must declare each one).
  const dispatch = EventTarget.prototype.dispatchEvent;
  EventTarget.prototype.dispatchEvent = function (e) {
    if (e.type.startsWith("mailgun-help:") && !rec.types.includes(e.type)) rec.types.push(e.type);
    return dispatch.call(this, e);
  };
  // Whether any wasm was compiled or instantiated (a lazy launcher must not).
  for (const name of ["compile", "instantiate", "compileStreaming", "instantiateStreaming"]) {
    const f = WebAssembly[name];
    if (f) WebAssembly[name] = function (...args) {
      rec.wasm++;
      rec.wasmAt = rec.wasmAt === null ? performance.now() : rec.wasmAt;
      return f.apply(this, args);
    };
  }
  // When the page was handed back to the browser mid-work (the one-script build's sliced unpack).
  if (window.scheduler && scheduler.yield) {
    const yieldOf = scheduler.yield;
    scheduler.yield = function (...args) {
      rec.yields.push(performance.now());
      return yieldOf.apply(this, args);
    };
  }
  // Every fetch, counted when it is called (the strict-CSP build fetches its wasm only on start).
  const fetchOf = window.fetch;
  window.fetch = function (...args) {
    rec.fetches++;
    return fetchOf.apply(this, args);
  };
  window.addEventListener("load", () => (rec.loadAt = performance.now()));
  document.addEventListener("securitypolicyviolation", (e) =>
    rec.violations.push(e.violatedDirective + " " + e.blockedURI));
  const warn = console.warn.bind(console);
  console.warn = (...args) => { rec.warnings.push(args.map(String).join(" ")); warn(...args); };
})();"#;

/// Helpers prepended to every script: `W(id)` the element, `S(id, sel)` a node in its shadow root,
/// `EV(type, id)` its recorded events.
pub(crate) const HELPERS: &str = r#"const W = (id) => document.getElementById(id);
const S = (id, sel) => W(id) && W(id).shadowRoot && W(id).shadowRoot.querySelector(sel);
const EV = (type, id) => (window.__mh ? window.__mh.events : []).filter((e) => e.type === type && (!id || e.id === id));
"#;

/// What each test gets.
pub struct Ctx<'a> {
    pub(crate) driver: &'a Driver,
    pub(crate) server: &'a StaticServer,
    pub(crate) allowed: RefCell<Vec<String>>,
    /// The builds under test (`mailgun-help.js`, `mailgun-help.d.ts`, `csp/`).
    pub(crate) embed_dir: &'a Path,
}

impl Ctx<'_> {
    /// Opens `examples/<page>` and waits until every `<mailgun-help>` on it that starts by itself
    /// (inline, or `load="eager"`) is ready; launchers render on first use.
    pub(crate) fn open(&self, page: &str) -> Result<(), String> {
        self.open_only(page)?;
        self.wait(
            "document.readyState === 'complete' && [...document.querySelectorAll('mailgun-help')]
               .filter((el) => el.getAttribute('mode') !== 'launcher' || el.getAttribute('load') === 'eager')
               .every((el) => EV('ready', el.id).length === 1)",
        )
    }

    /// Opens `examples/<page>` and waits for its load event only (lazy widgets stay unstarted).
    pub(crate) fn open_only(&self, page: &str) -> Result<(), String> {
        self.allowed.borrow_mut().extend(page_files(page.split('#').next().unwrap_or(page)));
        self.driver.open(&format!("{}/examples/{page}", self.server.base))?;
        self.wait("document.readyState === 'complete'")
    }

    pub(crate) fn js(&self, body: &str) -> Result<Value, String> {
        self.driver.exec(&format!("{HELPERS}{body}"), json!([]))
    }

    pub(crate) fn wait(&self, cond: &str) -> Result<(), String> {
        self.wait_long(cond, 10)
    }

    pub(crate) fn wait_long(&self, cond: &str, secs: u64) -> Result<(), String> {
        let deadline = std::time::Instant::now() + Duration::from_secs(secs);
        loop {
            if self.js(&format!("return !!({cond});"))? == json!(true) {
                return Ok(());
            }
            if std::time::Instant::now() > deadline {
                let events = self.js("return JSON.stringify(window.__mh);").unwrap_or(Value::Null);
                return Err(format!("timed out waiting for `{cond}`; recorded: {events}"));
            }
            std::thread::sleep(Duration::from_millis(25));
        }
    }

    /// Waits until the page has been idle once after everything queued so far: its load event,
    /// any idle-time start the widget scheduled before this call (`requestIdleCallback` runs
    /// callbacks in the order they were queued), and two frames. What "nothing more happened"
    /// checks wait for, instead of a fixed sleep.
    pub(crate) fn idle(&self) -> Result<(), String> {
        self.wait("document.readyState === 'complete'")?;
        self.js("window.__idleSeen = false; requestAnimationFrame(() => requestAnimationFrame(() =>
               requestIdleCallback(() => { window.__idleSeen = true; }, { timeout: 5000 })));")?;
        self.wait("window.__idleSeen === true")
    }

    pub(crate) fn settle(&self) {
        std::thread::sleep(Duration::from_millis(250));
    }

    /// A key press through the DevTools protocol (a real key event: focus moves on Tab).
    pub(crate) fn key(&self, key: &str, shift: bool) -> Result<(), String> {
        self.key_with(key, if shift { 8 } else { 0 })
    }

    /// A key press with DevTools modifier bits (1 Alt, 2 Ctrl, 4 Meta, 8 Shift); a modified
    /// key types no text.
    pub(crate) fn key_with(&self, key: &str, modifiers: u32) -> Result<(), String> {
        let (code, vk, text) = match key {
            "Tab" => ("Tab", 9, None),
            "Enter" => ("Enter", 13, Some("\r")),
            "Escape" => ("Escape", 27, None),
            "/" => ("Slash", 191, Some("/")),
            "k" => ("KeyK", 75, Some("k")),
            other => return Err(format!("no key {other}")),
        };
        let text = text.filter(|_| modifiers & 7 == 0);
        let mut down = json!({ "type": if text.is_some() { "keyDown" } else { "rawKeyDown" }, "key": key, "code": code,
            "windowsVirtualKeyCode": vk, "nativeVirtualKeyCode": vk, "modifiers": modifiers });
        if let Some(t) = text {
            down["text"] = json!(t);
            down["unmodifiedText"] = json!(t);
        }
        self.driver.cdp("Input.dispatchKeyEvent", down)?;
        self.driver.cdp(
            "Input.dispatchKeyEvent",
            json!({ "type": "keyUp", "key": key, "code": code, "windowsVirtualKeyCode": vk, "nativeVirtualKeyCode": vk, "modifiers": modifiers }),
        )?;
        std::thread::sleep(Duration::from_millis(30));
        Ok(())
    }

    pub(crate) fn count(&self, type_: &str, id: &str) -> Result<u64, String> {
        self.js(&format!("return EV({}, {}).length;", json!(type_), json!(id)))?
            .as_u64()
            .ok_or_else(|| "count is not a number".into())
    }

    pub(crate) fn warnings(&self) -> Result<String, String> {
        Ok(self.js("return window.__mh.warnings.join('\\n');")?.as_str().unwrap_or("").to_string())
    }
}

/// The files a page may load: itself, its script (and the scripts of the pages that have one), and
/// for the CSP pages their wasm, CSS and sheet.
fn page_files(page: &str) -> Vec<String> {
    let mut files = vec![format!("/examples/{page}")];
    if let Some(script) = page.strip_suffix(".html").filter(|p| ["spa", "recipe-react"].contains(p)) {
        files.push(format!("/examples/{script}.js"));
    }
    if page.ends_with("csp.html") {
        files.extend(
            [
                "/examples/csp.css",
                "/examples/favicon.svg",
                "/dist/embed/csp/mailgun-help.js",
                "/dist/embed/csp/mailgun-help_bg.wasm",
                "/dist/embed/csp/mailgun-help.css",
            ]
            .map(String::from),
        );
    } else {
        files.push("/dist/embed/mailgun-help.js".into());
    }
    files
}

pub(crate) fn check(cond: bool, msg: impl Into<String>) -> Result<(), String> {
    if cond {
        Ok(())
    } else {
        Err(msg.into())
    }
}

pub(crate) type Test = (&'static str, fn(&Ctx) -> Result<(), String>);

fn all() -> Vec<Test> {
    let mut tests: Vec<Test> = vec![
        ("docs_page_renders_its_area_and_fires_ready_once", docs_page_renders_its_area_and_fires_ready_once),
        ("links_route_in_memory_without_touching_the_host_url", links_route_in_memory_without_touching_the_host_url),
        ("shared_links_reopen_an_embedded_view", shared_links_reopen_an_embedded_view),
        ("attributes_are_live_and_bad_values_warn", attributes_are_live_and_bad_values_warn),
        ("api_calls_do_what_they_say_and_events_fire_once", api_calls_do_what_they_say_and_events_fire_once),
        ("tool_calls_answer_without_opening_a_view", tool_calls_answer_without_opening_a_view),
        ("launcher_works_with_the_keyboard_only", launcher_works_with_the_keyboard_only),
        ("two_widgets_on_one_page_are_independent", two_widgets_on_one_page_are_independent),
        ("hostile_host_css_changes_nothing_inside", hostile_host_css_changes_nothing_inside),
        ("strict_csp_page_runs_without_violations", strict_csp_page_runs_without_violations),
        ("axe_finds_no_violations_inline_and_open_launcher", axe_finds_no_violations_inline_and_open_launcher),
    ];
    tests.extend(crate::e2e_embed_host::all());
    tests
}

/// Builds Trunk's output with the `embed` feature (`dist/web-embed/`), writes `dist/embed/` from it
/// and runs every test: what `cargo xtask test` calls after its end-to-end step.
pub fn run() -> Result<(), String> {
    let root = crate::cmd::root();
    let out = root.join("dist").join("embed");
    crate::embed::write(&crate::dist::run_embed_web()?, &out)?;
    run_on(&out, None)
}

/// Runs the tests against the builds in `embed_dir` (holding `mailgun-help.js` and `csp/`).
pub fn run_on(embed_dir: &Path, filter: Option<&str>) -> Result<(), String> {
    ensure_axe()?;
    let root = crate::cmd::root();
    let dir = TempDir::new("embed")?;
    copy_dir(&root.join("examples"), &dir.0.join("examples"))?;
    copy_dir(embed_dir, &dir.0.join("dist").join("embed"))?;
    let server =
        StaticServer::start(&dir.0, vec![("csp.html", vec![("Content-Security-Policy", STRICT_CSP.to_string())])])?;
    let driver = Driver::start()?;
    driver.cdp("Page.addScriptToEvaluateOnNewDocument", json!({ "source": RECORDER }))?;
    let (mut passed, mut failed) = (0, 0);
    for (name, test) in all().iter().filter(|(n, _)| filter.map(|f| n.contains(f)).unwrap_or(true)) {
        let ctx = Ctx { driver: &driver, server: &server, allowed: RefCell::new(Vec::new()), embed_dir };
        let _ = driver.logs("browser");
        let _ = driver.logs("performance");
        let _ = server.take_requests();
        let outcome = test(&ctx).and_then(|_| {
            let problems = problems(&ctx)?;
            check(problems.is_empty(), problems.join("; "))
        });
        match outcome {
            Ok(()) => {
                passed += 1;
                println!("test e2e_embed::{name} ... ok");
            }
            Err(e) => {
                failed += 1;
                println!("test e2e_embed::{name} ... FAILED\n    {e}");
            }
        }
    }
    println!("\ne2e_embed: {passed} passed, {failed} failed");
    if failed == 0 {
        Ok(())
    } else {
        Err(format!("{failed} embed browser test(s) failed"))
    }
}

/// axe-core and TypeScript from npm into `.tools/`, installed together with binaryen (see
/// `tools::install_npm_tools`).
fn ensure_axe() -> Result<(), String> {
    let dir = crate::cmd::tools_dir();
    if dir.join("node_modules").join("axe-core").join("axe.min.js").is_file()
        && crate::cmd::has_version("tsc", crate::tools::TYPESCRIPT_VERSION)
    {
        return Ok(());
    }
    crate::tools::install_npm_tools()
}

pub(crate) fn copy_dir(from: &Path, to: &Path) -> Result<(), String> {
    std::fs::create_dir_all(to).map_err(|e| format!("{}: {e}", to.display()))?;
    for entry in std::fs::read_dir(from).map_err(|e| format!("{}: {e}", from.display()))?.flatten() {
        let path = entry.path();
        let target = to.join(entry.file_name());
        if path.is_dir() {
            copy_dir(&path, &target)?;
        } else {
            std::fs::copy(&path, &target).map_err(|e| format!("{}: {e}", path.display()))?;
        }
    }
    Ok(())
}

/// Console errors, requests to anything but the opened pages' own files, and 404s.
fn problems(c: &Ctx) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    for entry in c.driver.logs("browser")? {
        if entry["level"] == json!("SEVERE") {
            out.push(format!("console error: {}", entry["message"].as_str().unwrap_or("")));
        }
    }
    let allowed = c.allowed.borrow();
    for entry in c.driver.logs("performance")? {
        let Some(raw) = entry["message"].as_str() else { continue };
        let Ok(msg) = serde_json::from_str::<Value>(raw) else { continue };
        if msg["message"]["method"] != json!("Network.requestWillBeSent") {
            continue;
        }
        let url = msg["message"]["params"]["request"]["url"].as_str().unwrap_or("");
        if ["about:", "data:", "blob:", "chrome:", "devtools:"].iter().any(|s| url.starts_with(s)) || url.is_empty() {
            continue;
        }
        let own = url.strip_prefix(&c.server.base).map(|p| allowed.iter().any(|a| a == p)).unwrap_or(false);
        if !own {
            out.push(format!("request beyond the page's own files: {url}"));
        }
    }
    for path in c.server.take_requests() {
        if !allowed.contains(&path) {
            out.push(format!("server was asked for {path}"));
        }
    }
    Ok(out)
}

// ---- the tests ------------------------------------------------------------------------------------

fn docs_page_renders_its_area_and_fires_ready_once(c: &Ctx) -> Result<(), String> {
    c.open("docs.html")?;
    c.wait("S('docs-widget', '[data-view=area][data-area=webhooks]')")?;
    let ready = c.js("return EV('ready', 'docs-widget')[0].detail;")?;
    check(
        ready["lang"] == json!("en") && ready["route"] == json!("#/area/webhooks"),
        format!("ready detail: {ready}"),
    )?;
    check(ready["version"].as_str().is_some_and(|v| !v.is_empty()), "ready has no version")?;
    let text = c.js("return S('docs-widget', '.mh-app').innerText;")?;
    check(text.as_str().is_some_and(|t| t.contains("Webhooks")), "area view misses its title")?;
    // The host page is untouched: no data-ready, no lang change on <html>, no hash.
    let host =
        c.js("return [document.documentElement.dataset.ready || '', document.documentElement.lang, location.hash];")?;
    check(host == json!(["", "en", ""]), format!("host page changed: {host}"))?;
    c.settle();
    check(c.count("ready", "docs-widget")? == 1, "ready fired more than once")
}

fn links_route_in_memory_without_touching_the_host_url(c: &Ctx) -> Result<(), String> {
    c.open("docs.html")?;
    let before = c.js("return [location.href, history.length];")?;
    c.js("S('docs-widget', 'a[href=\"#/browse\"]').click();")?;
    c.wait("S('docs-widget', '[data-view=browse]')")?;
    c.js("S('docs-widget', 'a[href=\"#/area/smtp\"]').click();")?;
    c.wait("S('docs-widget', '[data-view=area][data-area=smtp]')")?;
    // The wizard's submit goes through the same navigator.
    c.js("S('docs-widget', 'a.mh-brand').click();")?;
    c.wait("S('docs-widget', '[data-view=home]')")?;
    c.js("const t = S('docs-widget', '#mh-goal'); t.value = 'forward inbound email to our ticket system';
         t.dispatchEvent(new InputEvent('input', { bubbles: true }));")?;
    c.settle();
    c.js("S('docs-widget', 'form.mh-wizard button[type=submit]').click();")?;
    c.wait("S('docs-widget', '[data-view=ask]')")?;
    let after = c.js("return [location.href, history.length];")?;
    check(before == after, format!("host URL or history changed: {before} → {after}"))?;
    let routes = c.js("return EV('route', 'docs-widget').map((e) => e.detail.route);")?;
    check(
        routes.as_array().map(Vec::len) == Some(4)
            && routes[0] == json!("#/browse")
            && routes[1] == json!("#/area/smtp")
            && routes[2] == json!("#/"),
        format!("route events: {routes}"),
    )?;
    let asks = c.js("return EV('ask', 'docs-widget').map((e) => e.detail);")?;
    check(
        asks.as_array().map(Vec::len) == Some(1)
            && asks[0]["question"] == json!("forward inbound email to our ticket system"),
        format!("ask events: {asks}"),
    )
}

fn attributes_are_live_and_bad_values_warn(c: &Ctx) -> Result<(), String> {
    c.open("docs.html")?;
    c.js("W('docs-widget').setAttribute('lang', 'zh');")?;
    c.wait("S('docs-widget', '.mh-app[data-lang=zh]')")?;
    c.js("W('docs-widget').setAttribute('area', 'smtp');")?;
    c.wait("S('docs-widget', '[data-view=area][data-area=smtp]')")?;
    c.js("W('docs-widget').setAttribute('lang', 'xx'); W('docs-widget').setAttribute('area', 'nope');")?;
    c.js("W('docs-widget').setAttribute('theme', 'neon'); W('docs-widget').setAttribute('mode', 'popup');")?;
    c.settle();
    let warnings = c.warnings()?;
    for needle in ["lang=\"xx\"", "area=\"nope\"", "theme=\"neon\"", "mode=\"popup\""] {
        check(warnings.contains(needle), format!("no warning for {needle}: {warnings}"))?;
    }
    let state = c.js("return [S('docs-widget', '.mh-app').dataset.lang, !!S('docs-widget', '[data-area=smtp]'),
                 S('docs-widget', '.mh-embed').dataset.theme, S('docs-widget', '.mh-embed').dataset.mode];")?;
    check(state == json!(["zh", true, "light", "inline"]), format!("bad values broke the widget: {state}"))?;
    let langs = c.js("return EV('lang', 'docs-widget').map((e) => e.detail.lang);")?;
    check(langs == json!(["zh"]), format!("lang events: {langs}"))?;
    // Theme and mode switch live.
    c.js("W('docs-widget').setAttribute('theme', 'dark');")?;
    let bg = c.js("return getComputedStyle(S('docs-widget', '.mh-app')).backgroundColor;")?;
    check(bg == json!("rgb(23, 25, 30)"), format!("dark theme background: {bg}"))?;
    c.js("W('docs-widget').setAttribute('mode', 'launcher');")?;
    c.wait("S('docs-widget', 'button.mh-launcher') && S('docs-widget', '.mh-panel').hidden")?;
    c.js("W('docs-widget').setAttribute('mode', 'inline');")?;
    c.wait("!S('docs-widget', 'button.mh-launcher') && S('docs-widget', '.mh-app[data-lang=zh]')")?;
    // An element created by script with bad values still works, with warnings.
    c.js("const el = document.createElement('mailgun-help'); el.id = 'dyn';
         el.setAttribute('lang', 'klingon'); el.setAttribute('mode', 'popup'); el.setAttribute('area', 'q');
         document.querySelector('main').append(el);")?;
    c.wait("EV('ready', 'dyn').length === 1 && S('dyn', '[data-view=home]')")?;
    let warnings = c.warnings()?;
    check(warnings.contains("lang=\"klingon\"") && warnings.contains("area=\"q\""), format!("dyn warnings: {warnings}"))
}

fn shared_links_reopen_an_embedded_view(c: &Ctx) -> Result<(), String> {
    // The estimator's link in memory mode keeps the host page and puts the view under the widget's
    // own key; opening it starts the widget there and leaves the host's fragment as it was.
    let fragment = "#mailgun-help=%2Fpricing%3Fmonthly%3D120000%26ips%3D1";
    c.open(&format!("docs.html{fragment}"))?;
    c.wait("S('docs-widget', '[data-view=pricing]') && S('docs-widget', 'input[name=monthly]').value === '120000'")?;
    let link = c.js("return S('docs-widget', '[data-testid=pricing-link]').value;")?;
    let link = link.as_str().unwrap_or_default();
    check(
        link.contains("/examples/docs.html#mailgun-help=%2Fpricing%3F") && link.contains("monthly%3D120000"),
        format!("shared link: {link}"),
    )?;
    let host = c.js("return location.hash;")?;
    check(host == json!(fragment), format!("the host fragment changed: {host}"))
}

fn api_calls_do_what_they_say_and_events_fire_once(c: &Ctx) -> Result<(), String> {
    c.open("docs.html")?;
    c.js("W('docs-widget').ask('How do I verify webhook signatures?');")?;
    c.wait("S('docs-widget', '[data-view=ask]') && EV('ask', 'docs-widget').length === 1")?;
    let ask = c.js("return EV('ask', 'docs-widget')[0].detail;")?;
    check(
        ask["question"] == json!("How do I verify webhook signatures?") && ask["area"] == json!("webhooks"),
        format!("ask detail: {ask}"),
    )?;
    c.js(
        "window.__est = null; W('docs-widget').estimate({ monthly: 120000, ips: 1 }).then((r) => (window.__est = r));",
    )?;
    c.wait("window.__est && S('docs-widget', '[data-view=pricing]') && EV('estimate', 'docs-widget').length === 1")?;
    let est = c.js("return [window.__est, EV('estimate', 'docs-widget')[0].detail];")?;
    check(est[0]["ok"] == json!(true) && est[0]["plan"].is_string(), format!("estimate result: {}", est[0]))?;
    check(
        est[0]["plan"] == est[1]["plan"] && est[0]["monthlyUsd"] == est[1]["monthlyUsd"],
        format!("estimate event {} differs from result {}", est[1], est[0]),
    )?;
    check(
        est[1]["input"]["monthly"] == json!(120000) && est[1]["input"]["ips"] == json!(1),
        format!("input: {}", est[1]),
    )?;
    // Typing "250000" in three bursts 60 ms apart tells the host once, after the reader pauses.
    c.js("const f = S('docs-widget', 'input[name=monthly]');
         ['2', '25', '250000'].forEach((v, i) => setTimeout(() => {
           f.value = v; f.dispatchEvent(new InputEvent('input', { bubbles: true }));
         }, 60 * i));")?;
    c.wait("EV('estimate', 'docs-widget').length === 2")?;
    c.settle();
    let typed = c.js("return EV('estimate', 'docs-widget').map((e) => e.detail.input.monthly);")?;
    check(typed == json!([120000, 250000]), format!("estimate events while typing: {typed}"))?;
    c.js("window.__bad = null; W('docs-widget').estimate({ monthly: 'lots' }).then((r) => (window.__bad = r));")?;
    c.wait("window.__bad")?;
    let bad = c.js("return window.__bad;")?;
    check(bad["ok"] == json!(false) && bad["errors"][0]["field"] == json!("monthly"), format!("bad estimate: {bad}"))?;
    c.js("W('docs-widget').setLang('zh');")?;
    c.wait("S('docs-widget', '.mh-app[data-lang=zh]')")?;
    c.js("W('docs-widget').setLang('fr');")?;
    c.js("W('docs-widget').navigate('#/ref/api');")?;
    c.wait("EV('route', 'docs-widget').some((e) => e.detail.route === '#/ref/api')")?;
    c.js("W('docs-widget').open(); W('docs-widget').close();")?;
    c.settle();
    check(c.count("estimate", "docs-widget")? == 2, "estimate fired again for an invalid input")?;
    check(c.count("ask", "docs-widget")? == 1, "ask fired more than once")?;
    let langs =
        c.js("return [EV('lang', 'docs-widget').map((e) => e.detail.lang), W('docs-widget').getAttribute('lang')];")?;
    check(langs == json!([["zh"], "zh"]), format!("lang events / reflected attribute: {langs}"))?;
    check(c.warnings()?.contains("setLang(\"fr\")"), "no warning for setLang('fr')")
}

/// `buildRequest` and `verifySignature` run the tools' code with no view change: the request's code
/// in all eight languages (and the fields it could not use), a signature checked against a vector
/// made with Python's `hmac` (key `key-test-123`, timestamp `1700000000`, token `tok123`).
fn tool_calls_answer_without_opening_a_view(c: &Ctx) -> Result<(), String> {
    c.open("docs.html")?;
    let routes_before = c.count("route", "docs-widget")?;
    c.js("window.__built = null; W('docs-widget').buildRequest({ region: 'eu', domain: 'mg.example.com',
            from: 'Shop <shop@mg.example.com>', to: ['a@example.com', 'b@example.com'], subject: 'Hi',
            text: 'Hello', tags: ['welcome'], vars: { plan: 'gold' }, testmode: true, clicks: 'sometimes' })
          .then((r) => (window.__built = r));")?;
    c.wait("window.__built")?;
    let built = c.js("return window.__built;")?;
    let curl = built["curl"].as_str().unwrap_or_default();
    check(
        curl.contains("https://api.eu.mailgun.net/v3/mg.example.com/messages")
            && curl.contains("b@example.com")
            && curl.contains("o:testmode")
            && curl.contains("plan"),
        format!("curl: {curl}"),
    )?;
    for lang in ["node", "python", "php", "ruby", "go", "java", "csharp"] {
        let code = built[lang].as_str().unwrap_or_default();
        check(code.contains("mg.example.com") && code.contains("MAILGUN_API_KEY"), format!("{lang}: {code}"))?;
    }
    check(
        built["errors"].as_array().is_some_and(|e| e.len() == 1 && e[0]["field"] == json!("clicks")),
        format!("errors: {}", built["errors"]),
    )?;
    c.js("window.__sig = []; const el = W('docs-widget');
          const input = { timestamp: 1700000000, token: 'tok123', key: 'key-test-123',
            signature: '5adb0fa2f78a0c225cda515e990a054d50b668ddda0e52ca48998517d9d35f30' };
          Promise.all([el.verifySignature(input), el.verifySignature({ ...input, token: 'tok124' }),
            el.verifySignature({ ...input, key: '' }), el.verifySignature(null)]).then((r) => (window.__sig = r));")?;
    c.wait("window.__sig.length === 4")?;
    let sig = c.js("return window.__sig;")?;
    check(
        sig[0]["valid"] == json!(true) && sig[0]["reason"] == json!("matches") && sig[0]["stale"] == json!(true),
        format!("a good signature: {}", sig[0]),
    )?;
    check(
        sig[1]["valid"] == json!(false) && sig[1]["reason"] == json!("mismatch"),
        format!("a changed token: {}", sig[1]),
    )?;
    check(sig[2]["reason"] == json!("missing-key"), format!("no key: {}", sig[2]))?;
    check(sig[3]["valid"] == json!(false), format!("no input: {}", sig[3]))?;
    c.settle();
    check(c.count("route", "docs-widget")? == routes_before, "a tool call changed the view")
}

fn launcher_works_with_the_keyboard_only(c: &Ctx) -> Result<(), String> {
    c.open("two-widgets.html")?;
    let id = "launcher-widget";
    let on_launcher = "S('launcher-widget', '.mh-launcher') === W('launcher-widget').shadowRoot.activeElement";
    c.js("document.activeElement && document.activeElement.blur();")?;
    let mut found = false;
    for _ in 0..150 {
        c.key("Tab", false)?;
        if c.js(&format!("return {on_launcher};"))? == json!(true) {
            found = true;
            break;
        }
    }
    check(found, "Tab never reached the launcher")?;
    // Closed and never opened: a button announcing a dialog, and no dialog built yet.
    let closed = c.js(
        "const b = S('launcher-widget', '.mh-launcher');
         return [b.getAttribute('aria-expanded'), b.getAttribute('aria-haspopup'), b.hasAttribute('aria-controls'), !!S('launcher-widget', '.mh-panel')];",
    )?;
    check(closed == json!(["false", "dialog", false, false]), format!("launcher before first use: {closed}"))?;
    c.key("Enter", false)?;
    let inside = "W('launcher-widget').shadowRoot.activeElement && S('launcher-widget', '.mh-panel').contains(W('launcher-widget').shadowRoot.activeElement) && document.activeElement === W('launcher-widget')";
    c.wait(&format!("!S('launcher-widget', '.mh-panel').hidden && {inside}"))?;
    let aria = c.js(
        "const b = S('launcher-widget', '.mh-launcher'), p = S('launcher-widget', '.mh-panel');
         return [b.getAttribute('aria-expanded'), b.getAttribute('aria-controls') === p.id, p.getAttribute('role'),
                 p.getAttribute('aria-modal'), !!W('launcher-widget').shadowRoot.getElementById(p.getAttribute('aria-labelledby')).textContent];",
    )?;
    check(aria == json!(["true", true, "dialog", "true", true]), format!("launcher/dialog semantics: {aria}"))?;
    check(
        c.js("return S('launcher-widget', '.mh-launcher').getAttribute('aria-expanded');")? == json!("true"),
        "aria-expanded not true when open",
    )?;
    // The suggest attribute opened the panel on an answer.
    c.wait("S('launcher-widget', '[data-view=ask]')")?;
    // Focus stays in the dialog, both ways.
    c.key("Tab", true)?;
    check(c.js(&format!("return {inside};"))? == json!(true), "Shift+Tab left the dialog")?;
    for i in 0..60 {
        c.key("Tab", false)?;
        check(c.js(&format!("return {inside};"))? == json!(true), format!("Tab #{i} left the dialog"))?;
    }
    // Navigate with the keyboard: Tab to the Pricing link, Enter.
    let mut on_pricing = false;
    for _ in 0..120 {
        if c.js("return W('launcher-widget').shadowRoot.activeElement === S('launcher-widget', '.mh-nav a[href=\"#/pricing\"]');")?
            == json!(true)
        {
            on_pricing = true;
            break;
        }
        c.key("Tab", false)?;
    }
    check(on_pricing, "Tab never reached the Pricing link in the dialog")?;
    c.key("Enter", false)?;
    c.wait("S('launcher-widget', '[data-view=pricing]')")?;
    check(c.js("return location.hash;")? == json!(""), "the host hash changed")?;
    c.key("Escape", false)?;
    c.wait(&format!("S('launcher-widget', '.mh-panel').hidden && {on_launcher}"))?;
    check(
        c.js("return S('launcher-widget', '.mh-launcher').getAttribute('aria-expanded');")? == json!("false"),
        "aria-expanded not false after Esc",
    )?;
    check(c.count("route", id)? >= 1, "no route event")
}

fn two_widgets_on_one_page_are_independent(c: &Ctx) -> Result<(), String> {
    c.open("two-widgets.html")?;
    // The launcher renders on first use: an API call starts it (and fires no route event).
    c.js("W('launcher-widget').open(); W('launcher-widget').close();")?;
    c.wait("S('zh-widget', '[data-view=area][data-area=smtp]') && S('launcher-widget', '[data-view=ask]')")?;
    let langs =
        c.js("return [S('zh-widget', '.mh-app').dataset.lang, S('launcher-widget', '.mh-app').dataset.lang];")?;
    check(langs == json!(["zh", "en"]), format!("languages: {langs}"))?;
    c.js("W('zh-widget').navigate('#/browse'); W('launcher-widget').setLang('zh');")?;
    c.wait("S('zh-widget', '[data-view=browse]') && S('launcher-widget', '.mh-app[data-lang=zh]')")?;
    c.settle();
    check(
        !c.js("return !!S('launcher-widget', '[data-view=browse]');")?.as_bool().unwrap_or(true),
        "navigation leaked",
    )?;
    check(c.count("lang", "zh-widget")? == 0 && c.count("lang", "launcher-widget")? == 1, "lang events crossed")?;
    check(c.count("route", "launcher-widget")? == 0 && c.count("route", "zh-widget")? == 1, "route events crossed")?;
    // Theming reaches inside; the 340 px column gets the narrow layout (container query).
    let style = c.js(
        "const a = getComputedStyle(S('zh-widget', '.mh-app'));
         return [a.getPropertyValue('--mh-accent').trim(), a.fontSize, Math.round(W('zh-widget').getBoundingClientRect().width)];",
    )?;
    check(style == json!(["#1d4ed8", "14px", 340]), format!("theme / narrow layout: {style}"))?;
    let overflow = c.js("const m = S('zh-widget', '.mh-app'); return m.scrollWidth - m.clientWidth;")?;
    check(overflow.as_i64().is_some_and(|o| o <= 0), format!("the 340 px widget overflows by {overflow} px"))
}

pub(crate) const SNAPSHOT: &str = r#"const snap = (id, fixed) => {
  // Inline: positions relative to the host. Launcher: the fixed button and dialog, in the window.
  const host = W(id), hr = fixed ? { x: 0, y: 0 } : host.getBoundingClientRect();
  const out = [];
  const sel = fixed ? '.mh-launcher, .mh-launcher *, .mh-panel, .mh-panel *' : '*';
  for (const el of host.shadowRoot.querySelectorAll(sel)) {
    if (el.tagName === 'STYLE' || el.tagName === 'LINK') continue;
    const r = el.getBoundingClientRect(), cs = getComputedStyle(el);
    // An element that is not rendered (display: none) has no box: compare its style only.
    const boxed = el.getClientRects().length > 0;
    out.push([el.tagName, el.className, boxed ? Math.round(r.x - hr.x) : '-', boxed ? Math.round(r.y - hr.y) : '-', Math.round(r.width), Math.round(r.height),
      cs.fontSize, cs.fontFamily, cs.fontStyle, cs.color, cs.backgroundColor, cs.display, cs.lineHeight, cs.letterSpacing,
      cs.textTransform, cs.visibility, cs.position, cs.boxSizing].join('|'));
  }
  return out;
};"#;

fn hostile_host_css_changes_nothing_inside(c: &Ctx) -> Result<(), String> {
    c.open("hostile.html")?;
    c.js("W('hostile-launcher').open();")?;
    c.wait("!S('hostile-launcher', '.mh-panel').hidden && S('hostile-inline', '[data-view=home]') && S('hostile-launcher', '[data-view=home]')")?;
    let measure = format!(
        "{SNAPSHOT} return [Math.round(W('hostile-inline').getBoundingClientRect().width), snap('hostile-inline', false), snap('hostile-launcher', true)];"
    );
    let with = c.js(&measure)?;
    c.js("document.getElementById('hostile').disabled = true; document.body.offsetHeight;")?;
    let without = c.js(&measure)?;
    check(with[0] == without[0], format!("host width differs: {} vs {}", with[0], without[0]))?;
    for (k, which) in [(1, "inline"), (2, "launcher")] {
        let (a, b) =
            (with[k].as_array().cloned().unwrap_or_default(), without[k].as_array().cloned().unwrap_or_default());
        check(a.len() > 50 && a.len() == b.len(), format!("{which}: {} vs {} elements", a.len(), b.len()))?;
        if let Some((x, y)) = a.iter().zip(&b).find(|(x, y)| x != y) {
            return Err(format!("{which}: hostile CSS changed the widget:\n      with:    {x}\n      without: {y}"));
        }
    }
    let app = c.js("const r = S('hostile-inline', '.mh-app').getBoundingClientRect(); return [r.height > 300, getComputedStyle(S('hostile-inline', '.mh-app')).fontSize];")?;
    check(app == json!([true, "15px"]), format!("inline widget not laid out as usual: {app}"))
}

fn strict_csp_page_runs_without_violations(c: &Ctx) -> Result<(), String> {
    c.open("csp.html")?;
    c.wait("S('csp-inline', '[data-view=home]')")?;
    let styled = c.js("return [getComputedStyle(S('csp-inline', '.mh-app')).fontSize, getComputedStyle(S('csp-inline', '.mh-mount')).containerType];")?;
    check(styled == json!(["15px", "inline-size"]), format!("the CSS file did not apply: {styled}"))?;
    // The estimator draws its chart and legend; the copy button falls back to a hidden textarea.
    c.js("W('csp-inline').estimate({ monthly: 50000, needs: ['logs'] });")?;
    c.wait("S('csp-inline', '.mh-chart-legend svg') && EV('estimate', 'csp-inline').length === 1")?;
    c.js("S('csp-inline', '[data-testid=copy-link]').click();")?;
    c.js("W('csp-launcher').open();")?;
    c.wait("!S('csp-launcher', '.mh-panel').hidden && S('csp-launcher', '.mh-app[data-lang=zh]')")?;
    c.js("S('csp-launcher', 'a[href=\"#/browse\"]').click();")?;
    c.wait("S('csp-launcher', '[data-view=browse]')")?;
    c.settle();
    let violations = c.js("return window.__mh.violations;")?;
    check(violations == json!([]), format!("CSP violations: {violations}"))?;
    // The policy is really in force (and watched): an inline script is refused and reported.
    c.js(
        "const s = document.createElement('script'); s.textContent = 'window.__inline = 1'; document.head.append(s);",
    )?;
    c.wait("window.__mh.violations.length > 0 && window.__mh.violations.every((v) => v.startsWith('script-src'))")?;
    check(c.js("return window.__inline === undefined;")? == json!(true), "an inline script ran under the strict CSP")?;
    let logged = c.driver.logs("browser")?;
    check(
        logged.iter().all(|e| {
            e["level"] != json!("SEVERE")
                || e["message"].as_str().is_some_and(|m| m.contains("Content Security Policy"))
        }),
        format!("unexpected console errors: {logged:?}"),
    )
}

pub(crate) fn axe(c: &Ctx) -> Result<Value, String> {
    let src = crate::cmd::tools_dir().join("node_modules").join("axe-core").join("axe.min.js");
    let src =
        std::fs::read_to_string(&src).map_err(|e| format!("{}: {e} (run `cargo xtask install`)", src.display()))?;
    c.driver.exec(&format!("{src}\nreturn typeof axe;"), json!([]))?;
    c.js("window.__axe = null;
         axe.run(document, { resultTypes: ['violations'] }).then(
           (r) => (window.__axe = r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
             nodes: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target) + ' ' + n.failureSummary) }))),
           (e) => (window.__axe = [{ id: 'axe-error', help: String(e) }]));")?;
    c.wait_long("window.__axe !== null", 60)?;
    c.js("return window.__axe;")
}

fn axe_finds_no_violations_inline_and_open_launcher(c: &Ctx) -> Result<(), String> {
    c.open("docs.html")?;
    c.wait("S('docs-widget', '[data-view=area]')")?;
    let v = axe(c)?;
    check(v == json!([]), format!("axe, inline area view: {v:#}"))?;
    c.js("S('docs-widget', 'a.mh-brand').click();")?;
    c.wait("S('docs-widget', '[data-view=home]')")?;
    let v = axe(c)?;
    check(v == json!([]), format!("axe, inline home view: {v:#}"))?;
    c.open("two-widgets.html")?;
    c.js("W('launcher-widget').open();")?;
    c.wait("!S('launcher-widget', '.mh-panel').hidden && S('launcher-widget', '[data-view=ask]')")?;
    let v = axe(c)?;
    check(v == json!([]), format!("axe, open launcher: {v:#}"))
}
