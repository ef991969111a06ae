//! Turning free text in either language into comparable features.
//!
//! Questions arrive in English, Chinese or a mix, typed on phones and IMEs: full-width letters,
//! Chinese punctuation, capitals, plurals and typos. Everything that compares text (the classifier,
//! the keyword rules, the ranking of KB items in an answer) goes through this one module so that the
//! question and the content are cut the same way.
//!
//! * [`fold`]: full-width → half-width, lower case, control characters and CJK punctuation → space.
//! * Latin words are split on anything that is not a letter, digit or `_`, stop words are dropped and
//!   the rest lightly stemmed ([`stem`]); `match_header` also yields `match` and `header`.
//! * Chinese has no spaces, so each run of Han characters yields its characters (unigrams) and every
//!   pair of neighbours (bigrams); common function words and characters are dropped.

/// True for Han ideographs (the characters that make a question Chinese).
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x4E00..=0x9FFF | 0x3400..=0x4DBF | 0xF900..=0xFAFF | 0x20000..=0x2A6DF | 0x2A700..=0x2EBEF)
}

/// True when the text contains at least one Han character.
pub fn has_cjk(text: &str) -> bool {
    text.chars().any(is_cjk)
}

/// True when `list` (`|`-separated words) holds `word` whole: a substring search, not a split,
/// since this runs for every word of every question.
pub fn listed(list: &str, word: &str) -> bool {
    let bytes = list.as_bytes();
    !word.is_empty()
        && list
            .match_indices(word)
            .any(|(at, _)| (at == 0 || bytes[at - 1] == b'|') && bytes.get(at + word.len()).is_none_or(|&b| b == b'|'))
}

/// True when the folded question holds `cue`: a Latin cue as whole words (at word boundaries, on
/// each side where the cue itself starts or ends with a letter or digit, so "$" matches "$35" and
/// "port" does not match "report"), a Chinese one anywhere. Cue lists of the answer code (what a
/// question asks, the plans and features it names) all match this way.
pub fn has_cue(q: &str, cue: &str) -> bool {
    if cue.is_empty() {
        return false;
    }
    if !cue.is_ascii() {
        return q.contains(cue);
    }
    let open_start = !cue.starts_with(|ch: char| ch.is_ascii_alphanumeric());
    let open_end = !cue.ends_with(|ch: char| ch.is_ascii_alphanumeric());
    q.match_indices(cue).any(|(at, _)| {
        let before = q[..at].chars().next_back().is_none_or(|ch| !ch.is_ascii_alphanumeric());
        let after = q[at + cue.len()..].chars().next().is_none_or(|ch| !ch.is_ascii_alphanumeric());
        (before || open_start) && (after || open_end)
    })
}

/// True when the folded question `q` holds one of `cues` (`|`-separated), each as [`has_cue`]
/// finds it.
pub fn any_cue(q: &str, cues: &str) -> bool {
    cues.split('|').any(|c| has_cue(q, c))
}

/// Drops the spaces that stand next to a Han character: Chinese writing often sets Latin words
/// off with spaces ("通过 Make"), but the keyword tables write them either way ("通过make").
///
/// ```
/// use mailgun_help_core::ask::normalise::squeeze_cjk_spaces;
/// assert_eq!(squeeze_cjk_spaces("通过 make 发 api key"), "通过make发api key");
/// ```
pub fn squeeze_cjk_spaces(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_whitespace() {
            let start = i;
            while i < chars.len() && chars[i].is_whitespace() {
                i += 1;
            }
            let before = start.checked_sub(1).map(|j| chars[j]);
            let after = chars.get(i).copied();
            if !(before.is_some_and(is_cjk) || after.is_some_and(is_cjk)) {
                out.push(' ');
            }
            continue;
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

/// Folds text for comparison: full-width forms to ASCII, lower case, CJK punctuation and control
/// characters to spaces. Everything else is kept.
///
/// ```
/// use mailgun_help_core::ask::normalise::fold;
/// assert_eq!(fold("ＤＫＩＭ，ＳＰＦ？"), "dkim spf ");
/// assert_eq!(fold("Up to 1,000 recipients, 3 tags"), "up to 1000 recipients  3 tags");
/// ```
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let c = match c as u32 {
            0xFF01..=0xFF5E => char::from_u32(c as u32 - 0xFEE0).unwrap_or(' '),
            0x3000 => ' ',
            _ => c,
        };
        if c.is_control() || is_cjk_punct(c) || c == '\u{200B}' || c == '\u{FEFF}' {
            out.push(' ');
        } else {
            out.push(crate::case::lower_char(c));
        }
    }
    // Half-width punctuation that came from full-width forms acts as a separator too, except a
    // comma that groups digits: "1,000" is the number 1000, as a reader who types "1000" means.
    let chars: Vec<char> = out.chars().collect();
    let digit = |i: Option<usize>| i.and_then(|i| chars.get(i)).is_some_and(char::is_ascii_digit);
    let mut folded = String::with_capacity(out.len());
    for (i, &c) in chars.iter().enumerate() {
        match c {
            ',' if digit(i.checked_sub(1)) && digit(Some(i + 1)) => {}
            ',' | '?' | '!' | ';' => folded.push(' '),
            _ => folded.push(c),
        }
    }
    folded
}

