//! The membership chart: each coalition a band headed by its name, its members in a row beneath,
//! each member's status shown by the shape of its mark (and by its fill), with a legend of the
//! statuses the data holds.

use std::fmt::Write;

use super::canvas::{Anchor, Canvas, Ink, MARGIN, class, px};
use super::side_name;
use super::states::{
    coalition_focus, coalitions_drawn, count_focus, membership_focus, unnamed_members,
};
use crate::data::{MEMBERSHIPS, actor, members_of};
use crate::model::{CoalitionsState, Status, Vocabulary};

/// The space a member takes: its mark, a gap, its name, and room after it.
const MARK: f64 = 20.0;
const AFTER: f64 = 16.0;
const LINE: f64 = 22.0;

pub fn draw(canvas: &mut Canvas, state: CoalitionsState) {
    let right = canvas.w() - MARGIN;
    let mut y = 20.0;
    for coalition in coalitions_drawn() {
        let dim = !coalition_focus(state, coalition.id);
        let top = y - 16.0;
        let _ = write!(
            canvas.markup(),
            "<g class=\"{}\" data-side=\"{}\">",
            class("ilrs-g-coalition", "is-dim", dim),
            side_name(coalition.side),
        );
        let name = if Ink::Heading.width(coalition.name) <= right - 20.0 {
            coalition.name
        } else {
            coalition.short
        };
        canvas.text(MARGIN + 12.0, y, Anchor::Start, Ink::Heading, name);
        y += LINE;
        let mut x = MARGIN + 12.0;
        for m in members_of(coalition.id) {
            let name = actor(m.actor).map_or(m.actor, |a| short_name(a.name));
            let width = MARK + Ink::Label.width(name);
            if x + width > right && x > MARGIN + 12.0 {
                x = MARGIN + 12.0;
                y += LINE;
            }
            let _ = write!(
                canvas.markup(),
                "<g class=\"{}\" data-status=\"{}\">",
                class("ilrs-g-member", "is-dim", !membership_focus(state, m)),
                m.status.as_str(),
            );
            status_mark(canvas, x + 7.0, y - 5.0, m.status);
            canvas.text(x + MARK, y, Anchor::Start, Ink::Label, name);
            canvas.push("</g>");
            x += width + AFTER;
        }
        // The members the reports count without naming them, as they count them: each count
        // a mark of several and its label, after the members named.
        for figure in unnamed_members(coalition.id) {
            let label = figure.count_label.unwrap_or(figure.value);
            let width = MARK + Ink::Label.width(label);
            if x + width > right && x > MARGIN + 12.0 {
                x = MARGIN + 12.0;
                y += LINE;
            }
            let _ = write!(
                canvas.markup(),
                "<g class=\"{}\" data-status=\"member\" data-count=\"{}\">",
                class("ilrs-g-member", "is-dim", !count_focus(state, figure)),
                figure.id,
            );
            several_mark(canvas, x + 7.0, y - 5.0);
            canvas.text(x + MARK, y, Anchor::Start, Ink::Label, label);
            canvas.push("</g>");
            x += width + AFTER;
        }
        // The band's rule, in the coalition's colour, down its left edge.
        let _ = write!(
            canvas.markup(),
            "<rect class=\"ilrs-g-band\" x=\"{}\" y=\"{}\" width=\"4\" height=\"{}\"/></g>",
            px(MARGIN),
            px(top),
            px(y + 6.0 - top)
        );
        y += LINE + 4.0;
    }
    legend(canvas, y - 6.0);
}

/// The statuses the chart uses, each with its mark, in the vocabulary's order.
fn legend(canvas: &mut Canvas, y: f64) {
    let right = canvas.w() - MARGIN;
    let used: Vec<Status> = Status::ALL
        .iter()
        .copied()
        .filter(|s| MEMBERSHIPS.iter().any(|m| m.status == *s))
        .collect();
    let (mut x, mut y) = (MARGIN, y);
    canvas.push("<g class=\"ilrs-g-legend\">");
    for status in used {
        let label = status.label();
        let width = MARK + Ink::Label.width(label);
        if x + width > right && x > MARGIN {
            x = MARGIN;
            y += LINE - 4.0;
        }
        labelled_mark(canvas, x, y, status, label);
        x += width + AFTER;
    }
    canvas.push("</g>");
}

/// A status mark with a label after it, its baseline at `y`, as the legend and the lead set them.
pub fn labelled_mark(canvas: &mut Canvas, x: f64, y: f64, status: Status, label: &str) {
    let _ = write!(
        canvas.markup(),
        "<g class=\"ilrs-g-member\" data-status=\"{}\">",
        status.as_str()
    );
    status_mark(canvas, x + 7.0, y - 5.0, status);
    canvas.push("</g>");
    canvas.text(x + MARK, y, Anchor::Start, Ink::Label, label);
}

/// A member's mark, by status: a diamond for a founder, a disc for a member, a ring for one
/// invited, a half-filled disc for one considering, a crossed ring for one that declined.
pub fn status_mark(canvas: &mut Canvas, cx: f64, cy: f64, status: Status) {
    let (x, y) = (px(cx), px(cy));
    let _ = match status {
        Status::Founding => write!(canvas.markup(), "<path d=\"M{x} {}l8 8-8 8-8-8z\"/>", y - 8),
        Status::Member => write!(canvas.markup(), "<circle cx=\"{x}\" cy=\"{y}\" r=\"6\"/>"),
        Status::Invited => write!(
            canvas.markup(),
            "<circle class=\"ilrs-g-open\" cx=\"{x}\" cy=\"{y}\" r=\"6\"/>"
        ),
        Status::Considering => write!(
            canvas.markup(),
            "<circle class=\"ilrs-g-open\" cx=\"{x}\" cy=\"{y}\" r=\"6\"/>\
             <path d=\"M{x} {}a6 6 0 0 0 0 12z\"/>",
            y - 6
        ),
        Status::Declined => write!(
            canvas.markup(),
            "<circle class=\"ilrs-g-open\" cx=\"{x}\" cy=\"{y}\" r=\"6\"/>\
             <path class=\"ilrs-g-cross\" d=\"M{} {}l8 8m0-8l-8 8\"/>",
            x - 4,
            y - 4
        ),
    };
}

/// A count's mark: three small discs, for members the reports count but do not name.
fn several_mark(canvas: &mut Canvas, cx: f64, cy: f64) {
    for (dx, dy) in [(-4.0, 3.0), (4.0, 3.0), (0.0, -4.0)] {
        let _ = write!(
            canvas.markup(),
            "<circle cx=\"{}\" cy=\"{}\" r=\"3.5\"/>",
            px(cx + dx),
            px(cy + dy)
        );
    }
}

/// A name short enough for the chart: the abbreviation in parentheses where there is one
/// ("European Space Agency (ESA)" is "ESA"), else the name.
pub fn short_name(name: &'static str) -> &'static str {
    name.split_once(" (")
        .and_then(|(_, rest)| rest.strip_suffix(')'))
        .unwrap_or(name)
}
