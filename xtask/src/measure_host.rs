//! `cargo xtask measure --host`: what the embed costs a docs page whose reader never opens it.
//!
//! Variants of `examples/docs.html` are loaded side by side, in turns (so drift on the shared
//! machine hits every variant alike), each in a fresh headless Chromium (a renderer's times are
//! cumulative, and navigations move between renderers): without the widget, and with it in
//! launcher mode for each `load` value and both builds. Each load is left alone for a few seconds
//! after its load event (long enough for `load="idle"` to prepare), never opened, and gives:
//!
//! * the host's load event time (navigation timing, `loadEventEnd`);
//! * main-thread work: the renderer's task time from its start to then (the DevTools
//!   `Performance.getMetrics` `TaskDuration`, less its `DevToolsCommandDuration`: the
//!   measurement's own commands), its script, style and layout parts, and the main thread's
//!   CPU time (`ThreadTime`);
//! * long tasks (PerformanceObserver `longtask`, observed from the document's start) and their
//!   Total Blocking Time, Σ(duration − 50 ms);
//! * the JS heap and backing stores (wasm memory, buffers) after a full garbage collection
//!   (`Runtime.getHeapUsage`);
//! * whether the wasm started (compiled or instantiated) and the widget rendered
//!   (`mailgun-help:ready`).
//!
//! Medians over the rounds are printed, and each variant's difference from the page without it.

use crate::static_server::StaticServer;
use crate::webdriver::{Driver, TempDir};
use serde_json::{json, Value};
use std::time::Duration;

/// Loads per variant unless `--rounds N` says otherwise.
pub const ROUNDS: usize = 7;
/// How long each page is watched after its load event before the figures are read.
const WATCH_MS: u64 = 3000;

const OBSERVER: &str = r#"(() => {
  window.__host = { longtasks: [], ready: null, wasm: 0 };
  for (const name of ["compile", "instantiate", "compileStreaming", "instantiateStreaming"]) {
    const f = WebAssembly[name];
    if (f) WebAssembly[name] = function (...args) { window.__host.wasm++; return f.apply(this, args); };
  }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__host.longtasks.push([e.startTime, e.duration]);
    }).observe({ type: "longtask", buffered: true });
  } catch (_) {}
  document.addEventListener("mailgun-help:ready", () => (window.__host.ready = performance.now()));
})();"#;

/// One variant of the docs page: its file name, label, and how to make it from docs.html.
struct Variant {
    file: &'static str,
    label: &'static str,
    script: Option<&'static str>,
    element: Option<&'static str>,
}

const SCRIPT_ONE: &str = r#"<script src="../dist/embed/mailgun-help.js"></script>"#;
const SCRIPT_CSP: &str = r#"<script src="../dist/embed/csp/mailgun-help.js"></script>"#;
/// The floor any launcher pays: a script of a few hundred bytes that defines the element, gives it
/// a shadow root and draws a fixed button, and does nothing else. What a real launcher adds above
/// this is its own cost; the floor itself is the browser's (a script, a custom element, a shadow
/// root, a style sheet, a layer for a fixed box).
const SCRIPT_FLOOR: &str = r#"<script>customElements.define("mailgun-help",class extends HTMLElement{connectedCallback(){if(this.shadowRoot)return;this.attachShadow({mode:"open"}).innerHTML='<style>:host{all:initial}button{position:fixed;right:16px;bottom:16px;font:16px sans-serif}</style><button type="button" aria-label="Help">?</button>'}})</script>"#;

fn variants(open_only: bool) -> Vec<Variant> {
    let launcher = r#"<mailgun-help id="docs-widget" lang="en" area="webhooks" mode="launcher"></mailgun-help>"#;
    let launcher_open =
        r#"<mailgun-help id="docs-widget" lang="en" area="webhooks" mode="launcher" load="open"></mailgun-help>"#;
    let launcher_eager =
        r#"<mailgun-help id="docs-widget" lang="en" area="webhooks" mode="launcher" load="eager"></mailgun-help>"#;
    let all = vec![
        Variant { file: "host-none.html", label: "no widget", script: None, element: None },
        Variant {
            file: "host-floor.html",
            label: "floor: a 300-byte launcher",
            script: Some(SCRIPT_FLOOR),
            element: Some(launcher_open),
        },
        Variant {
            file: "host-open.html",
            label: "launcher, load=open",
            script: Some(SCRIPT_ONE),
            element: Some(launcher_open),
        },
        Variant {
            file: "host-idle.html",
            label: "launcher, load=idle (default)",
            script: Some(SCRIPT_ONE),
            element: Some(launcher),
        },
        Variant {
            file: "host-eager.html",
            label: "launcher, load=eager",
            script: Some(SCRIPT_ONE),
            element: Some(launcher_eager),
        },
        Variant {
            file: "host-csp-open.html",
            label: "strict-CSP build, launcher, load=open",
            script: Some(SCRIPT_CSP),
            element: Some(launcher_open),
        },
        Variant {
            file: "host-csp-idle.html",
            label: "strict-CSP build, launcher, load=idle",
            script: Some(SCRIPT_CSP),
            element: Some(launcher),
        },
    ];
    // `load=open` is the variant the goal is about; the others cost a page only after its load.
    all.into_iter()
        .filter(|v| !open_only || v.script.is_none() || !v.file.contains("idle") && !v.file.contains("eager"))
        .collect()
}

