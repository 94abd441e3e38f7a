use super::states::timeline_events;
use super::*;
use crate::model::{CoalitionsState, MoonState, TimelineState, Vocabulary};

/// Every drawing the page holds: each graphic in each state, the explorer's timeline and the
/// lead, in both widths, with the canvas it was drawn on.
fn every_drawing() -> Vec<(String, Canvas)> {
    let mut out = Vec::new();
    for width in Width::ALL {
        for kind in GraphicKind::ALL {
            for state in GraphicState::all(*kind) {
                let mut canvas = Canvas::new(*width);
                draw(&mut canvas, state);
                out.push((
                    format!("{}:{} {width:?}", kind.as_str(), state.as_str()),
                    canvas,
                ));
            }
        }
        let mut canvas = Canvas::new(*width);
        lead::draw(&mut canvas);
        out.push((format!("lead {width:?}"), canvas));
    }
    out
}

/// Every timeline drawing (each state, both widths) as its name, whether it is the phone's, and
/// its markup.
fn timeline_drawings() -> Vec<(String, bool, String)> {
    every_drawing()
        .into_iter()
        .filter(|(name, _)| name.starts_with("timeline"))
        .map(|(name, canvas)| {
            let narrow = canvas.narrow();
            (name, narrow, canvas.into_parts().0)
        })
        .collect()
}

#[test]
fn no_label_is_set_on_another_in_any_drawing() {
    for (name, canvas) in every_drawing() {
        assert!(
            canvas.collisions.is_empty(),
            "{name}: {:?}",
            canvas.collisions
        );
    }
}

#[test]
fn every_graphic_in_every_state_is_two_well_formed_svgs() {
    for kind in GraphicKind::ALL {
        for state in GraphicState::all(*kind) {
            let svg = render(state);
            assert_eq!(svg.matches("<svg ").count(), 2);
            assert!(svg.contains("data-width=\"narrow\"") && svg.contains("data-width=\"wide\""));
            for tag in ["g", "text", "svg"] {
                let opened = svg.matches(&format!("<{tag} ")).count()
                    + svg.matches(&format!("<{tag}>")).count();
                assert_eq!(
                    opened,
                    svg.matches(&format!("</{tag}>")).count(),
                    "{state:?} <{tag}>"
                );
            }
            assert!(svg.contains("role=\"img\" focusable=\"false\" aria-label=\""));
        }
    }
}

#[test]
fn the_narrow_drawings_fit_above_a_phones_step_card() {
    // Shown 288 px wide at the least, under half of a 568 px screen: 300 units tall at most.
    for (name, canvas) in every_drawing() {
        if canvas.narrow() && !name.starts_with("lead") {
            assert!(
                canvas.height() <= 310.0,
                "{name} is {} tall",
                canvas.height()
            );
        }
    }
}

#[test]
fn every_labelled_event_is_named_on_the_timeline() {
    for width in Width::ALL {
        // Wide, every labelled event; on phones, at least those of the enlarged years.
        let labelled: Vec<&str> = timeline_events()
            .filter(|(e, _)| *width == Width::Wide || timeline::in_zoom(e))
            .filter(|(e, _)| !e.label_only_in_steps)
            .filter_map(|(e, _)| e.label)
            .collect();
        assert!(labelled.len() >= 7);
        let svg = filtered_timeline(&|_| true);
        let mut canvas = Canvas::new(*width);
        timeline::draw(&mut canvas, &|_| true, &|_| false);
        let (markup, _) = canvas.into_parts();
        for label in &labelled {
            assert!(
                label_of(&markup, label).is_some(),
                "{width:?}: {label} is not labelled"
            );
            assert!(label_of(&svg, label).is_some());
        }
    }
}

#[test]
fn the_enlarged_years_take_half_the_axis() {
    use crate::model::Date;
    let at = |y, m| timeline::span(Date::month(y, m)).0;
    assert!(at(2011, 1) < 0.01);
    assert!((at(2022, 1) - at(2020, 1) - 0.52).abs() < 0.02);
    assert!(at(2021, 3) > at(2020, 12) && at(2024, 1) > at(2022, 1));
    assert_eq!(timeline::span(Date::year(1961)).0, 0.0);
}

