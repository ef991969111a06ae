//! `cargo xtask embed`: the embeddable builds in `dist/embed/`, made from Trunk's output.
//!
//! * `dist/embed/mailgun-help.js`: one script holding everything: the wasm-bindgen glue (exports
//!   stripped), the wasm (LZMA-packed + base64, with its decoder: see `pack.rs`), the CSS (added
//!   to each shadow root as a `<style>`) and the `<mailgun-help>` element (`embed/…-element.js`).
//! * `dist/embed/csp/`: `mailgun-help.js`, `mailgun-help_bg.wasm`, `mailgun-help.css` for pages with
//!   a strict Content-Security-Policy (`default-src 'self'; script-src 'self' 'wasm-unsafe-eval'`):
//!   no inline script or style, the CSS comes through a `<link>` inside each shadow root.
//!
//! Both wrap everything in one function scope, so the only global they add is the custom element.
//! The widget's CSS is rewritten for a shadow root: `rem` (relative to the host page's `<html>`)
//! becomes a fixed `--mh-rem`, and width `@media` queries become `@container` queries, so a widget in
//! a narrow column gets the narrow layout.

use crate::cmd;
use crate::dist::{only_file, read};
use std::fs;
use std::path::{Path, PathBuf};

/// Sizes of what was written, in bytes.
#[derive(Debug, Default)]
pub struct Sizes {
    /// `mailgun-help.js` of the one-script build, and gzipped.
    pub one: (usize, usize),
    /// The strict-CSP build's `.js`, `.wasm`, `.css`, and all three gzipped.
    pub csp: (usize, usize, usize, usize),
}

/// `cargo xtask embed [--web DIR] [--out DIR] [--test [--filter NAME]]`, or `cargo xtask embed --test
/// --built DIR` to run the browser tests against builds already in `DIR` (another version's, say).
pub fn cli(args: &[String]) -> Result<(), String> {
    let value = |flag: &str| args.iter().position(|a| a == flag).and_then(|i| args.get(i + 1)).map(PathBuf::from);
    let filter = args.iter().position(|a| a == "--filter").and_then(|i| args.get(i + 1));
    if let Some(built) = value("--built") {
        crate::tools::ensure_browser()?;
        return crate::e2e_embed::run_on(&built, filter.map(String::as_str));
    }
    let web = match value("--web") {
        Some(dir) => dir,
        None => crate::dist::run_embed_web()?,
    };
    let out = value("--out").unwrap_or_else(|| cmd::root().join("dist").join("embed"));
    write(&web, &out)?;
    if args.iter().any(|a| a == "--test") {
        crate::tools::ensure_browser()?;
        crate::e2e_embed::run_on(&out, filter.map(String::as_str))?;
    }
    Ok(())
}

/// Writes both builds from Trunk's output folder `web` into `out` and prints their sizes.
pub fn write(web: &Path, out: &Path) -> Result<Sizes, String> {
    let root = cmd::root();
    let glue = read(&only_file(web, "js")?)?;
    let wasm = fs::read(only_file(web, "wasm")?).map_err(|e| format!("wasm: {e}"))?;
    let (wasm, glue) = crate::wasm_names::shorten_imports(&wasm, &glue)?;
    let widget_css = read(&only_file(web, "css")?)?;
    let embed_css = read(&root.join("embed").join("mailgun-help.css"))?;
    let element = read(&root.join("embed").join("mailgun-help-element.js"))?;
    let version = env!("CARGO_PKG_VERSION");

    // Minified as the single file's CSS is: comments and spare whitespace are bytes on every page
    // that embeds the widget, and the launcher's rules are parsed at every load.
    let minify = crate::dist::minify_css;
    let widget_css = minify(&shadow_css(&widget_css));
    let glue = crate::dist::minify_js(&classic_glue(&glue)?)?;
    let texts = texts()?;

    let unpack = crate::pack::wasm_loader(&wasm)?;
    // The one-script build gives a shadow root the embed's own rules for the host and the launcher
    // at once, the rest of them (the dialog, the widget's themes: the part of
    // `embed/mailgun-help.css` after its `@more` marker) at the first opening or start, and the
    // widget's when it starts: a launcher that is never opened parses neither the widget's 21 KB
    // of CSS nor its dialog's rules. Cascade order is kept (widget, then more, then shell).
    let (shell_css, more_css) = embed_css
        .split_once(MORE_MARKER)
        .map(|(shell, more)| (minify(shell), minify(&format!("{MORE_MARKER}{more}"))))
        .ok_or_else(|| format!("embed/mailgun-help.css has no `{MORE_MARKER}` marker"))?;
    // The strict-CSP build links all of it at once, in the same cascade order.
    let css = format!("{widget_css}{shell_css}{more_css}");
    let json = |s: &str| serde_json::to_string(s).map_err(|e| e.to_string());
    let one_loader = format!(
        "{texts}\n{}",
        ONE_LOADER
            .replace("@WIDGET_CSS_JSON@", &json(&widget_css)?)
            .replace("@SHELL_CSS_JSON@", &json(&shell_css)?)
            .replace("@MORE_CSS_JSON@", &json(&more_css)?)
            .replace("@UNPACK@", &unpack)
    );
    let one =
        wrap(&format!("one script (wasm, CSS and element inside), version {version}"), &glue, &one_loader, &element);
    let csp = wrap(
        &format!("strict-CSP build (loads mailgun-help_bg.wasm and mailgun-help.css beside it), version {version}"),
        &glue,
        &format!("{texts}\n{CSP_LOADER}"),
        &element,
    );

    let csp_dir = out.join("csp");
    fs::create_dir_all(&csp_dir).map_err(|e| format!("{}: {e}", csp_dir.display()))?;
    let put = |path: PathBuf, bytes: &[u8]| fs::write(&path, bytes).map_err(|e| format!("{}: {e}", path.display()));
    put(out.join("mailgun-help.js"), one.as_bytes())?;
    put(csp_dir.join("mailgun-help.js"), csp.as_bytes())?;
    put(csp_dir.join("mailgun-help_bg.wasm"), &wasm)?;
    put(csp_dir.join("mailgun-help.css"), css.as_bytes())?;
    // The typed API, beside each script (the same element in both builds).
    let types = read(&root.join("embed").join("mailgun-help.d.ts"))?;
    put(out.join("mailgun-help.d.ts"), types.as_bytes())?;
    put(csp_dir.join("mailgun-help.d.ts"), types.as_bytes())?;

    let gz = |b: &[u8]| crate::dist::gzip_len(b);
    let sizes = Sizes {
        one: (one.len(), gz(one.as_bytes())?),
        csp: (csp.len(), wasm.len(), css.len(), gz(csp.as_bytes())? + gz(&wasm)? + gz(css.as_bytes())?),
    };
    println!("wrote {}/mailgun-help.js: {} bytes ({} gzipped)", out.display(), sizes.one.0, sizes.one.1);
    println!(
        "wrote {}/: mailgun-help.js {} + mailgun-help_bg.wasm {} + mailgun-help.css {} bytes ({} gzipped in all)",
        csp_dir.display(),
        sizes.csp.0,
        sizes.csp.1,
        sizes.csp.2,
        sizes.csp.3
    );
    Ok(sizes)
}

