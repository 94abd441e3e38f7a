//! Claims, and the publications that record them. A claim is one piece of wording a reader is
//! shown as fact: an event's title or summary, a step's text, a cell, a disagreement's account,
//! a date, a status. A publication (`data/published/{day}.toml`) holds the wording of every
//! claim as it was published that day. Once published, a claim's wording changes only with an
//! entry in the corrections log whose `was` is the published wording: the build checks it.
//!
//! The claims are read straight from the data files' TOML, not from the validated dataset, so
//! that the same reading serves a dataset of today and one taken from git history (the first
//! publication), whatever fields were added since. Used by the build (`build.rs`) and by the
//! publish command (`src/bin/publish.rs`), so this module needs nothing but `toml`.

use std::collections::BTreeMap;

use toml::Spanned;
use toml::de::{DeString, DeTable, DeValue};

/// Where a claim is: the key of its record (an id; `membership:{coalition}/{actor}`,
/// `cell:{dimension}/{side}`, `hero`, `method`) and the field ("summary"; "account 2",
/// "paragraph 3" for one of a list).
pub type ClaimKey = (String, String);

/// A claim's wording as the data holds it, and where: the data file and the byte offsets of its
/// record and of its field (for errors that name a line).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claim {
    pub wording: String,
    pub file: &'static str,
    pub record_at: usize,
    pub field_at: usize,
}

/// The claims in the data files: each kind of record and the fields readers read as claims.
/// The evidence passages are the articles' own words, and ids and tags are not wording.
const KINDS: &[Kind] = &[
    Kind::list(
        "sources.toml",
        "source",
        Key::Id,
        &[
            "headline",
            "outlet",
            "author",
            "published",
            "dateline",
            "note",
        ],
    ),
    Kind::list("themes.toml", "theme", Key::Id, &["label", "description"]),
    Kind::list(
        "actors.toml",
        "actor",
        Key::Id,
        &["name", "kind", "role", "country"],
    ),
    Kind::list(
        "coalitions.toml",
        "coalition",
        Key::Id,
        &["name", "short", "summary"],
    ),
    Kind::list(
        "coalitions.toml",
        "membership",
        Key::Membership,
        &["status", "note"],
    ),
    Kind::list(
        "events.toml",
        "event",
        Key::Id,
        &["date", "planned", "date_note", "title", "label", "summary"],
    ),
    Kind::list(
        "quotations.toml",
        "quotation",
        Key::Id,
        &["fragments", "attribution", "date", "date_note"],
    ),
    Kind::list(
        "figures.toml",
        "figure",
        Key::Id,
        &["label", "value", "count_label"],
    ),
    Kind::list("comparison.toml", "dimension", Key::Id, &["label"]),
    Kind::list("comparison.toml", "cell", Key::Cell, &["text", "label"]),
    Kind::list("discrepancies.toml", "discrepancy", Key::Id, &["topic"]),
    Kind::list("story.toml", "chapter", Key::Id, &["title"]),
];

/// How a kind of record is keyed.
#[derive(Clone, Copy)]
enum Key {
    Id,
    Membership,
    Cell,
}

/// A kind of record: its file, its array of tables, its key, its claim fields.
struct Kind {
    file: &'static str,
    array: &'static str,
    key: Key,
    fields: &'static [&'static str],
}

impl Kind {
    const fn list(
        file: &'static str,
        array: &'static str,
        key: Key,
        fields: &'static [&'static str],
    ) -> Self {
        Kind {
            file,
            array,
            key,
            fields,
        }
    }
}

