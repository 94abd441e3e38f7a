//! The two-lane timeline: China, Russia and the ILRS above; the US, Artemis and the Gateway below.
//! The scale is broken, and says so: 2020 and 2021, where the story happens and most events fall,
//! take half the width; the decade before and the decade of plans after share the rest. Events
//! with a `label` in the data are named beside their mark; loose dates are drawn as what they are.

use std::fmt::Write;

use super::canvas::{Anchor, Canvas, Ink, MARGIN, Rect, class, px};
use super::side_name;
use super::states::{TIMELINE_END, TIMELINE_START, lane_name, timeline_events};
use crate::model::{Date, Event, GraphicKind, Side, Span, Vocabulary};

/// The enlarged period: from the start of `ZOOM_FROM` to the end of `ZOOM_TO`.
pub const ZOOM_FROM: u16 = 2020;
pub const ZOOM_TO: u16 = 2021;

/// Where the enlarged period starts and ends, as fractions of the axis.
const ZOOM_START: f64 = 0.2;
const ZOOM_END: f64 = 0.72;

/// A day's or a month's dot.
const DOT_RADIUS: f64 = 6.0;

/// How far apart label rows are, and how many a lane may use.
const ROW: f64 = 20.0;
const ROWS: usize = 4;

/// Whether an event happened in the enlarged years (a range or a bound only starts or ends
/// there).
pub fn in_zoom(event: &Event) -> bool {
    matches!(event.span, Span::On | Span::About) && (ZOOM_FROM..=ZOOM_TO).contains(&event.date.year)
}

/// Where the time a date names starts and ends along the axis, from 0 to 1.
pub fn span(date: Date) -> (f64, f64) {
    let (start, end) = period(date);
    (along(start), along(end))
}

/// The time a date names, as years and their fractions: a day is a moment, while a month or a
/// year runs from its first moment to the next one's.
fn period(date: Date) -> (f64, f64) {
    let year = f64::from(date.year);
    match (date.month, date.day) {
        (Some(month), Some(day)) => {
            let at = year + (f64::from(month - 1) + (f64::from(day) - 0.5) / 31.0) / 12.0;
            (at, at)
        }
        (Some(month), None) => {
            let start = year + f64::from(month - 1) / 12.0;
            (start, start + 1.0 / 12.0)
        }
        (None, _) => (year, year + 1.0),
    }
}

/// Where a moment (years and their fractions) falls along the axis, from 0 to 1: linear within
/// each of the three periods.
fn along(year: f64) -> f64 {
    let pieces = [
        (f64::from(TIMELINE_START), 0.0),
        (f64::from(ZOOM_FROM), ZOOM_START),
        (f64::from(ZOOM_TO) + 1.0, ZOOM_END),
        (f64::from(TIMELINE_END), 1.0),
    ];
    let year = year.clamp(pieces[0].0, pieces[3].0);
    pieces.windows(2).find(|w| year <= w[1].0).map_or(1.0, |w| {
        let ((y0, p0), (y1, p1)) = (w[0], w[1]);
        p0 + (p1 - p0) * (year - y0) / (y1 - y0)
    })
}

/// The axis's ends in drawing units.
fn ends(canvas: &Canvas) -> (f64, f64) {
    (16.0, canvas.w() - 16.0)
}

/// Where the time a date names starts and ends across the drawing.
fn x_span(canvas: &Canvas, date: Date) -> (f64, f64) {
    let (left, right) = ends(canvas);
    let (start, end) = span(date);
    let x = |at| left + (right - left) * at;
    (x(start), x(end))
}

/// Whether an event is known only to its year (and not as a range or a bound), and so drawn as a
/// pale block across that year, not as a dot in its middle, which would read as a date in July.
fn year_only(event: &Event) -> bool {
    matches!(event.span, Span::On | Span::About) && event.date.month.is_none()
}

/// The ends of a year-only event's block: a little inside the year's, so that the blocks of two
/// years next to each other, or a block and a range that starts where its year ends, do not read
/// as one, but never narrower than 4.5 units. Its corners are square, so that a narrow year's
/// block does not pass for a dot.
fn year_band(canvas: &Canvas, event: &Event) -> Option<(f64, f64)> {
    year_only(event).then(|| {
        let (start, end) = x_span(canvas, event.date);
        let inset = ((end - start - 4.5) / 2.0).clamp(0.0, 2.5);
        (start + inset, end - inset)
    })
}

/// The widest year block that still reads as one point on the lane, in drawing units: the years
/// outside the enlarged period (6 to 16 units), not the enlarged years' (about 80 to 140).
const POINT_WIDTH: f64 = 24.0;

