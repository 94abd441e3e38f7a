//! The downloadable dataset: `data.json` and one CSV per kind of record, written beside the page
//! at build time from the baked statics, and `datapackage.json`, which describes them (see
//! `package`). One table definition per kind feeds all three: its columns carry their type and
//! meaning, so a new column cannot go undescribed. The sources section links these files and the
//! build writes them (feature `ssr`).

mod package;

pub use package::PACKAGE_FILE;
use serde_json::{Map, Value as Json};

use crate::data::{
    ACTORS, CELLS, COALITIONS, CORRECTIONS, DISCREPANCIES, EVENTS, FIGURES, MEMBERSHIPS,
    QUOTATIONS, SOURCES, THEMES,
};
use crate::model::{ActorKind, CorrectionKind, Date, Evidence, Side, Span, Status, Vocabulary};

/// One field of one exported record.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Text(String),
    List(Vec<String>),
    Number(i64),
    Flag(bool),
    /// A record's passages, source by source.
    Evidence(&'static [Evidence]),
    /// Not stated, or not applicable.
    Missing,
}

impl Value {
    fn text(text: &str) -> Self {
        Self::Text(text.to_string())
    }

    fn optional(text: Option<&str>) -> Self {
        text.map_or(Self::Missing, Self::text)
    }

    fn list(items: &[&str]) -> Self {
        Self::List(items.iter().map(|s| s.to_string()).collect())
    }

    fn date(date: Option<Date>) -> Self {
        date.map_or(Self::Missing, |d| Self::Text(d.iso()))
    }

    fn json(&self) -> Json {
        match self {
            Self::Text(t) => Json::String(t.clone()),
            Self::List(items) => Json::Array(items.iter().cloned().map(Json::String).collect()),
            Self::Number(n) => Json::from(*n),
            Self::Flag(b) => Json::Bool(*b),
            Self::Evidence(evidence) => Json::Object(
                evidence
                    .iter()
                    .map(|e| (e.source.to_string(), Json::from(e.passages.to_vec())))
                    .collect(),
            ),
            Self::Missing => Json::Null,
        }
    }

    /// The CSV field: lists joined by "; ", missing values empty.
    pub fn csv(&self) -> String {
        match self {
            Self::Text(t) => t.clone(),
            Self::List(items) => items.join("; "),
            Self::Number(n) => n.to_string(),
            Self::Flag(b) => b.to_string(),
            Self::Evidence(evidence) => evidence
                .iter()
                .map(|e| format!("{}: {}", e.source, e.passages.join(" | ")))
                .collect::<Vec<_>>()
                .join("; "),
            Self::Missing => String::new(),
        }
    }
}