/// Every claim in the data files that `text_of` gives by name (a file it cannot give holds
/// none). Fails, naming the file, where a file is not TOML.
pub fn claims(
    text_of: impl Fn(&str) -> Option<String>,
) -> Result<BTreeMap<ClaimKey, Claim>, String> {
    let mut out = BTreeMap::new();
    // The files that hold claims, in the order of KINDS, each read once.
    let mut files: Vec<&'static str> = KINDS.iter().map(|k| k.file).collect();
    files.dedup();
    for file in files {
        let Some(text) = text_of(file) else {
            continue;
        };
        let table = DeTable::parse(&text).map_err(|e| format!("{file}: {}", e.message()))?;
        let table = table.get_ref();
        let mut add = |record: String, field: String, value: &Spanned<DeValue>, at: usize| {
            if let Some(wording) = wording(value.get_ref()) {
                let claim = Claim {
                    wording,
                    file,
                    record_at: at,
                    field_at: value.span().start,
                };
                out.insert((record, field), claim);
            }
        };
        for kind in KINDS.iter().filter(|k| k.file == file) {
            for record in tables(table, kind.array) {
                let Some(key) = key(record.get_ref(), kind.key) else {
                    continue;
                };
                let at = record.span().start;
                for field in kind.fields {
                    if let Some(value) = get(record.get_ref(), field) {
                        add(key.clone(), (*field).to_string(), value, at);
                    }
                }
                // A disagreement's accounts, each a claim of its own.
                for (n, account) in tables(record.get_ref(), "account").enumerate() {
                    if let Some(says) = get(account.get_ref(), "says") {
                        add(
                            key.clone(),
                            format!("account {}", n + 1),
                            says,
                            account.span().start,
                        );
                    }
                }
                // A chapter's steps.
                for step in tables(record.get_ref(), "step") {
                    let Some(id) = get(step.get_ref(), "id").and_then(|v| wording(v.get_ref()))
                    else {
                        continue;
                    };
                    for field in ["title", "text"] {
                        if let Some(value) = get(step.get_ref(), field) {
                            add(id.clone(), field.to_string(), value, step.span().start);
                        }
                    }
                }
            }
        }
        if file == "story.toml" {
            if let Some(hero) = get(table, "hero")
                && let DeValue::Table(hero_table) = hero.get_ref()
            {
                for field in ["kicker", "title", "summary", "as_of"] {
                    if let Some(value) = get(hero_table, field) {
                        add("hero".into(), field.into(), value, hero.span().start);
                    }
                }
            }
            if let Some(method) = get(table, "method")
                && let DeValue::Table(method_table) = method.get_ref()
                && let Some(paragraphs) = get(method_table, "paragraphs")
                && let DeValue::Array(paragraphs) = paragraphs.get_ref()
            {
                for (n, paragraph) in paragraphs.iter().enumerate() {
                    add(
                        "method".into(),
                        format!("paragraph {}", n + 1),
                        paragraph,
                        method.span().start,
                    );
                }
            }
        }
    }
    Ok(out)
}

/// A field of a table.
fn get<'a, 'i>(table: &'a DeTable<'i>, field: &str) -> Option<&'a Spanned<DeValue<'i>>> {
    table
        .iter()
        .find(|(k, _)| k.get_ref().as_ref() == field)
        .map(|(_, v)| v)
}

/// The tables of an array of tables (`[[event]]`), in file order.
fn tables<'a, 'i>(
    table: &'a DeTable<'i>,
    array: &str,
) -> impl Iterator<Item = Spanned<&'a DeTable<'i>>> {
    let items = match get(table, array).map(Spanned::get_ref) {
        Some(DeValue::Array(items)) => items.as_ref(),
        _ => &[],
    };
    items.iter().filter_map(|item| match item.get_ref() {
        DeValue::Table(t) => Some(Spanned::new(item.span(), t)),
        _ => None,
    })
}

/// A record's key.
fn key(table: &DeTable, key: Key) -> Option<String> {
    let text = |field: &str| get(table, field).and_then(|v| wording(v.get_ref()));
    match key {
        Key::Id => text("id"),
        Key::Membership => Some(format!(
            "membership:{}/{}",
            text("coalition")?,
            text("actor")?
        )),
        Key::Cell => Some(format!("cell:{}/{}", text("dimension")?, text("side")?)),
    }
}

