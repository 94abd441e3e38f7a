//! The story's graphics as SVG markup, written from the data for a graphic and a state. Plain
//! strings rather than `view!` trees: one function per drawing keeps the wasm small, and the
//! drawing can be tested natively. Everything written here comes from the baked dataset and is
//! escaped; nothing from a URL or a host page ever reaches it.

use std::fmt::Write;

use super::graphics::{
    TIMELINE_END, TIMELINE_START, budget_focus, budget_ranking, coalition_focus, coalitions_drawn,
    describe, figure_side, lane_name, membership_focus, signing_day, timeline_events,
    timeline_focus, timeline_position,
};
use crate::data::{FIGURES, MEMBERSHIPS, actor};
use crate::markup::escape;
use crate::model::{
    BudgetsState, CoalitionsState, Date, Event, GraphicKind, GraphicState, MoonState, Side, Span,
    Vocabulary,
};

/// A class attribute value with `extra` added when `on`.
fn class(base: &str, extra: &str, on: bool) -> String {
    if on {
        format!("{base} {extra}")
    } else {
        base.to_string()
    }
}

fn side_name(side: Option<Side>) -> &'static str {
    match side {
        Some(Side::Ilrs) => "ilrs",
        Some(Side::Artemis) => "artemis",
        None => "reference",
    }
}

/// A coordinate rounded to a whole SVG unit: finer precision is invisible, and formatting
/// integers keeps float formatting out of the wasm.
fn px(v: f64) -> i32 {
    v.round() as i32
}

/// A text label; `class` may be empty.
fn text(out: &mut String, x: f64, y: f64, anchor: &str, class: &str, content: &str) {
    let class = if class.is_empty() {
        String::new()
    } else {
        format!(" class=\"{class}\"")
    };
    let _ = write!(
        out,
        "<text x=\"{}\" y=\"{}\" text-anchor=\"{anchor}\"{class}>{}</text>",
        px(x),
        px(y),
        escape(content)
    );
}

/// The whole `<svg>` for a graphic in a state, named and described for screen readers.
pub fn render(state: GraphicState) -> String {
    let label = format!("{}. {}", state.kind().label(), describe(state));
    drawing(&label, |out| match state {
        GraphicState::Coalitions(state) => coalitions(out, state),
        GraphicState::Timeline(state) => timeline(out, &|event| timeline_focus(state, event)),
        GraphicState::Moon(state) => moon(out, state),
        GraphicState::Budgets(state) => budgets(out, state),
    })
}

/// An `<svg>` element of the graphics' size, named by `label`, around what `draw` writes.
fn drawing(label: &str, draw: impl FnOnce(&mut String)) -> String {
    let mut out = format!(
        "<svg viewBox=\"0 0 640 400\" role=\"img\" focusable=\"false\" aria-label=\"{}\">",
        escape(label)
    );
    draw(&mut out);
    out.push_str("</svg>");
    out
}

/// The timeline with the events that pass the explorer's filter brought forward, the rest
/// faded, and a text alternative that gives the numbers.
/// Each dot carries `data-event`, so a page can refocus the dots without redrawing them.
pub fn filtered_timeline(shown: &dyn Fn(&Event) -> bool) -> String {
    drawing(&filtered_timeline_label(shown), |out| timeline(out, shown))
}

/// The filtered timeline's text alternative: how many of the events it draws match.
pub fn filtered_timeline_label(shown: &dyn Fn(&Event) -> bool) -> String {
    let (matching, drawn) = timeline_events().fold((0, 0), |(m, d), (event, _)| {
        (m + usize::from(shown(event)), d + 1)
    });
    format!(
        "{}. {matching} of the {drawn} events it draws match the filters.",
        GraphicKind::Timeline.label()
    )
}

