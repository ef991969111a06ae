//! `cargo xtask <command>`: the project's automation, in Rust rather than shell scripts.
//!
//! Each command installs what it needs when it is missing (wasm32 target, trunk, wasm-bindgen-cli,
//! wasm-opt, Chromium) and is quick when everything is already there.

use std::process::ExitCode;

mod eval;

const HELP: &str = "\
usage: cargo xtask <command>

  serve     install missing tools, build, serve on http://127.0.0.1:8080 and print the offline file
  test      every check: fmt, clippy, native tests, wasm tests in Chromium, end-to-end tests
  dist      build dist/index.html (one self-contained file) and Trunk's multi-file output
  measure   size of dist/index.html and time to ready from file:// (median of 15 loads)
  eval      accuracy of the ask flow on ../shared/eval/ask-dev.json, beside a keyword baseline
  install   install every missing tool and stop
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("eval") => eval::run(&args[1..]),
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