/// What a column's values are: its type in `datapackage.json`, and how a reader parses it.
#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    Text,
    /// One of a closed list of values.
    OneOf(Vec<&'static str>),
    Integer,
    /// `true` or `false`.
    Flag,
    /// A calendar day, `YYYY-MM-DD`.
    Day,
    /// A date only as precise as the reports give it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    LooseDate,
    /// The id of one record of the named table: a foreign key to its `id`.
    Ref(&'static str),
    /// Ids of records of the named table, joined by "; ". A list, so no foreign key can check it.
    Refs(&'static str),
    /// Several values joined by "; ".
    List,
    /// Each source's passages, as [`Value::Evidence`] writes them.
    Evidence,
}

/// One column of a table: its CSV header (and `data.json` key), what its values are, and what it
/// means. `datapackage.json` describes each file from these, so no column goes undescribed.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub name: &'static str,
    pub kind: Kind,
    /// Every row has a value: no empty field, null or empty list.
    pub required: bool,
    /// What the column holds, in a sentence; the package's description adds how to read it.
    pub about: &'static str,
}

/// A column every row fills.
fn required(name: &'static str, kind: Kind, about: &'static str) -> Column {
    Column {
        name,
        kind,
        required: true,
        about,
    }
}

/// A column some rows leave empty: not stated, not applicable, or an empty list.
fn optional(name: &'static str, kind: Kind, about: &'static str) -> Column {
    Column {
        required: false,
        ..required(name, kind, about)
    }
}

/// A closed vocabulary's values, as the data writes them.
fn one_of<V: Vocabulary>() -> Kind {
    Kind::OneOf(V::ALL.iter().map(|v| v.as_str()).collect())
}

/// The sources and passages every cited record ends with.
fn sources() -> Column {
    required(
        "sources",
        Kind::Refs("sources"),
        "The reports the record rests on.",
    )
}

fn evidence() -> Column {
    required(
        "evidence",
        Kind::Evidence,
        "The passages of each report the record rests on, verbatim.",
    )
}

/// The tags a record is filed under (the explorer's facets).
fn actors() -> Column {
    optional("actors", Kind::Refs("actors"), "The actors it concerns.")
}

fn coalitions() -> Column {
    optional(
        "coalitions",
        Kind::Refs("coalitions"),
        "The coalitions it concerns.",
    )
}

/// `required` or `optional`: the build insists on a theme for events and quotations only.
fn themes(kind: fn(&'static str, Kind, &'static str) -> Column) -> Column {
    kind(
        "themes",
        Kind::Refs("themes"),
        "The themes it is filed under.",
    )
}

/// One kind of record as rows and columns.
pub struct Table {
    /// The kind's plural name: the key in `data.json` and the CSV's file name.
    pub name: &'static str,
    /// What its file holds, as the page's download list says it.
    pub what: &'static str,
    /// What one row is, for `datapackage.json`.
    pub about: &'static str,
    pub columns: Vec<Column>,
    /// The columns that together name one row.
    pub key: &'static [&'static str],
    pub rows: Vec<Vec<Value>>,
}

