//! Installs whatever is missing, from package registries only (nothing downloads a prebuilt binary):
//! the wasm32 target, trunk and wasm-bindgen-cli from crates.io, wasm-opt from npm's `binaryen`,
//! and for tests Debian's `chromium` and `chromium-driver`. Each check is quick when the tool is there;
//! each install is tried up to three times, so one dropped connection does not fail a fresh run.

use crate::cmd::{self, command, has_version, run_retrying};

/// How many times an install from a registry is tried before the run fails.
const INSTALL_ATTEMPTS: u32 = 3;

/// Trunk's version: 0.21.x is the newest that builds with this machine's stable rustc.
pub const TRUNK_VERSION: &str = "0.21.14";
/// binaryen (wasm-opt) major version, matching `Trunk.toml`.
pub const BINARYEN_VERSION: &str = "132";

/// The `wasm-bindgen` version in `Cargo.lock`; the CLI must match it exactly.
pub fn wasm_bindgen_version() -> Result<String, String> {
    let lock = std::fs::read_to_string(cmd::root().join("Cargo.lock")).map_err(|e| format!("Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"wasm-bindgen\"" {
            if let Some(v) = lines.next().and_then(|l| l.strip_prefix("version = \"")) {
                return Ok(v.trim_end_matches('"').to_string());
            }
        }
    }
    Err("wasm-bindgen is not in Cargo.lock".into())
}

/// Everything needed to build the widget.
pub fn ensure_build_tools() -> Result<(), String> {
    let targets = cmd::output(command("rustup").args(["target", "list", "--installed"])).unwrap_or_default();
    if !targets.lines().any(|l| l.trim() == "wasm32-unknown-unknown") {
        run_retrying(INSTALL_ATTEMPTS, || {
            let mut c = command("rustup");
            c.args(["target", "add", "wasm32-unknown-unknown"]);
            c
        })?;
    }
    if !has_version("trunk", TRUNK_VERSION) {
        run_retrying(INSTALL_ATTEMPTS, || {
            let mut c = command("cargo");
            c.args(["install", "--locked", "trunk", "--version", TRUNK_VERSION]);
            c
        })?;
    }
    let wbg = wasm_bindgen_version()?;
    if !has_version("wasm-bindgen", &wbg) || !has_version("wasm-bindgen-test-runner", &wbg) {
        // Not --locked: one of the CLI's locked dependencies is no longer on the registry.
        run_retrying(INSTALL_ATTEMPTS, || {
            let mut c = command("cargo");
            c.args(["install", "wasm-bindgen-cli", "--version", &wbg]);
            c
        })?;
    }
    if !has_version("wasm-opt", &format!("version {BINARYEN_VERSION}")) || !has_version("terser", TERSER_VERSION) {
        install_npm_tools()?;
    }
    Ok(())
}

/// axe-core's version (accessibility checks of the embed tests).
pub const AXE_VERSION: &str = "4.14.1";

/// terser's version (minifies the wasm-bindgen glue inlined into the single file and the embed).
pub const TERSER_VERSION: &str = "5.51.2";

/// TypeScript's version (the embed tests type-check `mailgun-help.d.ts` and a usage of it).
pub const TYPESCRIPT_VERSION: &str = "5.9.3";

/// Installs binaryen (wasm-opt), terser, axe-core and TypeScript into `.tools/` with one npm command: a
/// `--no-save` install of one package prunes every other package that is not in it, so installing
/// them separately made each install remove the others.
pub fn install_npm_tools() -> Result<(), String> {
    let dir = cmd::tools_dir();
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let packages = [
        format!("binaryen@{BINARYEN_VERSION}"),
        format!("axe-core@{AXE_VERSION}"),
        format!("terser@{TERSER_VERSION}"),
        format!("typescript@{TYPESCRIPT_VERSION}"),
    ];
    run_retrying(INSTALL_ATTEMPTS, || {
        let mut c = command("npm");
        c.current_dir(&dir).args(["install", "--no-audit", "--no-fund", "--no-save"]).args(&packages);
        c
    })
}

/// Chromium and its driver, for the browser tests.
pub fn ensure_browser() -> Result<(), String> {
    if has_version("chromium", "Chromium") && has_version("chromedriver", "ChromeDriver") {
        return Ok(());
    }
    let sudo = if cmd::output(command("id").arg("-u")).map(|u| u.trim() == "0").unwrap_or(false) {
        vec![]
    } else {
        vec!["sudo"]
    };
    let apt = |args: &[&str]| {
        let mut all: Vec<&str> = sudo.clone();
        all.extend_from_slice(args);
        let (program, rest) = all.split_first().map(|(p, r)| (*p, r.to_vec())).unwrap_or(("apt-get", vec![]));
        run_retrying(INSTALL_ATTEMPTS, || {
            let mut c = command(program);
            c.args(&rest).env("DEBIAN_FRONTEND", "noninteractive");
            c
        })
    };
    apt(&["apt-get", "update"])?;
    apt(&["apt-get", "install", "-y", "--no-install-recommends", "chromium", "chromium-driver"])
}
