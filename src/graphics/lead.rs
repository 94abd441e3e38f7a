//! The lead graphic at the top of the page: the contrast at a glance. For each side, who leads
//! it, the coalitions it has formed, their members with their status, and where it would build.
//! Side by side when wide, one above the other on phones.

use std::fmt::Write;

use super::canvas::{Anchor, Canvas, Ink, MARGIN, px};
use super::coalitions::{labelled_mark, short_name};
use super::moon::where_label;
use super::side_name;
use super::states::{camp_name, member_phrase};
use crate::data::{COALITIONS, MEMBERSHIPS, actor};
use crate::model::{Side, Status};

/// The lead graphic's title.
pub const LEAD_TITLE: &str = "Two coalitions for the Moon";

/// The coalitions of a side, by name.
pub(super) fn coalition_names(side: Side) -> Vec<&'static str> {
    COALITIONS
        .iter()
        .filter(|c| c.side == Some(side))
        .map(|c| c.name)
        .collect()
}

/// The members of a side's coalitions that have joined (founders and members), each once, with
/// the first status the data gives them.
fn members(side: Side) -> Vec<(&'static str, Status)> {
    let mut out: Vec<(&'static str, Status)> = Vec::new();
    for m in MEMBERSHIPS.iter().filter(|m| {
        matches!(m.status, Status::Founding | Status::Member)
            && COALITIONS
                .iter()
                .any(|c| c.id == m.coalition && c.side == Some(side))
    }) {
        if !out.iter().any(|(a, _)| *a == m.actor) {
            out.push((m.actor, m.status));
        }
    }
    out
}

/// The members of a side's coalitions that have joined, as a text names them: "China
/// (founding member)".
pub(super) fn member_phrases(side: Side) -> Vec<String> {
    members(side)
        .iter()
        .filter_map(|(id, status)| member_phrase(id, *status))
        .collect()
}

/// The lead graphic's text alternative, from the same data.
pub fn lead_label() -> String {
    let sides: Vec<String> = [Side::Ilrs, Side::Artemis]
        .iter()
        .map(|side| {
            let members = member_phrases(*side);
            format!(
                "{}: {}. Members: {}. Where: {}.",
                camp_name(*side),
                coalition_names(*side).join(" and "),
                members.join(", "),
                where_label(*side)
            )
        })
        .collect();
    format!("{LEAD_TITLE}. {}", sides.join(" "))
}

pub fn draw(canvas: &mut Canvas) {
    let narrow = canvas.narrow();
    let column = if narrow {
        canvas.w() - 2.0 * MARGIN
    } else {
        (canvas.w() - 2.0 * MARGIN - 24.0) / 2.0
    };
    let mut top = 20.0;
    for (i, side) in [Side::Ilrs, Side::Artemis].into_iter().enumerate() {
        let x = if narrow {
            MARGIN
        } else {
            MARGIN + (column + 24.0) * i as f64
        };
        let _ = write!(
            canvas.markup(),
            "<g class=\"ilrs-g-side\" data-side=\"{}\"><rect class=\"ilrs-g-band\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"4\"/>",
            side_name(Some(side)),
            px(x),
            px(top - 18.0),
            px(column)
        );
        let mut y = top + 6.0;
        canvas.text(x, y, Anchor::Start, Ink::Heading, camp_name(side));
        y = canvas.paragraph(
            x,
            y + 20.0,
            Anchor::Start,
            Ink::Note,
            column,
            &coalition_names(side).join(" and "),
        );
        // The members, in a row that wraps.
        y += 26.0;
        let mut mx = x;
        for (id, status) in members(side) {
            let name = actor(id).map_or(id, |a| short_name(a.name));
            let width = 20.0 + Ink::Label.width(name);
            if mx + width > x + column && mx > x {
                mx = x;
                y += 24.0;
            }
            labelled_mark(canvas, mx, y, status, name);
            mx += width + 14.0;
        }
        // Where it would build: a sliver of the Moon with the side's site on it.
        y += 30.0;
        let (cx, cy) = (x + 14.0, y - 5.0);
        let site = match side {
            Side::Ilrs => format!("<path d=\"M{} {}l-6-10h12z\"/>", px(cx), px(cy + 8.0)),
            Side::Artemis => format!(
                "<rect x=\"{}\" y=\"{}\" width=\"12\" height=\"8\" rx=\"2\"/>",
                px(cx + 4.0),
                px(cy - 14.0)
            ),
        };
        let _ = write!(
            canvas.markup(),
            "<circle class=\"ilrs-g-moon\" cx=\"{}\" cy=\"{}\" r=\"9\"/>{site}",
            px(cx),
            px(cy)
        );
        let last = canvas.paragraph(
            x + 34.0,
            y,
            Anchor::Start,
            Ink::Label,
            column - 34.0,
            where_label(side),
        );
        canvas.push("</g>");
        canvas.reach(last + 4.0);
        if narrow {
            top = last + 38.0;
        }
    }
}