/// Where a mark pins its event to a moment, or to a stretch short enough to read as one, across
/// the drawing: its lane, its event and its ends. A label set right beside the lane, with almost
/// no leader, is read as naming the point under it, so it must stand over none but its own.
type Point<'a> = (Side, &'a str, (f64, f64));

/// The order marks are drawn in, later ones on top: the marks out of focus, then those in focus,
/// so that a mark out of focus never hides one in focus (a grey dot lay over a highlighted bound
/// of the same weeks); within each, the year blocks (the loosest, and opaque), then bars and
/// bounds, then dots.
fn layer(event: &Event, focus: bool) -> (bool, u8) {
    let kind = match event.span {
        _ if year_only(event) => 0,
        Span::By | Span::To(_) => 1,
        Span::On | Span::About => 2,
    };
    (focus, kind)
}

/// The text alternative of the explorer's timeline: how many of the events it draws match.
pub fn filtered_timeline_label(shown: &dyn Fn(&Event) -> bool) -> String {
    let (matching, drawn) = timeline_events().fold((0, 0), |(m, d), (event, _)| {
        (m + usize::from(shown(event)), d + 1)
    });
    format!(
        "{}. {}",
        GraphicKind::Timeline.label(),
        crate::model::matching_events(matching, drawn)
    )
}

