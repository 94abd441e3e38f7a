//! The downloadable dataset: `data.json` and one CSV per kind of record, written beside the page
//! at build time from the baked statics. One table definition per kind feeds both formats. The
//! sources section links these files and the build writes them (feature `ssr`).

use serde_json::{Map, Value as Json};

use crate::data::{
    ACTORS, CELLS, COALITIONS, CORRECTIONS, DISCREPANCIES, EVENTS, FIGURES, MEMBERSHIPS,
    QUOTATIONS, SOURCES, THEMES,
};
use crate::model::{Date, Evidence, Span, Vocabulary};

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

/// One kind of record as rows and columns.
pub struct Table {
    /// The kind's plural name: the key in `data.json` and the CSV's file name.
    pub name: &'static str,
    /// What its file holds, as the page's download list says it.
    pub what: &'static str,
    pub columns: &'static [&'static str],
    pub rows: Vec<Vec<Value>>,
}

/// Every kind of record, in the order of `data/`.
pub fn tables() -> Vec<Table> {
    vec![
        Table {
            name: "sources",
            what: "sources",
            columns: &[
                "id",
                "file",
                "short",
                "headline",
                "outlet",
                "author",
                "published",
                "dateline",
                "note",
            ],
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
            columns: &["id", "label", "description"],
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
            columns: &[
                "id", "name", "kind", "country", "role", "sources", "evidence",
            ],
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
            columns: &[
                "id", "name", "short", "side", "leads", "summary", "sources", "evidence",
            ],
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
            columns: &[
                "coalition",
                "actor",
                "status",
                "note",
                "sources",
                "evidence",
            ],
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
            columns: &[
                "id",
                "date",
                "precision",
                "date_span",
                "date_until",
                "planned",
                "date_note",
                "title",
                "summary",
                "actors",
                "coalitions",
                "themes",
                "sources",
                "evidence",
            ],
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
            columns: &[
                "id",
                "text",
                "speakers",
                "attribution",
                "date",
                "date_note",
                "actors",
                "coalitions",
                "themes",
                "sources",
                "evidence",
            ],
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
            columns: &[
                "id",
                "label",
                "value",
                "number",
                "unit",
                "actors",
                "coalitions",
                "themes",
                "sources",
                "evidence",
            ],
            rows: FIGURES
                .iter()
                .map(|f| {
                    vec![
                        Value::text(f.id),
                        Value::text(f.label),
                        Value::text(f.value),
                        Value::Number(f.number),
                        Value::text(f.unit),
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
            columns: &["dimension", "side", "text", "sources", "evidence"],
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
            columns: &["id", "topic", "account", "says", "sources", "evidence"],
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
            columns: &["number", "date", "kind", "records", "was", "text"],
            rows: CORRECTIONS
                .iter()
                .map(|c| {
                    vec![
                        Value::Number(c.number as i64),
                        Value::Text(c.date.iso()),
                        Value::text(c.kind.as_str()),
                        Value::list(c.records),
                        Value::optional(c.was),
                        Value::text(c.text),
                    ]
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
                    .map(|(c, v)| (c.to_string(), v.json()));
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
    let written = writer.write_record(table.columns).and_then(|()| {
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

/// Every download, as (file name, contents).
pub fn files() -> Vec<(String, String)> {
    let tables = tables();
    let mut files = vec![(JSON_FILE.to_string(), json(&tables))];
    files.extend(tables.iter().map(|t| (csv_name(t), csv(t))));
    files
}

/// Every download, as (file name, what it holds), in the order [`files`] writes them: what the
/// page links.
pub fn downloads() -> Vec<(String, &'static str)> {
    let mut out = vec![(JSON_FILE.to_string(), JSON_HOLDS)];
    out.extend(tables().iter().map(|t| (csv_name(t), t.what)));
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
            assert_eq!(rows[0], table.columns, "{} header", table.name);
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
            columns: &["a", "b"],
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
    fn files_are_data_json_and_one_csv_per_kind() {
        let names: Vec<String> = files().into_iter().map(|(name, _)| name).collect();
        assert_eq!(names[0], "data.json");
        assert!(names.contains(&"events.csv".to_string()));
        assert!(names.contains(&"quotations.csv".to_string()));
        assert_eq!(names.len(), tables().len() + 1);
    }
}