fn is_cjk_punct(c: char) -> bool {
    matches!(c as u32, 0x3001..=0x303F | 0xFE30..=0xFE4F | 0x2018..=0x201F | 0x2026 | 0x00B7 | 0xFF5F..=0xFF65)
}

/// English words that carry no topic.
const STOP_EN: &str = "a|about|after|all|also|am|an|and|any|are|as|at|be|been|but|by|can|could|do|does|doing|done|for|from|get|got|has|have|help|how|i|i'm|if|im|in|into|is|it|its|just|me|my|need|of|on|or|our|out|please|should|so|some|that|the|their|them|then|there|these|this|to|up|us|use|using|via|want|was|we|what|when|where|which|who|why|will|with|would|you|your|it's|there's|don't|can't|way|there|s|t";

/// Everyday English words that say nothing about which product a question is about ("best",
/// "time", "make"): left out when judging whether the widget knows a question's topic at all
/// (`Model::coverage`), so "the best time to visit Kyoto" is judged by "Kyoto".
const GENERIC_EN: &str = "able|add|again|ago|ask|hi|hello|hey|ok|okay|thoughts|thx|they|through|dont|doesnt|didnt|cant|wont|isnt|yes|no|bad|best|better|big|bit|buy|call|can't|case|change|cheap|come|cost|day|days|different|doesn't|easy|else|even|ever|every|example|fast|feel|few|find|first|fix|free|friend|full|give|go|going|good|great|happen|hard|here|high|home|hour|idea|important|keep|kind|know|last|learn|least|let|life|like|little|live|long|look|lot|love|low|made|make|many|may|mean|month|more|most|much|new|next|nice|now|number|old|one|only|other|own|part|people|place|play|point|problem|put|question|quick|read|real|really|recommend|right|run|same|say|see|seem|set|show|simple|small|something|start|still|stuff|such|sure|take|tell|than|thank|thanks|thing|things|think|time|today|tomorrow|top|try|two|very|visit|wait|week|well|whole|work|world|worth|year|years|yesterday|yet";

/// True for an everyday English word that names no topic (the word as typed, folded).
pub fn is_generic(word: &str) -> bool {
    listed(GENERIC_EN, word) || is_stop(word)
}

/// Chinese characters that carry no topic on their own (unigrams dropped; bigrams made only of them dropped).
const STOP_ZH_CHARS: &str =
    "的了吗呢吧啊我你他她它们是在和与及或也都就还要会能可以个一这那怎么样如何什么哪为些把被给让对从到用有没不很吗嘛呀";

/// True for a Chinese character that carries no topic on its own (的, 怎, 么, …).
pub fn is_stop_char(c: char) -> bool {
    STOP_ZH_CHARS.contains(c)
}

/// Chinese bigrams that carry no topic.
const STOP_ZH_BIGRAMS: &str = "怎么|怎样|如何|什么|哪里|哪个|为什|么办|可以|需要|我们|你们|一个|是否|这个|那个|时候|请问|能否|一下|包含|包括|使用|有没|是不|还是|就是|应该|能不|为啥|现在|么做|么样|么用|么设|么配|么查|么写|么加";

