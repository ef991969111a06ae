//! `cargo xtask bench-search`: this search (compiled to wasm) against MiniSearch, FlexSearch, Fuse.js
//! and lunr, in one headless Chromium run, over the same documents and the labelled queries of
//! `bench/queries.toml`.
//!
//! * The libraries are installed with npm into `.tools/bench` (never into the product).
//! * Our engine is built as a separate small cdylib in `.tools/bench/engine` that depends on
//!   `mailgun-help-core` and exposes `load` and `search` through wasm-bindgen; the product is untouched.
//! * The documents are the index builder's own (`mailgun_help_core::search::bench_docs_json`), with the
//!   same fields everywhere: title_en, title_zh (×3), path (×2), body_en, body_zh.
//! * Each query's time is measured in batches of at least 1 ms (repeat until 1 ms has passed, divide).
//! * Bytes added: the single file built with and without the `search` feature, both gzipped (see
//!   `crate::share`); the standalone engine's wasm is printed too but is not what the widget pays
//!   (it carries its own copy of the content, allocator and runtime).
//! * Relevance: hit@1, hit@10 and MRR@10 against the expected ids; a query counts as a hit when any
//!   expected id is in the top k.

use crate::cmd::{self, command, run};
use crate::webdriver::{Driver, TempDir};
use serde_json::{json, Value};
use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

const LIBS: &[(&str, &str)] = &[
    ("minisearch", "minisearch/dist/umd/index.js"),
    ("flexsearch", "flexsearch/dist/flexsearch.bundle.min.js"),
    ("fuse.js", "fuse.js/dist/fuse.min.js"),
    ("lunr", "lunr/lunr.min.js"),
];

const ENGINE_TOML: &str = r#"[package]
name = "mh-search-bench"
version = "0.0.0"
edition = "2021"
publish = false

[lib]
crate-type = ["cdylib"]
path = "lib.rs"

[dependencies]
mailgun-help-core = { path = "@CORE@" }
wasm-bindgen = "=@WBG@"

[profile.release]
opt-level = "z"
lto = true
codegen-units = 1
panic = "abort"

[workspace]
"#;

const ENGINE_RS: &str = r#"use wasm_bindgen::prelude::*;
use mailgun_help_core::search;

/// Checks the compiled prices (the knowledge base is a static; the widget has done this for its
/// first view before anyone searches); the libraries likewise get the documents already parsed.
#[wasm_bindgen]
pub fn parse_content() -> bool {
    !mailgun_help_core::kb::Kb::get().areas.is_empty() && mailgun_help_core::pricing::PricingData::get().is_ok()
}

/// Everything search does before its first answer: reads the index header, makes the documents'
/// texts from the parsed content and gathers their Han characters. Returns the number of documents.
#[wasm_bindgen]
pub fn load() -> usize {
    search::index::Index::get().n_docs.min(search::han::HanText::get().n_docs())
}

/// The top `n` document numbers for `q`.
#[wasm_bindgen]
pub fn query(q: &str, n: usize) -> Vec<u32> {
    search::search(q, n).hits.iter().map(|h| h.doc as u32).collect()
}
"#;

fn bench_dir() -> PathBuf {
    cmd::tools_dir().join("bench")
}

fn ensure_libs(dir: &Path) -> Result<(), String> {
    if LIBS.iter().all(|(_, p)| dir.join("node_modules").join(p).is_file()) {
        return Ok(());
    }
    fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    if !dir.join("package.json").is_file() {
        fs::write(dir.join("package.json"), "{\"name\":\"mh-bench\",\"private\":true}\n").map_err(|e| e.to_string())?;
    }
    run(command("npm").current_dir(dir).args([
        "install",
        "--no-audit",
        "--no-fund",
        "minisearch@7",
        "flexsearch@0.7",
        "fuse.js@7.1.0",
        "lunr@2",
    ]))
}

fn build_engine(dir: &Path) -> Result<(String, Vec<u8>), String> {
    let eng = dir.join("engine");
    fs::create_dir_all(&eng).map_err(|e| e.to_string())?;
    let wbg = crate::tools::wasm_bindgen_version()?;
    let core = cmd::root().join("core");
    fs::write(
        eng.join("Cargo.toml"),
        ENGINE_TOML.replace("@CORE@", &core.display().to_string()).replace("@WBG@", &wbg),
    )
    .map_err(|e| e.to_string())?;
    fs::write(eng.join("lib.rs"), ENGINE_RS).map_err(|e| e.to_string())?;
    if !eng.join("Cargo.lock").is_file() {
        let _ = fs::copy(cmd::root().join("Cargo.lock"), eng.join("Cargo.lock"));
    }
    let target = dir.join("target");
    run(command("cargo").current_dir(&eng).env("CARGO_TARGET_DIR", &target).args([
        "build",
        "--release",
        "--target",
        "wasm32-unknown-unknown",
    ]))?;
    let wasm = target.join("wasm32-unknown-unknown").join("release").join("mh_search_bench.wasm");
    let pkg = dir.join("pkg");
    run(command("wasm-bindgen").arg(&wasm).args(["--target", "no-modules", "--no-typescript", "--out-dir"]).arg(&pkg))?;
    let opt = pkg.join("mh_search_bench_bg.opt.wasm");
    let bg = pkg.join("mh_search_bench_bg.wasm");
    let final_wasm = if run(command("wasm-opt").arg("-Oz").arg(&bg).arg("-o").arg(&opt)).is_ok() { opt } else { bg };
    let glue = fs::read_to_string(pkg.join("mh_search_bench.js")).map_err(|e| e.to_string())?;
    let bytes = fs::read(&final_wasm).map_err(|e| e.to_string())?;
    Ok((glue, bytes))
}

