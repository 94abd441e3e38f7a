//! The snippets a newsroom pastes to embed the piece (an iframe, the script embed, AMP), written
//! for the site's address, and in pieces for the embed page to fill in where the build does not
//! know the address. Pure: no browser types.

use super::contract;
use super::messages::{MESSAGE_SOURCE, MESSAGE_TYPE_HEIGHT, origin_of};
use crate::markup::escape;

/// The page's address without its query and fragment, where the built site lives: what the
/// snippets point at.
pub fn site_base(href: &str) -> String {
    let end = href.find(['?', '#']).unwrap_or(href.len());
    let path = &href[..end];
    match path.rfind('/') {
        Some(slash) => path[..=slash].to_string(),
        None => "./".to_string(),
    }
}

/// The share card's file under the site: what a shared link shows, and what the snippets show
/// where a frame cannot be.
pub const SHARE_CARD: &str = "cards/share.png";

/// The iframe snippet: the page framed with `?embed`; a link to the page with its share card, for
/// hosts that strip iframes; and a few lines that hide that link where the frame stands and size
/// the frame from this page's own height message, accepted only from the page's origin.
pub fn iframe_snippet(base: &str, title: &str) -> String {
    let origin = origin_of(base).unwrap_or_else(|| "ORIGIN-OF-THE-PAGE".into());
    iframe_snippet_for(base, &origin, title)
}

fn iframe_snippet_for(base: &str, origin: &str, title: &str) -> String {
    let text = text_of(title);
    let title = escape(title);
    [
        format!("<iframe src=\"{base}?embed\" title=\"{title}\" data-ilrs-frame"),
        "  style=\"display:block;width:100%;height:1600px;border:0\" loading=\"lazy\"></iframe>".into(),
        format!("<a href=\"{base}\" data-ilrs-fallback style=\"display:block;max-width:600px\">"),
        format!("  <img src=\"{base}{SHARE_CARD}\" alt=\"\" width=\"600\" height=\"315\" loading=\"lazy\""),
        format!("  style=\"display:block;width:100%;height:auto\">{text}</a>"),
        "<script>".into(),
        "document.querySelectorAll(\"iframe[data-ilrs-frame] + a[data-ilrs-fallback]\").forEach(function (a) {".into(),
        "  a.style.display = \"none\";".into(),
        "});".into(),
        "addEventListener(\"message\", function (e) {".into(),
        "  var d = e.data;".into(),
        format!(
            "  if (e.origin !== \"{origin}\" || !d || d.source !== \"{MESSAGE_SOURCE}\" || d.type !== \"{MESSAGE_TYPE_HEIGHT}\") return;"
        ),
        "  document.querySelectorAll(\"iframe[data-ilrs-frame]\").forEach(function (f) {".into(),
        "    if (f.contentWindow === e.source) f.style.height = Number(d.height) + \"px\";".into(),
        "  });".into(),
        "});".into(),
        "</script>".into(),
    ]
    .join("\n")
}

/// A part of a snippet as the page prints it: text, or a place the browser fills in with the
/// site's address once it knows it (the build does not).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    Text(String),
    /// The site's address, as [`site_base`] gives it; `./` until filled.
    Base,
    /// The site's origin; `ORIGIN-OF-THE-PAGE` until filled.
    Origin,
}

impl Piece {
    /// The `data-fill` name of a place to fill.
    pub fn fill(&self) -> Option<&'static str> {
        match self {
            Piece::Text(_) => None,
            Piece::Base => Some("base"),
            Piece::Origin => Some("origin"),
        }
    }
}

/// The AMP snippet: an `amp-iframe` the page resizes (it sends AMP's `embed-size` message), with
/// the share card as its placeholder and the button AMP shows when it will not grow the frame.
pub fn amp_snippet(base: &str, title: &str) -> String {
    let title = escape(title);
    [
        format!("<amp-iframe src=\"{base}?embed\" title=\"{title}\""),
        "  width=\"600\" height=\"1600\" layout=\"responsive\" resizable frameborder=\"0\"".into(),
        "  sandbox=\"allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox\">".into(),
        "  <button overflow type=\"button\">Show the whole explainer</button>".into(),
        format!("  <amp-img placeholder layout=\"fill\" src=\"{base}{SHARE_CARD}\" alt=\"{title}\"></amp-img>"),
        "</amp-iframe>".into(),
    ]
    .join("\n")
}