/// Lightly stems a lower-case Latin word so `routes`, `routing` and `routed` meet at `rout`.
///
/// Words of three letters or fewer and words with digits are kept as they are.
///
/// ```
/// use mailgun_help_core::ask::normalise::stem;
/// assert_eq!(stem("routing"), stem("routes"));
/// assert_eq!(stem("verified"), stem("verify"));
/// ```
pub fn stem(word: &str) -> String {
    if word.chars().count() <= 3 || word.chars().any(|c| c.is_ascii_digit()) || !word.is_ascii() {
        return word.to_string();
    }
    let mut w = word.trim_end_matches("'s").to_string();
    if let Some(s) = w.strip_suffix("ies") {
        w = format!("{s}y");
    } else if let Some(s) = w.strip_suffix("sses") {
        w = format!("{s}ss");
    } else if w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") && w.len() > 3 {
        w.pop();
    }
    let mut stripped = false;
    for suffix in ["ing", "ed"] {
        if let Some(s) = w.strip_suffix(suffix) {
            if s.len() >= 3 && s.chars().any(|c| "aeiouy".contains(c)) {
                w = s.to_string();
                stripped = true;
                break;
            }
        }
    }
    if stripped {
        let b = w.as_bytes();
        if b.len() >= 4 && b[b.len() - 1] == b[b.len() - 2] && !matches!(b[b.len() - 1], b'l' | b's' | b'z') {
            w.pop();
        }
    }
    if w.len() > 4 && w.ends_with('e') {
        w.pop();
    }
    if w.len() > 3 && w.ends_with('y') {
        w.pop();
        w.push('i');
    }
    w
}

/// True for a character that belongs inside a Latin word.
fn is_word_char(c: char) -> bool {
    (c.is_alphanumeric() && !is_cjk(c)) || c == '_' || c == '\''
}

/// Splits folded text into raw (unstemmed) Latin words, in order. Apostrophes at the edges are trimmed.
pub fn raw_words(folded: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for w in folded.split(|c: char| !is_word_char(c)) {
        let w = w.trim_matches('\'');
        // "30mb" is a number and a unit, as "30 MB" is: the unit is what a fact shares.
        let unit_at = w.len().saturating_sub(2);
        if w.len() > 2
            && w.is_char_boundary(unit_at)
            && ["mb", "kb", "gb"].contains(&&w[unit_at..])
            && w[..unit_at].bytes().all(|b| b.is_ascii_digit())
        {
            out.push(&w[..unit_at]);
            out.push(&w[unit_at..]);
        } else if !w.is_empty() {
            out.push(w);
        }
    }
    out
}

/// True when `word` (lower case) is an English stop word.
pub fn is_stop(word: &str) -> bool {
    listed(STOP_EN, word)
}

/// The runs of consecutive Han characters in the text.
pub fn cjk_runs(folded: &str) -> Vec<Vec<char>> {
    let mut runs = Vec::new();
    let mut cur = Vec::new();
    for c in folded.chars() {
        if is_cjk(c) {
            cur.push(c);
        } else if !cur.is_empty() {
            runs.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        runs.push(cur);
    }
    runs
}

/// The CJK features of the text: kept unigrams and bigrams, each as a string.
pub fn cjk_features(folded: &str) -> Vec<String> {
    let mut out = Vec::new();
    for run in cjk_runs(folded) {
        for (i, &c) in run.iter().enumerate() {
            if !STOP_ZH_CHARS.contains(c) {
                out.push(c.to_string());
            }
            if let Some(&d) = run.get(i + 1) {
                let both_stop = STOP_ZH_CHARS.contains(c) && STOP_ZH_CHARS.contains(d);
                let bigram: String = [c, d].iter().collect();
                if !both_stop && !listed(STOP_ZH_BIGRAMS, &bigram) {
                    out.push(bigram);
                }
            }
        }
    }
    out
}

/// The stemmed content words of the text, in order (stop words dropped; `a_b` also yields `a`, `b`).
pub fn stemmed_words(folded: &str) -> Vec<String> {
    let mut out = Vec::new();
    for w in raw_words(folded) {
        if is_stop(w) {
            continue;
        }
        out.push(stem(w));
        if w.contains('_') {
            for part in w.split('_') {
                if part.len() > 1 && !is_stop(part) {
                    out.push(stem(part));
                }
            }
        }
    }
    out
}

/// Optimal-string-alignment distance (Levenshtein plus adjacent swaps), giving up above `max`.
pub fn edit_distance(a: &str, b: &str, max: usize) -> Option<usize> {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    let w = b.len() + 1;
    let mut d = vec![0usize; (a.len() + 1) * w];
    for (j, cell) in d.iter_mut().take(w).enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        d[i * w] = i;
        let mut row_min = usize::MAX;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (d[(i - 1) * w + j] + 1).min(d[i * w + j - 1] + 1).min(d[(i - 1) * w + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(d[(i - 2) * w + j - 2] + 1);
            }
            d[i * w + j] = v;
            row_min = row_min.min(v);
        }
        if row_min > max {
            return None;
        }
    }
    let dist = d[a.len() * w + b.len()];
    (dist <= max).then_some(dist)
}