/// Reads `bench/queries.toml`: `en = [["query", "expected-id", …], …]` and the same for `zh`.
fn queries() -> Result<Value, String> {
    let path = cmd::root().join("bench").join("queries.toml");
    let text = fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let v: toml::Value = toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    let docs: Value = serde_json::from_str(mailgun_help_core::search::bench_docs_json()).map_err(|e| e.to_string())?;
    let ids: Vec<&str> = docs.as_array().into_iter().flatten().filter_map(|d| d["id"].as_str()).collect();
    let mut out = json!({});
    for lang in ["en", "zh"] {
        let list = v.get(lang).and_then(|l| l.as_array()).ok_or_else(|| format!("queries.toml: no `{lang}` list"))?;
        let mut qs = Vec::new();
        for item in list {
            let parts: Vec<&str> = item.as_array().into_iter().flatten().filter_map(|s| s.as_str()).collect();
            let (Some(q), rest) = (parts.first(), &parts[1.min(parts.len())..]) else {
                return Err(format!("queries.toml: empty entry in `{lang}`"));
            };
            if rest.is_empty() {
                return Err(format!("queries.toml: `{q}` has no expected id"));
            }
            if let Some(bad) = rest.iter().find(|id| !ids.contains(id)) {
                return Err(format!("queries.toml: `{q}` expects unknown id `{bad}`"));
            }
            qs.push(json!({ "q": q, "ids": rest }));
        }
        out[lang] = Value::Array(qs);
    }
    Ok(out)
}

const PAGE_JS: &str = include_str!("bench_search.js");

/// Runs the benchmark and prints a Markdown table.
pub fn run_bench() -> Result<(), String> {
    crate::tools::ensure_build_tools()?;
    crate::tools::ensure_browser()?;
    let dir = bench_dir();
    ensure_libs(&dir)?;
    let queries = queries()?;
    let (glue, wasm) = build_engine(&dir)?;
    let mut libs = String::new();
    let mut sizes = json!({});
    for (name, p) in LIBS {
        let src = fs::read_to_string(dir.join("node_modules").join(p)).map_err(|e| format!("{p}: {e}"))?;
        sizes[*name] = json!(crate::dist::gzip_len(src.as_bytes())?);
        libs.push_str(&format!("<script>\n{}\n</script>\n", src.replace("</script", "<\\/script")));
    }
    let share = crate::share::feature_share(crate::share::product_size()?, "search", &["mh-search"])?;
    println!(
        "search's share of dist/index.html: {} − {} = {} bytes gz (standalone bench engine: {} bytes gz)",
        share.with,
        share.without,
        share.added(),
        crate::dist::gzip_len(&wasm)?
    );
    sizes["ours"] = json!(share.added());
    let data = json!({
        "docs": serde_json::from_str::<Value>(mailgun_help_core::search::bench_docs_json()).map_err(|e| e.to_string())?,
        "queries": queries,
        "sizes": sizes,
    });
    let page = format!(
        "<!doctype html><meta charset=utf-8><title>search bench</title>\n{libs}<script>\n{glue}\n</script>\n<script>\nconst MH_WASM = \"{}\";\nconst BENCH = {};\n{PAGE_JS}\n</script>\n",
        crate::dist::base64(&wasm),
        data.to_string().replace("</", "<\\/"),
    );
    let tmp = TempDir::new("bench")?;
    let file = tmp.0.join("bench.html");
    fs::write(&file, page).map_err(|e| e.to_string())?;
    let driver = Driver::start()?;
    driver.open(&format!("file://{}", file.display()))?;
    driver.wait_for("window.__bench && (window.__bench.done || window.__bench.error)", Duration::from_secs(600))?;
    let result = driver.exec("return window.__bench;", json!([]))?;
    if let Some(e) = result["error"].as_str() {
        return Err(format!("bench page failed: {e}"));
    }
    print_table(&result);
    let out = cmd::root().join("target").join("bench-search.json");
    let _ = fs::write(&out, serde_json::to_string_pretty(&result).unwrap_or_default());
    println!("\nraw results: {}", out.display());
    Ok(())
}

fn print_table(r: &Value) {
    println!("| Engine | Lang | hit@1 | hit@10 | MRR | p50 µs | p95 µs | Index load ms | Bytes added (gz) |");
    println!("|---|---|---|---|---|---|---|---|---|");
    for row in r["rows"].as_array().into_iter().flatten() {
        println!(
            "| {} | {} | {:.3} | {:.3} | {:.3} | {:.1} | {:.1} | {:.2} | {} |",
            row["engine"].as_str().unwrap_or(""),
            row["lang"].as_str().unwrap_or(""),
            row["hit1"].as_f64().unwrap_or(0.0),
            row["hit10"].as_f64().unwrap_or(0.0),
            row["mrr"].as_f64().unwrap_or(0.0),
            row["p50"].as_f64().unwrap_or(0.0),
            row["p95"].as_f64().unwrap_or(0.0),
            row["load"].as_f64().unwrap_or(0.0),
            row["bytes"].as_u64().unwrap_or(0),
        );
    }
    println!("\n{} EN and {} ZH queries.", r["n_en"], r["n_zh"]);
}
