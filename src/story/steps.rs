//! The story's steps in reading order, and the step engine's arithmetic: which step is active
//! given where the steps are, and which steps a jump passes so they fire in order.

use crate::data::{
    CHAPTERS, COALITIONS, DIMENSIONS, DISCREPANCIES, EVENTS, FIGURES, quotation, quotation_title,
};
use crate::model::{Chapter, DrawnOn, GraphicKind, GraphicState, Step, StepRecord, Vocabulary};

/// Every step in reading order, with its chapter.
pub fn all_steps() -> impl Iterator<Item = (&'static Chapter, &'static Step)> {
    CHAPTERS
        .iter()
        .flat_map(|chapter| chapter.steps.iter().map(move |step| (chapter, step)))
}

pub fn step_count() -> usize {
    all_steps().count()
}

/// The share page of the step with this id, under the site: what the build writes and what
/// "Copy link to this step" copies.
pub fn step_path(id: &str) -> String {
    format!("step/{id}/")
}

/// The step at `index` in reading order.
pub fn step_at(index: usize) -> Option<&'static Step> {
    all_steps().nth(index).map(|(_, step)| step)
}

/// The reading-order index of the step with this id (a deep link's fragment).
pub fn step_index(id: &str) -> Option<usize> {
    all_steps().position(|(_, step)| step.id == id)
}

/// The active step: the last one whose reading edge has reached the reading line. Before the
/// first step reaches it, the first step is active, so exactly one step is always active.
/// `edges` are the steps' reading edges in reading order (their tops, or on a phone their cards'
/// bottoms), in the same whole pixels as `line`: the engine rounds both the same way at every
/// scroll frame, so no sub-pixel gap between two lines can swallow a step.
pub fn active_step(edges: &[i32], line: i32) -> usize {
    edges.iter().rposition(|edge| *edge <= line).unwrap_or(0)
}

/// Where the engine reads the steps for the layout in use: a line `percent` of the way down the
/// visible area under a host's fixed header of `header` px, which a step reaches with its top
/// (wide screens, the flat story: the middle of the screen) or, on a phone under the pinned
/// panel, with its card's bottom (the bottom of the screen: a step is active from the moment its
/// card is wholly readable until the next card is).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reading {
    pub percent: i32,
    pub by_card: bool,
    pub header: i32,
}

impl Reading {
    /// The line in whole pixels, for a visible area from `top` that is `height` px tall, in the
    /// coordinates the steps are measured in.
    pub fn line(self, top: f64, height: f64) -> i32 {
        let header = f64::from(self.header.clamp(0, 10_000)).min(height);
        let below = (height - header).max(0.0);
        (top + header + below * f64::from(self.percent.clamp(1, 100)) / 100.0).floor() as i32
    }
}

/// A reading edge in whole pixels, rounded as the line is compared with it: a card whose bottom
/// is 667.4 px down has reached a line at 667.
pub fn edge(px: f64) -> i32 {
    px.round() as i32
}

/// The steps to fire, in order, when the active step moves from `from` to `to`: every step
/// passed on the way and then `to`, so a fast scroll or a jump skips nothing.
pub fn steps_to_fire(from: Option<usize>, to: usize) -> Vec<usize> {
    match from {
        None => (0..=to).collect(),
        Some(from) if from < to => (from + 1..=to).collect(),
        Some(from) if from > to => (to..from).rev().collect(),
        Some(_) => Vec::new(),
    }
}

/// The state a graphic shows while step `active` is active: the state of the latest step at or
/// before it that uses the graphic, else the state of the first step that does. `shows` lists
/// each step's graphic and state in reading order: the island reads them from the steps' markup
/// as text, the prerender from the dataset as types.
pub fn shown_state<G: PartialEq, S: Copy>(
    shows: &[(G, S)],
    graphic: &G,
    active: Option<usize>,
) -> Option<S> {
    let upto = active.unwrap_or(0);
    let mine = |(kind, _): &&(G, S)| kind == graphic;
    shows[..(upto + 1).min(shows.len())]
        .iter()
        .rfind(mine)
        .or_else(|| shows.iter().find(mine))
        .map(|(_, state)| *state)
}

