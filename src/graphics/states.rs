//! What each graphic shows in each state, computed from the data: which records are in focus,
//! where events sit on the timeline, and the text alternative a screen reader gets.

use crate::data::{
    CHAPTERS, COALITIONS, EVENTS, FIGURES, MEMBERSHIPS, actor, cell, coalition, members_of,
};
use crate::model::named;
use crate::model::{
    BudgetsState, Coalition, CoalitionsState, Event, Figure, GraphicState, Membership, MoonState,
    Side, Status, TimelineState, Vocabulary, with_aside,
};

/// The years the timeline spans: from the 2011 law to the horizon of the planned stations.
pub const TIMELINE_START: u16 = 2011;
pub const TIMELINE_END: u16 = 2032;

/// Whether an actor stands for a side, for events that name no coalition: the agencies that lead
/// the side's coalitions (`data/coalitions.toml`) and their countries.
pub fn actor_side(id: &str) -> Option<Side> {
    let leads = |side: Side| {
        COALITIONS
            .iter()
            .filter(move |c| c.side == Some(side))
            .flat_map(|c| c.leads.iter().copied())
    };
    let country_of = |id: &str| actor(id).and_then(|a| a.country);
    Side::ALL
        .iter()
        .copied()
        .find(|side| leads(*side).any(|lead| lead == id || country_of(lead) == Some(id)))
}

/// Which lane of the two-lane timeline an event runs in: the side of its first coalition that
/// has one (Rogozin's attack on Artemis is an event of the Artemis side, though Russian); else
/// that of its actors, a person or a body counted by its country, when they stand for one side
/// only; else, for an event of a coalition of both sides (the ISS), its first actor's. `None`
/// for events of neither side or of both: a US-China meeting, or the Kremlin's spokesman on
/// space ties with the US, belongs to no one lane.
pub fn lane(event: &Event) -> Option<Side> {
    let side = |id: &str| {
        actor_side(id).or_else(|| actor(id).and_then(|a| a.country).and_then(actor_side))
    };
    let of_actors = || {
        let stands = |s| event.actors.iter().any(|a| side(a) == Some(s));
        match (stands(Side::Ilrs), stands(Side::Artemis)) {
            (true, false) => Some(Side::Ilrs),
            (false, true) => Some(Side::Artemis),
            _ => None,
        }
    };
    let first = || match event.coalitions {
        [] => None,
        _ => event.actors.first().and_then(|a| side(a)),
    };
    side_of(event.coalitions).or_else(of_actors).or_else(first)
}

/// The events the timeline draws: those in its years that belong to a lane.
pub fn timeline_events() -> impl Iterator<Item = (&'static Event, Side)> {
    EVENTS
        .iter()
        .filter(|e| e.date.year >= TIMELINE_START && e.date.year < TIMELINE_END)
        .filter_map(|e| lane(e).map(|side| (e, side)))
}

/// Whether the timeline in `state` brings `event` forward: what a story step showing the state
/// is about, and nothing else, so that the graphic never points at an event its words do not
/// name; the whole timeline brings everything forward alike.
pub fn timeline_focus(state: TimelineState, event: &Event) -> bool {
    state == TimelineState::All || timeline_about(state, event)
}

/// Whether a story step that shows the timeline in `state` draws on `event`: its words are
/// about it, so the drawing names it wherever there is room for only some labels.
pub fn timeline_about(state: TimelineState, event: &Event) -> bool {
    CHAPTERS.iter().flat_map(|c| c.steps).any(|step| {
        step.shows == GraphicState::Timeline(state) && step.records.iter().any(|r| r.id == event.id)
    })
}

/// The coalitions the coalition graphic draws, in order: the two sides, then the ISS.
pub fn coalitions_drawn() -> impl Iterator<Item = &'static Coalition> {
    COALITIONS.iter()
}

/// Whether the coalition graphic in `state` brings this membership forward. A side's state
/// brings forward those in its coalitions (founders and members), not those only invited or
/// that declined: Russia's standing in each camp is a state of its own.
pub fn membership_focus(state: CoalitionsState, membership: &Membership) -> bool {
    match state {
        CoalitionsState::Russia => membership.actor == named::RUSSIA,
        CoalitionsState::Ilrs | CoalitionsState::Artemis => {
            coalition_focus(state, membership.coalition)
                && matches!(membership.status, Status::Founding | Status::Member)
        }
        CoalitionsState::All | CoalitionsState::Iss => coalition_focus(state, membership.coalition),
        // About names and counts, not who is in: no member is singled out.
        CoalitionsState::Counts => false,
    }
}

