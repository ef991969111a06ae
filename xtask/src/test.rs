//! `cargo xtask test`: every check the project has, in the order a failure is cheapest to find:
//! formatting, lints, native tests, wasm component tests in headless Chromium, the release build,
//! end-to-end tests of the single file and the embeds, and the budgets (size, each feature's share,
//! time to ready; see `budget`).

use crate::cmd::{command, run};

const WASM: &str = "wasm32-unknown-unknown";

/// Runs everything; the first failure stops the run with its name.
pub fn run_all() -> Result<(), String> {
    warn_if_low_on_disk();
    crate::tools::ensure_build_tools()?;
    crate::tools::ensure_browser()?;
    step("format", || run(command("cargo").args(["fmt", "--all", "--", "--check"])))?;
    step("lints (native)", || {
        // With the embed's code, which has native unit tests of its own.
        run(command("cargo").args([
            "clippy",
            "--workspace",
            "--all-targets",
            "--features",
            "mailgun-help/embed",
            "--",
            "-D",
            "warnings",
        ]))
    })?;
    step("lints (wasm)", || {
        // The single file's build, and the embed's (its own exports behind the `embed` feature).
        for features in ["", "embed"] {
            run(command("cargo").args([
                "clippy",
                "-p",
                "mailgun-help",
                "--target",
                WASM,
                "--all-targets",
                "--features",
                features,
                "--",
                "-D",
                "warnings",
            ]))?;
        }
        run(command("cargo").args(["clippy", "-p", "mailgun-help-unlzma", "--target", WASM, "--", "-D", "warnings"]))
    })?;
    step("native tests", || run(command("cargo").args(["test", "--workspace", "--features", "mailgun-help/embed"])))?;
    step("wasm tests in headless Chromium", run_wasm_tests)?;
    let single = step("release build", crate::dist::run_dist)?;
    step("size budget", || crate::budget::check_file(&single).map(|_| ()))?;
    step("end-to-end tests", || crate::e2e::run(&single, None))?;
    step("embed browser tests", crate::e2e_embed::run)?;
    step("time-to-ready budget", || crate::budget::check_ready(&single))?;
    // Last: each share needs a release build without its feature.
    step("feature share budgets", || {
        let with = crate::budget::check_file(&single)?;
        crate::budget::check_shares(with, None)
    })?;
    println!("\nxtask test: every step passed");
    Ok(())
}

/// The wasm-bindgen-test suite in `tests/`, run by wasm-bindgen-test-runner through chromedriver,
/// in release mode so the in-browser timing budgets are measured on the code that ships.
pub fn run_wasm_tests() -> Result<(), String> {
    run(command("cargo")
        .args(["test", "--release", "-p", "mailgun-help", "--target", WASM])
        .env("CHROMEDRIVER", "/usr/bin/chromedriver")
        .env("WASM_BINDGEN_TEST_TIMEOUT", "120"))
}

/// Free space a run from a fresh clone needs: its `target/` grows to about 4 GB.
const DISK_NEEDED_KB: u64 = 5 * 1024 * 1024;

/// Says so first when the disk holding `target/` has less free space than a run needs: a full disk
/// otherwise fails a step at random with an error about something else (a session's CI run failed
/// in 22 s with its output lost, on a disk that old clean clones had filled).
fn warn_if_low_on_disk() {
    let root = crate::cmd::root();
    let df = crate::cmd::output(std::process::Command::new("df").args(["-Pk"]).arg(&root));
    // `df -P`: a header line, then "filesystem blocks used available capacity mount".
    let free_kb = df.as_deref().and_then(|o| o.lines().nth(1)?.split_whitespace().nth(3)?.parse::<u64>().ok());
    match free_kb {
        Some(kb) if kb < DISK_NEEDED_KB => println!(
            "xtask test: only {} MB free on the disk of {}; a run from a fresh clone needs about {} MB",
            kb / 1024,
            root.display(),
            DISK_NEEDED_KB / 1024
        ),
        _ => {}
    }
}

fn step<T>(name: &str, f: impl FnOnce() -> Result<T, String>) -> Result<T, String> {
    println!("\n==> {name}");
    let started = std::time::Instant::now();
    let out = f().map_err(|e| format!("step `{name}` failed: {e}"))?;
    println!("==> {name}: ok ({:.0} s)", started.elapsed().as_secs_f64());
    Ok(out)
}
