//! Each graphic's data as a table: what it draws, from the same data and the same choices as the
//! drawing (the timeline's events and lanes, the coalitions' members, where each side would
//! build, the budget ranking), for readers who cannot see the drawing or want the rows. The site
//! writes them on a page of their own (`site::tables_page`), which each figure's foot links to;
//! a row's record links to its page where the record has one.

use super::Chart;
use super::lead::{coalition_names, member_phrases};
use super::moon::where_label;
use super::states::{
    budget_ranking, camp_name, coalitions_drawn, iss_altitude, lane_name, timeline_events,
    unnamed_members,
};
use crate::data::{actor, cell, members_of};
use crate::model::{GraphicKind, GraphicState, Side, Vocabulary, cell_key, named};

/// One cell: its words, and the key of the record it stands for, where that has a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableCell {
    pub text: String,
    pub record: Option<String>,
}

impl TableCell {
    fn text(text: impl Into<String>) -> TableCell {
        TableCell {
            text: text.into(),
            record: None,
        }
    }

    fn record(text: impl Into<String>, key: impl Into<String>) -> TableCell {
        TableCell {
            text: text.into(),
            record: Some(key.into()),
        }
    }
}

/// A graphic's table: the graphic it belongs to, its column heads, and its rows, in the order
/// the drawing reads.
#[derive(Debug, Clone)]
pub struct DataTable {
    pub chart: Chart,
    pub columns: &'static [&'static str],
    pub rows: Vec<Vec<TableCell>>,
}

/// The tables of every graphic the page draws: the lead, then the story's four.
pub fn tables() -> Vec<DataTable> {
    let mut out = vec![lead()];
    // A story graphic's title and sources are its own whatever the state: any state names it.
    out.extend(
        GraphicKind::ALL
            .iter()
            .map(|kind| story(GraphicState::all(*kind)[0])),
    );
    out
}

/// The lead: each side, its coalitions, the members that have joined, and where it would build.
fn lead() -> DataTable {
    let rows = [Side::Ilrs, Side::Artemis]
        .iter()
        .map(|side| {
            vec![
                TableCell::text(camp_name(*side)),
                TableCell::text(coalition_names(*side).join("; ")),
                TableCell::text(member_phrases(*side).join(", ")),
                TableCell::record(where_label(*side), cell_key(named::WHERE, *side)),
            ]
        })
        .collect();
    DataTable {
        chart: Chart::Lead,
        columns: &["Side", "Coalitions", "Members", "Where"],
        rows,
    }
}

fn story(state: GraphicState) -> DataTable {
    let chart = Chart::Story(state);
    match state.kind() {
        GraphicKind::Timeline => DataTable {
            chart,
            columns: &["When", "Lane", "Event", "About the date"],
            rows: timeline_events()
                .map(|(event, side)| {
                    let planned = if event.planned { " (planned)" } else { "" };
                    vec![
                        TableCell::text(format!("{}{planned}", event.when())),
                        TableCell::text(lane_name(side)),
                        TableCell::record(event.title, event.id),
                        TableCell::text(event.date_note.unwrap_or("")),
                    ]
                })
                .collect(),
        },
        GraphicKind::Coalitions => DataTable {
            chart,
            columns: &["Coalition", "Member", "Status"],
            rows: coalitions_drawn()
                .flat_map(|c| {
                    let named = members_of(c.id).filter_map(move |m| {
                        let who = actor(m.actor)?;
                        Some(vec![
                            TableCell::text(c.name),
                            TableCell::text(who.name),
                            TableCell::text(m.status.label()),
                        ])
                    });
                    let counted = unnamed_members(c.id).filter_map(move |f| {
                        Some(vec![
                            TableCell::text(c.name),
                            TableCell::record(f.count_label?, f.id),
                            TableCell::text("Counted in the reports, not named"),
                        ])
                    });
                    named.chain(counted)
                })
                .collect(),
        },
        GraphicKind::Moon => {
            let mut rows: Vec<Vec<TableCell>> = [Side::Ilrs, Side::Artemis]
                .iter()
                .filter_map(|side| {
                    let where_ = cell(named::WHERE, *side)?;
                    Some(vec![
                        TableCell::text(camp_name(*side)),
                        TableCell::record(where_.text, cell_key(named::WHERE, *side)),
                    ])
                })
                .collect();
            if let Some(iss) = iss_altitude() {
                rows.push(vec![
                    TableCell::text("The ISS, for comparison"),
                    TableCell::record(format!("Orbits {} above Earth", iss.value), iss.id),
                ]);
            }
            DataTable {
                chart,
                columns: &["Who", "Where"],
                rows,
            }
        }
        GraphicKind::Budgets => DataTable {
            chart,
            columns: &["Country", "Space budget, as ranked in the reports"],
            rows: budget_ranking()
                .iter()
                .map(|f| {
                    let country = f
                        .actors
                        .first()
                        .and_then(|a| actor(a))
                        .map_or("", |a| a.name);
                    vec![TableCell::text(country), TableCell::record(f.value, f.id)]
                })
                .collect(),
        },
    }
}
