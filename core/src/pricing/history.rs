//! Quote history: the last quotes a rep made, each restorable from its link.
//!
//! A rep reopens "the quote from Tuesday's call" without retyping it. An entry is only a name, a time
//! and the `#/pricing?…` link that restores every scenario, so the history holds no data the link
//! does not, and nothing leaves the page: the UI keeps the text form ([`History::to_text`]) in local
//! storage, and with storage blocked there is simply no history. Reading is total: a damaged or
//! foreign value gives the entries that still make sense, never a panic.

use super::scenario::clean_name;

/// The most entries kept; saving one more drops the oldest.
pub const MAX_ENTRIES: usize = 10;

/// One saved quote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HistoryEntry {
    /// When it was saved, in milliseconds since the Unix epoch; unique, so it is also the entry's id.
    pub saved_ms: u64,
    /// The name the rep gave it (cleaned as scenario names are).
    pub name: String,
    /// The `#/pricing?…` hash that restores it.
    pub hash: String,
}

/// Saved quotes, newest first, at most [`MAX_ENTRIES`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct History {
    /// The entries, newest first.
    pub entries: Vec<HistoryEntry>,
}

/// True for a hash the history may hold: an estimator link with no character that would break the
/// one-line-per-entry text form.
fn is_link(hash: &str) -> bool {
    (hash == "#/pricing" || hash.starts_with("#/pricing?")) && !hash.chars().any(|c| c.is_control())
}

/// An entry's id written as text (as the UI keeps it in an attribute); `None` when not digits.
pub fn parse_id(text: &str) -> Option<u64> {
    super::input::digits(text)
}

impl History {
    /// Reads the text form: one entry per line, `millis<TAB>name<TAB>hash`. Lines that do not parse
    /// are skipped, repeated ids keep the first, and at most [`MAX_ENTRIES`] are kept.
    pub fn parse(text: &str) -> History {
        let mut out = History::default();
        for line in text.lines() {
            let mut fields = line.splitn(3, '\t');
            let (Some(ms), Some(name), Some(hash)) = (fields.next(), fields.next(), fields.next()) else { continue };
            let Some(saved_ms) = parse_id(ms) else { continue };
            if !is_link(hash) || out.entries.iter().any(|e| e.saved_ms == saved_ms) {
                continue;
            }
            out.entries.push(HistoryEntry { saved_ms, name: clean_name(name), hash: hash.to_string() });
            if out.entries.len() == MAX_ENTRIES {
                break;
            }
        }
        out
    }

    /// The text form [`History::parse`] reads back.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        for e in &self.entries {
            out.push_str(&format!("{}\t{}\t{}\n", e.saved_ms, e.name, e.hash));
        }
        out
    }

    /// Saves the quote at `hash` as the newest entry and returns its id. A quote already kept with
    /// the same link moves to the top (keeping its name unless `name` gives one); the oldest entry
    /// past [`MAX_ENTRIES`] is dropped. Ids grow even if the clock goes back. `None` when `hash` is
    /// not an estimator link.
    pub fn save(&mut self, now_ms: u64, name: &str, hash: &str) -> Option<u64> {
        if !is_link(hash) {
            return None;
        }
        let mut name = clean_name(name);
        if let Some(at) = self.entries.iter().position(|e| e.hash == hash) {
            let old = self.entries.remove(at);
            if name.is_empty() {
                name = old.name;
            }
        }
        let newest = self.entries.iter().map(|e| e.saved_ms).max().unwrap_or(0);
        let saved_ms = now_ms.max(newest.saturating_add(1));
        self.entries.insert(0, HistoryEntry { saved_ms, name, hash: hash.to_string() });
        self.entries.truncate(MAX_ENTRIES);
        Some(saved_ms)
    }

    /// Renames entry `id`; false when there is none.
    pub fn rename(&mut self, id: u64, name: &str) -> bool {
        match self.entries.iter_mut().find(|e| e.saved_ms == id) {
            Some(e) => {
                e.name = clean_name(name);
                true
            }
            None => false,
        }
    }

    /// Deletes entry `id` (nothing happens when there is none).
    pub fn remove(&mut self, id: u64) {
        self.entries.retain(|e| e.saved_ms != id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn saved_quotes_come_back_newest_first_through_the_text_form() {
        let mut h = History::default();
        assert_eq!(h.save(1_000, "Acme call", "#/pricing?monthly=80000"), Some(1_000));
        assert_eq!(h.save(2_000, "", "#/pricing?monthly=1&2.monthly=5"), Some(2_000));
        let back = History::parse(&h.to_text());
        assert_eq!(back, h);
        assert_eq!(back.entries[0].hash, "#/pricing?monthly=1&2.monthly=5");
        assert_eq!(back.entries[1].name, "Acme call");
    }

    #[test]
    fn only_the_last_ten_are_kept_and_the_same_link_moves_to_the_top() {
        let mut h = History::default();
        for i in 0..12u64 {
            h.save(i * 10, "", &format!("#/pricing?monthly={i}"));
        }
        assert_eq!(h.entries.len(), MAX_ENTRIES);
        assert_eq!(h.entries[0].hash, "#/pricing?monthly=11");
        assert_eq!(h.entries[9].hash, "#/pricing?monthly=2");
        h.rename(50, "Five");
        h.save(500, "", "#/pricing?monthly=5");
        assert_eq!((h.entries[0].name.as_str(), h.entries.len()), ("Five", MAX_ENTRIES));
        // A clock that went back still gives a new, larger id.
        assert_eq!(h.save(7, "", "#/pricing?monthly=99"), Some(501));
    }

    #[test]
    fn entries_are_renamed_deleted_and_cleared() {
        let mut h = History::default();
        let a = h.save(1, "a", "#/pricing?monthly=1").unwrap_or(0);
        let b = h.save(2, "b", "#/pricing?monthly=2").unwrap_or(0);
        assert!(h.rename(a, " New\tname\n "));
        assert_eq!(h.entries[1].name, "Newname");
        assert!(!h.rename(99, "x"));
        h.remove(b);
        assert_eq!(h.entries.len(), 1);
        h = History::default();
        assert_eq!(h.to_text(), "");
    }

    #[test]
    fn damaged_or_foreign_text_keeps_what_makes_sense() {
        let text = "x\tname\t#/pricing\n5\tok\t#/pricing?monthly=5\n6\tevil\t#/ask?q=1\n5\tdup\t#/pricing\n7\n\t\t\n8\tlast\t#/pricing";
        let h = History::parse(text);
        let ids: Vec<u64> = h.entries.iter().map(|e| e.saved_ms).collect();
        assert_eq!(ids, [5, 8]);
        assert_eq!(History::default().save(1, "", "#/ask"), None);
    }

    proptest! {
        #[test]
        fn no_stored_text_panics_and_at_most_ten_entries_come_back(text in "(([0-9]{1,4}|.{0,4})\t.{0,10}\t(#/pricing\\?.{0,10}|.{0,6})\n){0,15}") {
            let h = History::parse(&text);
            prop_assert!(h.entries.len() <= MAX_ENTRIES);
            prop_assert_eq!(History::parse(&h.to_text()), h);
        }
    }
}