/// Every kind of record, in the order of `data/`.
pub fn tables() -> Vec<Table> {
    vec![
        Table {
            name: "sources",
            what: "sources",
            about: "The five news reports every record rests on, with what each text states about itself.",
            columns: vec![
                required("id", Kind::Text, "The report's id, as records cite it."),
                required(
                    "file",
                    Kind::Text,
                    "The article's file name in the project's sources folder.",
                ),
                required(
                    "short",
                    Kind::Text,
                    "How citations name it, in the project's words.",
                ),
                optional("headline", Kind::Text, "The headline as the text gives it."),
                optional("outlet", Kind::Text, "The outlet, where the text names it."),
                optional(
                    "author",
                    Kind::Text,
                    "The author, where the text names one.",
                ),
                optional(
                    "published",
                    Kind::LooseDate,
                    "The date of publication, where the text gives one.",
                ),
                optional(
                    "dateline",
                    Kind::Text,
                    "The place it was filed from, where the text gives one.",
                ),
                required(
                    "note",
                    Kind::Text,
                    "What the text tells of its origin and date, in the project's words.",
                ),
            ],
            key: &["id"],
            rows: SOURCES
                .iter()
                .map(|s| {
                    vec![
                        Value::text(s.id),
                        Value::text(s.file),
                        Value::text(s.short),
                        Value::optional(s.headline),
                        Value::optional(s.outlet),
                        Value::optional(s.author),
                        Value::date(s.published),
                        Value::optional(s.dateline),
                        Value::text(s.note),
                    ]
                })
                .collect(),
        },
        Table {
            name: "themes",
            what: "themes",
            about: "The themes records are filed under.",
            columns: vec![
                required("id", Kind::Text, "The theme's id, as records name it."),
                required("label", Kind::Text, "Its name as the page shows it."),
                required("description", Kind::Text, "What it covers."),
            ],
            key: &["id"],
            rows: THEMES
                .iter()
                .map(|t| {
                    vec![
                        Value::text(t.id),
                        Value::text(t.label),
                        Value::text(t.description),
                    ]
                })
                .collect(),
        },
        Table {
            name: "actors",
            what: "actors",
            about: "The countries, agencies, government organs, people, outlets and alliances the reports name.",
            columns: vec![
                required("id", Kind::Text, "The actor's id, as records name it."),
                required("name", Kind::Text, "The actor's name."),
                required("kind", one_of::<ActorKind>(), "What kind of actor it is."),
                optional(
                    "country",
                    Kind::Ref("actors"),
                    "The country (an actor of kind country) it belongs to.",
                ),
                required(
                    "role",
                    Kind::Text,
                    "Who they are in this story, in the project's words.",
                ),
                sources(),
                evidence(),
            ],
            key: &["id"],
            rows: ACTORS
                .iter()
                .map(|a| {
                    vec![
                        Value::text(a.id),
                        Value::text(a.name),
                        Value::text(a.kind.as_str()),
                        Value::optional(a.country),
                        Value::text(a.role),
                        Value::list(a.sources),
                        Value::Evidence(a.evidence),
                    ]
                })
                .collect(),
        },
        Table {
            name: "coalitions",
            what: "coalitions",
            about: "The groups of countries or agencies working together in space.",
            columns: vec![
                required("id", Kind::Text, "The coalition's id, as records name it."),
                required("name", Kind::Text, "Its full name."),
                required("short", Kind::Text, "Its short name."),
                optional(
                    "side",
                    one_of::<Side>(),
                    "The side of the comparison it belongs to; empty for the ISS, the old point of reference.",
                ),
                required("leads", Kind::Refs("actors"), "The actors that lead it."),
                required("summary", Kind::Text, "What it is, in the project's words."),
                sources(),
                evidence(),
            ],
            key: &["id"],
            rows: COALITIONS
                .iter()
                .map(|c| {
                    vec![
                        Value::text(c.id),
                        Value::text(c.name),
                        Value::text(c.short),
                        Value::optional(c.side.map(|s| s.as_str())),
                        Value::list(c.leads),
                        Value::text(c.summary),
                        Value::list(c.sources),
                        Value::Evidence(c.evidence),
                    ]
                })
                .collect(),
        },
        Table {
            name: "memberships",
            what: "memberships",
            about: "An actor's standing in a coalition as of March 2021.",
            columns: vec![
                required("coalition", Kind::Ref("coalitions"), "The coalition."),
                required(
                    "actor",
                    Kind::Ref("actors"),
                    "The member, or would-be member.",
                ),
                required(
                    "status",
                    one_of::<Status>(),
                    "Its standing in the coalition as of March 2021.",
                ),
                required(
                    "note",
                    Kind::Text,
                    "The standing explained, in the project's words.",
                ),
                sources(),
                evidence(),
            ],
            key: &["coalition", "actor"],
            rows: MEMBERSHIPS
                .iter()
                .map(|m| {
                    vec![
                        Value::text(m.coalition),
                        Value::text(m.actor),
                        Value::text(m.status.as_str()),
                        Value::text(m.note),
                        Value::list(m.sources),
                        Value::Evidence(m.evidence),
                    ]
                })
                .collect(),
        },
        Table {
            name: "events",
            what: "events",
            about: "What happened, or was planned, on a date the reports give or imply.",
            columns: vec![
                required("id", Kind::Text, "The event's id."),
                required(
                    "date",
                    Kind::LooseDate,
                    "When it happened: the date, the start of a range, or the bound (see date_span).",
                ),
                required(
                    "precision",
                    Kind::OneOf(vec!["day", "month", "year"]),
                    "How precise the date is: a day, a month or only a year.",
                ),
                required(
                    "date_span",
                    Kind::OneOf(vec!["on", "about", "by", "to"]),
                    "How sure the date is: on it; about it (counted back from a round figure); by it at the latest; or from it to date_until.",
                ),
                optional(
                    "date_until",
                    Kind::LooseDate,
                    "The end of the range, where date_span is to.",
                ),
                required(
                    "planned",
                    Kind::Flag,
                    "Whether it was planned or expected, rather than done, as of March 2021.",
                ),
                optional(
                    "date_note",
                    Kind::Text,
                    "How a loose date was read from the reports.",
                ),
                required("title", Kind::Text, "What happened, in a line."),
                required(
                    "summary",
                    Kind::Text,
                    "What happened, in the project's words.",
                ),
                actors(),
                coalitions(),
                themes(required),
                sources(),
                evidence(),
            ],
            key: &["id"],
            rows: EVENTS
                .iter()
                .map(|e| {
                    vec![
                        Value::text(e.id),
                        Value::Text(e.date.iso()),
                        Value::text(precision(e.date)),
                        Value::text(e.span.as_str()),
                        Value::date(match e.span {
                            Span::To(end) => Some(end),
                            _ => None,
                        }),
                        Value::Flag(e.planned),
                        Value::optional(e.date_note),
                        Value::text(e.title),
                        Value::text(e.summary),
                        Value::list(e.actors),
                        Value::list(e.coalitions),
                        Value::list(e.themes),
                        Value::list(e.sources),
                        Value::Evidence(e.evidence),
                    ]
                })
                .collect(),
        },
        Table {
            name: "quotations",
            what: "quotations",
            about: "Words quoted verbatim in the reports, with who said them.",
            columns: vec![
                required("id", Kind::Text, "The quotation's id."),
                required(
                    "text",
                    Kind::Text,
                    "The words, verbatim; where a report breaks a remark up, its parts joined by \" … \".",
                ),
                optional(
                    "speakers",
                    Kind::Refs("actors"),
                    "The actors who said or issued it; empty where the report names no one, as attribution says.",
                ),
                required(
                    "attribution",
                    Kind::Text,
                    "Who said it, where and to whom, in the project's words.",
                ),
                optional(
                    "date",
                    Kind::LooseDate,
                    "When it was said, where the reports allow.",
                ),
                optional(
                    "date_note",
                    Kind::Text,
                    "How a date the passages do not give was read.",
                ),
                actors(),
                coalitions(),
                themes(required),
                sources(),
                evidence(),
            ],
            key: &["id"],
            rows: QUOTATIONS
                .iter()
                .map(|q| {
                    vec![
                        Value::text(q.id),
                        Value::Text(q.fragments.join(" … ")),
                        Value::list(q.speakers),
                        Value::text(q.attribution),
                        Value::date(q.date),
                        Value::optional(q.date_note),
                        Value::list(q.actors),
                        Value::list(q.coalitions),
                        Value::list(q.themes),
                        Value::list(q.sources),
                        Value::Evidence(q.evidence),
                    ]
                })
                .collect(),
        },
        Table {
            name: "figures",
            what: "figures",
            about: "The numbers and rankings the reports give.",
            columns: vec![
                required("id", Kind::Text, "The figure's id."),
                required("label", Kind::Text, "What is counted or ranked."),
                required(
                    "value",
                    Kind::Text,
                    "The figure as a reader should read it.",
                ),
                required(
                    "number",
                    Kind::Integer,
                    "The figure as a whole number, in unit.",
                ),
                required(
                    "unit",
                    Kind::Text,
                    "What number counts (rank for a place in a ranking).",
                ),
                optional(
                    "count_label",
                    Kind::Text,
                    "For a count of a coalition's members the reports do not name, how the coalition graphic labels it.",
                ),
                actors(),
                coalitions(),
                themes(optional),
                sources(),
                evidence(),
            ],
            key: &["id"],
            rows: FIGURES
                .iter()
                .map(|f| {
                    vec![
                        Value::text(f.id),
                        Value::text(f.label),
                        Value::text(f.value),
                        Value::Number(f.number),
                        Value::text(f.unit),
                        Value::optional(f.count_label),
                        Value::list(f.actors),
                        Value::list(f.coalitions),
                        Value::list(f.themes),
                        Value::list(f.sources),
                        Value::Evidence(f.evidence),
                    ]
                })
                .collect(),
        },
        Table {
            name: "comparison",
            what: "comparison",
            about: "The side-by-side comparison: what each side is on each dimension.",
            columns: vec![
                required(
                    "dimension",
                    Kind::Text,
                    "The dimension's id (who leads, partners, where, ...).",
                ),
                required("side", one_of::<Side>(), "The side."),
                required(
                    "text",
                    Kind::Text,
                    "What that side is on that dimension, in the project's words.",
                ),
                sources(),
                evidence(),
            ],
            key: &["dimension", "side"],
            rows: CELLS
                .iter()
                .map(|c| {
                    vec![
                        Value::text(c.dimension),
                        Value::text(c.side.as_str()),
                        Value::text(c.text),
                        Value::list(c.sources),
                        Value::Evidence(c.evidence),
                    ]
                })
                .collect(),
        },
        Table {
            name: "discrepancies",
            what: "disagreements",
            about: "Where the reports disagree: one row per account of each disputed point.",
            columns: vec![
                required(
                    "id",
                    Kind::Text,
                    "The disputed point's id, shared by its accounts.",
                ),
                required("topic", Kind::Text, "The disputed point."),
                required(
                    "account",
                    Kind::Integer,
                    "The account's number within the point, from 1.",
                ),
                required(
                    "says",
                    Kind::Text,
                    "What this account says, in the project's words.",
                ),
                sources(),
                evidence(),
            ],
            key: &["id", "account"],
            rows: DISCREPANCIES
                .iter()
                .flat_map(|d| {
                    d.accounts.iter().enumerate().map(|(i, a)| {
                        vec![
                            Value::text(d.id),
                            Value::text(d.topic),
                            Value::Number(i as i64 + 1),
                            Value::text(a.says),
                            Value::list(a.sources),
                            Value::Evidence(a.evidence),
                        ]
                    })
                })
                .collect(),
        },
        Table {
            name: "corrections",
            what: "the corrections and updates log",
            about: "Every change to a published claim, oldest first, copy edits included (readers are not shown those).",
            columns: vec![
                required(
                    "number",
                    Kind::Integer,
                    "The entry's number, from 1, oldest first.",
                ),
                required("date", Kind::Day, "The day of the change."),
                required(
                    "time",
                    Kind::Text,
                    "The time of day of the change, UTC, HH:MM.",
                ),
                required(
                    "kind",
                    one_of::<CorrectionKind>(),
                    "correction (what was said was wrong, unsupported or overstated), clarification (it was imprecise), update (a claim was added) or copy edit (the wording changed, not what it says; not shown to readers).",
                ),
                required("title", Kind::Text, "What it is about, in a few words."),
                optional(
                    "records",
                    Kind::List,
                    "The records it touches that still stand: ids, or membership:{coalition}/{actor} and cell:{dimension}/{side} for memberships and comparison cells.",
                ),
                required("text", Kind::Text, "What changed, in the project's words."),
            ],
            key: &["number"],
            rows: CORRECTIONS
                .iter()
                .map(|c| {
                    vec![
                        Value::Number(c.number as i64),
                        Value::Text(c.date.iso()),
                        Value::text(c.time),
                        Value::text(c.kind.as_str()),
                        Value::text(c.title),
                        Value::list(c.records),
                        Value::text(c.text),
                    ]
                })
                .collect(),
        },
        Table {
            name: "corrections-was",
            what: "the wording each correction replaced",
            about: "For each entry of the corrections log, the wording readers had been shown, claim by claim, exactly as last published.",
            columns: vec![
                required(
                    "correction",
                    Kind::Integer,
                    "The number of the entry in corrections.csv.",
                ),
                required(
                    "record",
                    Kind::Text,
                    "The claim's record: an id, or membership:{coalition}/{actor} or cell:{dimension}/{side}; a record since withdrawn keeps its id here.",
                ),
                required(
                    "field",
                    Kind::Text,
                    "The claim's field in its record: title, summary, text, account 2, ...",
                ),
                required("wording", Kind::Text, "The wording as published."),
            ],
            key: &["correction", "record", "field"],
            rows: CORRECTIONS
                .iter()
                .flat_map(|c| {
                    c.was.iter().map(|w| {
                        vec![
                            Value::Number(c.number as i64),
                            Value::text(w.record),
                            Value::text(w.field),
                            Value::text(w.wording),
                        ]
                    })
                })
                .collect(),
        },
    ]
}