/// The whole script: one function scope around glue, loader and element.
fn wrap(what: &str, glue: &str, loader: &str, element: &str) -> String {
    format!(
        "/*! mailgun-help: the <mailgun-help> element, {what}. */\n(() => {{\n\"use strict\";\n{PRELUDE}\n{glue}\n{loader}\n{element}\n}})();\n"
    )
}

/// Where the script was loaded from (the CSP build finds its `.wasm` and `.css` beside it).
const PRELUDE: &str = r#"const MH_BASE = (document.currentScript && document.currentScript.src) ||
  (document.querySelector('script[src*="mailgun-help"]') || {}).src || location.href;"#;

/// Where `embed/mailgun-help.css` splits: the rules a closed launcher needs come before it.
const MORE_MARKER: &str = "/* @more";

/// Boots the inlined wasm once; adds the CSS to a shadow root as `<style>`s: the embed's rules for
/// the host and the launcher (`mhStyle`, at once), the rest of its rules (`mhStyleMore`, when the
/// dialog is built or the widget starts) and the widget's (`mhStyleWidget`, when it starts), in the
/// cascade order widget, more, shell.
const ONE_LOADER: &str = r#"const MH_SHELL_CSS = @SHELL_CSS_JSON@;
const MH_MORE_CSS = @MORE_CSS_JSON@;
const MH_WIDGET_CSS = @WIDGET_CSS_JSON@;
@UNPACK@
// Output bytes the decoder writes per task before yielding to the page: about 5 ms each here.
const MH_UNPACK_SLICE = 131072;
let mhBooting = null;
function mhBoot() {
  return mhBooting || (mhBooting = (async () => {
    await __wbg_init({ module_or_path: await WebAssembly.compile(await mhWasmBytes(MH_UNPACK_SLICE)) });
  })());
}
function mhStyleText(shadow, css, name) {
  const style = document.createElement("style");
  style.dataset.mh = name;
  style.textContent = css;
  shadow.prepend(style);
  return Promise.resolve();
}
function mhStyle(shadow) {
  return mhStyleText(shadow, MH_SHELL_CSS, "shell");
}
function mhStyleMore(shadow) {
  return shadow.querySelector('style[data-mh="more"]') ? Promise.resolve() : mhStyleText(shadow, MH_MORE_CSS, "more");
}
function mhStyleWidget(shadow) {
  return shadow.querySelector('style[data-mh="widget"]') ? Promise.resolve() : mhStyleText(shadow, MH_WIDGET_CSS, "widget");
}"#;

