//! A minimal WebDriver client for Debian's chromedriver: just what the end-to-end tests and the
//! measurements need (open a page, run a script, read logs, send CDP commands). No browser download,
//! no async runtime.

use serde_json::{json, Value};
use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A running chromedriver with one headless Chromium session. Dropping it ends both.
pub struct Driver {
    child: Child,
    base: String,
    session: String,
    agent: ureq::Agent,
    _profile: TempDir,
}

/// A temporary folder removed on drop.
pub struct TempDir(pub std::path::PathBuf);

impl TempDir {
    /// Makes a fresh empty folder under the system temp dir.
    pub fn new(label: &str) -> Result<TempDir, String> {
        let nanos =
            std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
        let dir = std::env::temp_dir().join(format!("mailgun-help-{label}-{}-{nanos}", std::process::id()));
        std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        Ok(TempDir(dir))
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn free_port() -> Result<u16, String> {
    let l = TcpListener::bind("127.0.0.1:0").map_err(|e| e.to_string())?;
    l.local_addr().map(|a| a.port()).map_err(|e| e.to_string())
}

impl Driver {
    /// Starts chromedriver and a headless Chromium session that records console and network logs.
    pub fn start() -> Result<Driver, String> {
        let port = free_port()?;
        let child = Command::new("chromedriver")
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("cannot start chromedriver: {e}"))?;
        let agent = ureq::AgentBuilder::new().timeout(Duration::from_secs(60)).build();
        let base = format!("http://127.0.0.1:{port}");
        let profile = TempDir::new("profile")?;
        let mut driver = Driver { child, base, session: String::new(), agent, _profile: profile };
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let ready = driver
                .agent
                .get(&format!("{}/status", driver.base))
                .call()
                .ok()
                .and_then(|r| r.into_json::<Value>().ok());
            if ready.map(|v| v["value"]["ready"] == json!(true)).unwrap_or(false) {
                break;
            }
            if Instant::now() > deadline {
                return Err("chromedriver did not become ready in 20 s".into());
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        let caps = json!({ "capabilities": { "alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": "/usr/bin/chromium",
                "args": [
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-quic", "--no-first-run", "--disable-extensions", "--window-size=1200,900",
                    format!("--user-data-dir={}", driver._profile.0.display()),
                ],
            },
            "goog:loggingPrefs": { "browser": "ALL", "performance": "ALL" },
        }}});
        let resp = driver.post("/session", caps)?;
        driver.session = resp["sessionId"]
            .as_str()
            .or_else(|| resp["value"]["sessionId"].as_str())
            .ok_or_else(|| format!("no session id in {resp}"))?
            .to_string();
        Ok(driver)
    }

    fn post(&self, path: &str, body: Value) -> Result<Value, String> {
        let url = if path == "/session" {
            format!("{}{path}", self.base)
        } else {
            format!("{}/session/{}{path}", self.base, self.session)
        };
        let resp = self.agent.post(&url).send_json(body);
        let value: Value = match resp {
            Ok(r) => r.into_json().map_err(|e| e.to_string())?,
            Err(ureq::Error::Status(code, r)) => {
                let v: Value = r.into_json().unwrap_or(Value::Null);
                return Err(format!("webdriver {path} -> {code}: {}", v["value"]["message"].as_str().unwrap_or("")));
            }
            Err(e) => return Err(format!("webdriver {path}: {e}")),
        };
        Ok(value["value"].clone())
    }

    /// Loads `url` as a fresh document (through about:blank, so a hash-only change still reloads).
    pub fn open(&self, url: &str) -> Result<(), String> {
        self.post("/url", json!({ "url": "about:blank" }))?;
        self.post("/url", json!({ "url": url }))?;
        Ok(())
    }

    /// Changes only the hash, as a link click would.
    pub fn set_hash(&self, hash: &str) -> Result<(), String> {
        self.exec("location.hash = arguments[0]; return true;", json!([hash])).map(|_| ())
    }

    /// Runs `script` (a function body; `arguments` holds `args`) and returns its result.
    pub fn exec(&self, script: &str, args: Value) -> Result<Value, String> {
        self.post("/execute/sync", json!({ "script": script, "args": args }))
    }

