//! `cargo xtask measure`: the single file's size (raw and gzipped) and the time from navigation
//! start to `data-ready` when opened from `file://` in headless Chromium (median of 15 loads).
//! `cargo xtask measure --shares`: what the ask, search and tools features each add to it.

use crate::e2e::Ctx;
use crate::webdriver::{Driver, TempDir};
use std::path::Path;

/// Number of page loads timed.
const LOADS: usize = 15;

/// Measures `single` and prints a small report.
pub fn run(single: &Path) -> Result<(), String> {
    let bytes = std::fs::read(single).map_err(|e| format!("{}: {e}", single.display()))?;
    let gz = crate::dist::gzip_len(&bytes)?;
    println!(
        "dist/index.html: {} bytes raw, {} bytes gzipped ({:.1} KB gz; budget {})",
        bytes.len(),
        gz,
        gz as f64 / 1024.0,
        crate::budget::FILE_GZ_BUDGET
    );

    let dir = TempDir::new("measure")?;
    let copy = dir.0.join("index.html");
    std::fs::copy(single, &copy).map_err(|e| e.to_string())?;
    let driver = Driver::start()?;
    let ctx = Ctx { driver: &driver, url: format!("file://{}", copy.display()) };
    ctx.open("")?; // warm the browser process once; not counted
    let mut times = Vec::with_capacity(LOADS);
    for _ in 0..LOADS {
        ctx.open("")?;
        let ms = ctx.js("return parseFloat(document.documentElement.dataset.readyMs);")?;
        times.push(ms.as_f64().ok_or("data-ready-ms missing")?);
    }
    times.sort_by(|a, b| a.total_cmp(b));
    let median = times[LOADS / 2];
    println!(
        "time to data-ready from file:// over {LOADS} loads: median {median:.1} ms, min {:.1} ms, max {:.1} ms (budget 100 ms)",
        times[0],
        times[LOADS - 1]
    );
    Ok(())
}

/// The class-name fragments of a feature's own style rules, dropped from the build without it.
pub fn css_markers(feature: &str) -> &'static [&'static str] {
    match feature {
        "ask" => &["mh-answer", "mh-ask", "mh-clarify", "mh-quick", "mh-route-note"],
        "search" => &["mh-search"],
        "tools" => &[
            "mh-tool",
            "mh-tf",
            "mh-code-",
            "mh-tabs",
            "mh-cards",
            "mh-verdict",
            "mh-warning",
            "mh-route-order",
            "mh-record",
            "mh-sources",
            "mh-mono",
        ],
        _ => &[],
    }
}

/// Builds the product and, for each budgeted feature, the product without it; prints what each adds
/// (gzipped bytes) against its budget.
pub fn shares(only: Option<&str>) -> Result<(), String> {
    let with = crate::share::product_size()?;
    println!("dist/index.html: {with} bytes gzipped");
    crate::budget::check_shares(with, only)
}
