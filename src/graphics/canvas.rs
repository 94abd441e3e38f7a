//! The surface a drawing is made on: it writes the SVG and keeps the box of every label, so a
//! label can be placed only where it is inside the drawing and clear of the others.

use std::fmt::Write;

use super::measure::{width, wrap};
use crate::markup::escape;

/// The two width classes a graphic is drawn for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Width {
    /// Phones: shown in containers narrower than 560 px.
    Narrow,
    /// Tablets and desktops.
    Wide,
}

impl Width {
    pub const ALL: &'static [Width] = &[Width::Narrow, Width::Wide];

    /// The drawing's width in SVG units.
    pub fn units(self) -> f64 {
        match self {
            Width::Narrow => 320.0,
            Width::Wide => 640.0,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Width::Narrow => "narrow",
            Width::Wide => "wide",
        }
    }
}

/// How a label sits on its x: starting there, centred on it, or ending there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

impl Anchor {
    fn as_str(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// The kinds of text a graphic sets, each with its class and size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ink {
    /// A label: 14 units.
    Label,
    /// A heading: 16 units, bold.
    Heading,
    /// A note in the muted colour: 14 units.
    Note,
    /// A big numeral: 24 units, bold.
    Numeral,
    /// A downloaded graphic's title: 20 units, bold.
    Title,
}

impl Ink {
    pub fn size(self) -> f64 {
        match self {
            Ink::Label | Ink::Note => 14.0,
            Ink::Heading => 16.0,
            Ink::Numeral => 24.0,
            Ink::Title => 20.0,
        }
    }

    pub fn bold(self) -> bool {
        matches!(self, Ink::Heading | Ink::Numeral | Ink::Title)
    }

    fn class(self) -> &'static str {
        match self {
            Ink::Label => "",
            Ink::Heading => " class=\"ilrs-g-heading\"",
            Ink::Note => " class=\"ilrs-g-note\"",
            Ink::Numeral => " class=\"ilrs-g-numeral\"",
            Ink::Title => " class=\"ilrs-g-title\"",
        }
    }

    /// The width of `text` in this ink.
    pub fn width(self, text: &str) -> f64 {
        width(text, self.size(), self.bold())
    }
}

/// A rectangle in drawing units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
}

impl Rect {
    pub fn overlaps(&self, other: &Rect) -> bool {
        self.x0 < other.x1 && other.x0 < self.x1 && self.y0 < other.y1 && other.y0 < self.y1
    }
}

/// Space kept clear along the drawing's left and right edges.
pub const MARGIN: f64 = 6.0;

/// A drawing in progress.
#[derive(Clone)]
pub struct Canvas {
    pub width: Width,
    out: String,
    taken: Vec<Rect>,
    bottom: f64,
    /// Labels set where another already was: a drawing's tests require none.
    pub collisions: Vec<String>,
}

impl Canvas {
    pub fn new(width: Width) -> Self {
        Canvas {
            width,
            out: String::new(),
            taken: Vec::new(),
            bottom: 0.0,
            collisions: Vec::new(),
        }
    }

    /// The drawing's width in units.
    pub fn w(&self) -> f64 {
        self.width.units()
    }

    pub fn narrow(&self) -> bool {
        self.width == Width::Narrow
    }

    /// The markup so far, for shapes written with `write!` (never text from the data without
    /// `escape`).
    pub fn markup(&mut self) -> &mut String {
        &mut self.out
    }

    /// Writes raw SVG markup (shapes; never text from the data without `escape`).
    pub fn push(&mut self, markup: impl AsRef<str>) {
        self.out.push_str(markup.as_ref());
    }

    /// Makes sure the drawing reaches at least down to `y`.
    pub fn reach(&mut self, y: f64) {
        self.bottom = self.bottom.max(y);
    }

    /// The box a label would take, its baseline at `y`.
    pub fn text_box(&self, x: f64, y: f64, anchor: Anchor, ink: Ink, content: &str) -> Rect {
        let w = ink.width(content);
        let x0 = match anchor {
            Anchor::Start => x,
            Anchor::Middle => x - w / 2.0,
            Anchor::End => x - w,
        };
        let size = ink.size();
        Rect {
            x0,
            y0: y - size * 0.95,
            x1: x0 + w,
            y1: y + size * 0.3,
        }
    }

