//! End-to-end tests of the built single file, in Debian's headless Chromium.
//!
//! `dist/index.html` is copied ALONE into an empty temp folder and opened from `file://`. Every test
//! also asserts, after it ran, that the console logged no error and that the page requested nothing
//! but the file itself.

use crate::webdriver::{Driver, TempDir};
use serde_json::{json, Value};
use std::path::Path;
use std::time::Duration;

/// What each test gets: the driver and the file URL of the copied page.
pub struct Ctx<'a> {
    /// The browser.
    pub driver: &'a Driver,
    /// `file:///…/index.html`.
    pub url: String,
}

impl Ctx<'_> {
    /// Opens the page at `suffix` (e.g. `?lang=zh#/browse`) and waits for `data-ready`.
    pub fn open(&self, suffix: &str) -> Result<(), String> {
        self.driver.open(&format!("{}{suffix}", self.url))?;
        self.ready()
    }

    /// Waits for `<html data-ready="true">`.
    pub fn ready(&self) -> Result<(), String> {
        self.driver.wait_for("document.documentElement.dataset.ready === 'true'", Duration::from_secs(10))
    }

    /// Waits until `selector` matches an element.
    pub fn wait_sel(&self, selector: &str) -> Result<(), String> {
        let cond = format!("document.querySelector({})", json!(selector));
        self.driver.wait_for(&cond, Duration::from_secs(5)).map_err(|e| format!("{e} (selector {selector})"))
    }

    /// Runs a script and returns its value.
    pub fn js(&self, script: &str) -> Result<Value, String> {
        self.driver.exec(script, json!([]))
    }

    /// The text of the first element matching `selector`, or an error naming it.
    pub fn text(&self, selector: &str) -> Result<String, String> {
        let v = self.driver.exec(
            "const e = document.querySelector(arguments[0]); return e ? e.innerText : null;",
            json!([selector]),
        )?;
        v.as_str().map(str::to_string).ok_or_else(|| format!("no element matches {selector}"))
    }

    /// Clicks the first element matching `selector`.
    pub fn click(&self, selector: &str) -> Result<(), String> {
        let v = self.driver.exec(
            "const e = document.querySelector(arguments[0]); if (!e) return false; e.click(); return true;",
            json!([selector]),
        )?;
        if v == json!(true) {
            Ok(())
        } else {
            Err(format!("nothing to click at {selector}"))
        }
    }

    /// Number of elements matching `selector`.
    pub fn count(&self, selector: &str) -> Result<u64, String> {
        let v = self.driver.exec("return document.querySelectorAll(arguments[0]).length;", json!([selector]))?;
        v.as_u64().ok_or_else(|| "count is not a number".to_string())
    }

    /// `<html lang>`.
    pub fn html_lang(&self) -> Result<String, String> {
        Ok(self.js("return document.documentElement.lang;")?.as_str().unwrap_or("").to_string())
    }
}

/// Fails unless `cond`, with `msg`.
pub fn check(cond: bool, msg: impl Into<String>) -> Result<(), String> {
    if cond {
        Ok(())
    } else {
        Err(msg.into())
    }
}

/// One named test.
pub type Test = (&'static str, fn(&Ctx) -> Result<(), String>);

/// Console errors and network requests (any scheme that leaves the machine) logged since the last
/// call. `chrome:` URLs are the browser's own start page, not the widget's.
fn problems_in_logs(driver: &Driver) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    for entry in driver.logs("browser")? {
        if entry["level"] == json!("SEVERE") {
            out.push(format!("console error: {}", entry["message"].as_str().unwrap_or("")));
        }
    }
    for entry in driver.logs("performance")? {
        let Some(raw) = entry["message"].as_str() else { continue };
        let Ok(msg) = serde_json::from_str::<Value>(raw) else { continue };
        if msg["message"]["method"] == json!("Network.requestWillBeSent") {
            let url = msg["message"]["params"]["request"]["url"].as_str().unwrap_or("");
            let local = ["file:", "about:", "data:", "blob:", "chrome:", "chrome-extension:", "devtools:"];
            if !url.is_empty() && !local.iter().any(|scheme| url.starts_with(scheme)) {
                out.push(format!("network request: {url}"));
            }
        }
    }
    Ok(out)
}

/// Copies `single` alone into a temp folder and runs every test against it.
pub fn run(single: &Path, filter: Option<&str>) -> Result<(), String> {
    let dir = TempDir::new("e2e")?;
    let copy = dir.0.join("index.html");
    std::fs::copy(single, &copy).map_err(|e| format!("copy {}: {e}", single.display()))?;
    let driver = Driver::start()?;
    let ctx = Ctx { driver: &driver, url: format!("file://{}", copy.display()) };
    let mut tests: Vec<Test> = crate::e2e_cases::all();
    tests.extend(crate::e2e_pricing::all());
    tests.extend(crate::e2e_ask::all());
    tests.extend(crate::e2e_kb::all());
    tests.extend(crate::e2e_search::all());
    tests.extend(crate::e2e_tools::all());
    let (mut passed, mut failed) = (0, 0);
    for (name, test) in tests.iter().filter(|(n, _)| filter.map(|f| n.contains(f)).unwrap_or(true)) {
        let _ = problems_in_logs(&driver);
        let outcome = test(&ctx).and_then(|_| {
            let problems = problems_in_logs(&driver)?;
            check(problems.is_empty(), problems.join("; "))
        });
        match outcome {
            Ok(()) => {
                passed += 1;
                println!("test e2e::{name} ... ok");
            }
            Err(e) => {
                failed += 1;
                println!("test e2e::{name} ... FAILED\n    {e}");
            }
        }
    }
    println!("\ne2e: {passed} passed, {failed} failed");
    if failed == 0 {
        Ok(())
    } else {
        Err(format!("{failed} end-to-end test(s) failed"))
    }
}