fn precision(date: Date) -> &'static str {
    match date.precision() {
        crate::model::Precision::Day => "day",
        crate::model::Precision::Month => "month",
        crate::model::Precision::Year => "year",
    }
}

/// `data.json`: an object with one array of records per kind, compact (it counts towards the
/// page weight; any JSON viewer indents it).
pub fn json(tables: &[Table]) -> String {
    let mut root = Map::new();
    for table in tables {
        let records = table
            .rows
            .iter()
            .map(|row| {
                let fields = table
                    .columns
                    .iter()
                    .zip(row)
                    .map(|(c, v)| (c.name.to_string(), v.json()));
                Json::Object(fields.collect())
            })
            .collect();
        root.insert(table.name.to_string(), Json::Array(records));
    }
    let mut text = serde_json::to_string(&Json::Object(root)).expect("plain values serialise");
    text.push('\n');
    text
}

/// One table as RFC 4180 CSV with a header row: CRLF line ends, fields quoted only where they
/// must be.
pub fn csv(table: &Table) -> String {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let header = table.columns.iter().map(|c| c.name);
    let written = writer.write_record(header).and_then(|()| {
        table
            .rows
            .iter()
            .try_for_each(|row| writer.write_record(row.iter().map(Value::csv)))
    });
    written.expect("writing to memory cannot fail");
    let bytes = writer.into_inner().expect("writing to memory cannot fail");
    String::from_utf8(bytes).expect("the fields are text")
}

