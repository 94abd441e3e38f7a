//! Embedding, the pure part: the URL flags a host can set, the messages the page sends to a
//! host frame (pym.js v1, AMP, its own JSON), the pym.js viewport messages it accepts from the
//! host, and the arithmetic that keeps the graphic in the host's viewport. No browser types.

use crate::markup::{escape, is_slug};
use crate::url::percent_decode;

/// The embed's contract with host pages and tests, in one place: the browser entry and the
/// snippets take these names from here, and a test holds `embed.js` (a script of its own) to them.
pub mod contract {
    /// The element id the page prerenders into.
    pub const ROOT_ID: &str = "ilrs-explainer";
    /// The custom element the script embed fills.
    pub const EMBED_TAG: &str = "ilrs-explainer";
    /// The attribute that marks any other element for the script embed.
    pub const EMBED_ATTRIBUTE: &str = "data-ilrs-explainer";
    /// The element embed.js puts in each shadow root, holding the prerendered fragment.
    pub const EMBED_ROOT_CLASS: &str = "ilrs-embed-root";
    /// Set on each live root (the page's and each embed's host) once it answers input.
    pub const READY_ATTRIBUTE: &str = "data-ilrs-ready";
    /// The flags a script embed reads from its element, as `{name}` or `data-{name}`.
    pub const ELEMENT_FLAGS: [&str; 3] = ["dark", "flat", "step"];
    /// On the element: start at once rather than when it nears the screen (or `data-eager`).
    pub const EAGER_ATTRIBUTE: &str = "eager";
    /// What the explainer tells its host, as `ilrs:{kind}` events on the element or, in a
    /// frame, `{ source: "ilrs-explainer", type: kind, [field]: value }` messages to the parent.
    pub const EVENT_PREFIX: &str = "ilrs:";
}

/// What the explainer tells the host page, for its own analytics; each names one field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HostEvent {
    /// The explainer answers input (no field).
    Ready,
    /// A story step became the active one (`step`: its id).
    Step,
    /// The explorer's filter changed (`filter`: the filter as a query string, empty for none).
    Filter,
    /// The reader opened a record: its passages, or a link to it (`record`: its id).
    Record,
}

impl HostEvent {
    /// The message's `type` and the event's name after `ilrs:`.
    pub fn kind(self) -> &'static str {
        match self {
            HostEvent::Ready => "ready",
            HostEvent::Step => "step",
            HostEvent::Filter => "filter",
            HostEvent::Record => "record",
        }
    }

    /// The one field the event carries, if any.
    pub fn field(self) -> Option<&'static str> {
        match self {
            HostEvent::Ready => None,
            HostEvent::Step => Some("step"),
            HostEvent::Filter => Some("filter"),
            HostEvent::Record => Some("record"),
        }
    }
}

/// The colour scheme a host asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Dark {
    /// Follow the reader's `prefers-color-scheme`.
    #[default]
    Auto,
    On,
    Off,
}

/// What a host can ask for, from the page's query string (the iframe's `src`) or from the
/// script embed's `data-*` attributes. Anything malformed is ignored.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Flags {
    /// `?embed`: behave as embedded even when not framed (a host that proxies the page).
    pub embed: bool,
    /// `?dark=on|off|auto`.
    pub dark: Dark,
    /// `?flat`: the story as a flat column, each graphic after its step.
    pub flat: bool,
    /// `?step={step id}`: open the story at that step (a step the page does not have is
    /// ignored when the story starts).
    pub step: Option<String>,
    /// `childId`, which pym.js adds to the iframe's URL; it names us in pym messages.
    pub child_id: Option<String>,
    /// The origin of `parentUrl`, which pym.js adds: the only origin whose messages we accept.
    pub parent_origin: Option<String>,
}

/// A switch is on when present with no value or with a value other than `0`, `false`, `off`.
fn switch(value: &str) -> bool {
    !matches!(value, "0" | "false" | "off" | "no")
}

/// Reads the flags from a query string, with or without its `?`. Never panics.
pub fn parse_flags(query: &str) -> Flags {
    let mut flags = Flags::default();
    for pair in query.trim_start_matches('?').split('&') {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let Some(value) = percent_decode(value) else {
            continue;
        };
        match key {
            "embed" => flags.embed = switch(&value),
            "flat" => flags.flat = switch(&value),
            "dark" => {
                flags.dark = match value.as_str() {
                    "on" => Dark::On,
                    "off" => Dark::Off,
                    _ => Dark::Auto,
                }
            }
            "step" => flags.step = (value.len() <= 64 && is_slug(&value)).then_some(value),
            "childId" if is_child_id(&value) => flags.child_id = Some(value),
            "parentUrl" => flags.parent_origin = origin_of(&value),
            _ => {}
        }
    }
    flags
}

/// pym.js ids are element ids: short, and nothing that could break the message's delimiters.
fn is_child_id(id: &str) -> bool {
    id.len() <= 64 && is_slug(id) && !id.contains("xPYMx")
}