/// The three snippets ("iframe", "script" and "amp") as pieces, for the page to print.
pub fn snippet_pieces(title: &str) -> [(&'static str, Vec<Piece>); 3] {
    const BASE: char = '\u{E000}';
    const ORIGIN: char = '\u{E001}';
    let split = |text: String| {
        let mut pieces = Vec::new();
        let mut rest = text.as_str();
        while let Some(at) = rest.find([BASE, ORIGIN]) {
            if at > 0 {
                pieces.push(Piece::Text(rest[..at].to_string()));
            }
            let mark = rest[at..].chars().next().unwrap_or(BASE);
            pieces.push(if mark == BASE {
                Piece::Base
            } else {
                Piece::Origin
            });
            rest = &rest[at + mark.len_utf8()..];
        }
        if !rest.is_empty() {
            pieces.push(Piece::Text(rest.to_string()));
        }
        pieces
    };
    let (base, origin) = (BASE.to_string(), ORIGIN.to_string());
    [
        ("iframe", split(iframe_snippet_for(&base, &origin, title))),
        ("script", split(script_snippet(&base, title))),
        ("amp", split(amp_snippet(&base, title))),
    ]
}

/// The script-embed snippet: the element to fill, holding a link to the page for readers
/// without JavaScript, and the stable `embed.js`.
pub fn script_snippet(base: &str, title: &str) -> String {
    let tag = contract::EMBED_TAG;
    format!(
        "<{tag}><a href=\"{base}\">{}</a></{tag}>\n<script src=\"{base}embed.js\" async></script>",
        text_of(title)
    )
}

/// A title as a text node: an apostrophe stays as it reads.
fn text_of(title: &str) -> String {
    title.replace('&', "&amp;").replace('<', "&lt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippets_point_at_the_page_they_are_copied_from() {
        assert_eq!(
            site_base("https://a.b/ilrs/index.html?x#y"),
            "https://a.b/ilrs/"
        );
        assert_eq!(site_base("https://a.b/ilrs/?embed"), "https://a.b/ilrs/");
        let iframe = iframe_snippet("https://a.b/ilrs/", "A & B");
        assert!(iframe.starts_with("<iframe src=\"https://a.b/ilrs/?embed\" title=\"A &amp; B\""));
        assert!(
            iframe.contains("\n  if (e.origin !== \"https://a.b\""),
            "{iframe}"
        );
        assert!(
            iframe.contains("\n    if (f.contentWindow === e.source)"),
            "indented"
        );
        // Where a host strips the frame, its link and card stay; where the frame stands, the
        // script hides them.
        assert!(iframe.contains(
            "<a href=\"https://a.b/ilrs/\" data-ilrs-fallback style=\"display:block;max-width:600px\">\n  \
             <img src=\"https://a.b/ilrs/cards/share.png\""
        ));
        assert!(iframe.contains(
            "loading=\"lazy\"\n  style=\"display:block;width:100%;height:auto\">A &amp; B</a>"
        ));
        assert!(iframe.contains("\"iframe[data-ilrs-frame] + a[data-ilrs-fallback]\""));
        let amp = amp_snippet("https://a.b/ilrs/", "A & B");
        assert!(amp.starts_with("<amp-iframe src=\"https://a.b/ilrs/?embed\" title=\"A &amp; B\""));
        assert!(amp.contains(" resizable ") && amp.contains("<button overflow"));
        assert!(amp.contains(
            "<amp-img placeholder layout=\"fill\" src=\"https://a.b/ilrs/cards/share.png\""
        ));
        assert_eq!(
            script_snippet("https://a.b/ilrs/", "A & B"),
            "<ilrs-explainer><a href=\"https://a.b/ilrs/\">A &amp; B</a></ilrs-explainer>\n\
             <script src=\"https://a.b/ilrs/embed.js\" async></script>"
        );
    }

    #[test]
    fn snippets_printed_in_pieces_read_the_same_once_filled() {
        let fill = |pieces: &[Piece]| -> String {
            pieces
                .iter()
                .map(|p| match p {
                    Piece::Text(t) => t.as_str(),
                    Piece::Base => "https://a.b/ilrs/",
                    Piece::Origin => "https://a.b",
                })
                .collect()
        };
        let [
            (iframe_name, iframe),
            (script_name, script),
            (amp_name, amp),
        ] = snippet_pieces("A & B");
        assert_eq!(
            (iframe_name, script_name, amp_name),
            ("iframe", "script", "amp")
        );
        assert_eq!(fill(&iframe), iframe_snippet("https://a.b/ilrs/", "A & B"));
        assert_eq!(fill(&script), script_snippet("https://a.b/ilrs/", "A & B"));
        assert_eq!(fill(&amp), amp_snippet("https://a.b/ilrs/", "A & B"));
        assert!(iframe.contains(&Piece::Origin) && script.contains(&Piece::Base));
    }
}