/// Draws the timeline with the events `focus` picks brought forward and the rest faded. Where
/// not every label fits, those of the events `about` picks (what the story step's words are
/// about) are set first, then those in focus.
pub fn draw(canvas: &mut Canvas, focus: &dyn Fn(&Event) -> bool, about: &dyn Fn(&Event) -> bool) {
    let (left, right) = ends(canvas);
    let zoom_x0 = x_span(canvas, Date::year(ZOOM_FROM)).0;
    let zoom_x1 = x_span(canvas, Date::year(ZOOM_TO)).1;
    // The lanes' heights: the top lane's labels stack above it, the bottom lane's below it.
    let ilrs_heading = 18.0;
    let ilrs_y = ilrs_heading + 14.0 + ROW * ROWS as f64 + 6.0;
    let artemis_y = ilrs_y + 50.0;
    let axis_y = artemis_y + 14.0 + ROW * ROWS as f64 + 8.0;

    // The enlarged period, shaded, and named: above it where there is room, else at the top
    // right.
    let _ = write!(
        canvas.markup(),
        "<rect class=\"ilrs-g-zoom\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"/>",
        px(zoom_x0),
        px(ilrs_heading + 8.0),
        px(zoom_x1 - zoom_x0),
        px(axis_y - ilrs_heading - 8.0)
    );
    let zoom_note = format!("{ZOOM_FROM}-{} enlarged", ZOOM_TO % 100);
    let over = ((zoom_x0 + zoom_x1) / 2.0, ilrs_heading, Anchor::Middle);
    let top_right = (canvas.w() - MARGIN, ilrs_heading, Anchor::End);
    canvas.text(
        left - 10.0,
        ilrs_heading,
        Anchor::Start,
        Ink::Heading,
        lane_name(Side::Ilrs),
    );
    canvas.text_at_first_free(&[over, top_right], Ink::Note, &zoom_note);

    // The lanes, and the lower one's name (the upper one's is set above).
    for (side, y) in [(Side::Ilrs, ilrs_y), (Side::Artemis, artemis_y)] {
        let _ = write!(
            canvas.markup(),
            "<g class=\"ilrs-g-lane\" data-side=\"{}\"><line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/></g>",
            side_name(Some(side)),
            px(left),
            px(y),
            px(right),
            px(y)
        );
    }
    canvas.text(
        left - 10.0,
        artemis_y - 14.0,
        Anchor::Start,
        Ink::Heading,
        lane_name(Side::Artemis),
    );

    // The axis: a tick at the start of each year shown, labelled where the label fits (an end
    // year's label moved inward as little as it needs).
    let _ = write!(
        canvas.markup(),
        "<g class=\"ilrs-g-axis\"><line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>",
        px(left),
        px(axis_y),
        px(right),
        px(axis_y)
    );
    for (year, month) in ticks(canvas) {
        let x = x_span(canvas, Date::month(year, month)).0;
        let _ = write!(
            canvas.markup(),
            "<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\"/>",
            px(x),
            px(axis_y),
            px(axis_y + 6.0)
        );
        let text = if month == 1 {
            year.to_string()
        } else {
            "Jul".to_string()
        };
        let (_, place) =
            canvas.text_box_inside(x, axis_y + 22.0, Anchor::Middle, Ink::Label, &text);
        if canvas.free(&place) {
            canvas.text(x, axis_y + 22.0, Anchor::Middle, Ink::Label, &text);
        }
    }
    canvas.markup().push_str("</g>");

    // The events, then their labels: each labelled event gets the lowest free row on its side,
    // starting at its mark or ending there.
    let mut labels = Vec::new();
    let mut points = Vec::new();
    let mut events: Vec<_> = timeline_events().collect();
    events.sort_by_key(|(e, _)| layer(e, focus(e)));
    for (event, side) in events {
        let lane_y = if side == Side::Ilrs {
            ilrs_y
        } else {
            artemis_y
        };
        let (at, point) = mark(canvas, event, side, lane_y, focus(event));
        if let Some(ends) = point {
            points.push((side, event.id, ends));
        }
        if let Some(label) = event.label
            && (!event.label_only_in_steps || about(event))
        {
            labels.push((event, side, at, lane_y, label));
        }
    }
    // Labels go in rows with a leader line down (or up) to their mark, and a leader may not
    // cross another label. Each lane's labels are set on their own (the top lane's above it, the
    // bottom lane's below), in the same places as on the whole timeline, so that they stay put
    // from one story step to the next. Where that leaves out an event the drawing brings forward
    // (a label kept to the story's steps always is), the lane is laid out again with the step's
    // own events first, then the others in focus, and that is kept if it leaves out fewer. The
    // whole timeline, which brings every event forward, is the layout the others keep to.
    let zoom = (zoom_x0, zoom_x1);
    let by_years = |e: &Event| u8::from(!in_zoom(e));
    let by_step = |e: &Event| {
        let weight = if about(e) {
            0
        } else if focus(e) {
            1
        } else {
            2
        };
        weight * 2 + u8::from(!in_zoom(e))
    };
    let whole = labels.iter().all(|l| focus(l.0));
    // How many of `labels` that `placed` leaves out: of the step's own events, then of all the
    // drawing brings forward.
    let unnamed = |labels: &[Label], placed: &[bool]| {
        let left_out = |pick: &dyn Fn(&Event) -> bool| {
            labels
                .iter()
                .zip(placed)
                .filter(|(label, placed)| pick(label.0) && !**placed)
                .count()
        };
        (left_out(about), left_out(focus))
    };
    for side in [Side::Ilrs, Side::Artemis] {
        let lane: Vec<Label> = labels.iter().copied().filter(|l| l.1 == side).collect();
        let standing: Vec<Label> = lane
            .iter()
            .copied()
            .filter(|l| !l.0.label_only_in_steps)
            .collect();
        let steady = arrange(canvas, &standing, &points, focus, (&by_years, 2), zoom);
        // Which of the lane's labels that layout names.
        let named: Vec<bool> = lane
            .iter()
            .map(|l| {
                let at = standing.iter().position(|s| s.0.id == l.0.id);
                at.is_some_and(|i| steady.placed[i])
            })
            .collect();
        let left_out = unnamed(&lane, &named);
        let chosen = if whole || left_out == (0, 0) {
            steady
        } else {
            let first = arrange(canvas, &lane, &points, focus, (&by_step, 6), zoom);
            if unnamed(&lane, &first.placed) < left_out {
                first
            } else {
                steady
            }
        };
        *canvas = chosen.canvas;
    }
    canvas.reach(axis_y + 28.0);
}

/// An event's label to place: the event, its lane and that lane's height, where its leader meets
/// its mark, and the label's text.
type Label<'a> = (&'a Event, Side, f64, f64, &'a str);

/// Labels set on a copy of the drawing: whether each label (in the order given) found a place,
/// and how many of each rank did.
struct Layout {
    placed: Vec<bool>,
    named: Vec<usize>,
    canvas: Canvas,
}

