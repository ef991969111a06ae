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

#[cfg(test)]
mod tests {
    use super::*;

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
