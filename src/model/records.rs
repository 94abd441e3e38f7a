//! The records of the dataset, one type per kind: what `build.rs` bakes from `data/` and what the
//! page reads.

use super::{ActorKind, CorrectionKind, Date, DrawnOn, GraphicState, Side, Span, Status};

/// One of the five source articles, described only by what its text states.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    pub id: &'static str,
    /// The article's file name in the shared articles folder.
    pub file: &'static str,
    /// How citations name it: "NBC News", "Report, March 2021".
    pub short: &'static str,
    /// The headline as the text gives it; `None` where the text has none.
    pub headline: Option<&'static str>,
    /// `None` where the text does not state it.
    pub outlet: Option<&'static str>,
    pub author: Option<&'static str>,
    pub published: Option<Date>,
    /// A place line ("Moscow") where the text gives one.
    pub dateline: Option<&'static str>,
    /// In the project's own words: what the text tells about its origin and date.
    pub note: &'static str,
}

/// The passages of one cited article that a record rests on, each verbatim: a sentence or a
/// clause a reader can find in the article as it stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evidence {
    pub source: &'static str,
    pub passages: &'static [&'static str],
}

/// A theme of the closed vocabulary in `data/themes.toml`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Theme {
    pub id: &'static str,
    pub label: &'static str,
    pub description: &'static str,
}

/// A country, agency, government organ, person, outlet or alliance the articles name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub id: &'static str,
    pub name: &'static str,
    pub kind: ActorKind,
    /// The id of the country actor this one belongs to, where there is one.
    pub country: Option<&'static str>,
    /// Who they are in this story, in the project's own words.
    pub role: &'static str,
    pub sources: &'static [&'static str],
    /// For each source, in the order of `sources`, the passages the record rests on.
    pub evidence: &'static [Evidence],
}

/// A group of countries or agencies working together in space.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Coalition {
    pub id: &'static str,
    pub name: &'static str,
    pub short: &'static str,
    /// Which side of the comparison it belongs to; `None` for the old point of reference (ISS).
    pub side: Option<Side>,
    /// The actors that lead it.
    pub leads: &'static [&'static str],
    pub summary: &'static str,
    pub sources: &'static [&'static str],
    /// For each source, in the order of `sources`, the passages the record rests on.
    pub evidence: &'static [Evidence],
}

/// An actor's standing in a coalition as of March 2021.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Membership {
    pub coalition: &'static str,
    pub actor: &'static str,
    pub status: Status,
    pub note: &'static str,
    pub sources: &'static [&'static str],
    /// For each source, in the order of `sources`, the passages the record rests on.
    pub evidence: &'static [Evidence],
}

/// Something that happened, or was planned, on a date the articles give or imply.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub id: &'static str,
    /// The date, or the start of a range, or the bound.
    pub date: Date,
    /// How sure the date is.
    pub span: Span,
    /// Planned or expected rather than done, as of March 2021.
    pub planned: bool,
    /// How the date was read from the articles where they give it loosely ("about 20 years ago").
    pub date_note: Option<&'static str>,
    pub title: &'static str,
    /// A name short enough to label the event in a graphic; the timeline labels the events that
    /// have one and marks the rest.
    pub label: Option<&'static str>,
    /// The label is set only in the drawings of the timeline states whose story steps list the
    /// event; elsewhere, the whole timeline among them, the mark stands unnamed, to leave room
    /// for the rest.
    pub label_only_in_steps: bool,
    pub summary: &'static str,
    pub actors: &'static [&'static str],
    pub coalitions: &'static [&'static str],
    pub themes: &'static [&'static str],
    pub sources: &'static [&'static str],
    /// For each source, in the order of `sources`, the passages the record rests on.
    pub evidence: &'static [Evidence],
}

impl Event {
    /// The event's date as a reader should read it, loose where the articles are loose.
    pub fn when(&self) -> String {
        self.span.readable(self.date)
    }
}

/// Words quoted verbatim in an article. Several fragments are one remark the article broke up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quotation {
    pub id: &'static str,
    pub fragments: &'static [&'static str],
    /// The actors who said or issued it.
    pub speakers: &'static [&'static str],
    /// Who said it, where and to whom, in the project's own words.
    pub attribution: &'static str,
    pub date: Option<Date>,
    /// How a date the passages do not give was read.
    pub date_note: Option<&'static str>,
    pub actors: &'static [&'static str],
    pub coalitions: &'static [&'static str],
    pub themes: &'static [&'static str],
    pub sources: &'static [&'static str],
    /// For each source, in the order of `sources`, the passages the record rests on.
    pub evidence: &'static [Evidence],
}

/// A number or ranking the articles give.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figure {
    pub id: &'static str,
    pub label: &'static str,
    /// As a reader should see it: "3rd", "about 400 km".
    pub value: &'static str,
    pub number: i64,
    pub unit: &'static str,
    /// How the coalition graphic labels a count of members the reports give without naming
    /// them (at most 30 characters): "8 nations signed, Oct 2020".
    pub count_label: Option<&'static str>,
    pub actors: &'static [&'static str],
    pub coalitions: &'static [&'static str],
    pub themes: &'static [&'static str],
    pub sources: &'static [&'static str],
    /// For each source, in the order of `sources`, the passages the record rests on.
    pub evidence: &'static [Evidence],
}

/// One row of the side-by-side comparison.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dimension {
    pub id: &'static str,
    pub label: &'static str,
}