#[test]
fn the_timeline_draws_every_event_of_its_years_once_and_loose_dates_as_such() {
    let svg = render(GraphicState::Timeline(TimelineState::All));
    for (event, _) in timeline_events() {
        assert_eq!(
            svg.matches(&format!("data-event=\"{}\"", event.id)).count(),
            2
        );
    }
    assert!(svg.contains("data-span=\"by\" data-event=\"south-pole-station\" d=\"M"));
    assert!(svg.contains("data-span=\"to\" data-event=\"gateway-construction\" x=\""));
    assert!(
        !svg.contains("ilrs-g-event\""),
        "in state all, every event is in focus"
    );
}

/// A label's text element in a drawing's markup, from `<text` to the text itself, if it is set.
fn label_of<'a>(markup: &'a str, label: &str) -> Option<&'a str> {
    let end = markup.find(&format!(">{}</text>", crate::markup::escape(label)))?;
    Some(&markup[markup[..end].rfind("<text").unwrap()..end])
}

/// An event's mark in a drawing's markup: its element, from `<` to `/>`.
fn mark_of<'a>(markup: &'a str, id: &str) -> &'a str {
    let at = markup
        .find(&format!("data-event=\"{id}\""))
        .unwrap_or_else(|| panic!("no mark for {id}"));
    let start = markup[..at].rfind('<').unwrap();
    let end = at + markup[at..].find("/>").unwrap();
    &markup[start..end]
}

/// A number attribute of an element's markup.
fn number(element: &str, name: &str) -> f64 {
    let value = element
        .split(&format!(" {name}=\""))
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap_or_else(|| panic!("no {name} in {element}"));
    value.parse().unwrap()
}

#[test]
fn a_date_known_only_to_its_year_spans_that_year() {
    use crate::model::Span;
    let year_only = |e: &Event| e.date.month.is_none();
    let banded: Vec<_> = timeline_events()
        .filter(|(e, _)| year_only(e) && matches!(e.span, Span::On | Span::About))
        .collect();
    assert!(
        banded.iter().any(|(e, _)| timeline::in_zoom(e)),
        "the data has a year-only event in 2020-21"
    );
    for width in Width::ALL {
        let mut canvas = Canvas::new(*width);
        timeline::draw(&mut canvas, &|_| true, &|_| false);
        let (markup, _) = canvas.into_parts();
        for (event, _) in &banded {
            let band = mark_of(&markup, event.id);
            assert!(
                band.starts_with("<rect") && band.contains("data-period=\"year\""),
                "{width:?}: {} ({}) is not a band: {band}",
                event.id,
                event.date.year
            );
        }
        // The enlarged years are the two halves of the shaded zone, so there a year's start and
        // end are read off the zone: a block keeps 2.5 units inside its year's ends.
        let zone = &markup[markup.find("class=\"ilrs-g-zoom\"").unwrap()..];
        let (zone_x, zone_w) = (number(zone, "x"), number(zone, "width"));
        let year_x = |year: u16| zone_x + zone_w / 2.0 * f64::from(year - timeline::ZOOM_FROM);
        for (event, _) in banded.iter().filter(|(e, _)| timeline::in_zoom(e)) {
            let band = mark_of(&markup, event.id);
            let (x, w) = (number(band, "x"), number(band, "width"));
            assert!(
                (x - 2.5 - year_x(event.date.year)).abs() <= 1.0,
                "{width:?}: {band} against the zone at {zone_x}, {zone_w} wide"
            );
            assert!((w + 5.0 - zone_w / 2.0).abs() <= 1.0, "{width:?}: {band}");
        }
        // A range runs from the start of its first period: a range from a year of the zone
        // starts where that year does.
        let ranges: Vec<_> = timeline_events()
            .filter(|(e, _)| {
                matches!(e.span, Span::To(_))
                    && year_only(e)
                    && (timeline::ZOOM_FROM..=timeline::ZOOM_TO).contains(&e.date.year)
            })
            .collect();
        assert!(!ranges.is_empty(), "the data has a range from 2020-21");
        for (event, _) in ranges {
            let bar = mark_of(&markup, event.id);
            assert!((number(bar, "x") - year_x(event.date.year)).abs() <= 1.0);
        }
    }
}