/// A value as wording: a text as it is, a flag as "yes" or "no", the parts of a quotation
/// joined by an ellipsis as the page joins them.
fn wording(value: &DeValue) -> Option<String> {
    match value {
        DeValue::String(s) => Some(DeString::to_string(s)),
        DeValue::Boolean(b) => Some(if *b { "yes" } else { "no" }.to_string()),
        DeValue::Integer(i) => Some(i.to_string()),
        DeValue::Array(items) => {
            let parts: Vec<String> = items.iter().filter_map(|v| wording(v.get_ref())).collect();
            Some(parts.join(" … "))
        }
        _ => None,
    }
}

/// A publication: the day and time (UTC, "HH:MM"), and every claim's wording then.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Publication {
    pub day: String,
    pub at: String,
    pub claims: BTreeMap<ClaimKey, String>,
}

/// A publication's file, as the publish command writes it (the build only reads them): the day, where the wording was taken
/// from (a note for the reader of the file), and each record's claims under `[claims."{key}"]`.
#[allow(dead_code)]
pub fn write(day: &str, at: &str, from: &str, claims: &BTreeMap<ClaimKey, Claim>) -> String {
    let mut records: BTreeMap<&str, toml::Table> = BTreeMap::new();
    for ((record, field), claim) in claims {
        records
            .entry(record.as_str())
            .or_default()
            .insert(field.clone(), toml::Value::String(claim.wording.clone()));
    }
    let mut body = toml::Table::new();
    body.insert("published".into(), toml::Value::String(day.into()));
    body.insert("at".into(), toml::Value::String(at.into()));
    let claims: toml::Table = records
        .into_iter()
        .map(|(record, fields)| (record.to_string(), toml::Value::Table(fields)))
        .collect();
    body.insert("claims".into(), toml::Value::Table(claims));
    let text = toml::to_string(&body).unwrap_or_default();
    format!(
        "# Published on {day} at {at} UTC: the wording of every claim as readers were shown it\n\
         # ({from}). Written by the publish command (see docs/data-and-publishing.md). Do not edit it:\n\
         # a claim's wording changes only with an entry in corrections.toml whose `was` is this.\n{text}"
    )
}

/// Reads a publication's file: its day and its claims. Fails with what is wrong.
pub fn read(text: &str) -> Result<Publication, String> {
    let table: toml::Table = toml::from_str(text).map_err(|e| e.message().to_string())?;
    let day = table
        .get("published")
        .and_then(toml::Value::as_str)
        .ok_or("`published` is missing: the day of the publication, YYYY-MM-DD")?
        .to_string();
    let at = table
        .get("at")
        .and_then(toml::Value::as_str)
        .ok_or("`at` is missing: the time of the publication, HH:MM, UTC")?
        .to_string();
    let mut claims = BTreeMap::new();
    let records = table
        .get("claims")
        .and_then(toml::Value::as_table)
        .ok_or("`claims` is missing")?;
    for (record, fields) in records {
        let fields = fields
            .as_table()
            .ok_or_else(|| format!("claims.{record} is not a table"))?;
        for (field, wording) in fields {
            let wording = wording
                .as_str()
                .ok_or_else(|| format!("claims.{record}.{field} is not a text"))?;
            claims.insert((record.clone(), field.clone()), wording.to_string());
        }
    }
    Ok(Publication { day, at, claims })
}