/// The whole dataset in one file, beside one CSV per kind.
pub const JSON_FILE: &str = "data.json";
/// What the page says `data.json` holds.
const JSON_HOLDS: &str = "everything, as JSON";

/// What the page says `datapackage.json` holds.
const PACKAGE_HOLDS: &str =
    "what every file holds, column by column, as a Frictionless Data Package";

/// The dataset's title and description, in `datapackage.json` and the page's JSON-LD alike.
pub const TITLE: &str = "The ILRS explainer: the dataset";
pub const DESCRIPTION: &str = "Every event, quotation, figure, coalition membership and comparison the explainer shows, each with the passages of the five news reports it rests on.";

/// Every download, as (file name, contents): the data, then the package that describes it.
pub fn files() -> Vec<(String, String)> {
    let tables = tables();
    let mut files = vec![(JSON_FILE.to_string(), json(&tables))];
    files.extend(tables.iter().map(|t| (csv_name(t), csv(t))));
    files.push((PACKAGE_FILE.to_string(), package::datapackage(&tables)));
    files
}

/// Every download, as (file name, what it holds), in the order [`files`] writes them: what the
/// page links.
pub fn downloads() -> Vec<(String, &'static str)> {
    let mut out = vec![(JSON_FILE.to_string(), JSON_HOLDS)];
    out.extend(tables().iter().map(|t| (csv_name(t), t.what)));
    out.push((PACKAGE_FILE.to_string(), PACKAGE_HOLDS));
    out
}

