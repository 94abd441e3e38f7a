//! Text search that ignores case, accents and punctuation: records and queries are folded the
//! same way, and a record matches when it holds every word of the query.

/// Text folded for search: lower case, accents removed, punctuation made into spaces, runs of
/// space collapsed. Latin letters fold (with their accents); other scripts' letters are kept as
/// they are. Written without the standard library's Unicode case tables, which would add some
/// 15 KB to the wasm for scripts the articles do not use.
pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let c = fold(c);
        if is_word_char(c) {
            out.push(c);
        } else if !out.ends_with(' ') && !out.is_empty() {
            out.push(' ');
        }
    }
    out.trim_end().to_string()
}

/// Whether a folded character belongs to a word: ASCII letters and digits, and any letter of
/// another script; not ASCII or Latin-1 punctuation, nor general or CJK punctuation.
fn is_word_char(c: char) -> bool {
    match c {
        'a'..='z' | '0'..='9' => true,
        '\0'..='\u{bf}' | '\u{d7}' | '\u{f7}' => false,
        '\u{2000}'..='\u{2bff}' | '\u{3000}'..='\u{303f}' | '\u{fe30}'..='\u{fe6f}' => false,
        '\u{ff00}'..='\u{ff0f}' | '\u{ff1a}'..='\u{ff20}' => false,
        _ => true,
    }
}

/// A character in lower case without its accent, for Latin letters; others unchanged.
fn fold(c: char) -> char {
    let lower = match c {
        'A'..='Z' | '\u{c0}'..='\u{d6}' | '\u{d8}'..='\u{de}' => char::from_u32(c as u32 + 32),
        // Latin Extended-A pairs capitals and small letters on even and odd code points, but
        // for a stretch in the middle where the capital is the odd one.
        '\u{100}'..='\u{137}' | '\u{14a}'..='\u{177}' if (c as u32).is_multiple_of(2) => {
            char::from_u32(c as u32 + 1)
        }
        '\u{139}'..='\u{148}' | '\u{179}'..='\u{17e}' if !(c as u32).is_multiple_of(2) => {
            char::from_u32(c as u32 + 1)
        }
        'Ÿ' => Some('ÿ'),
        _ => Some(c),
    };
    fold_accent(lower.unwrap_or(c))
}

/// The base letter of a lower-case accented Latin letter; other characters unchanged.
fn fold_accent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => 'c',
        'ď' | 'đ' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => 'e',
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => 'g',
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => 'i',
        'ķ' => 'k',
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => 'l',
        'ñ' | 'ń' | 'ņ' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => 'o',
        'ŕ' | 'ŗ' | 'ř' => 'r',
        'ś' | 'ŝ' | 'ş' | 'š' => 's',
        'ţ' | 'ť' | 'ŧ' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => 'u',
        'ŵ' => 'w',
        'ý' | 'ÿ' | 'ŷ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        c => c,
    }
}

/// A query's words, folded as the records' text is.
pub fn words(query: &str) -> Vec<String> {
    normalise(query)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(String::from)
        .collect()
}

/// Whether every word appears in a record's folded text.
pub fn holds_all(text: &str, words: &[String]) -> bool {
    words.iter().all(|word| text.contains(word.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_drops_case_accents_and_punctuation() {
        assert_eq!(normalise("  Chang’e-7 — Moon!  "), "chang e 7 moon");
        assert_eq!(words("ROGÓZIN,  nato"), ["rogozin", "nato"]);
        assert!(holds_all(
            "dmitry rogozin said nato",
            &words("Rogozin NATO")
        ));
        assert!(!holds_all("dmitry rogozin", &words("rogozin nato")));
        assert!(holds_all("anything", &[]), "no words match everything");
        assert_eq!(
            normalise("ÉLYSÉE Łódź Škoda «Ñandú»"),
            "elysee lodz skoda nandu"
        );
        assert_eq!(
            normalise("“Chang’e” 嫦娥五号，月球"),
            "chang e 嫦娥五号 月球"
        );
    }

    #[test]
    fn folding_agrees_with_the_standard_library_on_latin_letters() {
        for c in ('\0'..='\u{17f}').filter(|c| c.is_alphabetic()) {
            let expected = c.to_lowercase().next().unwrap_or(c);
            assert_eq!(
                fold_accent(fold(c)),
                fold_accent(expected),
                "{c:?} ({:#x})",
                c as u32
            );
        }
    }
}