/// One cell of the comparison: what one side is on one dimension.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    pub dimension: &'static str,
    pub side: Side,
    pub text: &'static str,
    /// The cell said in a few words, for the graphics that draw it (the Moon diagram, the lead).
    pub label: Option<&'static str>,
    pub sources: &'static [&'static str],
    /// For each source, in the order of `sources`, the passages the record rests on.
    pub evidence: &'static [Evidence],
}

/// A point on which the sources disagree, with what each says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Discrepancy {
    pub id: &'static str,
    pub topic: &'static str,
    pub accounts: &'static [Account],
}

/// What one or more sources say on a disputed point, in the project's own words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    pub says: &'static str,
    pub sources: &'static [&'static str],
    /// For each source, in the order of `sources`, the passages the record rests on.
    pub evidence: &'static [Evidence],
}

/// The text at the top of the page: the project's own words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hero {
    pub kicker: &'static str,
    pub title: &'static str,
    pub summary: &'static str,
    /// When the reporting the page rests on was published.
    pub as_of: Date,
    pub sources: &'static [&'static str],
    /// For each source, in the order of `sources`, the passages the record rests on.
    pub evidence: &'static [Evidence],
}

impl Hero {
    /// The first sentence of the summary: the standfirst a phone shows in its first screen, and
    /// the description a shared card can show whole.
    pub fn description(&self) -> &'static str {
        self.split().0
    }

    /// The summary after its first sentence, which the page shows after the lead graphic.
    pub fn rest(&self) -> &'static str {
        self.split().1
    }

    fn split(&self) -> (&'static str, &'static str) {
        match self.summary.find(". ") {
            Some(end) => (&self.summary[..=end], &self.summary[end + 2..]),
            None => (self.summary, ""),
        }
    }
}

/// A chapter of the scrolling story.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chapter {
    pub id: &'static str,
    pub title: &'static str,
    pub steps: &'static [Step],
}

/// A record a story step draws on, its kind resolved at build time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StepRecord {
    pub id: &'static str,
    pub kind: DrawnOn,
}

/// One step of the story: a short text, and the graphic state shown while it is active.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    pub id: &'static str,
    /// A short headline of the step's own, for its share page and card (never shown in the
    /// story itself, where the text speaks for the step).
    pub title: &'static str,
    pub text: &'static str,
    /// The graphic the step shows, in its state.
    pub shows: GraphicState,
    /// The records (events, quotations, figures, ...) the step draws on.
    pub records: &'static [StepRecord],
    /// The sources of those records, derived at build time.
    pub sources: &'static [&'static str],
}

/// The piece's own publication facts, for search engines and the downloads' licence: set by the
/// newsroom that publishes it, not taken from the reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Publication {
    /// The day the piece was first published.
    pub published: Date,
    /// The day it was last changed: the latest entry of the corrections log, or `published`.
    pub modified: Date,
    /// The address of the licence the data downloads are offered under.
    pub license: &'static str,
    /// That licence's name, as a reader would read it.
    pub license_name: &'static str,
}

/// An entry of the corrections log: a change to published claims, dated and explained.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Correction {
    /// Its number, from 1 in the order of the log (oldest first): its anchor, `#correction-{n}`.
    pub number: usize,
    pub date: Date,
    /// The time of day it was made, UTC, "HH:MM".
    pub time: &'static str,
    pub kind: CorrectionKind,
    /// What it is about, in a few words, for the links to it: "the Accords counts".
    pub title: &'static str,
    /// The records it touches that readers can still open: ids, or [`membership_key`] and
    /// [`cell_key`] keys. (A claim withdrawn has its wording in `was` and no record.)
    pub records: &'static [&'static str],
    /// The wording readers were shown before, claim by claim: exactly as last published.
    pub was: &'static [Was],
    /// What changed, in plain words: "We said …; the reports say …".
    pub text: &'static str,
}

/// A claim's wording as it was published, which a log entry replaces.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Was {
    /// The claim's record: an id, or a [`membership_key`] or [`cell_key`].
    pub record: &'static str,
    /// The field: "summary", "text", "account 2", ...
    pub field: &'static str,
    pub wording: &'static str,
}

/// A membership's key in the corrections log and the second readings (records with an id go by
/// their id).
pub fn membership_key(coalition: &str, actor: &str) -> String {
    format!("membership:{coalition}/{actor}")
}

/// A comparison cell's key in the corrections log and the second readings.
pub fn cell_key(dimension: &str, side: Side) -> String {
    use super::Vocabulary;
    format!("cell:{dimension}/{}", side.as_str())
}

/// A record a second reader has not read as it now stands, with the hash of its text now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unread {
    pub record: &'static str,
    pub hash: &'static str,
}

/// How the dataset was made, for the sources section: the project's own words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Method {
    pub paragraphs: &'static [&'static str],
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_heros_description_is_the_first_sentence_of_its_summary() {
        let hero = |summary| Hero {
            kicker: "",
            title: "",
            summary,
            as_of: Date::year(2021),
            sources: &[],
            evidence: &[],
        };
        assert_eq!(hero("One. Two. Three.").description(), "One.");
        assert_eq!(hero("One. Two. Three.").rest(), "Two. Three.");
        assert_eq!(hero("Only one").description(), "Only one");
        assert_eq!(hero("Only one").rest(), "");
    }
}
