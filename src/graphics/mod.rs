//! The graphics: every drawing the page, the step pages and the downloads show, drawn at build
//! time from the data, for a graphic and a state given as an argument. Nothing here reaches the
//! wasm (the islands only copy and restyle what the build drew), and nothing here knows the story
//! or the explorer: they, the hero and the build use it.
//!
//! - `states`: what each graphic state brings forward, and its text alternative;
//! - `canvas`, `measure`: the label-placing canvas and the shipped font's metrics;
//! - `coalitions`, `timeline`, `moon`, `budgets`, `lead`: one drawing each;
//! - `standalone`: a drawing as a file of its own (the downloads, the share cards);
//! - `palette`: the light theme's colours, which the downloads write in;
//! - `figure`: the figure markup around a drawing (title, drawing, source line, downloads);
//! - `graphics.css`: the drawings' styles on the page.
//!
//! Plain strings rather than `view!` trees for the SVG: one function per drawing keeps them
//! testable natively.
//!
//! Each graphic is drawn twice, for two width classes (`Width`), never shrunk from one to the
//! other: a narrow drawing 320 units wide for phones and a wide one 640 units wide, and CSS shows
//! the one that suits the width of its container. Labels are at least 14 units, so at the
//! smallest width each class is shown at (288 px and 560 px) no text is under 12 px. Every label
//! is measured (`measure`) and placed on a `Canvas` that refuses to let it leave the drawing or
//! sit on another.
//!
//! Everything written here comes from the baked dataset and is escaped; nothing from a URL or a
//! host page ever reaches it.

mod budgets;
mod canvas;
mod coalitions;
mod figure;
mod lead;
pub mod measure;
mod moon;
pub mod palette;
pub mod standalone;
pub mod states;
pub mod tables;
mod timeline;

pub use canvas::{Anchor, Canvas, Ink, Width};
pub use figure::{ChartFoot, Figure};
pub use lead::{LEAD_TITLE, lead_label};
pub use timeline::filtered_timeline_label;

use crate::markup::escape;
use crate::model::{Event, GraphicKind, GraphicState, Vocabulary};
use states::{describe, describe_shown};

/// Both drawings of a graphic in a state, each named and described for screen readers; CSS
/// shows one.
pub fn render(state: GraphicState) -> String {
    both(&state_label(state), |canvas| draw(canvas, state))
}

/// A drawing's text alternative: the graphic's name, then what it shows in `state`.
pub fn state_label(state: GraphicState) -> String {
    format!("{}. {}", state.kind().label(), describe(state))
}

/// What the graphic shows in `state`, for a listener after a step's words: its name, then the
/// facts it shows, without how they are drawn.
pub fn shown_label(state: GraphicState) -> String {
    format!("{}. {}", state.kind().label(), describe_shown(state))
}

/// One drawing of a graphic in a state, without its `<svg>` element.
pub fn draw(canvas: &mut Canvas, state: GraphicState) {
    match state {
        GraphicState::Coalitions(state) => coalitions::draw(canvas, state),
        GraphicState::Timeline(state) => {
            let focus = |event: &Event| states::timeline_focus(state, event);
            let about = |event: &Event| states::timeline_about(state, event);
            timeline::draw(canvas, &focus, &about)
        }
        GraphicState::Moon(state) => moon::draw(canvas, state),
        GraphicState::Budgets(state) => budgets::draw(canvas, state),
    }
}

/// The timeline with the events that pass the explorer's filter brought forward and the rest
/// faded, with a text alternative that gives the numbers. Each mark carries `data-event`, so the
/// explorer can refocus the marks without redrawing them.
pub fn filtered_timeline(shown: &dyn Fn(&Event) -> bool) -> String {
    both(&filtered_timeline_label(shown), |canvas| {
        timeline::draw(canvas, shown, &|_| false)
    })
}

/// The lead graphic of the page's top: the two sides, their members, where each would build.
pub fn lead() -> String {
    both(&lead_label(), lead::draw)
}

/// The narrow and the wide drawing, one after the other.
fn both(label: &str, draw: impl Fn(&mut Canvas)) -> String {
    Width::ALL
        .iter()
        .map(|width| {
            let mut canvas = Canvas::new(*width);
            draw(&mut canvas);
            canvas.into_svg(&format!(
                "data-width=\"{}\" role=\"img\" focusable=\"false\" aria-label=\"{}\"",
                width.as_str(),
                escape(label)
            ))
        })
        .collect()
}

/// The page of the graphics' data as tables, in the folder of their downloads.
pub const TABLES_PAGE: &str = "graphics/";

/// Each graphic the page shows, in the state it is drawn in: one of the story's four, or the
/// lead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Chart {
    Story(GraphicState),
    Lead,
}

