//! What one feature adds to the single file: `dist/index.html` built with every default feature and
//! again without that one (its style rules dropped too), both gzipped as `measure` counts them.
//!
//! Used by `cargo xtask bench-search` (the `search` feature) and `cargo xtask measure --shares`
//! (`search`, `ask` and `tools`), so the figures in the README come from a command, not a hand edit.

use crate::cmd::{self, command, run};

/// The root crate's default features (keep in step with `[features] default` in Cargo.toml).
const DEFAULT_FEATURES: &[&str] = &["search", "ask", "tools"];

/// Gzipped sizes of the single file with and without a feature.
pub struct Share {
    /// With every default feature (the product).
    pub with: usize,
    /// Without the feature measured.
    pub without: usize,
}

impl Share {
    /// Bytes the feature adds.
    pub fn added(&self) -> usize {
        self.with.saturating_sub(self.without)
    }
}

/// The gzipped size of the product as `cargo xtask dist` builds it now (rebuilt first).
pub fn product_size() -> Result<usize, String> {
    let single = crate::dist::run_dist()?;
    crate::dist::gzip_len(&std::fs::read(&single).map_err(|e| e.to_string())?)
}

/// The share of `feature`, given the product's gzipped size `with`. The build without it goes to
/// `target/without-<feature>/`; CSS rules whose selectors contain any of `css_markers` are dropped.
pub fn feature_share(with: usize, feature: &str, css_markers: &[&str]) -> Result<Share, String> {
    let others: Vec<&str> = DEFAULT_FEATURES.iter().copied().filter(|f| *f != feature).collect();
    let web = cmd::root().join("target").join(format!("without-{feature}"));
    let mut trunk = command("trunk");
    trunk.args(["build", "--release", "--no-default-features"]);
    if !others.is_empty() {
        trunk.args(["--features", &others.join(",")]);
    }
    run(trunk.arg("--dist").arg(&web))?;
    let html = crate::dist::assemble_with(&web, &|css| without_rules(css, css_markers))?;
    Ok(Share { with, without: crate::dist::gzip_len(html.as_bytes())? })
}

/// The stylesheet without the plain rules whose selectors contain one of `markers` (rules inside
/// `@media` blocks are kept: they are few and small).
pub fn without_rules(css: &str, markers: &[&str]) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(end) = rest.find('}') {
        let rule = &rest[..=end];
        let selector = rule.split('{').next().unwrap_or("");
        if !markers.iter().any(|m| selector.contains(m)) || rule.matches('{').count() > 1 {
            out.push_str(rule);
        }
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::without_rules;

    #[test]
    fn marked_rules_are_dropped_and_others_kept() {
        let css = ".a{color:red}.mh-search-input{width:1px}\n.mh-search,.b{x:y}@media (x){.c{d:e}}";
        assert_eq!(without_rules(css, &["mh-search"]), ".a{color:red}@media (x){.c{d:e}}");
        assert_eq!(without_rules(css, &["nothing"]), css);
    }
}
