//! The dataset's types, shared by `build.rs` (which validates `data/` and bakes it) and the library
//! (which reads the baked statics). Plain data only: no browser types, no parser dependencies.

use std::fmt;

/// A calendar date as precise as the articles give it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    /// 1 to 12, or `None` when only the year is known.
    pub month: Option<u8>,
    /// 1 to 31, or `None` when only the month or the year is known.
    pub day: Option<u8>,
}

/// How precisely a [`Date`] is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    Day,
    Month,
    Year,
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Why a date string was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateError(pub String);

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Date {
    pub const fn day(year: u16, month: u8, day: u8) -> Self {
        Self {
            year,
            month: Some(month),
            day: Some(day),
        }
    }

    pub const fn month(year: u16, month: u8) -> Self {
        Self {
            year,
            month: Some(month),
            day: None,
        }
    }

    pub const fn year(year: u16) -> Self {
        Self {
            year,
            month: None,
            day: None,
        }
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checking that the day exists in that month.
    pub fn parse(text: &str) -> Result<Self, DateError> {
        let refuse = |why: &str| {
            Err(DateError(format!(
                "`{text}` is not a date: {why} (write YYYY, YYYY-MM or YYYY-MM-DD)"
            )))
        };
        let parts: Vec<&str> = text.split('-').collect();
        let number = |part: &str, digits: usize| -> Option<u16> {
            (part.len() == digits && part.bytes().all(|b| b.is_ascii_digit()))
                .then(|| part.parse().ok())
                .flatten()
        };
        let Some(year) = parts.first().and_then(|p| number(p, 4)) else {
            return refuse("the year must have four digits");
        };
        if parts.len() > 3 {
            return refuse("too many parts");
        }
        let month = match parts.get(1) {
            None => return Ok(Self::year(year)),
            Some(p) => match number(p, 2) {
                Some(m @ 1..=12) => m as u8,
                _ => return refuse("the month must be 01 to 12"),
            },
        };
        let day = match parts.get(2) {
            None => return Ok(Self::month(year, month)),
            Some(p) => match number(p, 2) {
                Some(d) if d >= 1 && d <= u16::from(days_in_month(year, month)) => d as u8,
                _ => return refuse("that day does not exist in that month"),
            },
        };
        Ok(Self::day(year, month, day))
    }

    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (Some(_), Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        }
    }

    /// The date as a reader expects it: "9 March 2021", "March 2021" or "2021".
    pub fn readable(&self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{d} {} {}", MONTHS[usize::from(m) - 1], self.year),
            (Some(m), None) => format!("{} {}", MONTHS[usize::from(m) - 1], self.year),
            _ => self.year.to_string(),
        }
    }

    /// The machine-readable form for `<time datetime>`: "2021-03-09", "2021-03" or "2021".
    pub fn iso(&self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{:04}-{m:02}-{d:02}", self.year),
            (Some(m), None) => format!("{:04}-{m:02}", self.year),
            _ => format!("{:04}", self.year),
        }
    }
}

/// How sure an event's date is. The articles give some dates exactly, some only by counting back
/// from a round number, some as a bound ("within the next 10 years") and some as a range ("in the
/// next decade"); each is written and drawn as what it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Span {
    /// On the date, as precisely as the date is given.
    On,
    /// Around the date: counted back from a round figure.
    About,
    /// At the latest by the date: a bound, not a point.
    By,
    /// From the date to this one.
    To(Date),
}

impl Span {
    /// Reads a date as an editor writes it: "2021-03-09", "about 1996", "by 2031" or
    /// "2021 to 2031". Returns the date (the start of a range) and its span.
    pub fn parse(text: &str) -> Result<(Date, Self), DateError> {
        if let Some(rest) = text.strip_prefix("about ") {
            return Ok((Date::parse(rest)?, Self::About));
        }
        if let Some(rest) = text.strip_prefix("by ") {
            return Ok((Date::parse(rest)?, Self::By));
        }
        if let Some((from, to)) = text.split_once(" to ") {
            let (from, to) = (Date::parse(from)?, Date::parse(to)?);
            if to <= from {
                return Err(DateError(format!(
                    "`{text}` is not a range: it must end after it starts"
                )));
            }
            return Ok((from, Self::To(to)));
        }
        Date::parse(text).map(|date| (date, Self::On)).map_err(|_| {
            DateError(format!(
                "`{text}` is not a date: write YYYY, YYYY-MM or YYYY-MM-DD, or `about YYYY`, \
                     `by YYYY` or `YYYY to YYYY` where the article gives no more"
            ))
        })
    }

    /// The date as a reader should read it: "9 March 2021", "about 1996", "by 2031",
    /// "2021 to 2031".
    pub fn readable(self, date: Date) -> String {
        match self {
            Self::On => date.readable(),
            Self::About => format!("about {}", date.readable()),
            Self::By => format!("by {}", date.readable()),
            Self::To(end) => format!("{} to {}", date.readable(), end.readable()),
        }
    }

