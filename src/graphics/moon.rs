//! Earth with the ISS's low orbit for comparison, and the Moon with the Gateway's orbit and the ILRS's
//! sites near the south pole. Not to scale, and it says so first. The two plans are labelled from
//! the comparison's `where` cells.

use std::fmt::Write;

use super::canvas::{Anchor, Canvas, Ink, MARGIN, class, px};
use super::states::{MoonPart, iss_altitude, moon_focus};
use crate::data::cell;
use crate::model::{MoonState, Side};

/// A plan's label: the `where` cell of its side, in a few words.
pub fn where_label(side: Side) -> &'static str {
    cell(crate::model::named::WHERE, side).map_or("", |c| c.label.unwrap_or(c.text))
}

/// Where things sit in each width: Earth, the Moon, and the Moon's radius.
struct Layout {
    earth: (f64, f64, f64),
    moon: (f64, f64, f64),
    gateway_rx: f64,
}

pub fn draw(canvas: &mut Canvas, state: MoonState) {
    let layout = if canvas.narrow() {
        Layout {
            earth: (34.0, 62.0, 18.0),
            moon: (150.0, 176.0, 62.0),
            gateway_rx: 104.0,
        }
    } else {
        Layout {
            earth: (70.0, 170.0, 34.0),
            moon: (380.0, 170.0, 92.0),
            gateway_rx: 150.0,
        }
    };
    let w = canvas.w();
    canvas.text(MARGIN, 18.0, Anchor::Start, Ink::Note, "Not to scale");

    // Earth and the ISS.
    let (ex, ey, er) = layout.earth;
    let _ = write!(
        canvas.markup(),
        "<g class=\"{}\"><circle class=\"ilrs-g-planet\" cx=\"{}\" cy=\"{}\" r=\"{}\"/>\
         <circle class=\"ilrs-g-orbit\" cx=\"{}\" cy=\"{}\" r=\"{}\"/>\
         <circle class=\"ilrs-g-station\" cx=\"{}\" cy=\"{}\" r=\"4\"/>",
        class("ilrs-g-earth", "is-dim", !moon_focus(state, MoonPart::Iss)),
        px(ex),
        px(ey),
        px(er),
        px(ex),
        px(ey),
        px(er + 8.0),
        px(ex),
        px(ey - er - 8.0)
    );
    let iss = format!("ISS, {} up", iss_altitude().map_or("", |f| f.value));
    if canvas.narrow() {
        canvas.text(
            ex + er + 16.0,
            ey - 4.0,
            Anchor::Start,
            Ink::Heading,
            "Earth",
        );
        canvas.text(ex + er + 16.0, ey + 16.0, Anchor::Start, Ink::Label, &iss);
    } else {
        canvas.text(ex, ey + er + 34.0, Anchor::Middle, Ink::Heading, "Earth");
        canvas.paragraph(ex, ey + er + 54.0, Anchor::Middle, Ink::Label, 120.0, &iss);
    }
    canvas.push("</g>");

    // The Moon, and the long way to it.
    let (mx, my, mr) = layout.moon;
    if !canvas.narrow() {
        let _ = write!(
            canvas.markup(),
            "<line class=\"ilrs-g-distance\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>",
            px(ex + er + 20.0),
            px(ey),
            px(mx - layout.gateway_rx - 16.0),
            px(my)
        );
    }
    let _ = write!(
        canvas.markup(),
        "<circle class=\"ilrs-g-moon\" cx=\"{}\" cy=\"{}\" r=\"{}\"/>",
        px(mx),
        px(my),
        px(mr)
    );
    // Above the ILRS's orbit, which rings the Moon 16 units out, or where that is taken, on the
    // disc below the Gateway's orbit.
    let places = [
        (mx, my - mr - 22.0, Anchor::Middle),
        (mx, my + mr * 0.65, Anchor::Middle),
    ];
    canvas.text_at_first_free(&places, Ink::Heading, "Moon");

    // Artemis: the Gateway in lunar orbit, labelled above its station.
    let gx = mx + layout.gateway_rx;
    let _ = write!(
        canvas.markup(),
        "<g class=\"{}\" data-side=\"artemis\">\
         <ellipse class=\"ilrs-g-orbit\" cx=\"{}\" cy=\"{}\" rx=\"{}\" ry=\"{}\"/>\
         <rect x=\"{}\" y=\"{}\" width=\"20\" height=\"12\" rx=\"3\"/>",
        class(
            "ilrs-g-site",
            "is-dim",
            !moon_focus(state, MoonPart::Where(Side::Artemis))
        ),
        px(mx),
        px(my),
        px(layout.gateway_rx),
        px(mr * 0.36),
        px(gx - 10.0),
        px(my - 6.0)
    );
    let gateway = format!("Artemis: {}", where_label(Side::Artemis));
    if canvas.narrow() {
        canvas.paragraph(
            w - MARGIN,
            my - mr - 10.0,
            Anchor::End,
            Ink::Label,
            126.0,
            &gateway,
        );
    } else {
        canvas.paragraph(
            w - MARGIN,
            my - 50.0,
            Anchor::End,
            Ink::Label,
            // Clear of the ILRS's orbit, which passes just left of a wider line's start.
            140.0,
            &gateway,
        );
    }
    canvas.push("</g>");

    // The ILRS: a site on the surface (no report places it anywhere in particular) and an orbit
    // of its own, labelled beneath the Moon.
    let pole = my + mr;
    let (sx, sy) = (mx - mr * 0.82, my + mr * 0.57);
    let _ = write!(
        canvas.markup(),
        "<g class=\"{}\" data-side=\"ilrs\">\
         <circle class=\"ilrs-g-orbit\" cx=\"{}\" cy=\"{}\" r=\"{}\" stroke-dasharray=\"4 6\"/>\
         <path d=\"M{} {}l-8 -14h16z\"/>",
        class(
            "ilrs-g-site",
            "is-dim",
            !moon_focus(state, MoonPart::Where(Side::Ilrs))
        ),
        px(mx),
        px(my),
        px(mr + 16.0),
        px(sx),
        px(sy + 6.0),
    );
    let ilrs = format!("ILRS: {}", where_label(Side::Ilrs));
    let max = if canvas.narrow() {
        w - 2.0 * MARGIN
    } else {
        320.0
    };
    let last = canvas.paragraph(mx, pole + 46.0, Anchor::Middle, Ink::Label, max, &ilrs);
    canvas.push("</g>");
    // Where the reports disagree: a CNSA plan at the south pole, which the one report that gives
    // it does not call the ILRS. An open mark of its own, asked, not the ILRS's.
    if state == MoonState::Disputed {
        let _ = write!(
            canvas.markup(),
            "<g class=\"ilrs-g-site\" data-side=\"ilrs\">\
             <path class=\"ilrs-g-open\" d=\"M{} {}l-8 -14h16z\"/>",
            px(mx),
            px(pole - 2.0),
        );
        // Below the ILRS's orbit, which passes 16 units under the pole, and above its label.
        let beside = [
            (mx, pole + 28.0, Anchor::Middle),
            (mx + 12.0, pole + 28.0, Anchor::Start),
            (mx - 12.0, pole + 28.0, Anchor::End),
            (mx + 12.0, pole - 4.0, Anchor::Start),
        ];
        canvas.text_at_first_free(&beside, Ink::Label, "CNSA south-pole plan?");
        canvas.push("</g>");
    }
    canvas.reach(last + 6.0);
}