/// Where a mark sits across the drawing, read from its markup: its ends, and whether it pins its
/// event to a point (a dot, a bound's closing bar, a year block under 24 units) or to a period.
fn extent(mark: &str) -> ((f64, f64), bool) {
    if mark.starts_with("<circle") {
        let (cx, r) = (number(mark, "cx"), number(mark, "r"));
        ((cx - r, cx + r), true)
    } else if mark.starts_with("<path") {
        // A bound: `M{start} {y}H{end}M…`, its bar at the end.
        let h = mark
            .split('H')
            .nth(1)
            .and_then(|rest| rest.split('M').next());
        let end: f64 = h.unwrap().parse().unwrap();
        ((end - 2.0, end + 2.0), true)
    } else {
        let (x, w) = (number(mark, "x"), number(mark, "width"));
        (
            (x, x + w),
            mark.contains("data-period=\"year\"") && w <= 24.0,
        )
    }
}

#[test]
fn a_label_beside_its_lane_stands_over_no_other_events_mark() {
    // The row next to a lane has a leader too short to see: a label there is read as naming the
    // mark under it. At 640 units "Chang'e-7" (2024) stood over the 2022 block.
    let mut checked = 0;
    for (name, _, markup) in timeline_drawings() {
        let lane_y = |side: &str| {
            let at = markup
                .find(&format!("class=\"ilrs-g-lane\" data-side=\"{side}\""))
                .unwrap();
            number(&markup[at..], "y1")
        };
        for (event, side) in timeline_events() {
            let Some(label) = event.label else { continue };
            let Some(element) = label_of(&markup, label) else {
                continue;
            };
            let side = side_name(Some(side));
            let beside = if side == "ilrs" {
                lane_y(side) - 14.0
            } else {
                lane_y(side) + 26.0
            };
            if (number(element, "y") - beside).abs() > 0.5 {
                continue;
            }
            checked += 1;
            let (x, width) = (number(element, "x"), Ink::Label.width(label));
            let (x0, x1) = match element {
                e if e.contains("text-anchor=\"end\"") => (x - width, x),
                e if e.contains("text-anchor=\"middle\"") => (x - width / 2.0, x + width / 2.0),
                _ => (x, x + width),
            };
            let ((own0, own1), _) = extent(mark_of(&markup, event.id));
            let own = ((own0 + own1) / 2.0 - 1.0, (own0 + own1) / 2.0 + 1.0);
            for (other, other_side) in timeline_events() {
                if other.id == event.id || side_name(Some(other_side)) != side {
                    continue;
                }
                let ((m0, m1), is_point) = extent(mark_of(&markup, other.id));
                // A mark on the same spot as this one is told apart by no leader.
                let same_spot = m0 <= own.1 && own.0 <= m1;
                assert!(
                    !is_point || same_spot || m1 <= x0 || x1 <= m0,
                    "{name}: \"{label}\" ({x0:.0} to {x1:.0}) stands over {} ({m0:.0} to {m1:.0})",
                    other.id
                );
            }
        }
    }
    assert!(checked >= 4, "only {checked} labels beside a lane");
}

#[test]
fn every_story_step_names_and_highlights_its_own_events_in_both_widths() {
    // What a step's words are about is what its reader looks for in the graphic. Before the
    // steps' own events came first, four of the nine timeline steps named none of theirs: the
    // 2014 work on satellite navigation, the 2018 framework, the September 2020 meeting,
    // Putin's remarks.
    let mut checked = 0;
    for step in crate::data::CHAPTERS.iter().flat_map(|c| c.steps) {
        let GraphicState::Timeline(state) = step.shows else {
            continue;
        };
        for width in Width::ALL {
            let mut canvas = Canvas::new(*width);
            draw(&mut canvas, step.shows);
            let (markup, _) = canvas.into_parts();
            let (mut named, mut drawn) = (0, 0);
            for (event, _) in
                timeline_events().filter(|(e, _)| step.records.iter().any(|r| r.id == e.id))
            {
                assert!(
                    mark_of(&markup, event.id).contains("is-focus"),
                    "{} {width:?}: {} is not highlighted",
                    step.id,
                    event.id
                );
                drawn += 1;
                let Some(label) = event.label else { continue };
                assert!(
                    label_of(&markup, label).is_some(),
                    "{} {width:?} ({}): {label} is not named",
                    step.id,
                    state.as_str()
                );
                named += 1;
            }
            assert!(
                named > 0 || drawn == 0,
                "{} {width:?}: names none of its events",
                step.id
            );
            checked += named;
        }
    }
    assert!(
        checked >= 2 * 12,
        "only {checked} of the steps' labels checked"
    );
}

