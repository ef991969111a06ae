//! `cargo xtask shot <suffix> <out.png> [width]`: a screenshot of the single file at a route, for
//! looking at what a reader sees (e.g. `shot '?lang=zh#/pricing' /tmp/p.png 400`).

use crate::e2e::Ctx;
use crate::webdriver::Driver;
use std::path::Path;

/// Opens `single` at `suffix`, waits for ready, and writes a PNG screenshot to `out`.
pub fn run(single: &Path, suffix: &str, out: &Path, width: u32) -> Result<(), String> {
    let driver = Driver::start()?;
    driver.set_window(width, 1400)?;
    let ctx = Ctx { driver: &driver, url: format!("file://{}", single.display()) };
    ctx.open(suffix)?;
    std::thread::sleep(std::time::Duration::from_millis(300));
    let png = crate::webdriver::decode_base64(&driver.screenshot_b64()?).ok_or("bad base64 in screenshot")?;
    std::fs::write(out, png).map_err(|e| format!("{}: {e}", out.display()))
}

/// Prints the elements wider than the viewport at `suffix` (a layout debugging aid).
pub fn wide(single: &Path, suffix: &str, width: u32) -> Result<(), String> {
    let driver = Driver::start()?;
    driver.set_window(width, 900)?;
    let ctx = Ctx { driver: &driver, url: format!("file://{}", single.display()) };
    ctx.open(suffix)?;
    let v = ctx.js("const w = document.documentElement.clientWidth; const out = []; const walk = (e, d) => { for (const c of e.children) { if (c.scrollWidth > w - 10 && getComputedStyle(c).overflowX === 'visible') { out.push(' '.repeat(d) + c.tagName + '.' + c.className + ' sw=' + c.scrollWidth + ' cw=' + c.clientWidth); walk(c, d + 1); } } }; walk(document.body, 0); return out.slice(0, 30);")?;
    println!("{}", serde_json::to_string_pretty(&v).unwrap_or_default());
    Ok(())
}
