//! `cargo xtask measure`: the single file's size (raw and gzipped) and the time from navigation
//! start to `data-ready` when opened from `file://` in headless Chromium (median of 15 loads).
//! `cargo xtask measure --shares`: what the ask and search features each add to it.

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
        "dist/index.html: {} bytes raw, {} bytes gzipped ({:.1} KB gz; budget 250 KB)",
        bytes.len(),
        gz,
        gz as f64 / 1024.0
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

/// Builds the product and, for the ask and search features, the product without each; prints what
/// each adds (gzipped bytes).
pub fn shares() -> Result<(), String> {
    let with = crate::share::product_size()?;
    let features: [(&str, &[&str]); 2] =
        [("ask", &["mh-answer", "mh-ask", "mh-clarify", "mh-quick", "mh-route-note"]), ("search", &["mh-search"])];
    println!("dist/index.html: {with} bytes gzipped");
    for (feature, markers) in features {
        let share = crate::share::feature_share(with, feature, markers)?;
        println!("{feature:>7} adds {:>6} bytes gz ({} with it, {} without)", share.added(), share.with, share.without);
    }
    Ok(())
}