/// docs.html with its script and element replaced (or removed).
fn page(docs: &str, v: &Variant) -> Result<String, String> {
    let start = docs.find("<mailgun-help id=").ok_or("docs.html has no <mailgun-help>")?;
    let end = start + docs[start..].find("</mailgun-help>").ok_or("no </mailgun-help>")? + "</mailgun-help>".len();
    let out = format!("{}{}{}", &docs[..start], v.element.unwrap_or(""), &docs[end..]);
    if !out.contains(SCRIPT_ONE) {
        return Err("docs.html does not load ../dist/embed/mailgun-help.js".into());
    }
    Ok(out.replace(SCRIPT_ONE, v.script.unwrap_or("")))
}

/// The figures of one load.
#[derive(Default, Clone)]
struct Figures {
    load_ms: f64,
    task_ms: f64,
    script_ms: f64,
    style_ms: f64,
    layout_ms: f64,
    cpu_ms: f64,
    long_tasks: f64,
    tbt_ms: f64,
    heap_kb: f64,
    backing_kb: f64,
    rendered: f64,
    booted: f64,
}

/// The renderer's cumulative main-thread times, in ms: all tasks less the DevTools commands (the
/// measurement's own), script, style, layout, and the main thread's CPU time.
fn durations(driver: &Driver) -> Result<[f64; 5], String> {
    let m = driver.cdp("Performance.getMetrics", json!({}))?;
    let list = m["metrics"].as_array().cloned().unwrap_or_default();
    let get = |name: &str| {
        list.iter()
            .find(|x| x["name"] == json!(name))
            .and_then(|x| x["value"].as_f64())
            .map(|s| s * 1000.0)
            .ok_or_else(|| format!("no {name} metric"))
    };
    Ok([
        get("TaskDuration")? - get("DevToolsCommandDuration")?,
        get("ScriptDuration")?,
        get("RecalcStyleDuration")?,
        get("LayoutDuration")?,
        get("ThreadTime")?,
    ])
}

/// The renderer's JS heap and backing stores (wasm memory, buffers) in KB, after a full GC.
fn heap_kb(driver: &Driver) -> Result<[f64; 2], String> {
    driver.cdp("HeapProfiler.enable", json!({}))?;
    driver.cdp("HeapProfiler.collectGarbage", json!({}))?;
    let heap = driver.cdp("Runtime.getHeapUsage", json!({}))?;
    let n = |v: &Value| v.as_f64().unwrap_or(f64::NAN) / 1024.0;
    Ok([n(&heap["usedSize"]), n(&heap["backingStorageSize"])])
}

/// One load of `url` in a browser of its own: a navigation may change renderer processes, whose
/// times are cumulative, so each load gets a fresh browser and its renderer's totals are its own.
fn measure_once(url: &str) -> Result<Figures, String> {
    let driver = Driver::start()?;
    driver.cdp("Page.addScriptToEvaluateOnNewDocument", json!({ "source": OBSERVER }))?;
    driver.cdp("Performance.enable", json!({}))?;
    // WebDriver's navigation returns at the load event; no polling script runs in the page.
    driver.open(url)?;
    std::thread::sleep(Duration::from_millis(WATCH_MS));
    let t = durations(&driver)?;
    let page = driver.exec(
        "const nav = performance.getEntriesByType('navigation')[0];
         const lt = window.__host.longtasks;
         return [nav.loadEventEnd, lt.length, lt.reduce((s, [, d]) => s + Math.max(0, d - 50), 0), window.__host.ready ? 1 : 0,
                 window.__host.wasm > 0 ? 1 : 0];",
        json!([]),
    )?;
    let heap = heap_kb(&driver)?;
    let n = |v: &Value| v.as_f64().unwrap_or(f64::NAN);
    Ok(Figures {
        load_ms: n(&page[0]),
        task_ms: t[0],
        script_ms: t[1],
        style_ms: t[2],
        layout_ms: t[3],
        cpu_ms: t[4],
        long_tasks: n(&page[1]),
        tbt_ms: n(&page[2]),
        heap_kb: heap[0],
        backing_kb: heap[1],
        rendered: n(&page[3]),
        booted: n(&page[4]),
    })
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v.get(v.len() / 2).copied().unwrap_or(f64::NAN)
}