    /// Polls the JS expression `cond` until it is truthy, or fails after `timeout`.
    pub fn wait_for(&self, cond: &str, timeout: Duration) -> Result<(), String> {
        let deadline = Instant::now() + timeout;
        let script = format!("return !!({cond});");
        loop {
            if self.exec(&script, json!([]))? == json!(true) {
                return Ok(());
            }
            if Instant::now() > deadline {
                return Err(format!("timed out waiting for `{cond}`"));
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Drains a log (`browser` for the console, `performance` for network events).
    pub fn logs(&self, kind: &str) -> Result<Vec<Value>, String> {
        let v = self.post("/se/log", json!({ "type": kind }))?;
        Ok(v.as_array().cloned().unwrap_or_default())
    }

    /// A PNG screenshot of the viewport, as base64.
    pub fn screenshot_b64(&self) -> Result<String, String> {
        let url = format!("{}/session/{}/screenshot", self.base, self.session);
        let v: Value =
            self.agent.get(&url).call().map_err(|e| e.to_string())?.into_json().map_err(|e| e.to_string())?;
        v["value"].as_str().map(str::to_string).ok_or_else(|| "no screenshot".to_string())
    }

    /// Sets the window size (CSS pixels).
    pub fn set_window(&self, width: u32, height: u32) -> Result<(), String> {
        self.post("/window/rect", json!({ "width": width, "height": height })).map(|_| ())
    }

    /// Prints the page (WebDriver's Print command: print media, no headers or footers) on paper of
    /// `width` × `height` centimetres with 1.2 cm margins, and returns the PDF.
    pub fn print_pdf(&self, width: f64, height: f64) -> Result<Vec<u8>, String> {
        let margin = json!({ "top": 1.2, "bottom": 1.2, "left": 1.2, "right": 1.2 });
        let v = self.post("/print", json!({ "page": { "width": width, "height": height }, "margin": margin }))?;
        let b64 = v.as_str().ok_or("print returned no PDF")?;
        decode_base64(b64).ok_or_else(|| "print returned bad base64".to_string())
    }

    /// Sends a Chrome DevTools Protocol command.
    pub fn cdp(&self, cmd: &str, params: Value) -> Result<Value, String> {
        self.post("/goog/cdp/execute", json!({ "cmd": cmd, "params": params }))
    }
}

/// Decodes standard base64 (padding optional, whitespace ignored, the `base64` crate); `None` on
/// any other character.
pub fn decode_base64(text: &str) -> Option<Vec<u8>> {
    use base64::Engine as _;
    let compact: String = text.chars().filter(|c| !c.is_ascii_whitespace()).collect();
    base64::engine::general_purpose::STANDARD_NO_PAD.decode(compact.trim_end_matches('=')).ok()
}

/// The number of pages in a PDF: its `/Type /Page` objects (not the `/Type /Pages` tree nodes).
pub fn pdf_pages(pdf: &[u8]) -> usize {
    let needle = b"/Type /Page";
    pdf.windows(needle.len() + 1).filter(|w| &w[..needle.len()] == needle && w[needle.len()] != b's').count()
}

impl Drop for Driver {
    fn drop(&mut self) {
        if !self.session.is_empty() {
            let _ = self.agent.delete(&format!("{}/session/{}", self.base, self.session)).call();
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_decodes_what_the_packer_encodes() {
        for bytes in [&b""[..], b"f", b"fo", b"foo", b"foob", b"\x00\xff\x10 pdf"] {
            assert_eq!(decode_base64(&crate::dist::base64(bytes)).as_deref(), Some(bytes));
        }
        assert_eq!(decode_base64("Zm9v\nYg=="), Some(b"foob".to_vec()));
        assert_eq!(decode_base64("Zm9v!"), None);
    }

    #[test]
    fn pages_are_counted_without_the_page_tree() {
        let pdf = b"1 0 obj <</Type /Pages /Kids [2 0 R 3 0 R]>> 2 0 obj <</Type /Page /Parent 1 0 R>> 3 0 obj <</Type /Page>>";
        assert_eq!(pdf_pages(pdf), 2);
        assert_eq!(pdf_pages(b"<</Type /Pages>>"), 0);
    }
}
