//! `cargo xtask dist`: Trunk's multi-file build in `dist/web/`, then one self-contained
//! `dist/index.html` made from it.
//!
//! Trunk has no single-file mode, so this module inlines its output: the CSS as a `<style>`, the
//! wasm-bindgen glue as an inline module script, and the wasm as base64 of its LZMA-packed bytes
//! with a small decoder beside it ([`crate::pack`]). At load, the page unpacks it and compiles it
//! asynchronously (Chromium refuses synchronous compiles of large modules). Packing first keeps the
//! file small both on disk and when a server gzips it. The single file gets a CSP that forbids every fetch,
//! so "zero network requests" is enforced by the browser, not only hoped for.

use crate::cmd::{self, command, run};
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

/// The content security policy of the single file: inline code only, no connections at all.
const SINGLE_FILE_CSP: &str =
    "default-src 'none'; script-src 'unsafe-inline' 'wasm-unsafe-eval'; style-src 'unsafe-inline'; img-src data:";

/// Builds both outputs and returns the single file's path.
pub fn run_dist() -> Result<PathBuf, String> {
    crate::tools::ensure_build_tools()?;
    let root = cmd::root();
    run(command("trunk").args(["build", "--release", "--dist", "dist/web"]))?;
    let single = root.join("dist").join("index.html");
    let html = assemble(&root.join("dist").join("web"))?;
    fs::write(&single, html).map_err(|e| format!("{}: {e}", single.display()))?;
    let size = fs::metadata(&single).map(|m| m.len()).unwrap_or(0);
    println!("wrote {} ({size} bytes)", single.display());
    Ok(single)
}

/// Trunk's output built with the `embed` feature (the `<mailgun-help>` element's exports: mounts and
/// the JS API) in `dist/web-embed/`, which `cargo xtask embed` packs. The single file is built
/// without that feature: it never mounts an element, and the exports cost it about 6.5 KB gz.
pub fn run_embed_web() -> Result<PathBuf, String> {
    crate::tools::ensure_build_tools()?;
    let web = cmd::root().join("dist").join("web-embed");
    run(command("trunk").args(["build", "--release", "--features", "embed", "--dist"]).arg(&web))?;
    Ok(web)
}

/// The one file with extension `ext` in `dir` (Trunk writes exactly one .js, .wasm and .css).
pub fn only_file(dir: &Path, ext: &str) -> Result<PathBuf, String> {
    let mut found: Vec<PathBuf> = fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().and_then(|e| e.to_str()) == Some(ext))
        .collect();
    match found.len() {
        1 => Ok(found.remove(0)),
        n => Err(format!("expected one .{ext} file in {}, found {n}", dir.display())),
    }
}

/// A text file, with its path in the error.
pub fn read(path: &Path) -> Result<String, String> {
    fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

/// Makes the single-file HTML from Trunk's output folder.
pub fn assemble(web: &Path) -> Result<String, String> {
    assemble_with(web, &|css| css.to_string())
}

/// [`assemble`], with the CSS passed through `css_filter` first (to measure a build without a
/// feature, whose style rules are dropped too).
pub fn assemble_with(web: &Path, css_filter: &dyn Fn(&str) -> String) -> Result<String, String> {
    let page = read(&web.join("index.html"))?;
    let css = minify_css(&css_filter(&read(&only_file(web, "css")?)?));
    let glue = read(&only_file(web, "js")?)?;
    let wasm = fs::read(only_file(web, "wasm")?).map_err(|e| format!("wasm: {e}"))?;
    // The fallback that fetches the .wasm beside the module never runs here (the module is passed
    // in); without `import.meta` the glue also parses as a plain script, which the minifier needs.
    let (wasm, glue) = crate::wasm_names::shorten_imports(&wasm, &glue)?;
    let glue = minify_js(&strip_exports(&glue)?.replace("import.meta.url", "document.baseURI"))?;
    let unpack = crate::pack::wasm_loader(&wasm)?;

    let mut html = remove_trunk_tags(&page);
    html = replace_csp(&html);
    // The wasm is unpacked by a script at the top of the head and compiled on the browser's
    // worker threads while the main thread goes on parsing the style, the page and the glue.
    let early = format!("<script>\n{unpack}\n{EARLY}\n</script>\n<title>");
    if !html.contains("<title>") {
        return Err("Trunk's index.html has no <title>".into());
    }
    html = html.replacen("<title>", &early, 1);
    let style = format!("<style>{}</style>\n</head>", css.replace("</", "<\\/"));
    html = html.replacen("</head>", &style, 1);
    let script = format!("<script type=\"module\">\n{glue}\n{LOADER}\n</script>\n</body>");
    if !html.contains("</body>") {
        return Err("Trunk's index.html has no </body>".into());
    }
    Ok(html.replacen("</body>", &script, 1))
}

/// Starts the wasm as early as the page allows: base64 → unpack (see [`crate::pack`]) at once, then
/// an asynchronous compile. Each stage leaves a performance mark, which `cargo xtask measure`
/// reads to say where the time to ready goes.
const EARLY: &str = r#"performance.mark("mh-boot");
const mhModule = mhWasmBytes()
  .then((bytes) => { performance.mark("mh-unpacked"); return WebAssembly.compile(bytes); })
  .then((module) => { performance.mark("mh-compiled"); return module; });"#;

/// Boots the compiled wasm once the glue is defined (wasm-bindgen init); failures of any stage,
/// the early ones included, end here.
const LOADER: &str = r#"async function mhBoot() {
  await __wbg_init({ module_or_path: await mhModule });
  performance.mark("mh-started");
}
mhBoot().catch((err) => {
  console.error("mailgun-help failed to start", err);
  const root = document.getElementById("mailgun-help") || document.body;
  root.innerHTML = '<div class="mh-panic" role="alert" data-error="boot"><strong>Mailgun Help could not start in this browser.</strong> Try a current Chrome, Edge, Firefox or Safari.<br><strong>Mailgun Help 无法在此浏览器中启动。</strong>请使用较新版本的 Chrome、Edge、Firefox 或 Safari。</div>';
});"#;

