//! Percent-encoding for query strings, shared by the explorer's URL state and the embed's flags,
//! over the `percent-encoding` crate; this module adds what a query string needs of it: `+` for
//! a space, and a malformed escape refused rather than kept.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, percent_decode_str, utf8_percent_encode};

/// Everything but the unreserved characters of RFC 3986 is escaped, so values survive any URL.
const ESCAPED: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

/// Decodes `%XX` and `+`; `None` where an escape is malformed (`%` not followed by two hex
/// digits) or the bytes are not UTF-8.
pub fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let well_formed = bytes.iter().enumerate().all(|(i, b)| {
        *b != b'%'
            || bytes
                .get(i + 1..i + 3)
                .is_some_and(|hex| hex.iter().all(u8::is_ascii_hexdigit))
    });
    if !well_formed {
        return None;
    }
    let spaced = text.replace('+', " ");
    percent_decode_str(&spaced)
        .decode_utf8()
        .ok()
        .map(|decoded| decoded.into_owned())
}

/// Encodes everything but unreserved characters.
pub fn percent_encode(text: &str) -> String {
    utf8_percent_encode(text, ESCAPED).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encoding_round_trips_and_bad_escapes_are_refused() {
        let text = "Rogozin & NATO, é/?#";
        assert_eq!(percent_decode(&percent_encode(text)).as_deref(), Some(text));
        assert_eq!(percent_encode("a b&"), "a%20b%26");
        assert_eq!(percent_encode("a-b_c.d~e"), "a-b_c.d~e");
        assert_eq!(percent_decode("a+b").as_deref(), Some("a b"));
        assert_eq!(percent_decode("%ZZ"), None);
        assert_eq!(percent_decode("%C3"), None, "not UTF-8");
        assert_eq!(percent_decode("%4"), None);
    }

    #[test]
    fn only_two_hex_digits_make_an_escape() {
        // A sign is not a digit: the hand-written decoder this replaced read `%+A` as a newline,
        // because `u8::from_str_radix` accepts a leading `+`.
        assert_eq!(percent_decode("%+A"), None);
        assert_eq!(percent_decode("%-1"), None);
        assert_eq!(percent_decode("% A"), None);
        assert_eq!(percent_decode("%"), None);
        assert_eq!(percent_decode("a%"), None);
        assert_eq!(percent_decode("%%41"), None);
        // Either case of hex digit, an escaped plus, and a plus as a space.
        assert_eq!(percent_decode("%4a%4A").as_deref(), Some("JJ"));
        assert_eq!(percent_decode("1%2B1+%3D+2").as_deref(), Some("1+1 = 2"));
        // Multi-byte characters, escaped or as they are.
        assert_eq!(percent_decode("%C3%A9").as_deref(), Some("é"));
        assert_eq!(percent_decode("é").as_deref(), Some("é"));
        assert_eq!(percent_decode("").as_deref(), Some(""));
    }
}