    /// The span's name in the downloads: "on", "about", "by" or "to".
    pub fn as_str(self) -> &'static str {
        match self {
            Self::On => "on",
            Self::About => "about",
            Self::By => "by",
            Self::To(_) => "to",
        }
    }
}

/// A count as a reader expects it in running text: "five", but "12".
pub fn count_in_words(n: usize) -> String {
    const WORDS: [&str; 10] = [
        "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    ];
    WORDS
        .get(n)
        .map_or_else(|| n.to_string(), |w| (*w).to_string())
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        _ => 31,
    }
}

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

impl Source {
    /// How the source is named in a citation: its headline, or its file where it has none.
    pub fn title(&self) -> &'static str {
        self.headline.unwrap_or(self.file)
    }
}

/// A closed vocabulary: the build refuses any other value, naming the ones it accepts.
pub trait Vocabulary: Sized + Copy + 'static {
    /// Every value, in the order readers see them.
    const ALL: &'static [Self];
    /// The value as written in `data/` and in URLs.
    fn as_str(self) -> &'static str;
    /// The value as a reader sees it.
    fn label(self) -> &'static str;

    fn parse(text: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|v| v.as_str() == text)
    }
}

macro_rules! vocabulary {
    ($(#[$doc:meta])* $name:ident { $($variant:ident = $text:literal / $label:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name { $($variant),+ }

        impl Vocabulary for $name {
            const ALL: &'static [Self] = &[$(Self::$variant),+];
            fn as_str(self) -> &'static str {
                match self { $(Self::$variant => $text),+ }
            }
            fn label(self) -> &'static str {
                match self { $(Self::$variant => $label),+ }
            }
        }
    };
}

vocabulary! {
    /// What kind of actor a record names.
    ActorKind {
        Country = "country" / "Countries",
        Agency = "agency" / "Space agencies",
        Government = "government" / "Governments and their organs",
        Person = "person" / "People",
        Media = "media" / "Media",
        Alliance = "alliance" / "Alliances",
    }
}

vocabulary! {
    /// A member's standing in a coalition as of March 2021.
    Status {
        Founding = "founding" / "Founding member",
        Member = "member" / "Member",
        Invited = "invited" / "Invited",
        Declined = "declined" / "Declined",
        Considering = "considering" / "Considering",
    }
}

vocabulary! {
    /// The two sides of the comparison.
    Side {
        Ilrs = "ilrs" / "ILRS (China and Russia)",
        Artemis = "artemis" / "Artemis and the Gateway (US-led)",
    }
}

vocabulary! {
    /// The story's sticky graphics.
    GraphicKind {
        Coalitions = "coalitions" / "The coalitions and their members",
        Timeline = "timeline" / "Events on both sides, 2011 to 2031",
        Moon = "moon" / "Where each would build",
        Budgets = "budgets" / "Space budgets ranked",
    }
}

vocabulary! {
    /// What the coalition graphic brings forward.
    CoalitionsState {
        All = "all" / "every coalition",
        Ilrs = "ilrs" / "the ILRS",
        Artemis = "artemis" / "the US-led coalitions",
        Russia = "russia" / "where Russia stands",
        Iss = "iss" / "the ISS",
    }
}

vocabulary! {
    /// Which events the timeline brings forward.
    TimelineState {
        All = "all" / "every event",
        Signing = "signing" / "the agreement",
        Drift = "drift" / "Russia and the US drifting apart",
        Ties = "ties" / "China and Russia drawing closer",
        Missions = "missions" / "missions and capabilities",
        Military = "military" / "military questions",
        Diplomacy = "diplomacy" / "diplomacy",
        Planned = "planned" / "what is planned",
    }
}

vocabulary! {
    /// What the Moon diagram brings forward.
    MoonState {
        Overview = "overview" / "both plans",
        Gateway = "gateway" / "the Gateway",
        Ilrs = "ilrs" / "the ILRS",
        IssScale = "iss-scale" / "the ISS, for scale",
        Disputed = "disputed" / "where the ILRS would be",
    }
}

vocabulary! {
    /// What the budget ranks bring forward.
    BudgetsState {
        Ranking = "ranking" / "the whole ranking",
        Partners = "partners" / "the ILRS partners",
    }
}

/// A graphic in one of its states: what a story step shows. Each graphic's states are a closed
/// set of its own, so drawing code matches them exhaustively.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GraphicState {
    Coalitions(CoalitionsState),
    Timeline(TimelineState),
    Moon(MoonState),
    Budgets(BudgetsState),
}

impl GraphicState {
    pub fn kind(self) -> GraphicKind {
        match self {
            Self::Coalitions(_) => GraphicKind::Coalitions,
            Self::Timeline(_) => GraphicKind::Timeline,
            Self::Moon(_) => GraphicKind::Moon,
            Self::Budgets(_) => GraphicKind::Budgets,
        }
    }