#[test]
fn a_label_kept_to_the_story_names_an_event_a_timeline_step_is_about() {
    for (event, _) in timeline_events().filter(|(e, _)| e.label_only_in_steps) {
        let about = TimelineState::ALL
            .iter()
            .any(|state| states::timeline_about(*state, event));
        assert!(about, "{}: its label would never be set", event.id);
    }
}

#[test]
fn every_timeline_state_names_the_events_it_highlights() {
    // Wide, every one; on a phone, where the decade before 2020 is 58 units wide, a crowded
    // state may leave out one of those years. Labels kept to the steps are the test above's, and
    // the whole timeline (`all`) is `every_labelled_event_is_named_on_the_timeline`'s.
    let mut named = 0;
    for (name, narrow, markup) in timeline_drawings()
        .into_iter()
        .filter(|(n, _, _)| !n.starts_with("timeline:all"))
    {
        for (event, _) in timeline_events().filter(|(e, _)| !e.label_only_in_steps) {
            let Some(label) = event.label else { continue };
            if !mark_of(&markup, event.id).contains("is-focus") {
                continue;
            }
            if label_of(&markup, label).is_some() {
                named += 1;
            } else {
                assert!(
                    narrow && event.date.year < timeline::ZOOM_FROM,
                    "{name}: {label} is in focus but not named"
                );
            }
        }
    }
    assert!(named >= 12, "only {named} labels of events in focus");
}

#[test]
fn a_label_is_muted_where_its_event_is_not_brought_forward() {
    // In the Rogozin step, "MoU signed" stood beside a highlighted dot of the same days (an
    // analyst's comment): in the label's ink, it read as naming that dot.
    let mut muted = 0;
    for (name, _, markup) in timeline_drawings() {
        for (event, _) in timeline_events() {
            let Some(label) = event.label else { continue };
            let Some(text) = label_of(&markup, label) else {
                continue;
            };
            let in_focus = mark_of(&markup, event.id).contains("is-focus");
            assert_eq!(
                text.contains("ilrs-g-note"),
                !in_focus,
                "{name}: {label} ({})",
                if in_focus { "in focus" } else { "faded" }
            );
            muted += usize::from(!in_focus);
        }
    }
    assert!(muted > 0, "no drawing fades a labelled event");
}

#[test]
fn the_timelines_labels_stay_put_from_one_step_to_the_next() {
    // A story state's labels are where the whole timeline's are, unless that leaves out an
    // event the state brings forward: a label kept to its steps (the whole timeline has none),
    // or, on a phone, a label of an event it highlights. Then that lane is laid out again.
    // Where each label stands and what it says; muted or not, as a state has it.
    let texts = |markup: &str| -> Vec<String> {
        markup
            .split("<text ")
            .skip(1)
            .map(|t| t[..t.find("</text>").unwrap()].replace(" class=\"ilrs-g-note\"", ""))
            .collect()
    };
    let named = |markup: &str, event: &Event| {
        event
            .label
            .is_some_and(|label| label_of(markup, label).is_some())
    };
    for width in Width::ALL {
        let mut whole = Canvas::new(*width);
        timeline::draw(&mut whole, &|_| true, &|_| false);
        let (whole, _) = whole.into_parts();
        let standing = texts(&whole);
        let stories = TimelineState::ALL
            .iter()
            .filter(|s| **s != TimelineState::All);
        let mut moved = 0;
        for state in stories.clone() {
            let mut canvas = Canvas::new(*width);
            draw(&mut canvas, GraphicState::Timeline(*state));
            let (markup, _) = canvas.into_parts();
            let here = texts(&markup);
            if standing.iter().all(|t| here.contains(t)) {
                continue;
            }
            moved += 1;
            let kept_to_steps = timeline_events()
                .any(|(e, _)| e.label_only_in_steps && states::timeline_about(*state, e));
            let left_out = *width == Width::Narrow
                && timeline_events().any(|(e, _)| {
                    e.label.is_some()
                        && states::timeline_focus(*state, e)
                        && !named(&whole, e)
                        && named(&markup, e)
                });
            assert!(
                kept_to_steps || left_out,
                "{state:?} {width:?}: the labels moved, and the whole timeline's name all it brings forward"
            );
        }
        assert!(
            moved < stories.count(),
            "{width:?}: the labels move in every story state"
        );
    }
}

