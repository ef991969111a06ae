//! The recent searches the search box offers when it is empty, as kept in storage: one per line,
//! newest first. Storage is shared with the host page and anyone with devtools, so what is read
//! back is bounded: a value longer than any list this module writes is ignored whole, an entry
//! longer than [`MAX_CHARS`] is dropped, and at most [`KEPT`] entries are used. Nothing is
//! reported: a bad saved value just means no recent searches.

use crate::text::clip;

/// Recent searches kept.
pub const KEPT: usize = 5;
/// Characters of one search kept.
pub const MAX_CHARS: usize = 100;
/// The longest stored value read at all: [`KEPT`] entries of [`MAX_CHARS`] characters (4 bytes
/// each at most) and their line breaks.
pub const MAX_STORED: usize = KEPT * (MAX_CHARS * 4 + 1);

/// The list a stored value holds (empty when it is too long or holds nothing usable).
pub fn read(saved: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    if saved.len() > MAX_STORED {
        return out;
    }
    for line in saved.lines().map(str::trim) {
        if out.len() == KEPT {
            break;
        }
        if !line.is_empty() && line.chars().count() <= MAX_CHARS && !out.iter().any(|r| r == line) {
            out.push(line.to_string());
        }
    }
    out
}

/// `recent` with `q` (trimmed, cut to [`MAX_CHARS`]) first and the oldest dropped beyond [`KEPT`].
pub fn remember(recent: &[String], q: &str) -> Vec<String> {
    let q = clip(q.trim(), MAX_CHARS);
    let mut next = vec![q.to_string()];
    for r in recent {
        if next.len() == KEPT {
            break;
        }
        if r != q {
            next.push(r.clone());
        }
    }
    next
}

/// The value to store for `recent`.
pub fn write(recent: &[String]) -> String {
    recent.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_written_list_reads_back_and_stays_bounded() {
        let mut list = Vec::new();
        for q in ["dkim", "smtp port", "dkim", "webhooks", "退订", "logs", "tags"] {
            list = remember(&list, q);
        }
        assert_eq!(list, ["tags", "logs", "退订", "webhooks", "dkim"]);
        assert_eq!(read(&write(&list)), list);
        let long = remember(&list, &"退".repeat(1000));
        assert_eq!(long[0].chars().count(), MAX_CHARS);
        assert_eq!(read(&write(&long)), long, "the longest entries written are read back");
    }

    #[test]
    fn bad_saved_values_give_no_recent_searches() {
        assert!(read(&"x".repeat(1_000_000)).is_empty(), "a huge value is ignored whole");
        assert!(read("\n\n  \n").is_empty());
        let too_long = "y".repeat(MAX_CHARS + 1);
        assert_eq!(read(&format!("a\n{too_long}\nb\na\nc\nd\ne\nf")), ["a", "b", "c", "d", "e"]);
    }
}