/// Whether `text` is a time of day as the log and the publications write it (UTC): "14:15".
pub fn is_time(text: &str) -> bool {
    let Some((hours, minutes)) = text.split_once(':') else {
        return false;
    };
    let number = |t: &str| (t.len() == 2).then(|| t.parse::<u8>().ok()).flatten();
    number(hours).is_some_and(|h| h < 24) && number(minutes).is_some_and(|m| m < 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(files: &[(&'static str, &'static str)]) -> BTreeMap<ClaimKey, Claim> {
        claims(|name| {
            files
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, t)| t.to_string())
        })
        .unwrap()
    }

    fn wording(claims: &BTreeMap<ClaimKey, Claim>, record: &str, field: &str) -> Option<String> {
        claims
            .get(&(record.to_string(), field.to_string()))
            .map(|c| c.wording.clone())
    }

    #[test]
    fn a_record_s_wording_is_read_field_by_field_and_its_passages_are_not_claims() {
        let claims = of(&[(
            "events.toml",
            "[[event]]\nid = \"a\"\ndate = \"2021-03\"\ntitle = \"T\"\nsummary = \"S\"\nplanned = true\nsources = [\"x\"]\nevidence.x = \"the article's words\"\n",
        )]);
        assert_eq!(wording(&claims, "a", "title").as_deref(), Some("T"));
        assert_eq!(wording(&claims, "a", "date").as_deref(), Some("2021-03"));
        assert_eq!(wording(&claims, "a", "planned").as_deref(), Some("yes"));
        assert!(
            claims
                .keys()
                .all(|(_, field)| field != "evidence" && field != "sources")
        );
        let summary = &claims[&("a".to_string(), "summary".to_string())];
        assert_eq!(summary.file, "events.toml");
        assert!(summary.field_at > summary.record_at);
    }

    #[test]
    fn accounts_steps_paragraphs_memberships_and_cells_have_keys_of_their_own() {
        let claims = of(&[
            (
                "discrepancies.toml",
                "[[discrepancy]]\nid = \"d\"\ntopic = \"T\"\n[[discrepancy.account]]\nsays = \"one\"\n[[discrepancy.account]]\nsays = \"two\"\n",
            ),
            (
                "story.toml",
                "[hero]\ntitle = \"H\"\n[method]\nparagraphs = [\"p1\", \"p2\"]\n[[chapter]]\nid = \"c\"\ntitle = \"C\"\n[[chapter.step]]\nid = \"s\"\ntext = \"words\"\n",
            ),
            (
                "coalitions.toml",
                "[[membership]]\ncoalition = \"ilrs\"\nactor = \"china\"\nstatus = \"founding\"\n",
            ),
            (
                "comparison.toml",
                "[[cell]]\ndimension = \"where\"\nside = \"ilrs\"\ntext = \"On the Moon\"\n",
            ),
            (
                "quotations.toml",
                "[[quotation]]\nid = \"q\"\nfragments = [\"a\", \"b\"]\n",
            ),
        ]);
        assert_eq!(wording(&claims, "d", "account 2").as_deref(), Some("two"));
        assert_eq!(wording(&claims, "s", "text").as_deref(), Some("words"));
        assert_eq!(wording(&claims, "c", "title").as_deref(), Some("C"));
        assert_eq!(wording(&claims, "hero", "title").as_deref(), Some("H"));
        assert_eq!(
            wording(&claims, "method", "paragraph 2").as_deref(),
            Some("p2")
        );
        assert_eq!(
            wording(&claims, "membership:ilrs/china", "status").as_deref(),
            Some("founding")
        );
        assert_eq!(
            wording(&claims, "cell:where/ilrs", "text").as_deref(),
            Some("On the Moon")
        );
        assert_eq!(wording(&claims, "q", "fragments").as_deref(), Some("a … b"));
    }

    #[test]
    fn a_publication_reads_back_as_it_was_written() {
        let claims = of(&[(
            "events.toml",
            "[[event]]\nid = \"a-b\"\ntitle = \"A \\\"quoted\\\" title\"\nsummary = \"Two\\nlines\"\n",
        )]);
        let text = write("2026-11-22", "11:16", "taken from git", &claims);
        let read = read(&text).unwrap();
        assert_eq!(
            (read.day.as_str(), read.at.as_str()),
            ("2026-11-22", "11:16")
        );
        let expected: BTreeMap<ClaimKey, String> =
            claims.into_iter().map(|(k, c)| (k, c.wording)).collect();
        assert_eq!(read.claims, expected);
    }
}