/// The counts of a coalition's members that the reports give without naming them (the
/// Artemis Accords' signatories, at two dates): figures of its membership with a `count_label`
/// and no actors, which the coalition graphic draws in its band.
pub fn unnamed_members(coalition_id: &str) -> impl Iterator<Item = &'static Figure> {
    FIGURES.iter().filter(move |f| {
        f.count_label.is_some()
            && f.actors.is_empty()
            && f.coalitions.first() == Some(&coalition_id)
    })
}

/// Whether the coalition graphic in `state` brings forward a count of a coalition's unnamed
/// members: where the counts are what the step is about (and in the whole graphic). Two counts
/// of different kinds and dates side by side need the words that explain them.
pub fn count_focus(state: CoalitionsState, _figure: &Figure) -> bool {
    matches!(state, CoalitionsState::All | CoalitionsState::Counts)
}

/// Whether the coalition graphic in `state` brings this coalition forward.
pub fn coalition_focus(state: CoalitionsState, coalition_id: &str) -> bool {
    match state {
        CoalitionsState::All => true,
        CoalitionsState::Ilrs => {
            coalition(coalition_id).is_some_and(|c| c.side == Some(Side::Ilrs))
        }
        CoalitionsState::Artemis => {
            coalition(coalition_id).is_some_and(|c| c.side == Some(Side::Artemis))
        }
        // The ISS is the one partnership of neither side.
        CoalitionsState::Iss => coalition(coalition_id).is_some_and(|c| c.side.is_none()),
        // The ILRS's name in its heading, and the coalition whose members are counted.
        CoalitionsState::Counts => {
            coalition(coalition_id).is_some_and(|c| c.side == Some(Side::Ilrs))
                || unnamed_members(coalition_id).next().is_some()
        }
        CoalitionsState::Russia => MEMBERSHIPS
            .iter()
            .any(|m| m.coalition == coalition_id && m.actor == named::RUSSIA),
    }
}

/// The side of the first of these coalitions that has one.
fn side_of(coalitions: &[&str]) -> Option<Side> {
    coalitions
        .iter()
        .filter_map(|id| coalition(id))
        .find_map(|c| c.side)
}

/// The side of a figure: that of the first of its coalitions that has one.
pub fn figure_side(figure: &Figure) -> Option<Side> {
    side_of(figure.coalitions)
}

/// The budget ranking, first place first: the figures that rank a country's space budget.
pub fn budget_ranking() -> Vec<&'static Figure> {
    let mut ranks: Vec<&Figure> = FIGURES
        .iter()
        .filter(|f| f.unit == named::RANK && f.themes.contains(&named::BUDGETS))
        .collect();
    ranks.sort_by_key(|f| f.number);
    ranks
}

/// Whether the budget graphic in `state` brings this ranking forward.
pub fn budget_focus(state: BudgetsState, figure: &Figure) -> bool {
    match state {
        BudgetsState::Ranking => true,
        BudgetsState::Partners => figure_side(figure) == Some(Side::Ilrs),
    }
}

/// What the Moon diagram draws that a state may bring forward: the ISS's orbit (the figure of
/// its height), or where a side would build (the side's `where` cell).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MoonPart {
    Iss,
    Where(Side),
}

/// Whether the Moon diagram in `state` brings `part` forward.
pub fn moon_focus(state: MoonState, part: MoonPart) -> bool {
    matches!(
        (state, part),
        (MoonState::Overview | MoonState::IssScale, _)
            | (MoonState::Gateway, MoonPart::Where(Side::Artemis))
            | (
                MoonState::Ilrs | MoonState::Disputed,
                MoonPart::Where(Side::Ilrs)
            )
    )
}

/// The height of the ISS's orbit, which the Moon diagram draws for comparison.
pub fn iss_altitude() -> Option<&'static Figure> {
    FIGURES.iter().find(|f| f.id == named::ISS_ALTITUDE)
}

/// How a text alternative names a member and its status: "China (founding member)".
pub fn member_phrase(actor_id: &str, status: Status) -> Option<String> {
    actor(actor_id).map(|a| with_aside(a.name, &status.label().to_ascii_lowercase()))
}

/// The text alternative for a graphic in a state: what a sighted reader would take from it.
pub fn describe(state: GraphicState) -> String {
    describe_as(state, Telling::Drawing)
}

/// What a graphic in a state shows, for a listener who reaches it after a story step's words:
/// the same facts as its text alternative, without how they are drawn (what is faded, lanes,
/// scale), which says nothing to someone who does not see it.
pub fn describe_shown(state: GraphicState) -> String {
    describe_as(state, Telling::Shown)
}