#[test]
fn a_mark_in_focus_is_drawn_over_every_mark_that_is_not() {
    // Several events share 9 March 2021; whichever is in focus must not be hidden under the rest.
    // In the diplomacy step a grey dot of March 2021 lay over the highlighted bound of the
    // Kremlin's remark, by 14 March.
    for (event, _) in timeline_events() {
        let mut canvas = Canvas::new(Width::Wide);
        timeline::draw(&mut canvas, &|e| e.id == event.id, &|_| false);
        let (markup, _) = canvas.into_parts();
        let focused = mark_of(&markup, event.id);
        let at = |mark: &str| mark.as_ptr() as usize - markup.as_ptr() as usize;
        for (other, _) in timeline_events().filter(|(e, _)| e.id != event.id) {
            let mark = mark_of(&markup, other.id);
            assert!(
                at(mark) < at(focused),
                "{}: {mark} is drawn over it",
                event.id
            );
        }
    }
}

#[test]
fn the_timelines_key_names_the_marks_it_draws() {
    let key = Chart::Story(GraphicState::Timeline(TimelineState::All))
        .key()
        .expect("the timeline has a key");
    let svg = render(GraphicState::Timeline(TimelineState::All));
    for (named, drawn) in [
        ("Dot: a day or a month", "<circle class=\"ilrs-g-event"),
        ("planned", "data-planned=\"true\""),
        ("Pale block: a year", "data-period=\"year\""),
        ("Outlined bar: a period", "data-span=\"to\""),
        ("Line ending in a tick: by that date", "data-span=\"by\""),
    ] {
        assert!(key.contains(named), "the key says {named}");
        assert!(
            svg.contains(drawn),
            "the timeline draws what the key calls {named}"
        );
    }
    assert_eq!(
        Chart::Story(GraphicState::Moon(MoonState::ALL[0])).key(),
        None
    );
}

#[test]
fn the_filtered_timeline_counts_and_brings_forward_what_matches() {
    let svg = filtered_timeline(&|event| event.planned);
    let planned = timeline_events().filter(|(e, _)| e.planned).count();
    assert!(planned > 0);
    assert_eq!(svg.matches("ilrs-g-event is-focus").count(), 2 * planned);
    assert!(svg.contains(&format!(
        "{planned} of the {} events it draws match",
        timeline_events().count()
    )));
}

#[test]
fn the_russia_state_brings_russia_forward_in_four_coalitions() {
    let mut canvas = Canvas::new(Width::Wide);
    draw(
        &mut canvas,
        GraphicState::Coalitions(CoalitionsState::Russia),
    );
    let (svg, _) = canvas.into_parts();
    assert_eq!(
        svg.matches("<g class=\"ilrs-g-member\" data-status=\"")
            .count()
            - 4,
        4,
        "less the legend's four"
    );
    assert!(svg.contains("ilrs-g-member is-dim"));
}

#[test]
fn the_membership_legend_names_each_status_the_data_uses_and_no_other() {
    let mut canvas = Canvas::new(Width::Narrow);
    draw(&mut canvas, GraphicState::Coalitions(CoalitionsState::All));
    let (svg, _) = canvas.into_parts();
    for label in ["Founding member", "Member", "Invited", "Declined"] {
        assert!(svg.contains(&format!(">{label}</text>")), "{label}");
    }
    assert!(!svg.contains(">Considering</text>"));
}

#[test]
fn the_budget_ranks_are_badges_of_one_size() {
    let svg = render(GraphicState::Budgets(crate::model::BudgetsState::Ranking));
    assert!(!svg.contains("<rect"), "no bars");
    let radii: Vec<&str> = svg
        .match_indices(" r=\"")
        .map(|(i, _)| &svg[i..i + 7])
        .collect();
    assert!(radii.windows(2).all(|w| w[0] == w[1]), "{radii:?}");
    assert!(svg.contains("the reports give no amounts"));
}