/// Boots the wasm file beside the script once, and links the CSS file beside it (the embed's and
/// the widget's rules together) into a shadow root.
const CSP_LOADER: &str = r#"// Output bytes the decoder writes per task before yielding to the page: about 5 ms each here.
const MH_UNPACK_SLICE = 131072;
let mhBooting = null;
function mhBoot() {
  return mhBooting || (mhBooting = __wbg_init({ module_or_path: new URL("mailgun-help_bg.wasm", MH_BASE) }));
}
function mhStyle(shadow) {
  return new Promise((resolve) => {
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = new URL("mailgun-help.css", MH_BASE).href;
    link.addEventListener("load", () => resolve(), { once: true });
    link.addEventListener("error", () => resolve(), { once: true });
    shadow.prepend(link);
  });
}
function mhStyleMore() {
  return Promise.resolve();
}
function mhStyleWidget() {
  return Promise.resolve();
}"#;

/// `MH_TEXTS`: the element's own labels in both languages, from the UI strings, so a launcher is
/// drawn (and labelled) before the wasm starts.
fn texts() -> Result<String, String> {
    use mailgun_help_core::i18n::{key, t};
    use mailgun_help_core::lang::Lang;
    let mut all = serde_json::Map::new();
    for lang in [Lang::En, Lang::Zh] {
        let labels = serde_json::json!({
            "launcher": t(lang, key::EMBED_LAUNCHER),
            "launcherLabel": t(lang, key::EMBED_LAUNCHER_LABEL),
            "dialog": t(lang, key::EMBED_DIALOG_LABEL),
            "close": t(lang, key::EMBED_CLOSE),
            "loading": t(lang, key::EMBED_LOADING),
        });
        all.insert(lang.code().to_string(), labels);
    }
    Ok(format!("const MH_TEXTS = {};", serde_json::to_string(&all).map_err(|e| e.to_string())?))
}

/// wasm-bindgen's ES module as plain code for a classic script: exports dropped, `import.meta.url`
/// replaced, imports refused (a snippet import would need another file).
fn classic_glue(glue: &str) -> Result<String, String> {
    let out = crate::dist::strip_exports(glue)?;
    let out = out.replace("import.meta.url", "MH_BASE");
    for needed in ["__wbg_init", "mh_mount", "mh_warm_up"] {
        if !out.contains(needed) {
            return Err(format!("the JS glue has no {needed} (is src/embed built into the wasm?)"));
        }
    }
    Ok(out)
}

/// The widget's CSS made for a shadow root: `Nrem` → `calc(N * var(--mh-rem))`, and `@media`
/// width queries → `@container` queries (the `.mh-mount` wrapper is the container).
pub fn shadow_css(css: &str) -> String {
    let css =
        css.replace("@media (max-width", "@container (max-width").replace("@media (min-width", "@container (min-width");
    let bytes = css.as_bytes();
    let mut out = String::with_capacity(css.len() + 256);
    let mut i = 0;
    let mut last = 0;
    while i < bytes.len() {
        let is_rem = bytes[i..].starts_with(b"rem")
            && !bytes.get(i + 3).is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'-' || *b == b'_');
        if is_rem {
            let mut start = i;
            while start > last && (bytes[start - 1].is_ascii_digit() || bytes[start - 1] == b'.') {
                start -= 1;
            }
            let word = |k: usize| bytes[k].is_ascii_alphanumeric() || bytes[k] == b'_';
            // `-2rem` after a space or `(` is a negative length; `b-2rem` is part of a name.
            if start > last && bytes[start - 1] == b'-' && !(start > 1 && word(start - 2)) {
                start -= 1;
            }
            let number = &css[start..i];
            let prev_is_word = start > 0 && (word(start - 1) || bytes[start - 1] == b'-');
            if !number.is_empty() && number.chars().any(|c| c.is_ascii_digit()) && !prev_is_word {
                out.push_str(&css[last..start]);
                out.push_str(&format!("calc({number} * var(--mh-rem))"));
                i += 3;
                last = i;
                continue;
            }
        }
        i += 1;
    }
    out.push_str(&css[last..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rem_and_width_media_are_rewritten_for_the_shadow_root() {
        let css = ".a { font-size: 1.5rem; margin: .5rem 0 -1rem } .remote { x: 2rem } .b-2rem { y: 1 }\n@media (max-width: 480px) { .c { z: 1 } } @media (prefers-color-scheme: dark) {}";
        let out = shadow_css(css);
        assert!(out.contains("font-size: calc(1.5 * var(--mh-rem))"), "{out}");
        assert!(out.contains("margin: calc(.5 * var(--mh-rem)) 0 calc(-1 * var(--mh-rem))"), "{out}");
        assert!(out.contains(".remote { x: calc(2 * var(--mh-rem)) }"), "{out}");
        assert!(out.contains(".b-2rem"), "class names stay: {out}");
        assert!(out.contains("@container (max-width: 480px)") && out.contains("@media (prefers-color-scheme"), "{out}");
    }

    #[test]
    fn glue_becomes_classic_script_code() {
        let glue = "let wasm;\nexport function mh_mount() {}\nexport function mh_warm_up() {}\nasync function __wbg_init(m) { m = new URL('x.wasm', import.meta.url); }\nexport { initSync, __wbg_init as default };\n";
        let out = classic_glue(glue).expect("converts");
        assert!(!out.contains("export") && !out.contains("import.meta") && out.contains("MH_BASE"), "{out}");
        assert!(classic_glue("import x from './y.js';\n__wbg_init mh_mount mh_warm_up").is_err());
    }
}
