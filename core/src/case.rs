//! Lower case for matching questions and filters, without the standard library's case tables.
//!
//! Dependency-free on purpose: the build script includes it (through `ask/normalise.rs`) to
//! normalise the search index exactly as the widget normalises queries.

/// `c` in lower case for matching, in the scripts questions and filters here use: ASCII,
/// Latin-1, Latin Extended-A, modern Greek, basic Cyrillic and full-width Latin. Other characters (Han
/// characters have no case) come back as they are.
///
/// Why not `char::to_lowercase`: the standard library's full Unicode case tables add about 6 KB
/// to every load of the packed wasm, for scripts no question here is written in.
///
/// ```
/// use mailgun_help_core::case::lower_char;
/// assert_eq!(lower_char('Q'), 'q');
/// assert_eq!(lower_char('É'), 'é');
/// assert_eq!(lower_char('Ω'), 'ω');
/// assert_eq!(lower_char('Ж'), 'ж');
/// assert_eq!(lower_char('邮'), '邮');
/// ```
pub fn lower_char(c: char) -> char {
    let u = c as u32;
    let lower = match u {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x391..=0x3A1 | 0x3A3..=0x3AB | 0x410..=0x42F => u + 32,
        0xFF21..=0xFF3A => u + 32,
        0x400..=0x40F => u + 80,
        0x386 => 0x3AC,
        0x388..=0x38A => u + 37,
        0x38C => 0x3CC,
        0x38E..=0x38F => u + 63,
        0x178 => 0xFF,
        // Latin Extended-A: capital and small letters alternate, from an even or an odd start.
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 if u % 2 == 0 => u + 1,
        0x139..=0x148 | 0x179..=0x17E if u % 2 == 1 => u + 1,
        0x130 => 0x69,
        _ => u,
    };
    char::from_u32(lower).unwrap_or(c)
}

/// `text` with every character through [`lower_char`].
pub fn lower(text: &str) -> String {
    text.chars().map(lower_char).collect()
}

/// `text` with its first character in upper case when it is an ASCII letter (English labels).
pub fn upper_first_ascii(text: &str) -> String {
    let mut out = text.to_string();
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Within the scripts it covers, `lower_char` agrees with the standard library's simple
    /// lower-case mapping wherever that is one character (U+0130 maps to `i` plus a combining dot).
    #[test]
    fn lower_char_matches_std_in_its_scripts() {
        let ranges = [0x20..0x250u32, 0x386..0x3CF, 0x400..0x460, 0xFF00..0xFF60];
        for c in ranges.into_iter().flatten().filter_map(char::from_u32) {
            let mut std_lower = c.to_lowercase();
            let (Some(one), None) = (std_lower.next(), std_lower.next()) else { continue };
            if (0x180..0x250).contains(&(c as u32)) {
                continue; // Latin Extended-B: left as is (not matched by questions here)
            }
            assert_eq!(lower_char(c), one, "U+{:04X} {c}", c as u32);
        }
        assert_eq!(lower_char('İ'), 'i');
        assert_eq!(lower("MailGun DKIM 退信 ÀÉÎ ΣΑΣ"), "mailgun dkim 退信 àéî σασ");
    }

    #[test]
    fn upper_first_ascii_only_touches_an_ascii_first_letter() {
        assert_eq!(upper_first_ascii("dedicated IP"), "Dedicated IP");
        assert_eq!(upper_first_ascii("专用 IP"), "专用 IP");
        assert_eq!(upper_first_ascii(""), "");
    }
}