/// Measures the variants (`rounds` loads each) and prints a table.
/// With `open_only`, only the page without the widget, the floor and the `load=open` launchers.
pub fn run(rounds: usize, open_only: bool) -> Result<(), String> {
    let root = crate::cmd::root();
    let embed = root.join("dist").join("embed");
    if !embed.join("mailgun-help.js").is_file() || !embed.join("csp").join("mailgun-help.js").is_file() {
        return Err("dist/embed/ is missing: run `cargo xtask embed` first".into());
    }
    let dir = TempDir::new("host")?;
    crate::e2e_embed::copy_dir(&root.join("examples"), &dir.0.join("examples"))?;
    crate::e2e_embed::copy_dir(&embed, &dir.0.join("dist").join("embed"))?;
    let docs = std::fs::read_to_string(root.join("examples").join("docs.html")).map_err(|e| e.to_string())?;
    let variants = variants(open_only);
    for v in &variants {
        let path = dir.0.join("examples").join(v.file);
        std::fs::write(&path, page(&docs, v)?).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    let server = StaticServer::start(&dir.0, Vec::new())?;
    let url = |v: &Variant| format!("{}/examples/{}", server.base, v.file);
    // One warm-up load of each (caches, the browser's first compile), not counted.
    for v in &variants {
        measure_once(&url(v))?;
    }
    let mut all: Vec<Vec<Figures>> = vec![Vec::new(); variants.len()];
    for round in 0..rounds {
        for (i, v) in variants.iter().enumerate() {
            all[i].push(measure_once(&url(v))?);
        }
        eprintln!("round {} of {rounds} done", round + 1);
    }
    println!(
        "examples/docs.html, headless Chromium, medians of {rounds} loads per variant, taken in turns; each load in a fresh browser, watched {} s after its load event, never opened",
        WATCH_MS / 1000
    );
    println!(
        "{:<38} {:>7} {:>7} {:>7} {:>6} {:>6} {:>6} {:>6} {:>6} {:>4} {:>6} {:>7} {:>6} {:>4} {:>5}",
        "variant",
        "load",
        "main",
        "+main",
        "script",
        "style",
        "layout",
        "cpu",
        "+cpu",
        "long",
        "TBT",
        "heap KB",
        "+heap",
        "wasm",
        "ready"
    );
    let base = {
        let f = &all[0];
        let m = |g: fn(&Figures) -> f64| median(f.iter().map(g).collect());
        (m(|x| x.task_ms), m(|x| x.cpu_ms), m(|x| x.heap_kb + x.backing_kb))
    };
    for (v, figures) in variants.iter().zip(&all) {
        let m = |g: fn(&Figures) -> f64| median(figures.iter().map(g).collect());
        let most = |g: fn(&Figures) -> f64| figures.iter().map(g).fold(0.0, f64::max);
        let count = |g: fn(&Figures) -> f64| format!("{:.0}/{}", figures.iter().map(g).sum::<f64>(), figures.len());
        let heap = m(|x| x.heap_kb + x.backing_kb);
        println!(
            "{:<38} {:>7.1} {:>7.1} {:>7.1} {:>6.1} {:>6.1} {:>6.1} {:>6.1} {:>6.1} {:>4.0} {:>6.1} {:>7.0} {:>6.0} {:>4} {:>5}",
            v.label,
            m(|x| x.load_ms),
            m(|x| x.task_ms),
            m(|x| x.task_ms) - base.0,
            m(|x| x.script_ms),
            m(|x| x.style_ms),
            m(|x| x.layout_ms),
            m(|x| x.cpu_ms),
            m(|x| x.cpu_ms) - base.1,
            most(|x| x.long_tasks),
            most(|x| x.tbt_ms),
            heap,
            heap - base.2,
            count(|x| x.booted),
            count(|x| x.rendered),
        );
    }
    println!(
        "times in ms. main: the renderer's main-thread task time from its start to {} s after the load event, less the DevTools commands (+main: minus the page without the widget), of which script, style, layout; cpu: the main thread's CPU time (less sensitive to other processes); long / TBT: the most long tasks and Total Blocking Time in any one load; heap: JS heap + backing stores (wasm memory) after GC; wasm / ready: loads in which the wasm started / the widget rendered",
        WATCH_MS / 1000
    );
    Ok(())
}
