//! A graphic as a file of its own, for the downloads: the wide drawing with its title above and
//! its source line and credit below, its colours written in (light), its font named, so it reads
//! the same in any viewer and in the build's PNG renderer.

use super::Chart;
use super::canvas::{Anchor, Canvas, Ink, MARGIN, Width};
use super::measure::{FONT_FAMILY, wrap};
use super::palette::{ARTEMIS, BG, FAINT, ILRS, LANE, MOON, MUTED, TEXT, ZOOM, tint};
use crate::markup::escape;

/// The styles of a downloaded drawing: the page's graphic styles with the light theme's colours
/// written in (`palette`).
fn style() -> String {
    let (text, muted, faint, bg) = (TEXT.hex, MUTED.hex, FAINT.hex, BG.hex);
    let (ilrs, artemis) = (ILRS.hex, ARTEMIS.hex);
    let (lane, zoom, moon) = (LANE.hex, ZOOM.hex, MOON.hex);
    // The timeline's year bands, mixed as the page mixes them (`graphics.css`).
    let (band, band_ilrs, band_artemis) =
        (tint(&MUTED, 0.3), tint(&ILRS, 0.6), tint(&ARTEMIS, 0.6));
    format!(
        "\
text{{fill:{text};font-family:'{FONT_FAMILY}';font-size:14px}}\
.ilrs-g-heading{{font-size:16px;font-weight:700}}\
.ilrs-g-note{{fill:{faint}}}\
.ilrs-g-numeral{{font-size:24px;font-weight:700}}\
.ilrs-g-title{{font-size:20px;font-weight:700}}\
[data-side=ilrs]{{color:{ilrs}}}[data-side=artemis]{{color:{artemis}}}[data-side=reference]{{color:{muted}}}\
.ilrs-g-band{{fill:currentColor}}\
.ilrs-g-member path,.ilrs-g-member circle{{fill:currentColor;stroke:currentColor;stroke-width:2}}\
.ilrs-g-legend{{color:{muted}}}\
.ilrs-g-member .ilrs-g-open{{fill:{bg}}}\
.ilrs-g-member .ilrs-g-cross{{fill:none}}\
.ilrs-g-lane line{{stroke:{lane};stroke-width:2}}\
.ilrs-g-axis line{{stroke:{muted}}}\
.ilrs-g-zoom{{fill:{zoom}}}\
.ilrs-g-leader{{stroke:{muted}}}\
.ilrs-g-event{{fill:{bg};stroke:{muted};stroke-width:2}}\
.ilrs-g-event.is-focus{{fill:currentColor;stroke:currentColor}}\
.ilrs-g-event[data-planned=true]{{fill:{bg};stroke-dasharray:3 2}}\
.ilrs-g-event[data-span=by]{{fill:none;stroke-width:3;stroke-dasharray:none}}\
.ilrs-g-event[data-span=to]{{fill-opacity:.4;stroke-dasharray:none}}\
.ilrs-g-event[data-period=year]{{stroke:none;fill:{band}}}\
.ilrs-g-event[data-period=year][data-planned=true],.ilrs-g-event[data-period=year][data-span=about]{{stroke:{muted};stroke-width:1.5}}\
.ilrs-g-event[data-period=year][data-side=ilrs].is-focus{{fill:{band_ilrs}}}\
.ilrs-g-event[data-period=year][data-side=artemis].is-focus{{fill:{band_artemis}}}\
.ilrs-g-planet{{fill:{artemis};opacity:.7}}\
.ilrs-g-moon{{fill:{moon}}}\
.ilrs-g-orbit,.ilrs-g-distance{{fill:none;stroke:{muted};stroke-width:1.5}}\
.ilrs-g-distance{{stroke-dasharray:2 6}}\
.ilrs-g-station{{fill:{text}}}\
.ilrs-g-site rect,.ilrs-g-site path,.ilrs-g-side rect,.ilrs-g-side path{{fill:currentColor}}\
.ilrs-g-site .ilrs-g-orbit{{stroke:currentColor;stroke-width:2}}\
.ilrs-g-site path.ilrs-g-open{{fill:{bg};stroke:currentColor;stroke-width:2}}\
.ilrs-g-badge{{fill:{bg};stroke:currentColor;stroke-width:4}}\
.is-dim{{opacity:.7}}.is-dim .is-dim{{opacity:1}}.is-dim .ilrs-g-note{{fill:{text}}}"
    )
}