/// Every string made by deleting exactly one character of `w`.
pub fn deletes(w: &str) -> Vec<String> {
    let chars: Vec<char> = w.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    for i in 0..chars.len() {
        let mut s = String::with_capacity(w.len());
        for (j, &c) in chars.iter().enumerate() {
            if j != i {
                s.push(c);
            }
        }
        out.push(s);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn listed_finds_whole_entries_only() {
        assert!(listed("a|about|after", "a") && listed("a|about|after", "about") && listed("a|about|after", "after"));
        assert!(!listed("a|about|after", "abo") && !listed("a|about|after", "") && !listed("about", "bout"));
        assert!(listed("warm up|how much", "how much") && listed("便宜|", "便宜") && !listed("便宜|", ""));
    }

    #[test]
    fn a_size_written_as_one_word_is_a_number_and_a_unit() {
        assert_eq!(raw_words("a 30mb email"), ["a", "30", "mb", "email"]);
        assert_eq!(raw_words("2.5gb or 512kb"), ["2", "5", "gb", "or", "512", "kb"]);
        // Words that only end in the letters keep whole; so does one with a non-ASCII letter.
        assert_eq!(raw_words("climb mb thumb émb"), ["climb", "mb", "thumb", "émb"]);
    }

    #[test]
    fn cues_match_at_word_boundaries_where_they_have_words() {
        assert!(has_cue("which port do i use", "port"));
        assert!(!has_cue("a report on my domain", "port"), "`port` inside `report`");
        assert!(has_cue("is it $35 a month", "$"), "a cue that ends in a symbol needs no boundary there");
        assert!(has_cue("多少钱一个月", "多少钱"));
        assert!(!has_cue("anything", ""));
    }

    #[test]
    fn full_width_letters_digits_and_punctuation_fold_to_ascii() {
        assert_eq!(fold("ＳＭＴＰ　５８７"), "smtp 587");
        assert_eq!(fold("端口？"), "端口 ");
        assert_eq!(fold("Ｗｅｂｈｏｏｋ，签名。"), "webhook 签名 ");
    }

    #[test]
    fn case_is_folded_and_control_characters_become_spaces() {
        assert_eq!(fold("DKIM\u{0007}Record"), "dkim record");
        assert_eq!(stemmed_words(&fold("The ROUTES")), vec!["rout"]);
    }

    #[test]
    fn stemming_joins_inflections() {
        assert_eq!(stem("bounces"), stem("bounced"));
        assert_eq!(stem("templates"), stem("template"));
        assert_eq!(stem("replies"), stem("reply"));
        assert_eq!(stem("forwarding"), "forward");
        assert_eq!(stem("dns"), "dns");
        assert_eq!(stem("status"), "status");
    }

    #[test]
    fn underscored_names_also_yield_their_parts() {
        assert_eq!(stemmed_words("match_header"), vec!["match_header", "match", "header"]);
    }

    #[test]
    fn cjk_text_yields_unigrams_and_bigrams_without_function_words() {
        let f = cjk_features(&fold("退信率怎么查"));
        for want in ["退", "信", "率", "退信", "信率", "查"] {
            assert!(f.contains(&want.to_string()), "{want} missing from {f:?}");
        }
        assert!(!f.contains(&"怎么".to_string()));
        assert!(cjk_features("").is_empty());
    }

    #[test]
    fn mixed_text_splits_into_both_kinds() {
        let t = fold("webhook签名怎么验证");
        assert_eq!(stemmed_words(&t), vec!["webhook"]);
        assert!(cjk_features(&t).contains(&"签名".to_string()));
        assert!(has_cjk(&t));
        assert!(!has_cjk("plain english"));
    }

    #[test]
    fn edit_distance_counts_swaps_as_one_and_gives_up_early() {
        assert_eq!(edit_distance("emial", "email", 1), Some(1));
        assert_eq!(edit_distance("tempalte", "template", 2), Some(1));
        assert_eq!(edit_distance("abc", "xyz", 1), None);
        assert_eq!(edit_distance("", "ab", 2), Some(2));
    }
}