/// Turns wasm-bindgen's ES module into plain module-script code: drops `export`, refuses imports,
/// and drops comments, indentation and blank lines (the glue's doc comments are for readers of
/// the multi-file build; here they are bytes in every load).
pub fn strip_exports(glue: &str) -> Result<String, String> {
    let mut out = String::with_capacity(glue.len());
    let mut in_doc = false;
    for line in glue.lines() {
        let trimmed = line.trim();
        if in_doc || trimmed.starts_with("/**") {
            in_doc = !trimmed.ends_with("*/");
            continue;
        }
        if trimmed.is_empty() || trimmed.starts_with("//") {
            continue;
        }
        if trimmed.starts_with("import ") {
            return Err(format!("the JS glue imports another file, which one file cannot hold: {trimmed}"));
        }
        if trimmed.starts_with("export {") || trimmed.starts_with("export default") {
            continue;
        }
        if trimmed.matches('`').count() % 2 == 1 {
            return Err(format!(
                "the JS glue has a template literal across lines, which trimming would change: {trimmed}"
            ));
        }
        out.push_str(trimmed.strip_prefix("export ").unwrap_or(trimmed));
        out.push('\n');
    }
    if out.contains("</script") {
        return Err("the JS glue contains </script".into());
    }
    if !out.contains("__wbg_init") {
        return Err("the JS glue has no __wbg_init (was it built with --target web?)".into());
    }
    Ok(out)
}

/// `css` without comments and without the whitespace that separates nothing: runs become one
/// space, spaces next to `{`, `}`, `;`, `,` and `>` and after `:` go, and so does the `;` before a
/// `}`. Quoted strings are kept as they are.
pub fn minify_css(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    let mut pending_space = false;
    let tight = |c: char| matches!(c, '{' | '}' | ';' | ',' | '>');
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut last = ' ';
                for d in chars.by_ref() {
                    if last == '*' && d == '/' {
                        break;
                    }
                    last = d;
                }
                pending_space = true;
            }
            c if c.is_whitespace() => pending_space = true,
            '"' | '\'' => {
                if pending_space && !out.is_empty() && !out.ends_with(tight) && !out.ends_with(':') {
                    out.push(' ');
                }
                pending_space = false;
                out.push(c);
                while let Some(d) = chars.next() {
                    out.push(d);
                    if d == '\\' {
                        if let Some(e) = chars.next() {
                            out.push(e);
                        }
                    } else if d == c {
                        break;
                    }
                }
            }
            c => {
                if pending_space && !out.is_empty() && !out.ends_with(tight) && !out.ends_with(':') && !tight(c) {
                    out.push(' ');
                }
                pending_space = false;
                if c == '}' && out.ends_with(';') {
                    out.pop();
                }
                out.push(c);
            }
        }
    }
    out
}