/// Whether a description tells of the drawing (its text alternative) or only of what it shows.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Telling {
    Drawing,
    Shown,
}

fn describe_as(state: GraphicState, telling: Telling) -> String {
    let drawing = telling == Telling::Drawing;
    let highlighted = |everything: bool, focused: String| {
        if everything || !drawing {
            focused
        } else {
            format!("Highlighted: {focused} The rest is shown faded.")
        }
    };
    let not_to_scale = if drawing { " Not drawn to scale." } else { "" };
    match state {
        GraphicState::Coalitions(state) => {
            let parts: Vec<String> = coalitions_drawn()
                .filter(|c| coalition_focus(state, c.id))
                .map(|c| {
                    let members: Vec<String> = members_of(c.id)
                        .filter(|m| membership_focus(state, m))
                        .filter_map(|m| member_phrase(m.actor, m.status))
                        .chain(
                            unnamed_members(c.id)
                                .filter(|f| count_focus(state, f))
                                .filter_map(|f| f.count_label.map(str::to_string)),
                        )
                        .collect();
                    if members.is_empty() {
                        format!("{}.", c.name)
                    } else {
                        format!("{}: {}.", c.name, members.join(", "))
                    }
                })
                .collect();
            highlighted(state == CoalitionsState::All, parts.join(" "))
        }
        GraphicState::Timeline(state) => {
            let events: Vec<String> = timeline_events()
                .filter(|(e, _)| timeline_focus(state, e))
                .map(|(e, side)| {
                    let planned = if e.planned { ", planned" } else { "" };
                    let note = e
                        .date_note
                        .map(|n| format!(" (date: {})", n.trim_end_matches('.')))
                        .unwrap_or_default();
                    format!(
                        "{} ({}{planned}): {}{note}",
                        e.when(),
                        lane_name(side),
                        e.title
                    )
                })
                .collect();
            if drawing {
                format!(
                    "Timeline, {TIMELINE_START} to {}, in two lanes. Highlighted: {}.",
                    TIMELINE_END - 1,
                    events.join("; ")
                )
            } else {
                format!("{}.", events.join("; "))
            }
        }
        GraphicState::Moon(state) => {
            let where_ = |side| cell(named::WHERE, side).map_or("", |c| c.text);
            let iss = iss_altitude().map_or("", |f| f.value);
            let focused = match state {
                MoonState::Gateway => format!("Artemis: {}", where_(Side::Artemis)),
                MoonState::Ilrs => format!("ILRS: {}", where_(Side::Ilrs)),
                MoonState::Disputed => format!(
                    "ILRS: {} A CNSA plan for a research station at the south pole is marked with a question: the report that gives it does not call it the ILRS.",
                    where_(Side::Ilrs)
                ),
                MoonState::IssScale => format!(
                    "For comparison, the ISS orbits {iss} above Earth; both lunar projects would sit on or around the Moon. ILRS: {} Artemis: {}{not_to_scale}",
                    where_(Side::Ilrs),
                    where_(Side::Artemis)
                ),
                MoonState::Overview => format!(
                    "ILRS: {} Artemis: {}{not_to_scale}",
                    where_(Side::Ilrs),
                    where_(Side::Artemis)
                ),
            };
            highlighted(
                matches!(state, MoonState::Overview | MoonState::IssScale),
                focused,
            )
        }
        GraphicState::Budgets(state) => {
            let ranks: Vec<String> = budget_ranking()
                .iter()
                .filter(|f| budget_focus(state, f))
                .map(|f| {
                    format!(
                        "{}: {}",
                        f.actors
                            .first()
                            .and_then(|a| actor(a))
                            .map_or("", |a| a.name),
                        f.value
                    )
                })
                .collect();
            let ranks = highlighted(
                state == BudgetsState::Ranking,
                format!("{}.", ranks.join("; ")),
            );
            format!("Space budgets as ranked in the reports (no amounts are given). {ranks}")
        }
    }
}

/// How the timeline names a lane: by its side's countries and coalitions, for an event of one
/// side's coalition may be another country's act (Rogozin's attack on Artemis).
pub fn lane_name(side: Side) -> &'static str {
    match side {
        Side::Ilrs => "China, Russia and the ILRS",
        Side::Artemis => "US, Artemis and Gateway",
    }
}

