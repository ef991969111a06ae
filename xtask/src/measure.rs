//! `cargo xtask measure`: the single file's size (raw and gzipped) and the time from navigation
//! start to `data-ready` when opened from `file://` in headless Chromium, beside an empty page's
//! (medians of interleaved loads), and where that time goes, stage by stage.
//! `cargo xtask measure --shares`: what the ask, search and tools features each add to it.
//! `cargo xtask measure --counter`: the same timing for a Yew counter packed the same way, for scale.

use std::path::Path;

/// Measures `single` and prints a small report; `budget` is the file's gz budget when it has one
/// (the product's `dist/index.html`, not the counter or another page).
pub fn run(single: &Path, budget: Option<usize>) -> Result<(), String> {
    let bytes = std::fs::read(single).map_err(|e| format!("{}: {e}", single.display()))?;
    let gz = crate::dist::gzip_len(&bytes)?;
    println!(
        "{}: {} bytes raw, {} bytes gzipped ({:.1} KB gz{})",
        single.display(),
        bytes.len(),
        gz,
        gz as f64 / 1024.0,
        budget.map(|b| format!("; budget {b}")).unwrap_or_default()
    );

    let times = crate::budget::ready_times(single)?;
    println!(
        "time to data-ready from file://: median {:.1} ms; an empty page {:.1} ms in the same run (ratio {:.2})",
        times.widget,
        times.empty,
        times.ratio()
    );
    println!(
        "time to data-ready since the navigation was sent: median {:.1} ms; the empty page {:.1} ms (ratio {:.2})",
        times.widget_wall,
        times.empty_wall,
        times.wall_ratio()
    );
    println!("where it goes: {}", times.breakdown());
    Ok(())
}

/// Builds `examples/yew-counter` (a Yew counter with the widget's Trunk settings), packs it into
/// one file the way `cargo xtask dist` packs the widget, and measures it like [`run`]: issue 18's
/// yardstick for what any Yew app of this build costs to start.
pub fn counter() -> Result<(), String> {
    crate::tools::ensure_build_tools()?;
    let root = crate::cmd::root();
    let out = root.join("target").join("yew-counter");
    let web = out.join("web");
    crate::cmd::run(
        crate::cmd::command("trunk")
            .current_dir(root.join("examples").join("yew-counter"))
            .env("CARGO_TARGET_DIR", out.join("cargo"))
            .args(["build", "--release", "--dist"])
            .arg(&web),
    )?;
    let single = out.join("index.html");
    let html = crate::dist::assemble(&web)?;
    std::fs::write(&single, html).map_err(|e| format!("{}: {e}", single.display()))?;
    crate::tools::ensure_browser()?;
    run(&single, None)
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
