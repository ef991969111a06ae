//! `cargo xtask measure`: the single file's size (raw and gzipped) and the time from navigation
//! start to `data-ready` when opened from `file://` in headless Chromium, beside an empty page's
//! (medians of interleaved loads), and where that time goes, stage by stage.
//! `cargo xtask measure --shares`: what the ask, search and tools features each add to it.

use std::path::Path;

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

    let times = crate::budget::ready_times(single)?;
    println!(
        "time to data-ready from file://: median {:.1} ms; an empty page {:.1} ms in the same run (ratio {:.2})",
        times.widget,
        times.empty,
        times.widget / times.empty
    );
    println!("where it goes: {}", times.breakdown());
    Ok(())
}

/// The class-name fragments of a feature's own style rules, dropped from the build without it.
/// Code tabs (`mh-tabs`, `mh-code-panel`) are not the tools' own: the knowledge base's snippets
/// show code in the same tabs in every build.
pub fn css_markers(feature: &str) -> &'static [&'static str] {
    match feature {
        "ask" => &["mh-answer", "mh-ask", "mh-clarify", "mh-quick", "mh-route-note"],
        "search" => &["mh-search"],
        "tools" => &[
            "mh-tool",
            "mh-tf",
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