/// [`shown_state`] over the dataset's steps, for the prerender; a graphic no step uses waits in
/// its first state.
pub fn graphic_state(kind: GraphicKind, active: Option<usize>) -> GraphicState {
    let shows: Vec<(GraphicKind, GraphicState)> = all_steps()
        .map(|(_, s)| (s.shows.kind(), s.shows))
        .collect();
    shown_state(&shows, &kind, active).unwrap_or(GraphicState::all(kind)[0])
}

/// The `data-shows` value of a step: `{graphic}:{state}`, which the island reads back.
pub fn shows_attribute(step: &Step) -> String {
    format!("{}:{}", step.shows.kind().as_str(), step.shows.as_str())
}

/// How a step names a record it draws on, for a link to the record on the page.
pub fn record_label(record: StepRecord) -> Option<String> {
    let id = record.id;
    match record.kind {
        DrawnOn::Event => EVENTS
            .iter()
            .find(|e| e.id == id)
            .map(|e| format!("{} ({})", e.title, e.when())),
        // Who spoke and how the quotation opens, as everywhere a quotation is named.
        DrawnOn::Quotation => quotation(id).map(quotation_title),
        DrawnOn::Figure => FIGURES
            .iter()
            .find(|f| f.id == id)
            .map(|f| f.label.to_string()),
        DrawnOn::Coalition => COALITIONS
            .iter()
            .find(|c| c.id == id)
            .map(|c| c.name.to_string()),
        DrawnOn::Discrepancy => DISCREPANCIES
            .iter()
            .find(|d| d.id == id)
            .map(|d| format!("Disagreement: {}", d.topic)),
        DrawnOn::Dimension => DIMENSIONS
            .iter()
            .find(|d| d.id == id)
            .map(|d| format!("Comparison: {}", d.label)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_story_is_long_enough() {
        assert!(CHAPTERS.len() >= 6);
        assert!(step_count() >= 15);
    }

    #[test]
    fn steps_are_found_by_id_in_reading_order() {
        let first = step_at(0).unwrap();
        assert_eq!(step_index(first.id), Some(0));
        let last = step_at(step_count() - 1).unwrap();
        assert_eq!(step_index(last.id), Some(step_count() - 1));
        assert_eq!(step_index("no-such-step"), None);
        assert!(step_at(step_count()).is_none());
    }

    #[test]
    fn every_record_a_step_draws_on_has_a_label() {
        for (_, step) in all_steps() {
            for record in step.records {
                assert!(
                    record_label(*record).is_some(),
                    "{} draws on {record:?}",
                    step.id
                );
            }
            assert!(!step.sources.is_empty(), "{} cites nothing", step.id);
        }
    }

    #[test]
    fn no_step_links_two_records_under_one_name() {
        for (_, step) in all_steps() {
            let mut labels: Vec<String> = step
                .records
                .iter()
                .filter_map(|r| record_label(*r))
                .collect();
            labels.sort();
            let count = labels.len();
            labels.dedup();
            assert_eq!(labels.len(), count, "{} repeats a link name", step.id);
        }
    }

    #[test]
    fn each_graphic_keeps_the_state_of_its_latest_step() {
        let first = step_at(0).unwrap();
        assert_eq!(graphic_state(first.shows.kind(), Some(0)), first.shows);
        assert_eq!(graphic_state(first.shows.kind(), None), first.shows);
        // The budgets graphic appears late; before then it waits in its first step's state.
        let budgets_first = all_steps()
            .map(|(_, s)| s)
            .find(|s| s.shows.kind() == GraphicKind::Budgets)
            .unwrap();
        assert_eq!(
            graphic_state(GraphicKind::Budgets, Some(0)),
            budgets_first.shows
        );
        let last = step_at(step_count() - 1).unwrap();
        assert_eq!(
            graphic_state(last.shows.kind(), Some(step_count() - 1)),
            last.shows
        );
    }

    #[test]
    fn the_island_reads_from_the_markup_what_the_prerender_drew() {
        // The island works on the steps' `data-shows`; the prerender on the typed data.
        let shows: Vec<String> = all_steps().map(|(_, s)| shows_attribute(s)).collect();
        let pairs: Vec<(&str, &str)> = shows.iter().filter_map(|s| s.split_once(':')).collect();
        for kind in GraphicKind::ALL {
            for active in (0..step_count()).map(Some).chain([None]) {
                let typed = graphic_state(*kind, active).as_str();
                let read = shown_state(&pairs, &kind.as_str(), active).unwrap_or(typed);
                assert_eq!(read, typed, "{kind:?} at {active:?}");
            }
        }
    }

    #[test]
    fn a_graphic_waits_in_its_first_state_and_keeps_its_latest() {
        let shows = [
            ("moon", "overview"),
            ("timeline", "all"),
            ("moon", "gateway"),
            ("timeline", "drift"),
        ];
        assert_eq!(shown_state(&shows, &"moon", None), Some("overview"));
        assert_eq!(
            shown_state(&shows, &"timeline", Some(0)),
            Some("all"),
            "waits in its first"
        );
        assert_eq!(shown_state(&shows, &"moon", Some(1)), Some("overview"));
        assert_eq!(
            shown_state(&shows, &"moon", Some(3)),
            Some("gateway"),
            "keeps its latest"
        );
        assert_eq!(shown_state(&shows, &"budgets", Some(3)), None);
    }

    #[test]
    fn the_last_step_past_the_line_is_active() {
        let edges = [100, 700, 1300];
        assert_eq!(active_step(&edges, 400), 0);
        assert_eq!(active_step(&edges, 700), 1);
        assert_eq!(active_step(&edges, 1299), 1);
        assert_eq!(active_step(&edges, 5000), 2);
    }

    #[test]
    fn before_the_story_the_first_step_is_active() {
        assert_eq!(active_step(&[900, 1500], 400), 0);
    }

    #[test]
    fn after_a_scroll_up_the_steps_are_negative_and_the_right_one_wins() {
        // The story scrolled far up: every edge is above the line, the last is active.
        assert_eq!(active_step(&[-3000, -2400, -1800], 400), 2);
        assert_eq!(active_step(&[-600, 0, 600], 400), 1);
    }

    #[test]
    fn a_step_whose_edge_lies_between_two_rounded_pixels_is_not_skipped() {
        // At 375x667 the observer's line sat at 413.54 px, which Chromium rounded to 413 or 414:
        // a step whose top first came between the two never became active. Read in whole
        // pixels at every scroll frame, the steps become active one after the other.
        let line = Reading {
            percent: 62,
            by_card: false,
            header: 0,
        }
        .line(0.0, 667.0);
        assert_eq!(line, 413);
        let mut seen: Vec<usize> = (0..600)
            .map(|scrolled| {
                let tops = [300.25, 413.54, 600.75].map(|top| edge(top - f64::from(scrolled)));
                active_step(&tops, line)
            })
            .collect();
        seen.dedup();
        assert_eq!(
            seen,
            [0, 1, 2],
            "every step active in turn, one pixel at a time"
        );
    }

    #[test]
    fn on_a_phone_the_line_is_the_bottom_of_the_screen_and_a_header_pushes_only_the_middle() {
        let phone = Reading {
            percent: 100,
            by_card: true,
            header: 60,
        };
        assert_eq!(
            phone.line(0.0, 667.0),
            667,
            "a card is read once wholly on screen"
        );
        let wide = Reading {
            percent: 50,
            by_card: false,
            header: 60,
        };
        assert_eq!(
            wide.line(0.0, 800.0),
            430,
            "the middle of what the header leaves"
        );
        // In a host's frame, the host's viewport is measured in the frame's coordinates.
        assert_eq!(
            Reading { header: 0, ..wide }.line(1200.0, 800.0),
            1600,
            "the middle of the host's viewport"
        );
    }

    #[test]
    fn a_jump_forward_fires_every_skipped_step_in_order() {
        assert_eq!(steps_to_fire(Some(1), 5), [2, 3, 4, 5]);
        assert_eq!(steps_to_fire(Some(1), 2), [2]);
    }

    #[test]
    fn a_jump_back_fires_the_steps_passed_on_the_way_back() {
        assert_eq!(steps_to_fire(Some(5), 2), [4, 3, 2]);
    }

    #[test]
    fn the_first_activation_fires_everything_up_to_the_step_in_view() {
        assert_eq!(steps_to_fire(None, 0), [0]);
        assert_eq!(steps_to_fire(None, 3), [0, 1, 2, 3]);
    }

    #[test]
    fn staying_on_a_step_fires_nothing() {
        assert!(steps_to_fire(Some(4), 4).is_empty());
    }
}