/// The four coalitions as columns, each member a marker whose fill says its status.
fn coalitions(out: &mut String, state: CoalitionsState) {
    let columns: Vec<_> = coalitions_drawn().collect();
    let width = 640.0 / columns.len() as f64;
    for (i, coalition) in columns.into_iter().enumerate() {
        let x = width * i as f64 + width / 2.0;
        let dim = !coalition_focus(state, coalition.id);
        let _ = write!(
            out,
            "<g class=\"{}\" data-side=\"{}\"><rect x=\"{}\" y=\"8\" width=\"{}\" height=\"52\" rx=\"8\"/>",
            class("ilrs-g-coalition", "is-dim", dim),
            side_name(coalition.side),
            px(x - width / 2.0 + 6.0),
            px(width - 12.0)
        );
        text(out, x, 40.0, "middle", "ilrs-g-heading", coalition.short);
        let members = MEMBERSHIPS.iter().filter(|m| m.coalition == coalition.id);
        for (j, m) in members.enumerate() {
            let y = 100.0 + 60.0 * j as f64;
            let _ = write!(
                out,
                "<g class=\"{}\" data-status=\"{}\"><circle cx=\"{}\" cy=\"{}\" r=\"14\"/>",
                class("ilrs-g-member", "is-dim", !membership_focus(state, m)),
                m.status.as_str(),
                px(x),
                px(y)
            );
            let name = actor(m.actor).map_or(m.actor, |a| short_name(a.name));
            text(out, x, y + 32.0, "middle", "", name);
            out.push_str("</g>");
        }
        out.push_str("</g>");
    }
}

