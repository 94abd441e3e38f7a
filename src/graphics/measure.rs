//! How wide a label is, from the advance widths of DejaVu Sans, the font the downloads are drawn
//! in and the one Debian's Chromium falls back to for `system-ui`. It is wider than the system
//! fonts of phones and desktops (Roboto, San Francisco, Segoe UI), so a layout that fits with it
//! fits with them; `SLACK` covers kerning and hinting.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::OnceLock;

use ttf_parser::Face;

/// Extra width allowed on every measured label.
const SLACK: f64 = 1.04;

/// The two faces the graphics use: regular for labels, bold for headings.
fn faces() -> &'static (Face<'static>, Face<'static>) {
    static FACES: OnceLock<(Face<'static>, Face<'static>)> = OnceLock::new();
    FACES.get_or_init(|| {
        let parse = |data| Face::parse(data, 0).expect("the dejavu crate ships valid fonts");
        (parse(dejavu::sans::regular()), parse(dejavu::sans::bold()))
    })
}

/// The fonts the downloads are drawn with, as (regular, bold) font files.
pub fn font_files() -> [&'static [u8]; 2] {
    [dejavu::sans::regular(), dejavu::sans::bold()]
}

/// The family name the downloads ask for, which `font_files` provide.
pub const FONT_FAMILY: &str = "DejaVu Sans";

/// The width of `text` set at `size` units, bold or not. The timeline tries each label in many
/// places, so widths are remembered (per thread) once measured.
pub fn width(text: &str, size: f64, bold: bool) -> f64 {
    thread_local! {
        static KNOWN: RefCell<HashMap<(String, u64, bool), f64>> = RefCell::new(HashMap::new());
    }
    let key = (text.to_string(), size.to_bits(), bold);
    if let Some(known) = KNOWN.with(|k| k.borrow().get(&key).copied()) {
        return known;
    }
    let measured = measure(text, size, bold);
    KNOWN.with(|k| k.borrow_mut().insert(key, measured));
    measured
}

fn measure(text: &str, size: f64, bold: bool) -> f64 {
    let (regular, heavy) = faces();
    let face = if bold { heavy } else { regular };
    let per_unit = size / f64::from(face.units_per_em());
    let fallback = f64::from(face.units_per_em()) * 0.6;
    let advance: f64 = text
        .chars()
        .map(|c| {
            face.glyph_index(c)
                .and_then(|g| face.glyph_hor_advance(g))
                .map_or(fallback, f64::from)
        })
        .sum();
    advance * per_unit * SLACK
}

/// `text` broken into lines no wider than `max` at `size`, at spaces; a word wider than `max`
/// keeps a line to itself.
pub fn wrap(text: &str, size: f64, bold: bool, max: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if width(&format!("{line} {word}"), size, bold) <= max => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wider_text_measures_wider_and_bold_wider_still() {
        let plain = width("Memorandum signed", 14.0, false);
        assert!(plain > 100.0 && plain < 160.0, "{plain}");
        assert!(width("Memorandum signed", 14.0, true) > plain);
        assert!(width("Memorandum", 14.0, false) < plain);
        assert!((width("ab", 28.0, false) - 2.0 * width("ab", 14.0, false)).abs() < 0.01);
    }

    #[test]
    fn wrapping_keeps_every_word_and_each_line_within_the_width() {
        let text = "On the surface and/or in lunar orbit";
        let lines = wrap(text, 14.0, false, 150.0);
        assert!(lines.len() >= 2);
        assert_eq!(lines.join(" "), text);
        assert!(lines.iter().all(|l| width(l, 14.0, false) <= 150.0));
    }
}
