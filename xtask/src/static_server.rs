//! A tiny static file server on 127.0.0.1 for browser tests: serves one folder, adds extra headers to
//! chosen paths (the strict-CSP example gets its `Content-Security-Policy` header), and records every
//! path it was asked for. Runs on its own threads until dropped.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

/// Extra response headers for request paths that contain a given text.
pub type HeaderRule = (&'static str, Vec<(&'static str, String)>);

/// A running server; dropping it stops accepting connections.
pub struct StaticServer {
    /// `http://127.0.0.1:<port>`.
    pub base: String,
    requests: Arc<Mutex<Vec<String>>>,
    stop: Arc<AtomicBool>,
    port: u16,
}

impl StaticServer {
    /// Serves `root` on a free port; a request whose path contains a rule's text gets that rule's headers.
    pub fn start(root: &Path, rules: Vec<HeaderRule>) -> Result<StaticServer, String> {
        StaticServer::start_on(root, 0, rules)
    }

    /// Serves `root` on `port` (0 picks a free one).
    pub fn start_on(root: &Path, port: u16, rules: Vec<HeaderRule>) -> Result<StaticServer, String> {
        let listener =
            TcpListener::bind(("127.0.0.1", port)).map_err(|e| format!("cannot listen on port {port}: {e}"))?;
        let port = listener.local_addr().map_err(|e| e.to_string())?.port();
        let requests = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let (root, rules) = (root.to_path_buf(), Arc::new(rules));
        {
            let (requests, stop) = (requests.clone(), stop.clone());
            std::thread::spawn(move || {
                for stream in listener.incoming() {
                    if stop.load(Ordering::SeqCst) {
                        break;
                    }
                    let Ok(stream) = stream else { continue };
                    let (root, rules, requests) = (root.clone(), rules.clone(), requests.clone());
                    std::thread::spawn(move || {
                        let _ = handle(stream, &root, &rules, &requests);
                    });
                }
            });
        }
        Ok(StaticServer { base: format!("http://127.0.0.1:{port}"), requests, stop, port })
    }

    /// The paths requested since the last call, in order.
    pub fn take_requests(&self) -> Vec<String> {
        self.requests.lock().map(|mut r| std::mem::take(&mut *r)).unwrap_or_default()
    }
}

impl Drop for StaticServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wake the accept loop so it sees the flag.
        let _ = TcpStream::connect(("127.0.0.1", self.port));
    }
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

fn handle(
    mut stream: TcpStream,
    root: &Path,
    rules: &[HeaderRule],
    requests: &Mutex<Vec<String>>,
) -> std::io::Result<()> {
    let mut reader = BufReader::new(&stream);
    let mut line = String::new();
    reader.read_line(&mut line)?;
    // Drain the request headers.
    let mut header = String::new();
    while reader.read_line(&mut header)? > 2 {
        header.clear();
    }
    let path = line.split_whitespace().nth(1).unwrap_or("/").to_string();
    if line.is_empty() {
        return Ok(());
    }
    if let Ok(mut r) = requests.lock() {
        r.push(path.clone());
    }
    let (status, body, kind) = match resolve(root, &path).and_then(|p| std::fs::read(&p).ok().map(|b| (b, p))) {
        Some((body, p)) => ("200 OK", body, content_type(&p)),
        None => ("404 Not Found", b"not found".to_vec(), "text/plain"),
    };
    let mut extra = String::new();
    for (needle, headers) in rules {
        if path.contains(needle) {
            for (k, v) in headers {
                extra.push_str(&format!("{k}: {v}\r\n"));
            }
        }
    }
    write!(
        stream,
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nCache-Control: no-store\r\n{extra}Connection: close\r\n\r\n",
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
        assert_eq!(resolve(root, "/a.js?x=1"), Some(PathBuf::from("/srv/web/a.js")));
    }
}