    /// Whether a box is inside the drawing's width and clear of every label so far.
    pub fn free(&self, rect: &Rect) -> bool {
        rect.x0 >= MARGIN
            && rect.x1 <= self.w() - MARGIN
            && rect.y0 >= 0.0
            && !self.taken.iter().any(|t| t.overlaps(rect))
    }

    /// Keeps `rect` clear of later labels (a leader line, a mark).
    pub fn take(&mut self, rect: Rect) {
        self.reach(rect.y1);
        self.taken.push(rect);
    }

    /// The box a label would take once moved sideways as little as needed to stay inside the
    /// drawing, with the move.
    pub fn text_box_inside(
        &self,
        x: f64,
        y: f64,
        anchor: Anchor,
        ink: Ink,
        content: &str,
    ) -> (f64, Rect) {
        let mut rect = self.text_box(x, y, anchor, ink, content);
        let shift = if rect.x0 < MARGIN {
            MARGIN - rect.x0
        } else if rect.x1 > self.w() - MARGIN {
            self.w() - MARGIN - rect.x1
        } else {
            0.0
        };
        rect.x0 += shift;
        rect.x1 += shift;
        (shift, rect)
    }

    /// Sets a label, moved sideways as little as needed to stay inside the drawing
    /// (`text_box_inside`), and keeps its box. Returns the box.
    pub fn text(&mut self, x: f64, y: f64, anchor: Anchor, ink: Ink, content: &str) -> Rect {
        let (shift, rect) = self.text_box_inside(x, y, anchor, ink, content);
        if !self.free(&rect) {
            self.collisions.push(content.to_string());
        }
        self.write_text(x + shift, y, anchor, ink, content);
        self.take(rect);
        rect
    }

    /// Sets a label where it is free, trying each place in turn; `None` if none is free.
    pub fn text_at_first_free(
        &mut self,
        places: &[(f64, f64, Anchor)],
        ink: Ink,
        content: &str,
    ) -> Option<Rect> {
        let (x, y, anchor) = places
            .iter()
            .copied()
            .find(|(x, y, anchor)| self.free(&self.text_box(*x, *y, *anchor, ink, content)))?;
        Some(self.text(x, y, anchor, ink, content))
    }

    /// Sets `content` in lines no wider than `max`, the first baseline at `y`, 18 units apart.
    /// Returns the baseline of the last line.
    pub fn paragraph(
        &mut self,
        x: f64,
        y: f64,
        anchor: Anchor,
        ink: Ink,
        max: f64,
        content: &str,
    ) -> f64 {
        let mut baseline = y;
        for (i, text) in wrap(content, ink.size(), ink.bold(), max)
            .iter()
            .enumerate()
        {
            baseline = y + 18.0 * i as f64;
            self.text(x, baseline, anchor, ink, text);
        }
        baseline
    }

    fn write_text(&mut self, x: f64, y: f64, anchor: Anchor, ink: Ink, content: &str) {
        let anchor = match anchor {
            Anchor::Start => String::new(),
            other => format!(" text-anchor=\"{}\"", other.as_str()),
        };
        let _ = write!(
            self.out,
            "<text x=\"{}\" y=\"{}\"{anchor}{}>{}</text>",
            px(x),
            px(y),
            ink.class(),
            escape(content)
        );
    }

    /// The drawing's height: down to its lowest label or mark, and a margin.
    pub fn height(&self) -> f64 {
        (self.bottom + MARGIN).ceil()
    }

    /// The finished `<svg>`, with `attributes` on it.
    pub fn into_svg(self, attributes: &str) -> String {
        // The marks and labels in a group hidden from screen readers: the drawing is one image,
        // read by its text alternative (`attributes`' aria-label), not label by label.
        format!(
            "<svg viewBox=\"0 0 {} {}\" {attributes}><g aria-hidden=\"true\">{}</g></svg>",
            px(self.w()),
            px(self.height()),
            self.out
        )
    }

    /// The drawing's inner markup and its height, for a standalone file.
    pub fn into_parts(self) -> (String, f64) {
        let height = self.height();
        (self.out, height)
    }
}

/// A coordinate rounded to a whole unit: finer precision is invisible at these sizes.
pub fn px(v: f64) -> i32 {
    v.round() as i32
}

/// A class attribute value with `extra` added when `on`.
pub fn class(base: &str, extra: &str, on: bool) -> String {
    if on {
        format!("{base} {extra}")
    } else {
        base.to_string()
    }
}
