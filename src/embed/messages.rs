//! The messages exchanged with a host frame: the origin checks, the pym.js v1 height message the
//! page sends (beside AMP's and its own, sent by `use_host_frame`), the pym.js viewport message
//! it accepts, and the arithmetic that keeps the graphic in the host's viewport. Pure: no browser
//! types.

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

#[cfg(test)]
mod tests {
    use super::*;

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
}
