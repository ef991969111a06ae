//! The two languages of the widget and how the page picks one.
//!
//! Precedence (first hit wins): `lang=` in the link (the hash's query, then the page URL's), the
//! saved choice, the browser's language,
//! English. The browser layer only gathers the three inputs; the decision lives here so it is tested.

use serde::Serialize;

/// A language the widget is written in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English, the fallback.
    #[default]
    En,
    /// Simplified Chinese.
    Zh,
}

impl Lang {
    /// Both languages, English first.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Zh];

    /// The short code used in links and storage: `en` or `zh`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh",
        }
    }

    /// The value for `<html lang>`: `en` or `zh-CN`.
    pub fn html_lang(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh-CN",
        }
    }

    /// The BCP 47 locale for number and currency formatting.
    pub fn locale(self) -> &'static str {
        match self {
            Lang::En => "en-US",
            Lang::Zh => "zh-CN",
        }
    }

    /// What goes between two sentences: a space in English, nothing after Chinese "。".
    pub fn sentence_gap(self) -> &'static str {
        match self {
            Lang::En => " ",
            Lang::Zh => "",
        }
    }

    /// The other language (for the toggle).
    pub fn other(self) -> Lang {
        match self {
            Lang::En => Lang::Zh,
            Lang::Zh => Lang::En,
        }
    }

    /// Parses a code a person or a link may write: `en`, `EN`, `en-GB`, `zh`, `zh-CN`, `zh_TW`, `中文`.
    ///
    /// ```
    /// use mailgun_help_core::lang::Lang;
    /// assert_eq!(Lang::parse("zh-CN"), Some(Lang::Zh));
    /// assert_eq!(Lang::parse("fr"), None);
    /// ```
    pub fn parse(code: &str) -> Option<Lang> {
        let code = code.trim();
        if code == "中文" {
            return Some(Lang::Zh);
        }
        let primary = code.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        match primary.as_str() {
            "en" | "english" => Some(Lang::En),
            "zh" | "cn" | "chinese" => Some(Lang::Zh),
            _ => None,
        }
    }
}

/// Picks the language from what the page knows, in order of precedence.
///
/// `browser` is the list from `navigator.languages` (most preferred first).
pub fn choose(url_param: Option<&str>, saved: Option<&str>, browser: &[String]) -> Lang {
    url_param
        .and_then(Lang::parse)
        .or_else(|| saved.and_then(Lang::parse))
        .or_else(|| browser.iter().find_map(|b| Lang::parse(b)))
        .unwrap_or_default()
}

/// `href` with every `lang=` value of its query and its hash's query set to `lang`, so a reload,
/// a bookmark or a copied address keeps the language the reader switched to; `None` when the
/// address names no language (the saved choice then decides, as it should) or already names this
/// one.
///
/// ```
/// use mailgun_help_core::lang::{relink, Lang};
/// assert_eq!(relink("file:///w/index.html?lang=en#/area/smtp", Lang::Zh).as_deref(), Some("file:///w/index.html?lang=zh#/area/smtp"));
/// assert_eq!(relink("file:///w/index.html#/area/smtp", Lang::Zh), None);
/// ```
pub fn relink(href: &str, lang: Lang) -> Option<String> {
    let (page, hash) = href.split_once('#').map_or((href, None), |(p, h)| (p, Some(h)));
    let mut changed = false;
    let mut set = |part: &str| -> String {
        let Some((head, query)) = part.split_once('?') else { return part.to_string() };
        let mut pairs = Vec::new();
        for pair in query.split('&') {
            match pair.split_once('=') {
                Some(("lang", v)) if v != lang.code() => {
                    changed = true;
                    pairs.push(format!("lang={}", lang.code()));
                }
                _ => pairs.push(pair.to_string()),
            }
        }
        format!("{head}?{}", pairs.join("&"))
    };
    let mut out = set(page);
    if let Some(hash) = hash {
        out.push('#');
        out.push_str(&set(hash));
    }
    changed.then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn switching_language_rewrites_every_lang_the_address_names() {
        let both = "file:///w/index.html?lang=en&x=1#/pricing?monthly=5000&lang=en";
        assert_eq!(
            relink(both, Lang::Zh).as_deref(),
            Some("file:///w/index.html?lang=zh&x=1#/pricing?monthly=5000&lang=zh")
        );
        assert_eq!(relink("https://d.example/help?lang=zh", Lang::Zh), None, "already Chinese");
        assert_eq!(relink("https://d.example/help?language=en#/", Lang::Zh), None, "not our key");
        assert_eq!(
            relink("https://d.example/#/ask?q=a%3Db&lang=xx", Lang::En).as_deref(),
            Some("https://d.example/#/ask?q=a%3Db&lang=en")
        );
    }

    #[test]
    fn url_parameter_wins_over_everything() {
        assert_eq!(choose(Some("zh"), Some("en"), &["en-US".into()]), Lang::Zh);
    }

    #[test]
    fn bad_url_parameter_falls_through_to_saved_choice() {
        assert_eq!(choose(Some("xx"), Some("zh"), &[]), Lang::Zh);
    }

    #[test]
    fn browser_language_used_when_nothing_else() {
        assert_eq!(choose(None, None, &["fr-FR".into(), "zh-TW".into()]), Lang::Zh);
    }

    #[test]
    fn english_is_the_fallback() {
        assert_eq!(choose(None, Some(""), &["de".into()]), Lang::En);
    }
}