/// `js` minified by terser (compressed, local names shortened; top-level names are kept, since the
/// loader and the embed's element call `__wbg_init` and the `mh_*` exports by name).
pub fn minify_js(js: &str) -> Result<String, String> {
    use std::process::Stdio;
    let mut child = command("terser")
        .args(["--compress", "--mangle"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("terser: {e} (run `cargo xtask install`)"))?;
    let mut stdin = child.stdin.take().ok_or("terser: no stdin")?;
    let input = js.to_string();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child.wait_with_output().map_err(|e| format!("terser: {e}"))?;
    writer.join().map_err(|_| "terser: the writer panicked".to_string())?.map_err(|e| format!("terser: {e}"))?;
    if !out.status.success() {
        return Err(format!("terser failed: {}", String::from_utf8_lossy(&out.stderr)));
    }
    let min = String::from_utf8(out.stdout).map_err(|e| format!("terser: {e}"))?;
    if min.contains("</script") || !min.contains("__wbg_init") {
        return Err("terser's output lost __wbg_init or contains </script".into());
    }
    Ok(min)
}

/// Removes Trunk's preload links, stylesheet links and loader script (all point at separate files).
fn remove_trunk_tags(page: &str) -> String {
    let mut html = page.to_string();
    while let Some(start) = find_tag(&html, "<link", |t| {
        t.contains("modulepreload") || t.contains("rel=\"preload\"") || t.contains("stylesheet")
    }) {
        let end = html[start..].find('>').map(|e| start + e + 1).unwrap_or(html.len());
        html.replace_range(start..end, "");
    }
    while let Some(start) = find_tag(&html, "<script", |t| t.contains("type=\"module\"")) {
        let end = html[start..].find("</script>").map(|e| start + e + "</script>".len()).unwrap_or(html.len());
        html.replace_range(start..end, "");
    }
    html
}

fn find_tag(html: &str, open: &str, keep: impl Fn(&str) -> bool) -> Option<usize> {
    let mut from = 0;
    while let Some(pos) = html[from..].find(open) {
        let start = from + pos;
        let end = html[start..].find('>').map(|e| start + e + 1).unwrap_or(html.len());
        if keep(&html[start..end]) {
            return Some(start);
        }
        from = end;
    }
    None
}

fn replace_csp(html: &str) -> String {
    let Some(start) = html.find("<meta http-equiv=\"Content-Security-Policy\"") else { return html.to_string() };
    let end = html[start..].find('>').map(|e| start + e + 1).unwrap_or(html.len());
    let mut out = html.to_string();
    out.replace_range(
        start..end,
        &format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{SINGLE_FILE_CSP}\">"),
    );
    out
}

/// The gzip size of `bytes` at the best level, as a server would send it.
pub fn gzip_len(bytes: &[u8]) -> Result<usize, String> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    enc.write_all(bytes).map_err(|e| e.to_string())?;
    enc.finish().map(|v| v.len()).map_err(|e| e.to_string())
}

/// Standard base64 with padding (the `base64` crate).
pub fn base64(bytes: &[u8]) -> String {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_known_vectors() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
    }

    #[test]
    fn exports_are_stripped_and_imports_refused() {
        let glue = "let wasm;\nexport function a() {}\nexport class B {}\nasync function __wbg_init() {}\nexport { initSync, __wbg_init as default };\n";
        let out = strip_exports(glue).expect("strips");
        assert!(out.contains("function a()") && out.contains("class B") && !out.contains("export"));
        assert!(strip_exports("import x from './y.js';\n__wbg_init").is_err());
    }

    #[test]
    fn css_loses_comments_and_spare_spaces_but_keeps_strings_and_descendant_selectors() {
        let css = "/* theme */\n.mh-app  a:hover ,\n.mh-b > p {\n  font: 12px \"Segoe  UI\", sans-serif ;\n  content: 'a } b';\n}\n@media (max-width: 600px) { .x .y { top: 0 } }\n";
        assert_eq!(
            minify_css(css),
            ".mh-app a:hover,.mh-b>p{font:12px \"Segoe  UI\",sans-serif;content:'a } b'}@media (max-width:600px){.x .y{top:0}}"
        );
    }

    #[test]
    fn comments_and_indentation_are_dropped_but_code_is_kept() {
        let glue = "/**\n * Docs with `code`.\n */\nfunction a() {\n    // note\n    return 1; // kept\n}\n\n/** one line */\n__wbg_init\n";
        let out = strip_exports(glue).expect("strips");
        assert_eq!(out, "function a() {\nreturn 1; // kept\n}\n__wbg_init\n");
        assert!(strip_exports("const t = `a\nb`;\n__wbg_init").is_err());
    }

    #[test]
    fn trunk_tags_are_removed_and_csp_replaced() {
        let page = "<head><meta http-equiv=\"Content-Security-Policy\" content=\"x\"/><link rel=\"modulepreload\" href=\"/a.js\"><link rel=\"stylesheet\" href=\"/w.css\"><link rel=\"preload\" href=\"/a.wasm\" as=\"fetch\"></head><body><script type=\"module\">import init from '/a.js';</script></body>";
        let html = replace_csp(&remove_trunk_tags(page));
        assert!(!html.contains("a.js") && !html.contains("w.css") && !html.contains("a.wasm"), "{html}");
        assert!(html.contains(SINGLE_FILE_CSP));
    }
}
