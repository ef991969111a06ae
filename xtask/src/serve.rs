//! `cargo xtask serve`: builds, then serves Trunk's multi-file output on localhost with a tiny
//! static file server (loopback only), and prints the path of the single offline file.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};

/// Builds and serves until interrupted.
pub fn run(port: u16) -> Result<(), String> {
    let single = crate::dist::run_dist()?;
    let web = crate::cmd::root().join("dist").join("web");
    let listener = TcpListener::bind(("127.0.0.1", port)).map_err(|e| format!("cannot listen on port {port}: {e}"))?;
    println!("\nServing the widget at http://127.0.0.1:{port}/  (Ctrl-C stops)");
    println!("The single offline file (open it from disk, or copy it anywhere): {}", single.display());
    for stream in listener.incoming().flatten() {
        let _ = handle(stream, &web);
    }
    Ok(())
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css; charset=utf-8",
        Some("svg") => "image/svg+xml",
        _ => "application/octet-stream",
    }
}

/// Maps a request path to a file under `root`, refusing anything that climbs out of it.
fn resolve(root: &Path, request_path: &str) -> Option<PathBuf> {
    let clean = request_path.split(['?', '#']).next().unwrap_or("/");
    let rel = Path::new(clean.trim_start_matches('/'));
    if rel.components().any(|c| !matches!(c, Component::Normal(_))) {
        return None;
    }
    let path = root.join(rel);
    Some(if path.is_dir() { path.join("index.html") } else { path })
}

fn handle(mut stream: TcpStream, root: &Path) -> std::io::Result<()> {
    let mut line = String::new();
    BufReader::new(&stream).read_line(&mut line)?;
    let path = line.split_whitespace().nth(1).unwrap_or("/");
    let (status, body, kind) = match resolve(root, path).and_then(|p| std::fs::read(&p).ok().map(|b| (b, p))) {
        Some((body, p)) => ("200 OK", body, content_type(&p)),
        None => ("404 Not Found", b"not found".to_vec(), "text/plain"),
    };
    write!(
        stream,
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    )?;
    stream.write_all(&body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_cannot_climb_out_of_the_served_folder() {
        let root = Path::new("/srv/web");
        assert_eq!(resolve(root, "/../etc/passwd"), None);
        assert_eq!(resolve(root, "/a/../../b"), None);
        assert_eq!(resolve(root, "/app.js?x=1"), Some(PathBuf::from("/srv/web/app.js")));
    }
}