/// Sets the labels on a copy of `canvas` the best of several ways. `rank` orders the labels (0
/// first, up to `ranks` - 1). Which order and which side of the mark to try first decides how
/// many fit, so 48 are tried: the ranks in order or in reverse (where the first rank's labels
/// would take the rows the rest need); within a rank, the three stretches of the axis (before,
/// inside and after the enlarged years, between `zoom`'s ends) in each of their six orders;
/// within a stretch, from the left or from the right, each label starting or ending at its mark
/// where it can. The way that names the most of the first rank is kept, then of the next, and
/// so on.
fn arrange(
    canvas: &Canvas,
    labels: &[Label],
    points: &[Point],
    focus: &dyn Fn(&Event) -> bool,
    (rank, ranks): (&dyn Fn(&Event) -> u8, u8),
    zoom: (f64, f64),
) -> Layout {
    let stretch = |x: f64| u8::from(x >= zoom.0) + u8::from(x > zoom.1);
    let stretch_orders = [
        [0, 1, 2],
        [0, 2, 1],
        [1, 0, 2],
        [1, 2, 0],
        [2, 0, 1],
        [2, 1, 0],
    ];
    let sides = [
        (true, [Anchor::Start, Anchor::End]),
        (false, [Anchor::End, Anchor::Start]),
        (true, [Anchor::End, Anchor::Start]),
        (false, [Anchor::Start, Anchor::End]),
    ];
    let ways = [false, true].into_iter().flat_map(|reversed| {
        stretch_orders.into_iter().flat_map(move |stretches| {
            sides.map(|(descending, anchors)| (reversed, stretches, descending, anchors))
        })
    });
    let unset = || Layout {
        placed: vec![false; labels.len()],
        named: vec![0; usize::from(ranks)],
        canvas: canvas.clone(),
    };
    ways.map(|(reversed, stretches, descending, anchors)| {
        let mut order: Vec<usize> = (0..labels.len()).collect();
        let place_of = |x: f64| stretches.iter().position(|s| *s == stretch(x));
        order.sort_by(|a, b| {
            let (a, b) = (&labels[*a], &labels[*b]);
            let by_rank = rank(a.0).cmp(&rank(b.0));
            let by_rank = if reversed { by_rank.reverse() } else { by_rank };
            let x = if descending {
                b.2.total_cmp(&a.2)
            } else {
                a.2.total_cmp(&b.2)
            };
            by_rank
                .then(place_of(a.2).cmp(&place_of(b.2)))
                .then(x)
                .then(a.0.id.cmp(b.0.id))
        });
        let mut layout = unset();
        for i in order {
            if place_label(&mut layout.canvas, labels[i], &anchors, points, focus) {
                layout.placed[i] = true;
                layout.named[usize::from(rank(labels[i].0))] += 1;
            }
        }
        layout
    })
    .max_by(|a, b| a.named.cmp(&b.named))
    .unwrap_or_else(unset)
}

/// Sets an event's label on its side of the lane, with a leader line to its mark: in the lowest
/// free row at the first of `anchors`, else in the lowest free row at the second, where it
/// stands over no other event's `points` on its side (but for those that cover its own mark: no
/// leader could tell those apart); failing that, the same over such a point, but never in the
/// row next to the lane, whose leader is too short to see. Returns whether it found room.
fn place_label(
    canvas: &mut Canvas,
    (event, side, x, lane_y, label): Label,
    anchors: &[Anchor; 2],
    points: &[Point],
    focus: &dyn Fn(&Event) -> bool,
) -> bool {
    // The preferred side of the mark in every row before the other side: a label set on the
    // far side of a mark low down would block the leaders of the marks behind it. And anywhere
    // it stands over no other event's point before anywhere it does: even with a leader to
    // follow, a label over a mark is read at a glance as naming it.
    let options = [true, false].into_iter().flat_map(|clear| {
        anchors
            .iter()
            .flat_map(move |anchor| (0..ROWS).map(move |row| (clear, *anchor, row)))
    });
    let placed = options.into_iter().find_map(|(clear, anchor, row)| {
        let (y, leader_from, leader_to) = match side {
            Side::Ilrs => {
                let y = lane_y - 14.0 - ROW * row as f64;
                (y, y + 5.0, lane_y - 8.0)
            }
            Side::Artemis => {
                let y = lane_y + 26.0 + ROW * row as f64;
                (y, lane_y + 8.0, y - 14.0)
            }
        };
        let leader = Rect {
            x0: x - 1.0,
            y0: leader_from.min(leader_to),
            x1: x + 1.0,
            y1: leader_from.max(leader_to),
        };
        let offset = if anchor == Anchor::Start { -1.0 } else { 1.0 };
        let rect = canvas.text_box(x + offset, y, anchor, Ink::Label, label);
        let over_another = points.iter().any(|(s, id, (x0, x1))| {
            let coincides = *x0 <= x && x <= *x1;
            *s == side && *id != event.id && !coincides && *x0 < rect.x1 && rect.x0 < *x1
        });
        let allowed = !over_another || (!clear && row > 0);
        (canvas.free(&rect) && canvas.free(&leader) && !leader.overlaps(&rect) && allowed)
            .then_some((x + offset, y, anchor, leader))
    });
    let Some((tx, y, anchor, leader)) = placed else {
        return false;
    };
    let _ = write!(
        canvas.markup(),
        "<line class=\"{}\" data-side=\"{}\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>",
        class("ilrs-g-leader", "is-focus", focus(event)),
        side_name(Some(side)),
        px(x),
        px(leader.y0),
        px(x),
        px(leader.y1)
    );
    canvas.take(leader);
    // A label of an event the drawing does not bring forward is muted, as its mark is faded:
    // beside a highlighted mark of the same day, it is not read as naming that one.
    let ink = if focus(event) { Ink::Label } else { Ink::Note };
    canvas.text(tx, y, anchor, ink, label);
    true
}

