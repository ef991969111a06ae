//! What a host page's URL (`context-url`) says about what its reader needs: the words of its path
//! as a question, and the area the path names, if any. Total: any string gives an answer or `None`.
//! Linear and bounded: only the first [`MAX_URL`] characters are read, and words stop being
//! collected once the question is [`MAX_QUESTION`] characters long.

use mailgun_help_core::kb::ids::AreaId;
use mailgun_help_core::text::clip;

/// Characters of the URL read (browsers and servers rarely accept longer ones).
const MAX_URL: usize = 2048;
/// Characters of the question made from it.
const MAX_QUESTION: usize = 200;

/// Path words that say nothing about the topic.
const NOISE: [&str; 14] =
    ["docs", "doc", "documentation", "en", "zh", "cn", "us", "eu", "index", "html", "htm", "php", "www", "latest"];

/// `(question words, area)` from a URL such as `https://docs.example.com/webhooks/securing-webhooks`;
/// `None` when the path has no useful word.
pub fn from_url(url: &str) -> Option<(String, Option<AreaId>)> {
    let url = clip(url, MAX_URL);
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
    // Each word is compared with the question so far, which never grows past MAX_QUESTION.
    let mut q = String::new();
    for w in words {
        if q.chars().count() >= MAX_QUESTION {
            break;
        }
        if !q.split(' ').any(|x| x == w) {
            if !q.is_empty() {
                q.push(' ');
            }
            q.push_str(&w);
        }
    }
    let q = clip(&q, MAX_QUESTION).to_string();
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

    #[test]
    fn a_huge_url_is_read_only_in_part() {
        let words: String = (0..200_000).map(|i| format!("w{i}-")).collect();
        let (q, _) = from_url(&format!("https://x.example/{words}")).expect("some");
        assert!(q.chars().count() <= MAX_QUESTION && q.starts_with("w0 w1 w2"), "{q}");
    }
}
