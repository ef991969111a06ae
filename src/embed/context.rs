//! What a host page's URL (`context-url`) says about what its reader needs: the words of its path
//! as a question, and the area the path names, if any. Total: any string gives an answer or `None`.

use mailgun_help_core::kb::ids::AreaId;

/// Path words that say nothing about the topic.
const NOISE: [&str; 14] =
    ["docs", "doc", "documentation", "en", "zh", "cn", "us", "eu", "index", "html", "htm", "php", "www", "latest"];

/// `(question words, area)` from a URL such as `https://docs.example.com/webhooks/securing-webhooks`;
/// `None` when the path has no useful word.
pub fn from_url(url: &str) -> Option<(String, Option<AreaId>)> {
    let after_scheme = url.split_once("://").map(|(_, rest)| rest).unwrap_or(url);
    let path = match url.contains("://") {
        true => after_scheme.split_once('/').map(|(_, p)| p).unwrap_or(""),
        false => after_scheme,
    };
    let path = path.split(['?', '#']).next().unwrap_or("");
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let area = segments.iter().filter(|s| s.len() > 1).find_map(|s| AreaId::parse(s.trim_end_matches(".html")));
    let words: Vec<String> = segments
        .iter()
        .flat_map(|s| s.split(['-', '_', '.', '+', ' ']))
        .map(|w| mailgun_help_core::case::lower(&mailgun_help_core::route::percent_decode(w)))
        .filter(|w| w.chars().any(char::is_alphabetic) && !NOISE.contains(&w.as_str()))
        .collect();
    let mut q = String::new();
    for w in words {
        if !q.split(' ').any(|x| x == w) {
            if !q.is_empty() {
                q.push(' ');
            }
            q.push_str(&w);
        }
    }
    let q: String = q.chars().take(200).collect();
    (!q.is_empty()).then_some((q, area))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_words_and_area_are_read_and_noise_dropped() {
        let (q, area) = from_url("https://help.example.com/docs/en/smtp/port-587-blocked.html?x=1#top").expect("some");
        assert_eq!(area, Some(AreaId::Smtp));
        assert_eq!(q, "smtp port blocked");
        assert_eq!(from_url("https://example.com/"), None);
        assert_eq!(from_url(""), None);
        assert_eq!(from_url("https://example.com/a/b"), Some(("a b".into(), None)));
    }
}
