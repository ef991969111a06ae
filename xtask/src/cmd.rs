//! Running child processes with the project's tool folders on `PATH`, and finding the workspace.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The workspace root (the folder holding the top `Cargo.toml`).
pub fn root() -> PathBuf {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().map(Path::to_path_buf).unwrap_or(manifest)
}

/// Folder for tools the project installs itself (wasm-opt from npm).
pub fn tools_dir() -> PathBuf {
    root().join(".tools")
}

/// `~/.cargo/bin`, where `cargo install` puts trunk and wasm-bindgen.
pub fn cargo_bin() -> PathBuf {
    let home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .unwrap_or_else(|| PathBuf::from(".cargo"));
    home.join("bin")
}

/// `PATH` with the project's tool folders first.
pub fn path_env() -> std::ffi::OsString {
    let mut parts = vec![tools_dir().join("node_modules").join(".bin"), cargo_bin()];
    if let Some(p) = std::env::var_os("PATH") {
        parts.extend(std::env::split_paths(&p));
    }
    std::env::join_paths(parts).unwrap_or_default()
}

/// A command that runs in the workspace root with the tool folders on `PATH`.
pub fn command(program: &str) -> Command {
    let mut c = Command::new(program);
    c.current_dir(root()).env("PATH", path_env());
    c
}

/// Runs `c`, streaming its output; an error names the command when it fails.
pub fn run(c: &mut Command) -> Result<(), String> {
    let shown = format!("{c:?}");
    println!("$ {}", shown.replace('"', ""));
    let status = c.status().map_err(|e| format!("cannot start {shown}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{shown} failed ({status})"))
    }
}

/// Runs the command `make` builds up to `attempts` times, 20 s apart, until one succeeds: for
/// installs from a package registry, where a run on a fresh machine should not fail on one
/// dropped connection. The last failure is the error.
pub fn run_retrying(attempts: u32, mut make: impl FnMut() -> Command) -> Result<(), String> {
    let mut last = String::new();
    for attempt in 1..=attempts.max(1) {
        match run(&mut make()) {
            Ok(()) => return Ok(()),
            Err(e) => last = e,
        }
        if attempt < attempts {
            println!("attempt {attempt} of {attempts} failed; trying again in 20 s");
            std::thread::sleep(std::time::Duration::from_secs(20));
        }
    }
    Err(last)
}

/// Runs `c` quietly and returns its stdout, or `None` when it cannot run or fails.
pub fn output(c: &mut Command) -> Option<String> {
    let out = c.stdin(Stdio::null()).stderr(Stdio::null()).output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

/// True when `program --version` runs (found on the extended `PATH`) and prints `needle`.
pub fn has_version(program: &str, needle: &str) -> bool {
    output(command(program).arg("--version")).map(|v| v.contains(needle)).unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_retried_command_reports_its_last_failure_or_its_success() {
        assert!(run_retrying(1, || Command::new("true")).is_ok());
        let failed = run_retrying(1, || Command::new("false"));
        assert!(failed.is_err_and(|e| e.contains("false")));
    }
}