#[test]
fn the_moon_says_it_is_not_to_scale_and_only_the_disputed_state_asks() {
    for state in MoonState::ALL {
        let svg = render(GraphicState::Moon(*state));
        assert!(svg.contains(">Not to scale</text>"));
        assert_eq!(
            svg.matches(">Moon</text>").count(),
            2,
            "the Moon named in both widths"
        );
        let asked = if *state == MoonState::Disputed { 2 } else { 0 };
        assert_eq!(
            svg.matches("?</text>").count(),
            asked,
            "the CNSA plan asked about in both widths"
        );
    }
}

#[test]
fn the_lead_names_both_sides_their_members_and_where_they_would_build() {
    let svg = lead();
    for text in [
        "China and Russia",
        "United States and partners",
        "ESA",
        "Japan",
        "Canada",
    ] {
        assert!(svg.contains(&format!(">{text}</text>")), "{text}");
    }
    let label = lead_label();
    assert!(label.contains("China (founding member)"), "{label}");
    assert!(label.contains("lunar orbit"), "{label}");
}

#[test]
fn every_chart_has_a_title_a_source_line_and_a_standalone_file() {
    let charts = std::iter::once(Chart::Lead).chain(
        GraphicKind::ALL
            .iter()
            .map(|kind| Chart::Story(GraphicState::all(*kind)[0])),
    );
    for chart in charts {
        assert!(!chart.title().is_empty());
        let line = chart.source_line();
        assert!(
            line.starts_with("Sources: ") && line.ends_with('.'),
            "{line}"
        );
        assert!(!chart.sources().is_empty());
        let file = standalone::svg(chart, Width::Wide);
        assert!(file.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assert!(file.contains(&crate::markup::escape(chart.title())));
        assert!(file.contains("Sources: "));
    }
    let budgets = Chart::Story(GraphicState::Budgets(crate::model::BudgetsState::Ranking));
    assert_eq!(
        budgets.sources(),
        ["agencies-declared-tuesday", "national-interest"]
    );
    assert_eq!(
        budgets.source_line(),
        "Sources: The National Interest and an undated report."
    );
}

#[test]
fn names_shorten_to_their_abbreviation() {
    assert_eq!(coalitions::short_name("European Space Agency (ESA)"), "ESA");
    assert_eq!(coalitions::short_name("Russia"), "Russia");
}

#[test]
fn the_axis_names_its_first_and_last_year_in_both_widths() {
    for width in Width::ALL {
        let mut canvas = Canvas::new(*width);
        timeline::draw(&mut canvas, &|_| true, &|_| false);
        let (svg, _) = canvas.into_parts();
        for year in ["2011", "2031"] {
            assert!(
                svg.contains(&format!(">{year}</text>")),
                "{width:?}: {year}"
            );
        }
    }
}

#[test]
fn the_leads_text_alternative_keeps_the_gateways_capital() {
    assert!(lead_label().contains("Where: The Gateway, in lunar orbit."));
}

/// A screen reader hears what a sighted reader sees: where a state fades part of a drawing, its
/// text alternative says what is highlighted and that the rest is faded; where nothing is
/// faded, it does not. (The timeline names what it highlights in every state.)
#[test]
fn a_text_alternative_says_when_part_of_the_drawing_is_faded() {
    for kind in GraphicKind::ALL {
        for state in GraphicState::all(*kind) {
            let drawing = render(state);
            let label = state_label(state);
            let faded = drawing.contains("is-dim");
            if *kind != GraphicKind::Timeline {
                assert_eq!(label.contains("Highlighted:"), faded, "{label}");
                assert_eq!(label.contains("The rest is shown faded."), faded, "{label}");
            } else {
                assert!(label.contains("Highlighted:"), "{label}");
            }
        }
    }
}

/// After a step's words a listener hears what its graphic now shows (`shown_label`), from the
/// same data as the drawing's text alternative: the same facts, and nothing of how they are
/// drawn (faded, highlighted, lanes, scale).
#[test]
fn a_steps_description_tells_what_the_graphic_shows_not_how() {
    for kind in GraphicKind::ALL {
        for state in GraphicState::all(*kind) {
            let shown = shown_label(state);
            for drawn in ["Highlighted", "faded", "lane", "drawn to scale"] {
                assert!(!shown.contains(drawn), "{state:?} says {drawn:?}: {shown}");
            }
            // Every fact the text alternative gives after its drawing words is there.
            let label = state_label(state)
                .replace(" The rest is shown faded.", "")
                .replace(" Not drawn to scale.", "")
                .replace("Highlighted: ", "");
            let facts = label
                .split_once("in two lanes. ")
                .map_or(label.as_str(), |(_, facts)| facts);
            assert!(shown.ends_with(facts), "{state:?}: {shown} | {facts}");
            assert!(shown.starts_with(kind.label()), "{shown}");
        }
    }
}

#[test]
fn every_story_step_brings_forward_only_what_its_records_or_words_name() {
    // A graphic that points at what its words do not mention is read as saying it: the
    // diplomacy step highlighted the 2011 ban on NASA working with China, which its words never
    // mention, because its state picked events by theme. A state that brings everything forward
    // alike (`all`) singles nothing out.
    use crate::data::{COALITIONS, FIGURES, MEMBERSHIPS, actor};
    use crate::model::{Side, named};
    use states::{
        MoonPart, budget_focus, budget_ranking, coalition_focus, count_focus, iss_altitude,
        membership_focus, moon_focus,
    };
    let mut checked = 0;
    for step in crate::data::CHAPTERS.iter().flat_map(|c| c.steps) {
        let names = |id: &str| step.records.iter().any(|r| r.id == id);
        // An actor named in the words, by its name or its abbreviation.
        let says = |actor_id: &str| {
            actor(actor_id).is_some_and(|a| {
                step.text.contains(a.name)
                    || step.text.contains(super::coalitions::short_name(a.name))
            })
        };
        let mut forward: Vec<String> = Vec::new();
        let mut unnamed = |thing: String, named: bool| {
            forward.push(thing.clone());
            assert!(
                named,
                "{}: brings forward {thing}, which neither its records nor its words name",
                step.id
            );
        };
        match step.shows {
            GraphicState::Timeline(TimelineState::All)
            | GraphicState::Coalitions(CoalitionsState::All)
            | GraphicState::Moon(MoonState::Overview) => continue,
            GraphicState::Timeline(state) => {
                for (event, _) in
                    timeline_events().filter(|(e, _)| states::timeline_focus(state, e))
                {
                    unnamed(format!("the event {}", event.id), names(event.id));
                }
            }
            GraphicState::Coalitions(state) => {
                for m in MEMBERSHIPS.iter().filter(|m| membership_focus(state, m)) {
                    let named = names(m.coalition) || says(m.actor);
                    unnamed(format!("the membership {}/{}", m.coalition, m.actor), named);
                }
                for f in FIGURES
                    .iter()
                    .filter(|f| f.count_label.is_some() && count_focus(state, f))
                {
                    let named = names(f.id) || f.coalitions.iter().any(|c| names(c));
                    unnamed(format!("the count {}", f.id), named);
                }
                for c in COALITIONS.iter().filter(|c| coalition_focus(state, c.id)) {
                    let named = names(c.id)
                        || MEMBERSHIPS.iter().any(|m| {
                            m.coalition == c.id && membership_focus(state, m) && says(m.actor)
                        });
                    unnamed(format!("the coalition {}", c.id), named);
                }
            }
            GraphicState::Moon(state) => {
                if moon_focus(state, MoonPart::Iss) {
                    let figure = iss_altitude().map_or("", |f| f.id);
                    unnamed(format!("the figure {figure}"), names(figure));
                }
                for side in Side::ALL {
                    if moon_focus(state, MoonPart::Where(*side)) {
                        unnamed(format!("where/{}", side.as_str()), names(named::WHERE));
                    }
                }
            }
            GraphicState::Budgets(state) => {
                for figure in budget_ranking()
                    .into_iter()
                    .filter(|f| budget_focus(state, f))
                {
                    unnamed(format!("the rank {}", figure.id), names(figure.id));
                }
            }
        }
        assert!(
            !forward.is_empty(),
            "{}: its graphic brings nothing forward",
            step.id
        );
        checked += 1;
    }
    assert!(checked >= 18, "only {checked} steps checked");
}
