//! Text search that ignores case, accents and punctuation: records and queries are folded the
//! same way, and a record matches when it holds every word of the query.

/// Text folded for search: lower case, accents removed, punctuation made into spaces, runs of
/// space collapsed.
pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        let c = fold_accent(c);
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with(' ') && !out.is_empty() {
            out.push(' ');
        }
    }
    out.trim_end().to_string()
}

/// The base letter of a lower-case accented Latin letter; other characters unchanged.
fn fold_accent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'ď' | 'đ' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' => 'i',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
        'ř' => 'r',
        'ś' | 'š' | 'ş' => 's',
        'ť' | 'ţ' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
        'ý' | 'ÿ' => 'y',
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
    }
}