    /// The state's name, as written in `data/story.toml` and in `data-state`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Coalitions(s) => s.as_str(),
            Self::Timeline(s) => s.as_str(),
            Self::Moon(s) => s.as_str(),
            Self::Budgets(s) => s.as_str(),
        }
    }

    /// A state of `kind` by its name; `None` for a name that graphic does not have.
    pub fn parse(kind: GraphicKind, state: &str) -> Option<Self> {
        match kind {
            GraphicKind::Coalitions => CoalitionsState::parse(state).map(Self::Coalitions),
            GraphicKind::Timeline => TimelineState::parse(state).map(Self::Timeline),
            GraphicKind::Moon => MoonState::parse(state).map(Self::Moon),
            GraphicKind::Budgets => BudgetsState::parse(state).map(Self::Budgets),
        }
    }

    /// Every state of a graphic, in order; the first is where it waits before any step uses it.
    pub fn all(kind: GraphicKind) -> Vec<Self> {
        match kind {
            GraphicKind::Coalitions => CoalitionsState::ALL
                .iter()
                .map(|s| Self::Coalitions(*s))
                .collect(),
            GraphicKind::Timeline => TimelineState::ALL
                .iter()
                .map(|s| Self::Timeline(*s))
                .collect(),
            GraphicKind::Moon => MoonState::ALL.iter().map(|s| Self::Moon(*s)).collect(),
            GraphicKind::Budgets => BudgetsState::ALL
                .iter()
                .map(|s| Self::Budgets(*s))
                .collect(),
        }
    }
}

impl GraphicKind {
    /// The names of the states a story step may ask the graphic to show.
    pub fn states(self) -> Vec<&'static str> {
        GraphicState::all(self)
            .into_iter()
            .map(GraphicState::as_str)
            .collect()
    }
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

/// A chapter of the scrolling story.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chapter {
    pub id: &'static str,
    pub title: &'static str,
    pub steps: &'static [Step],
}

vocabulary! {
    /// The kinds of record a story step may draw on: each has a place on the page to link to
    /// and sources to cite. The build resolves each step's records to one of these once; the
    /// citations and the link names follow from the kind.
    DrawnOn {
        Event = "event" / "an event",
        Quotation = "quotation" / "a quotation",
        Figure = "figure" / "a figure",
        Coalition = "coalition" / "a coalition",
        Dimension = "dimension" / "a comparison row",
        Discrepancy = "discrepancy" / "a disagreement",
    }
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
    /// The day it was last changed; never before `published`.
    pub modified: Date,
    /// The address of the licence the data downloads are offered under.
    pub license: &'static str,
    /// That licence's name, as a reader would read it.
    pub license_name: &'static str,
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
    fn dates_parse_at_each_precision() {
        assert_eq!(Date::parse("2021-03-09"), Ok(Date::day(2021, 3, 9)));
        assert_eq!(Date::parse("2021-03"), Ok(Date::month(2021, 3)));
        assert_eq!(Date::parse("2021"), Ok(Date::year(2021)));
        assert_eq!(
            Date::parse("2021-03").unwrap().precision(),
            Precision::Month
        );
    }

    #[test]
    fn impossible_dates_are_refused() {
        for bad in [
            "2021-02-30",
            "2021-13",
            "21-03-09",
            "2021-3-9",
            "March 2021",
            "",
            "2021-03-09-01",
            "2021-00",
        ] {
            assert!(Date::parse(bad).is_err(), "{bad} should be refused");
        }
        assert!(Date::parse("2020-02-29").is_ok());
        assert!(Date::parse("2021-02-29").is_err());
    }

    #[test]
    fn dates_read_as_a_reader_expects() {
        assert_eq!(Date::day(2021, 3, 9).readable(), "9 March 2021");
        assert_eq!(Date::month(2020, 9).readable(), "September 2020");
        assert_eq!(Date::year(2024).readable(), "2024");
        assert_eq!(Date::day(2021, 3, 9).iso(), "2021-03-09");
    }

    #[test]
    fn loose_dates_read_as_loose_as_they_are() {
        let read = |text| {
            let (date, span) = Span::parse(text).unwrap();
            span.readable(date)
        };
        assert_eq!(read("2021-03-09"), "9 March 2021");
        assert_eq!(read("about 1996"), "about 1996");
        assert_eq!(read("by 2031"), "by 2031");
        assert_eq!(read("2021 to 2031"), "2021 to 2031");
        assert_eq!(read("by 2021-03-14"), "by 14 March 2021");
        assert!(Span::parse("2031 to 2021").is_err());
        assert!(Span::parse("around 1996").is_err());
        assert!(Span::parse("by March").is_err());
    }

    #[test]
    fn small_counts_are_spelt_out() {
        assert_eq!(count_in_words(5), "five");
        assert_eq!(count_in_words(0), "no");
        assert_eq!(count_in_words(12), "12");
    }

    #[test]
    fn dates_order_by_time_with_coarser_dates_first() {
        assert!(Date::year(2021) < Date::month(2021, 1));
        assert!(Date::month(2021, 2) < Date::day(2021, 3, 1));
    }
}