/// A name short enough for a column: the abbreviation in parentheses where there is one
/// ("European Space Agency (ESA)" is "ESA"), else the name.
fn short_name(name: &'static str) -> &'static str {
    name.split_once(" (")
        .and_then(|(_, rest)| rest.strip_suffix(')'))
        .unwrap_or(name)
}

const LEFT: f64 = 24.0;
const RIGHT: f64 = 616.0;

fn x_of(date: Date) -> f64 {
    LEFT + (RIGHT - LEFT) * timeline_position(date)
}

fn lane_y(side: Side) -> f64 {
    match side {
        Side::Ilrs => 130.0,
        Side::Artemis => 270.0,
    }
}

/// Two lanes, China and Russia above, the US and its partners below, 2011 to the planned
/// stations; each event a dot, planned ones hollow, the state's events brought forward.
fn timeline(out: &mut String, focus: &dyn Fn(&Event) -> bool) {
    for side in [Side::Ilrs, Side::Artemis] {
        let y = lane_y(side);
        let _ = write!(
            out,
            "<g class=\"ilrs-g-lane\" data-side=\"{}\"><line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>",
            side_name(Some(side)),
            px(LEFT),
            px(y),
            px(RIGHT),
            px(y)
        );
        text(
            out,
            LEFT,
            y - 34.0,
            "start",
            "ilrs-g-heading",
            lane_name(side),
        );
        out.push_str("</g>");
    }
    out.push_str("<g class=\"ilrs-g-axis\">");
    for year in (TIMELINE_START..TIMELINE_END).step_by(2) {
        let x = x_of(Date::month(year, 1));
        let tick = px(x);
        let _ = write!(
            out,
            "<line x1=\"{tick}\" y1=\"330\" x2=\"{tick}\" y2=\"338\"/>"
        );
        text(out, x, 356.0, "middle", "", &year.to_string());
    }
    out.push_str("</g>");
    if let Some(day) = signing_day() {
        let signing = x_of(day);
        let line_x = px(signing);
        let _ = write!(
            out,
            "<g class=\"ilrs-g-now\"><line x1=\"{line_x}\" y1=\"70\" x2=\"{line_x}\" y2=\"330\"/>"
        );
        text(out, signing - 6.0, 64.0, "end", "", &day.readable());
        out.push_str("</g>");
    }
    for (event, side) in timeline_events() {
        let data = format!(
            "class=\"{}\" data-side=\"{}\" data-planned=\"{}\" data-span=\"{}\" data-event=\"{}\"",
            class("ilrs-g-event", "is-focus", focus(event)),
            side_name(Some(side)),
            event.planned,
            event.span.as_str(),
            event.id
        );
        let (x, y) = (x_of(event.date), lane_y(side));
        // A date is drawn as what it is: a dot for a day, month or year; a bar for a range; for a
        // bound, a line that stops at a bar ("by then, at the latest").
        let _ = match event.span {
            Span::On | Span::About => write!(
                out,
                "<circle {data} cx=\"{}\" cy=\"{}\" r=\"7\"/>",
                px(x),
                px(y)
            ),
            Span::By => write!(
                out,
                "<path {data} d=\"M{} {}H{}M{} {}V{}\"/>",
                px(x - 26.0),
                px(y),
                px(x),
                px(x),
                px(y - 9.0),
                px(y + 9.0)
            ),
            Span::To(end) => write!(
                out,
                "<rect {data} x=\"{}\" y=\"{}\" width=\"{}\" height=\"12\" rx=\"6\"/>",
                px(x - 6.0),
                px(y - 6.0),
                px(x_of(end) - x + 12.0)
            ),
        };
    }
}

/// Earth with the ISS's low orbit, and the Moon with the Gateway's orbit and the ILRS's possible
/// sites near the south pole. Not to scale, and it says so.
fn moon(out: &mut String, state: MoonState) {
    let focus = |parts: &[MoonState]| state == MoonState::Overview || parts.contains(&state);
    let iss = FIGURES
        .iter()
        .find(|f| f.id == "iss-altitude")
        .map_or("", |f| f.value);
    let _ = write!(
        out,
        "<g class=\"{}\"><circle class=\"ilrs-g-planet\" cx=\"90\" cy=\"200\" r=\"42\"/>\
         <circle class=\"ilrs-g-orbit\" cx=\"90\" cy=\"200\" r=\"52\"/>\
         <circle class=\"ilrs-g-station\" cx=\"90\" cy=\"148\" r=\"5\"/>",
        class("ilrs-g-earth", "is-dim", !focus(&[MoonState::IssScale]))
    );
    text(out, 90.0, 275.0, "middle", "ilrs-g-heading", "Earth");
    text(out, 90.0, 296.0, "middle", "", &format!("ISS, {iss}"));
    out.push_str(
        "</g><line class=\"ilrs-g-distance\" x1=\"150\" y1=\"200\" x2=\"270\" y2=\"200\"/>\
         <circle class=\"ilrs-g-moon\" cx=\"430\" cy=\"200\" r=\"110\"/>",
    );
    text(out, 430.0, 70.0, "middle", "ilrs-g-heading", "Moon");
    let _ = write!(
        out,
        "<g class=\"{}\" data-side=\"artemis\">\
         <ellipse class=\"ilrs-g-orbit\" cx=\"430\" cy=\"200\" rx=\"175\" ry=\"62\"/>\
         <rect x=\"596\" y=\"186\" width=\"22\" height=\"14\" rx=\"3\"/>",
        class("ilrs-g-site", "is-dim", !focus(&[MoonState::Gateway]))
    );
    text(out, 607.0, 226.0, "middle", "", "Gateway");
    text(out, 607.0, 244.0, "middle", "", "(lunar orbit)");
    let _ = write!(
        out,
        "</g><g class=\"{}\" data-side=\"ilrs\">\
         <circle class=\"ilrs-g-orbit\" cx=\"430\" cy=\"200\" r=\"135\" stroke-dasharray=\"4 6\"/>\
         <path d=\"M430 306 l-9 -16 h18 z\"/><circle cx=\"430\" cy=\"335\" r=\"5\"/>",
        class(
            "ilrs-g-site",
            "is-dim",
            !focus(&[MoonState::Ilrs, MoonState::Disputed])
        )
    );
    text(
        out,
        430.0,
        362.0,
        "middle",
        "",
        "ILRS: surface near the south pole",
    );
    text(out, 430.0, 380.0, "middle", "", "and/or lunar orbit");
    if state == MoonState::Disputed {
        text(out, 452.0, 300.0, "start", "ilrs-g-query", "?");
    }
    out.push_str("</g>");
    text(out, 8.0, 392.0, "start", "ilrs-g-note", "Not to scale");
}

/// The budget ranking as a podium: heights show rank only, because the reports give no sums.
fn budgets(out: &mut String, state: BudgetsState) {
    let ranking = budget_ranking();
    let places = ranking.len();
    for (i, figure) in ranking.into_iter().enumerate() {
        // First place in the middle, second to its left, third to its right.
        let slot = [1.0, 0.0, 2.0].get(i).copied().unwrap_or(i as f64);
        let height = 90.0 * (places - i) as f64;
        let x = 70.0 + 170.0 * slot;
        let side = side_name(figure_side(figure));
        let _ = write!(
            out,
            "<g class=\"{}\" data-side=\"{side}\"><rect x=\"{}\" y=\"{}\" width=\"150\" height=\"{}\" rx=\"4\"/>",
            class("ilrs-g-place", "is-dim", !budget_focus(state, figure)),
            px(x),
            px(340.0 - height),
            px(height)
        );
        text(
            out,
            x + 75.0,
            375.0 - height,
            "middle",
            "ilrs-g-rank",
            &figure.number.to_string(),
        );
        let name = figure
            .actors
            .first()
            .and_then(|a| actor(a))
            .map_or("", |a| a.name);
        text(
            out,
            x + 75.0,
            330.0 - height,
            "middle",
            "ilrs-g-heading",
            name,
        );
        out.push_str("</g>");
    }
    out.push_str("<line class=\"ilrs-g-ground\" x1=\"40\" y1=\"340\" x2=\"600\" y2=\"340\"/>");
    text(
        out,
        8.0,
        380.0,
        "start",
        "ilrs-g-note",
        "Rank only: the reports give no amounts",
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::TimelineState;

    #[test]
    fn every_graphic_in_every_state_is_one_well_formed_svg() {
        for kind in GraphicKind::ALL {
            for state in GraphicState::all(*kind) {
                let svg = render(state);
                assert!(svg.starts_with("<svg ") && svg.ends_with("</svg>"));
                for tag in ["g", "text"] {
                    let opened = svg.matches(&format!("<{tag} ")).count()
                        + svg.matches(&format!("<{tag}>")).count();
                    assert_eq!(
                        opened,
                        svg.matches(&format!("</{tag}>")).count(),
                        "{}:{state:?} <{tag}>",
                        kind.as_str()
                    );
                }
                assert!(svg.contains("role=\"img\" focusable=\"false\" aria-label=\""));
            }
        }
    }

    #[test]
    fn the_russia_state_brings_russia_forward_in_four_coalitions() {
        let svg = render(GraphicState::Coalitions(CoalitionsState::Russia));
        let focused = svg.matches("<g class=\"ilrs-g-member\" ").count();
        assert_eq!(focused, 4);
        assert!(svg.matches("ilrs-g-member is-dim").count() > 0);
        assert!(svg.contains("Russia (declined)"));
    }

    #[test]
    fn the_timeline_draws_every_event_of_its_years_once() {
        let svg = render(GraphicState::Timeline(TimelineState::All));
        assert_eq!(
            svg.matches(" class=\"ilrs-g-event").count(),
            timeline_events().count()
        );
        for (event, _) in timeline_events() {
            assert_eq!(
                svg.matches(&format!("data-event=\"{}\"", event.id)).count(),
                1
            );
        }
        // Loose dates are drawn as what they are.
        assert!(svg.contains("data-span=\"by\" data-event=\"south-pole-station\" d=\"M"));
        assert!(svg.contains("data-span=\"to\" data-event=\"gateway-construction\" x=\""));
        assert!(
            !svg.contains("ilrs-g-event\""),
            "in state all, every event is in focus"
        );
    }

    #[test]
    fn the_filtered_timeline_counts_and_brings_forward_what_matches() {
        let svg = filtered_timeline(&|event| event.planned);
        let planned = timeline_events().filter(|(e, _)| e.planned).count();
        assert!(planned > 0);
        assert_eq!(svg.matches("ilrs-g-event is-focus").count(), planned);
        assert!(svg.contains(&format!(
            "{planned} of the {} events it draws match",
            timeline_events().count()
        )));
    }

    #[test]
    fn only_the_disputed_moon_asks_its_question() {
        assert!(render(GraphicState::Moon(MoonState::Disputed)).contains(">?</text>"));
        assert!(!render(GraphicState::Moon(MoonState::Gateway)).contains(">?</text>"));
    }

    #[test]
    fn names_shorten_to_their_abbreviation() {
        assert_eq!(short_name("European Space Agency (ESA)"), "ESA");
        assert_eq!(short_name("Russia"), "Russia");
    }
}