/// `scheme://host[:port]` of an absolute http(s) URL, as `MessageEvent.origin` gives it.
pub fn origin_of(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    let scheme = scheme.to_ascii_lowercase();
    if scheme != "http" && scheme != "https" {
        return None;
    }
    let authority = rest.split(['/', '?', '#']).next()?;
    let host = authority.rsplit('@').next()?;
    let host = host
        .strip_suffix(if scheme == "https" { ":443" } else { ":80" })
        .unwrap_or(host);
    (!host.is_empty()).then(|| format!("{scheme}://{}", host.to_ascii_lowercase()))
}

/// Whether a message from `origin` may be trusted: from the parent's origin where we know it.
pub fn origin_allowed(origin: &str, expected: Option<&str>) -> bool {
    expected.is_none_or(|e| e == origin)
}

/// The pym.js v1 height message.
pub fn pym_height(child_id: &str, height: u32) -> String {
    format!("pymxPYMx{child_id}xPYMxheightxPYMx{height}")
}

/// The type of this page's own height message: `{ source, type, height }` as a plain object.
pub const MESSAGE_SOURCE: &str = "ilrs-explainer";
pub const MESSAGE_TYPE_HEIGHT: &str = "height";

/// The host's viewport as pym.js reports it: its size, and where the iframe's top is within it.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct HostViewport {
    pub width: f64,
    pub height: f64,
    /// The iframe's top, in the host's viewport (negative once scrolled past).
    pub frame_top: f64,
}

impl HostViewport {
    /// Where the host's viewport starts, in the framed document's coordinates.
    pub fn visible_top(&self) -> f64 {
        -self.frame_top
    }

    /// The trigger line (`share` of the way down the host's viewport), in the framed
    /// document's coordinates.
    pub fn trigger(&self, share: f64) -> f64 {
        self.visible_top() + self.height * share
    }
}

/// Reads a pym.js `viewport-iframe-position` message meant for `child_id`
/// (`pymxPYMx{id}xPYMxviewport-iframe-positionxPYMx{width} {height} {top} {left} {bottom} {right}`).
/// Anything else, or numbers that make no sense, gives `None`.
pub fn parse_pym_viewport(data: &str, child_id: &str) -> Option<HostViewport> {
    let mut parts = data.split("xPYMx");
    let (Some("pym"), Some(id), Some("viewport-iframe-position"), Some(payload), None) = (
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
    ) else {
        return None;
    };
    if id != child_id {
        return None;
    }
    let numbers: Vec<f64> = payload.split(' ').map(decimal).collect::<Option<_>>()?;
    let [width, height, top, _left, _bottom, _right] = numbers.as_slice() else {
        return None;
    };
    let sane = |v: f64| (0.0..=100_000.0).contains(&v);
    (sane(*width) && sane(*height) && *height > 0.0 && top.abs() <= 10_000_000.0).then_some(
        HostViewport {
            width: *width,
            height: *height,
            frame_top: *top,
        },
    )
}

/// A plain decimal such as `-350.5`, as `getBoundingClientRect` values print in JavaScript;
/// nothing else (no exponent, no `NaN`). Written out rather than `str::parse::<f64>`, whose
/// general float parser would add kilobytes to the wasm for numbers this simple.
fn decimal(text: &str) -> Option<f64> {
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    if whole.is_empty() || whole.len() > 12 || fraction.len() > 12 {
        return None;
    }
    let number = |part: &str| -> Option<u64> {
        part.bytes().try_fold(0u64, |n, b| {
            b.is_ascii_digit().then(|| n * 10 + u64::from(b - b'0'))
        })
    };
    let mut value = number(whole)? as f64;
    if !fraction.is_empty() {
        value += number(fraction)? as f64 / 10f64.powi(fraction.len() as i32);
    }
    Some(if negative { -value } else { value })
}

/// How far down its column the graphic moves so it stays in the host's viewport: from the top
/// of the story body (`body_top`, `body_height`, framed coordinates) to where the viewport
/// starts, never above the body or past its end.
pub fn sticky_offset(viewport: &HostViewport, body_top: f64, body_height: f64, panel: f64) -> f64 {
    let wanted = viewport.visible_top() - body_top;
    wanted.clamp(0.0, (body_height - panel).max(0.0))
}

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