/// The ticks the axis marks: sparse years in the two outer periods, years and half-years in the
/// enlarged one.
fn ticks(canvas: &Canvas) -> Vec<(u16, u8)> {
    let mut ticks = vec![(TIMELINE_START, 1)];
    let step = if canvas.narrow() { 9 } else { 3 };
    ticks.extend(
        (TIMELINE_START + step..ZOOM_FROM)
            .step_by(usize::from(step))
            .map(|y| (y, 1)),
    );
    for year in ZOOM_FROM..=ZOOM_TO {
        ticks.push((year, 1));
        ticks.push((year, 7));
    }
    ticks.push((ZOOM_TO + 1, 1));
    if !canvas.narrow() {
        ticks.push((ZOOM_TO + 5, 1));
    }
    ticks.push((TIMELINE_END - 1, 1));
    ticks
}

/// An event's mark, drawn as loose as its date: a dot for a day or a month (dashed when
/// "about"), a pale block across its year for a year, a bar for a range (from the start of its
/// first period to the end of its last), and for a bound a line that stops at a bar at the end of
/// its period ("by then, at the latest"). Returns where its label's leader meets it (a bound at
/// its end, anything else in its middle) and, where the mark reads as a point (a dot, a bound's
/// closing bar, a year block no wider than `POINT_WIDTH`), its ends. Ranges and the enlarged
/// years' wide blocks read as periods.
fn mark(
    canvas: &mut Canvas,
    event: &Event,
    side: Side,
    y: f64,
    focus: bool,
) -> (f64, Option<(f64, f64)>) {
    let band = year_band(canvas, event);
    let (start, end) = x_span(canvas, event.date);
    let middle = (start + end) / 2.0;
    let last = match event.span {
        Span::To(last) => x_span(canvas, last).1,
        _ => end,
    };
    // `data-planned` only where it is true: most marks are of past events, and the page carries
    // hundreds of marks.
    let data = format!(
        "class=\"{}\" data-side=\"{}\"{}{} data-span=\"{}\" data-event=\"{}\"",
        class("ilrs-g-event", "is-focus", focus),
        side_name(Some(side)),
        if event.planned {
            " data-planned=\"true\""
        } else {
            ""
        },
        if band.is_some() {
            " data-period=\"year\""
        } else {
            ""
        },
        event.span.as_str(),
        event.id
    );
    let out = canvas.markup();
    match (event.span, band) {
        (Span::On | Span::About, Some((x0, x1))) => {
            let _ = write!(
                out,
                "<rect {data} x=\"{}\" y=\"{}\" width=\"{}\" height=\"10\" rx=\"1\"/>",
                px(x0),
                px(y - 5.0),
                px(x1 - x0)
            );
            (
                (x0 + x1) / 2.0,
                (x1 - x0 <= POINT_WIDTH).then_some((x0, x1)),
            )
        }
        (Span::On | Span::About, None) => {
            let _ = write!(
                out,
                "<circle {data} cx=\"{}\" cy=\"{}\" r=\"{}\"/>",
                px(middle),
                px(y),
                px(DOT_RADIUS)
            );
            (middle, Some((middle - DOT_RADIUS, middle + DOT_RADIUS)))
        }
        (Span::By, _) => {
            let _ = write!(
                out,
                "<path {data} d=\"M{} {}H{}M{} {}V{}\"/>",
                px(end - 24.0),
                px(y),
                px(end),
                px(end),
                px(y - 8.0),
                px(y + 8.0)
            );
            (end, Some((end - 2.0, end + 2.0)))
        }
        (Span::To(_), _) => {
            // Its rounded ends inside the period, and never shorter than a dot is wide.
            let grow = (10.0 - (last - start)).max(0.0) / 2.0;
            let _ = write!(
                out,
                "<rect {data} x=\"{}\" y=\"{}\" width=\"{}\" height=\"10\" rx=\"5\"/>",
                px(start - grow),
                px(y - 5.0),
                px(last - start + 2.0 * grow)
            );
            ((start + last) / 2.0, None)
        }
    }
}