/// The CSV download of one kind of record.
pub fn csv_name(table: &Table) -> String {
    format!("{}.csv", table.name)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads RFC 4180 CSV back into rows, for checking what [`csv`] wrote.
    fn parse_csv(text: &str) -> Vec<Vec<String>> {
        let mut rows = Vec::new();
        let mut row = Vec::new();
        let mut field = String::new();
        let mut chars = text.chars().peekable();
        let mut quoted = false;
        while let Some(c) = chars.next() {
            match (quoted, c) {
                (true, '"') if chars.peek() == Some(&'"') => {
                    field.push('"');
                    chars.next();
                }
                (true, '"') => quoted = false,
                (true, c) => field.push(c),
                (false, '"') => quoted = true,
                (false, ',') => row.push(std::mem::take(&mut field)),
                (false, '\r') => {}
                (false, '\n') => {
                    row.push(std::mem::take(&mut field));
                    rows.push(std::mem::take(&mut row));
                }
                (false, c) => field.push(c),
            }
        }
        rows
    }

    #[test]
    fn every_kind_is_exported_with_every_record() {
        let tables = tables();
        let count = |name: &str| tables.iter().find(|t| t.name == name).unwrap().rows.len();
        assert_eq!(count("sources"), SOURCES.len());
        assert_eq!(count("actors"), ACTORS.len());
        assert_eq!(count("events"), EVENTS.len());
        assert_eq!(count("quotations"), QUOTATIONS.len());
        assert_eq!(count("figures"), FIGURES.len());
        assert_eq!(count("comparison"), CELLS.len());
        assert_eq!(count("memberships"), MEMBERSHIPS.len());
        let accounts: usize = DISCREPANCIES.iter().map(|d| d.accounts.len()).sum();
        assert_eq!(count("discrepancies"), accounts);
    }

    #[test]
    fn data_json_matches_the_baked_data() {
        let parsed: Json = serde_json::from_str(&json(&tables())).unwrap();
        let events = parsed["events"].as_array().unwrap();
        assert_eq!(events.len(), EVENTS.len());
        for (json, event) in events.iter().zip(EVENTS) {
            assert_eq!(json["id"], event.id);
            assert_eq!(json["date"], event.date.iso());
            assert_eq!(json["title"], event.title);
            assert_eq!(json["planned"], event.planned);
            let sources: Vec<&str> = json["sources"]
                .as_array()
                .unwrap()
                .iter()
                .map(|s| s.as_str().unwrap())
                .collect();
            assert_eq!(sources, event.sources);
        }
        let quotations = parsed["quotations"].as_array().unwrap();
        for (json, quotation) in quotations.iter().zip(QUOTATIONS) {
            assert_eq!(json["id"], quotation.id);
            assert_eq!(json["text"], quotation.fragments.join(" … "));
            assert_eq!(
                json["date"],
                quotation.date.map_or(Json::Null, |d| Json::from(d.iso()))
            );
        }
        let nbc = parsed["sources"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["id"] == "nbc-news")
            .unwrap();
        assert_eq!(
            nbc["published"],
            Json::Null,
            "not stated is exported as null"
        );
        assert_eq!(parsed["figures"][0]["number"], FIGURES[0].number);
    }

    #[test]
    fn every_csv_reads_back_to_the_baked_data() {
        for table in tables() {
            let rows = parse_csv(&csv(&table));
            let header: Vec<&str> = table.columns.iter().map(|c| c.name).collect();
            assert_eq!(rows[0], header, "{} header", table.name);
            assert_eq!(rows.len(), table.rows.len() + 1, "{} rows", table.name);
            for (read, written) in rows[1..].iter().zip(&table.rows) {
                let expected: Vec<String> = written.iter().map(Value::csv).collect();
                assert_eq!(read, &expected, "{}", table.name);
            }
        }
    }

    #[test]
    fn csv_quotes_what_needs_quoting_and_ends_lines_with_crlf() {
        let table = Table {
            name: "t",
            what: "a test",
            about: "A test.",
            columns: vec![
                required("a", Kind::Text, "A."),
                required("b", Kind::Text, "B."),
            ],
            key: &["a"],
            rows: vec![
                vec![Value::Text("plain".into()), Value::Text("a, b".into())],
                vec![
                    Value::Text("say \"hi\"".into()),
                    Value::Text("two\nlines".into()),
                ],
            ],
        };
        assert_eq!(
            csv(&table),
            "a,b\r\nplain,\"a, b\"\r\n\"say \"\"hi\"\"\",\"two\nlines\"\r\n"
        );
    }

    #[test]
    fn files_are_data_json_one_csv_per_kind_and_the_package() {
        let names: Vec<String> = files().into_iter().map(|(name, _)| name).collect();
        assert_eq!(names[0], "data.json");
        assert!(names.contains(&"events.csv".to_string()));
        assert!(names.contains(&"quotations.csv".to_string()));
        assert_eq!(names.last().unwrap(), "datapackage.json");
        assert_eq!(names.len(), tables().len() + 2);
    }
}
