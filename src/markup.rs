//! Escaping for text written into HTML or SVG markup by hand (the prerendered head, the graphics).

/// Escapes text for a text node or a double-quoted attribute.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Whether text is a slug like the dataset's ids (letters, digits, `-`, `_`): safe to put in a
/// selector or a message without escaping.
pub fn is_slug(text: &str) -> bool {
    !text.is_empty()
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_neutralises_markup() {
        assert_eq!(
            escape("<q a=\"b\">&'"),
            "&lt;q a=&quot;b&quot;&gt;&amp;&#39;"
        );
        assert_eq!(escape("plain"), "plain");
    }

    #[test]
    fn slugs_are_ids_and_nothing_else() {
        assert!(is_slug("story-budgets") && is_slug("source_1"));
        for not in ["", "a b", "a'b", "a]b", "é", "#x"] {
            assert!(!is_slug(not), "{not}");
        }
    }
}