/// The share card's file under the site, which the snippets show where a frame cannot be.
pub const SNIPPET_CARD: &str = "cards/share.png";

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
        format!("  <img src=\"{base}{SNIPPET_CARD}\" alt=\"\" width=\"600\" height=\"315\" loading=\"lazy\""),
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
        format!("  <amp-img placeholder layout=\"fill\" src=\"{base}{SNIPPET_CARD}\" alt=\"{title}\"></amp-img>"),
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
    fn flags_read_from_the_query_and_ignore_what_they_do_not_know() {
        let step = "story-budgets";
        let flags = parse_flags(&format!(
            "?embed&dark=on&flat=1&step={step}&childId=ilrs-1&parentUrl=https%3A%2F%2FNews.example%3A443%2Fa%3Fb&q=moon"
        ));
        assert_eq!(
            flags,
            Flags {
                embed: true,
                dark: Dark::On,
                flat: true,
                step: Some(step.into()),
                child_id: Some("ilrs-1".into()),
                parent_origin: Some("https://news.example".into()),
            }
        );
        let odd =
            parse_flags("?dark=purple&step=%3Cimg%3E&childId=a%3Cb&embed=0&parentUrl=javascript:x");
        assert_eq!(odd, Flags::default());
        assert_eq!(parse_flags("?childId=xPYMxheight").child_id, None);
        assert_eq!(parse_flags("?dark=off").dark, Dark::Off);
    }

    #[test]
    fn origins_are_scheme_host_and_port() {
        assert_eq!(
            origin_of("http://127.0.0.1:8080/x").as_deref(),
            Some("http://127.0.0.1:8080")
        );
        assert_eq!(origin_of("https://a.b/").as_deref(), Some("https://a.b"));
        assert_eq!(
            origin_of("http://u:p@a.b:80").as_deref(),
            Some("http://a.b")
        );
        assert_eq!(origin_of("data:text/html,x"), None);
        assert!(origin_allowed("https://a.b", Some("https://a.b")));
        assert!(!origin_allowed("https://evil.example", Some("https://a.b")));
        assert!(origin_allowed("https://a.b", None));
    }

    #[test]
    fn pym_messages_are_written_and_read_as_pym_js_does() {
        assert_eq!(pym_height("c1", 2400), "pymxPYMxc1xPYMxheightxPYMx2400");
        let viewport = parse_pym_viewport(
            "pymxPYMxc1xPYMxviewport-iframe-positionxPYMx1280 800 -350.5 0 1850 1280",
            "c1",
        )
        .unwrap();
        assert_eq!(viewport.height, 800.0);
        assert_eq!(viewport.visible_top(), 350.5);
        assert_eq!(viewport.trigger(0.5), 750.5);
        assert_eq!(decimal("-12.25"), Some(-12.25));
        assert_eq!(decimal("7"), Some(7.0));
        for bad in ["", "-", ".5", "1.2.3", "1e3", "NaN", "12a", "1234567890123"] {
            assert_eq!(decimal(bad), None, "{bad}");
        }
        for bad in [
            "pymxPYMxc2xPYMxviewport-iframe-positionxPYMx1280 800 0 0 0 0",
            "pymxPYMxc1xPYMxheightxPYMx100",
            "pymxPYMxc1xPYMxviewport-iframe-positionxPYMx1280 NaN 0 0 0 0",
            "pymxPYMxc1xPYMxviewport-iframe-positionxPYMx1280 1e3 0 0 0 0",
            "pymxPYMxc1xPYMxviewport-iframe-positionxPYMx1280 -800 0 0 0 0",
            "pymxPYMxc1xPYMxviewport-iframe-positionxPYMx1280 800 0 0 0",
            "pymxPYMxc1xPYMxviewport-iframe-positionxPYMx1280 800 0 0 0 0xPYMxextra",
            "<script>",
            "",
        ] {
            assert_eq!(parse_pym_viewport(bad, "c1"), None, "{bad}");
        }
    }

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

    #[test]
    fn the_graphic_follows_the_viewport_within_the_story() {
        let at = |top: f64| HostViewport {
            width: 1280.0,
            height: 800.0,
            frame_top: top,
        };
        // Body from 1000 to 5000 in the frame; the panel is as tall as the viewport.
        assert_eq!(
            sticky_offset(&at(0.0), 1000.0, 4000.0, 800.0),
            0.0,
            "above the story"
        );
        assert_eq!(
            sticky_offset(&at(-1500.0), 1000.0, 4000.0, 800.0),
            500.0,
            "within"
        );
        assert_eq!(
            sticky_offset(&at(-9000.0), 1000.0, 4000.0, 800.0),
            3200.0,
            "past its end"
        );
    }

    /// Property tests, native only (proptest does not build for wasm32).
    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn any_bytes_as_flags_or_a_host_message_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
                let text = String::from_utf8_lossy(&bytes);
                let flags = parse_flags(&text);
                if let Some(id) = &flags.child_id {
                    prop_assert!(is_child_id(id));
                }
                let _ = parse_pym_viewport(&text, "explainer");
                let _ = origin_of(&text);
            }

            #[test]
            fn a_viewport_message_reads_back_what_pym_js_wrote(
                width in 0u32..5000, height in 1u32..5000, top in -100_000i32..100_000, tenths in 0u32..10,
            ) {
                let top = f64::from(top) + f64::from(tenths) / 10.0 * f64::from(top.signum());
                let message = format!("pymxPYMxc1xPYMxviewport-iframe-positionxPYMx{width} {height} {top} 0 {top} {width}");
                let v = parse_pym_viewport(&message, "c1").expect("a well-formed message");
                prop_assert_eq!(v.width, f64::from(width));
                prop_assert_eq!(v.height, f64::from(height));
                prop_assert!((v.frame_top - top).abs() < 1e-9, "{} read as {}", top, v.frame_top);
            }
        }
    }
}