impl Chart {
    /// The graphic this chart draws, whatever its state.
    pub fn kind(self) -> Option<GraphicKind> {
        match self {
            Chart::Story(state) => Some(state.kind()),
            Chart::Lead => None,
        }
    }

    /// The name of its download files, without extension.
    pub fn file_stem(self) -> &'static str {
        match self {
            Chart::Story(state) => state.kind().as_str(),
            Chart::Lead => "lead",
        }
    }

    /// Its table on the page of the graphics' data (`site::tables_page`), under the site.
    pub fn table(self) -> String {
        format!("{TABLES_PAGE}#{}", self.file_stem())
    }

    /// One of its download files under the site (`svg` or `png`), which the build draws.
    pub fn download(self, extension: &str) -> String {
        format!("graphics/{}.{extension}", self.file_stem())
    }

    /// What it is called above it, on the page and in its downloads.
    pub fn title(self) -> &'static str {
        match self {
            Chart::Story(state) => state.kind().label(),
            Chart::Lead => LEAD_TITLE,
        }
    }

    /// Its text alternative.
    pub fn label(self) -> String {
        match self {
            Chart::Story(state) => state_label(state),
            Chart::Lead => lead_label(),
        }
    }

    /// Draws it.
    pub fn draw(self, canvas: &mut Canvas) {
        match self {
            Chart::Story(state) => draw(canvas, state),
            Chart::Lead => lead::draw(canvas),
        }
    }

    /// The sources of the records it draws, in the order of the sources list.
    pub fn sources(self) -> Vec<&'static str> {
        use crate::data::{COALITIONS, MEMBERSHIPS, SOURCES, cell};
        use crate::model::Side;
        use states::{budget_ranking, iss_altitude, timeline_events};
        let wheres = || {
            Side::ALL
                .iter()
                .filter_map(|side| cell(crate::model::named::WHERE, *side))
        };
        let cited: Vec<&'static str> = match self.kind() {
            Some(GraphicKind::Coalitions) => MEMBERSHIPS
                .iter()
                .flat_map(|m| m.sources.iter())
                .chain(COALITIONS.iter().flat_map(|c| c.sources.iter()))
                .copied()
                .collect(),
            Some(GraphicKind::Timeline) => timeline_events()
                .flat_map(|(e, _)| e.sources.iter().copied())
                .collect(),
            Some(GraphicKind::Moon) => wheres()
                .flat_map(|c| c.sources.iter().copied())
                .chain(
                    iss_altitude()
                        .into_iter()
                        .flat_map(|f| f.sources.iter().copied()),
                )
                .collect(),
            Some(GraphicKind::Budgets) => budget_ranking()
                .iter()
                .flat_map(|f| f.sources.iter().copied())
                .collect(),
            None => MEMBERSHIPS
                .iter()
                .flat_map(|m| m.sources.iter().copied())
                .chain(wheres().flat_map(|c| c.sources.iter().copied()))
                .collect(),
        };
        SOURCES
            .iter()
            .map(|s| s.id)
            .filter(|id| cited.contains(id))
            .collect()
    }

    /// What its marks mean, where their shapes carry meaning: the timeline draws each date as
    /// loose as the reports give it.
    pub fn key(self) -> Option<&'static str> {
        (self.kind() == Some(GraphicKind::Timeline)).then_some(
            "Dot: a day or a month. Pale block: a year, with no closer date. Dots and blocks are \
             dashed if approximate or planned. Outlined bar: a period. Line ending in a tick: by \
             that date.",
        )
    }

    /// Its source line: the outlets by name, the reports that name none counted.
    pub fn source_line(self) -> String {
        let sources: Vec<&crate::model::Source> = self
            .sources()
            .iter()
            .filter_map(|id| crate::data::source(id))
            .collect();
        let mut parts: Vec<String> = sources
            .iter()
            .filter_map(|s| s.outlet.map(str::to_string))
            .collect();
        let unnamed = sources.iter().filter(|s| s.outlet.is_none()).count();
        match unnamed {
            0 => {}
            1 => parts.push("an undated report".to_string()),
            n => parts.push(format!(
                "{} undated reports",
                crate::model::count_in_words(n)
            )),
        }
        let list = match parts.split_last() {
            Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
            _ => parts.join(""),
        };
        format!("Sources: {list}.")
    }
}

#[cfg(test)]
mod tests;

/// How a drawing names a side in its `data-side` attributes, which the styles colour.
fn side_name(side: Option<crate::model::Side>) -> &'static str {
    match side {
        Some(crate::model::Side::Ilrs) => "ilrs",
        Some(crate::model::Side::Artemis) => "artemis",
        None => "reference",
    }
}
