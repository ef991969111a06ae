//! `cargo xtask <command>`: the project's automation, in Rust rather than shell scripts.
//!
//! Each command installs what it needs when it is missing (wasm32 target, trunk, wasm-bindgen-cli,
//! wasm-opt, Chromium) and is quick when everything is already there.

use std::process::ExitCode;

mod bench_search;
mod budget;
mod cmd;
mod dist;
mod e2e;
mod e2e_ask;
mod e2e_cases;
mod e2e_embed;
mod e2e_embed_host;
mod e2e_kb;
mod e2e_pricing;
mod e2e_search;
mod e2e_tools;
mod embed;
mod eval;
mod measure;
mod measure_host;
mod pack;
mod serve;
mod share;
mod shot;
mod static_server;
mod test;
mod tools;
mod wasm_names;
mod webdriver;

const HELP: &str = "\
usage: cargo xtask <command>

  serve [--port N]  install missing tools, build, serve on http://127.0.0.1:8080 and print the offline file
  test              every check: fmt, clippy, native tests, wasm tests in Chromium, end-to-end tests
  dist              build dist/index.html (one self-contained file) and Trunk's output in dist/web/
  e2e [FILTER]      end-to-end tests of the existing dist/index.html
  measure           size of dist/index.html and time to ready from file:// (medians of 21 interleaved loads)
  measure --counter  the same for a Yew counter built and packed the same way (examples/yew-counter), for scale
  measure --file <page.html>  the same for another single file (one that sets data-ready-ms, e.g. a Yew counter for scale)
  measure --shares [feature]  what the ask, search and tools features each add to dist/index.html
                    (gz), against their budgets; one feature when named
  budget            the gates of `test` alone, on the existing dist/index.html: its size, time to
                    ready against an empty page, and each feature's share (which builds without it)
  measure --host [--rounds N] [--open-only]  what the embed (launcher mode) costs examples/docs.html: load, main-thread work, long tasks, heap
  eval [--lines F]  accuracy of the ask flow on ../shared/eval/ask-dev.json (or a held-out line file), beside a keyword baseline
  shot S OUT [W]    screenshot of dist/index.html at suffix S (e.g. '#/pricing') into OUT, W px wide
  install           install every missing tool and stop
  embed [--web DIR] [--out DIR] [--test [--filter NAME]]  build dist/embed/ (one-script and strict-CSP builds); --test runs its browser tests
  embed --test --built DIR [--filter NAME]  the embed browser tests against builds already in DIR
  bench-search      search relevance and speed against MiniSearch, FlexSearch, Fuse.js and lunr
  assemble WEB OUT  make the single file OUT from a Trunk output folder WEB
";

fn single_file() -> Result<std::path::PathBuf, String> {
    let path = cmd::root().join("dist").join("index.html");
    if path.is_file() {
        Ok(path)
    } else {
        Err("dist/index.html does not exist: run `cargo xtask dist` first".into())
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("serve") => {
            let port = match args.iter().position(|a| a == "--port").and_then(|i| args.get(i + 1)) {
                Some(p) => p.parse().map_err(|_| format!("--port needs a number, got `{p}`")),
                None => Ok(8080),
            };
            port.and_then(serve::run)
        }
        Some("test") => test::run_all(),
        Some("dist") => dist::run_dist().map(|_| ()),
        Some("e2e") => crate::tools::ensure_browser()
            .and_then(|_| single_file())
            .and_then(|f| e2e::run(&f, args.get(1).map(String::as_str))),
        Some("measure") if args.get(1).map(String::as_str) == Some("--shares") => {
            measure::shares(args.get(2).map(String::as_str))
        }
        Some("measure") if args.get(1).map(String::as_str) == Some("--host") => {
            let rounds = match args.iter().position(|a| a == "--rounds").and_then(|i| args.get(i + 1)) {
                Some(n) => n.parse().map_err(|_| format!("--rounds needs a number, got `{n}`")),
                None => Ok(measure_host::ROUNDS),
            };
            rounds.and_then(|r| {
                crate::tools::ensure_browser()
                    .and_then(|_| measure_host::run(r, args.iter().any(|a| a == "--open-only")))
            })
        }
        Some("budget") => {
            crate::tools::ensure_browser().and_then(|_| single_file()).and_then(|f| budget::check_all(&f))
        }
        Some("measure") if args.get(1).map(String::as_str) == Some("--counter") => measure::counter(),
        Some("measure") if args.get(1).map(String::as_str) == Some("--file") => match args.get(2) {
            Some(f) => crate::tools::ensure_browser().and_then(|_| measure::run(std::path::Path::new(f), None)),
            None => Err("usage: cargo xtask measure --file <page.html>".into()),
        },
        Some("measure") => crate::tools::ensure_browser()
            .and_then(|_| single_file())
            .and_then(|f| measure::run(&f, Some(budget::FILE_GZ_BUDGET))),
        Some("eval") => eval::run(&args[1..]),
        Some("wide") => match args.get(1) {
            Some(suffix) => single_file().and_then(|f| shot::wide(&f, suffix, 400)),
            None => Err("usage: cargo xtask wide <suffix>".into()),
        },
        Some("shot") => {
            let width = args.get(3).and_then(|w| w.parse().ok()).unwrap_or(1200);
            match (args.get(1), args.get(2)) {
                (Some(suffix), Some(out)) => {
                    single_file().and_then(|f| shot::run(&f, suffix, std::path::Path::new(out), width))
                }
                _ => Err("usage: cargo xtask shot <suffix> <out.png> [width]".into()),
            }
        }
        Some("bench-search") => bench_search::run_bench(),
        Some("assemble") => match (args.get(1), args.get(2)) {
            (Some(web), Some(out)) => dist::assemble(std::path::Path::new(web))
                .and_then(|html| std::fs::write(out, html).map_err(|e| format!("{out}: {e}"))),
            _ => Err("usage: cargo xtask assemble <trunk-output-dir> <out.html>".into()),
        },
        Some("embed") => embed::cli(&args[1..]),
        Some("install") => tools::ensure_build_tools().and_then(|_| tools::ensure_browser()),
        Some("help") | Some("--help") | Some("-h") | None => {
            println!("{HELP}");
            Ok(())
        }
        Some(other) => Err(format!("unknown command `{other}`\n\n{HELP}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}