/// How the lead names a side: by its countries, whose members it draws.
pub fn camp_name(side: Side) -> &'static str {
    match side {
        Side::Ilrs => "China and Russia",
        Side::Artemis => "United States and partners",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::GraphicKind;

    fn event(id: &str) -> &'static Event {
        EVENTS.iter().find(|e| e.id == id).unwrap()
    }

    #[test]
    fn the_sides_speakers_come_from_the_coalitions_leads() {
        let speakers = |side| -> Vec<&str> {
            crate::data::ACTORS
                .iter()
                .filter(|a| actor_side(a.id) == Some(side))
                .map(|a| a.id)
                .collect()
        };
        assert_eq!(
            speakers(Side::Ilrs),
            ["russia", "china", "roscosmos", "cnsa"]
        );
        assert_eq!(speakers(Side::Artemis), ["united-states", "nasa"]);
        assert_eq!(
            actor_side("dmitry-rogozin"),
            None,
            "people stand for no side here"
        );
    }

    #[test]
    fn events_run_in_the_lane_of_their_side() {
        assert_eq!(lane(event("mou-signed")), Some(Side::Ilrs));
        assert_eq!(lane(event("accords-signed")), Some(Side::Artemis));
        assert_eq!(lane(event("beidou-glonass")), Some(Side::Ilrs));
        assert_eq!(lane(event("us-law-bars-nasa-china")), Some(Side::Artemis));
        assert_eq!(lane(event("alaska-meeting")), None);
    }

    #[test]
    fn events_run_in_the_lane_of_the_side_they_are_about() {
        // Russia's acts about the other side's coalitions run in that side's lane, whose name
        // says so.
        assert_eq!(
            lane(event("rogozin-criticises-artemis")),
            Some(Side::Artemis)
        );
        assert_eq!(
            lane(event("gateway-airlock-impractical")),
            Some(Side::Artemis)
        );
        assert!(lane_name(Side::Artemis).contains("Artemis"));
        // The Kremlin's spokesman, a Russian, on space ties with the US: neither side's alone.
        assert_eq!(lane(event("peskov-comment")), None);
        // The 2011 law, of the ISS's partners on both sides, is Congress's act.
        assert_eq!(lane(event("us-law-bars-nasa-china")), Some(Side::Artemis));
    }

    #[test]
    fn the_timeline_spans_2011_to_the_planned_stations() {
        assert!(timeline_events().any(|(e, _)| e.id == "south-pole-station"));
        assert!(timeline_events().all(|(e, _)| e.date.year >= 2011));
    }

    #[test]
    fn every_state_of_every_graphic_highlights_something_and_describes_it() {
        for kind in GraphicKind::ALL {
            for state in GraphicState::all(*kind) {
                let text = describe(state);
                assert!(text.len() > 40, "{state:?} says too little: {text}");
            }
        }
        for state in TimelineState::ALL {
            assert!(
                timeline_events().any(|(e, _)| timeline_focus(*state, e)),
                "timeline:{state:?}"
            );
        }
        for state in CoalitionsState::ALL {
            assert!(
                MEMBERSHIPS.iter().any(|m| membership_focus(*state, m))
                    || FIGURES
                        .iter()
                        .any(|f| f.count_label.is_some() && count_focus(*state, f)),
                "coalitions:{state:?}"
            );
        }
    }

    #[test]
    fn the_russia_state_shows_russia_in_every_coalition_it_touches() {
        let focused: Vec<&str> = MEMBERSHIPS
            .iter()
            .filter(|m| membership_focus(CoalitionsState::Russia, m))
            .map(|m| m.coalition)
            .collect();
        assert_eq!(focused, ["ilrs", "artemis-accords", "lunar-gateway", "iss"]);
    }

    #[test]
    fn budgets_are_ranked_us_china_russia() {
        let order: Vec<&str> = budget_ranking().iter().map(|f| f.actors[0]).collect();
        assert_eq!(order, ["united-states", "china", "russia"]);
        let partners: Vec<&str> = budget_ranking()
            .iter()
            .filter(|f| budget_focus(BudgetsState::Partners, f))
            .map(|f| f.actors[0])
            .collect();
        assert_eq!(partners, ["china", "russia"]);
    }

    #[test]
    fn a_timeline_state_highlights_what_its_step_names_and_nothing_else() {
        assert!(timeline_focus(TimelineState::Signing, event("mou-signed")));
        assert!(!timeline_focus(
            TimelineState::Signing,
            event("beidou-glonass")
        ));
        assert!(
            !timeline_focus(TimelineState::Planned, event("change-7-mission")),
            "a planned mission the timetable step does not name"
        );
        assert!(timeline_focus(
            TimelineState::Planned,
            event("south-pole-station")
        ));
    }
}