/// The height of the title band above the drawing and of the source band below it.
const HEAD: f64 = 40.0;

/// The standalone SVG of `chart`, `width` wide.
pub fn svg(chart: Chart, width: Width) -> String {
    let mut canvas = Canvas::new(width);
    chart.draw(&mut canvas);
    let (drawing, height) = canvas.into_parts();
    let w = width.units();
    let mut foot = Canvas::new(width);
    // What its marks mean, where it says, then its sources and credit.
    let first = match chart.key() {
        Some(key) => {
            foot.paragraph(
                MARGIN,
                18.0,
                Anchor::Start,
                Ink::Note,
                w - 2.0 * MARGIN,
                key,
            ) + 22.0
        }
        None => 18.0,
    };
    let last = foot.paragraph(
        MARGIN,
        first,
        Anchor::Start,
        Ink::Note,
        w - 2.0 * MARGIN,
        &format!("{} Graphic: the ILRS explainer.", chart.source_line()),
    );
    let (foot, _) = foot.into_parts();
    let total = HEAD + height + last + 12.0;
    let mut head = Canvas::new(width);
    head.text(MARGIN, 26.0, Anchor::Start, Ink::Title, chart.title());
    let (head, _) = head.into_parts();
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {total}\" width=\"{w}\" height=\"{total}\" role=\"img\" aria-label=\"{}\">\
         <style>{}</style><rect width=\"100%\" height=\"100%\" fill=\"{bg}\"/>{head}\
         <g transform=\"translate(0 {HEAD})\">{drawing}</g>\
         <g transform=\"translate(0 {})\">{foot}</g></svg>",
        escape(&chart.label()),
        style(),
        HEAD + height,
        bg = BG.hex,
    )
}

/// A share card's size in drawing units: 1200 by 630 pixels at the PNGs' scale of 2, the size
/// Open Graph and Twitter cards ask for.
pub const CARD: (f64, f64) = (600.0, 315.0);

/// A share card: the kicker and `title` above, the wide drawing `draw` makes scaled to fit the
/// space left, and `foot` (the publisher line) below, on the page's light background.
pub fn card(draw: impl Fn(&mut Canvas), kicker: &str, title: &str, foot: &str) -> String {
    const SIDE: f64 = 24.0;
    let (w, h) = CARD;
    let mut text = Canvas::new(Width::Wide);
    text.text(SIDE, 34.0, Anchor::Start, Ink::Note, kicker);
    let mut baseline = 34.0;
    for line in wrap(title, Ink::Title.size(), true, w - 2.0 * SIDE)
        .iter()
        .take(3)
    {
        baseline += 26.0;
        text.text(SIDE, baseline, Anchor::Start, Ink::Title, line);
    }
    let foot_y = h - 16.0;
    text.text(SIDE, foot_y, Anchor::Start, Ink::Note, foot);
    let (text, _) = text.into_parts();

    let mut drawing = Canvas::new(Width::Wide);
    draw(&mut drawing);
    let (drawing, height) = drawing.into_parts();
    // The drawing between the title and the foot, as large as fits, centred.
    let (top, bottom) = (baseline + 14.0, foot_y - 22.0);
    let scale = ((w - 2.0 * SIDE) / Width::Wide.units()).min((bottom - top) / height);
    let left = (w - Width::Wide.units() * scale) / 2.0;
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\">\
         <style>{}</style><rect width=\"100%\" height=\"100%\" fill=\"{bg}\"/>\
         <rect width=\"8\" height=\"50%\" fill=\"{ilrs}\"/><rect y=\"50%\" width=\"8\" height=\"50%\" fill=\"{artemis}\"/>\
         {text}<g transform=\"translate({left:.1} {top:.1}) scale({scale:.4})\">{drawing}</g></svg>",
        style(),
        bg = BG.hex,
        ilrs = ILRS.hex,
        artemis = ARTEMIS.hex,
    )
}
