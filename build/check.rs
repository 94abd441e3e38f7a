//! Field-level checks shared by every kind of record. Each check reports into the [`Report`] and
//! returns what it could read, so one run lists every problem in the dataset, not just the first.

use std::collections::{BTreeMap, BTreeSet};

use super::errors::DataError;
use super::raw::{Evidence as RawEvidence, Field, Ids};
use super::text::DataFile;
use crate::model::{Date, Evidence, Span, Vocabulary};

/// Where a record stands, for locating its errors.
pub struct Record<'f> {
    pub file: &'f DataFile,
    pub line: usize,
    pub id: String,
}

impl<'f> Record<'f> {
    /// A record without an id of its own (a membership, a cell), named by what identifies it.
    pub fn named(file: &'f DataFile, start: usize, id: String) -> Self {
        Record {
            file,
            line: file.line_of(start),
            id,
        }
    }
}

/// The sentinel an editor writes where an article does not state something.
pub const NOT_STATED: &str = "not stated";

/// The longest label the timeline draws beside an event's mark, on one line.
pub const EVENT_LABEL_MAX: usize = 24;
/// The longest label the Moon diagram and the lead graphic draw for a comparison cell, on up to
/// two lines.
pub const CELL_LABEL_MAX: usize = 40;
/// The longest label the coalition graphic draws for a count of unnamed members, on one line.
pub const COUNT_LABEL_MAX: usize = 30;

#[derive(Default)]
pub struct Report {
    pub errors: Vec<DataError>,
    /// Every record id declared, with its kind and where: ids are unique across all kinds, and
    /// references resolve against these even when the record itself has an error, so one
    /// mistake is reported once.
    ids: BTreeMap<String, (&'static str, String, usize)>,
    /// Every (kind, id) some record refers to.
    referenced: BTreeSet<(&'static str, String)>,
}

impl Report {
    pub fn error(&mut self, rec: &Record, line: usize, field: &str, message: impl Into<String>) {
        self.errors.push(DataError {
            file: rec.file.path.clone(),
            line,
            record: rec.id.clone(),
            field: field.to_string(),
            message: message.into(),
        });
    }

    fn line_of<T>(rec: &Record, value: &toml::Spanned<T>) -> usize {
        rec.file.line_of(value.span().start)
    }

    /// The line of an optional field: its own, or the record's where it is missing.
    pub fn field_line<T>(rec: &Record, value: &Option<toml::Spanned<T>>) -> usize {
        value.as_ref().map_or(rec.line, |v| Self::line_of(rec, v))
    }

    /// Declares a record: reads its id, checks it is well formed and not used before.
    pub fn declare<'f>(
        &mut self,
        file: &'f DataFile,
        kind: &'static str,
        index: usize,
        record_start: usize,
        id_field: &Field<String>,
    ) -> Record<'f> {
        let line = file.line_of(record_start);
        let mut rec = Record {
            file,
            line,
            id: format!("{kind} #{} at line {line}", index + 1),
        };
        let Some(id) = self.text(&rec, "id", id_field) else {
            return rec;
        };
        let id_line = id_field.as_ref().map_or(line, |v| Self::line_of(&rec, v));
        if !id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            let message = format!("`{id}` must be lower-case letters, digits and hyphens");
            self.error(&rec, id_line, "id", message);
        }
        rec.id = id.to_string();
        if let Some((_, other_file, other_line)) = self.ids.get(id) {
            let message =
                format!("`{id}` is already the id of the record at {other_file}:{other_line}");
            self.error(&rec, id_line, "id", message);
        } else {
            self.ids
                .insert(id.to_string(), (kind, file.path.clone(), id_line));
        }
        rec
    }

    /// A required, non-blank text without stray whitespace at its ends.
    pub fn text(
        &mut self,
        rec: &Record,
        field: &str,
        value: &Field<String>,
    ) -> Option<&'static str> {
        let Some(value) = value else {
            self.error(rec, rec.line, field, "missing (every record needs it)");
            return None;
        };
        self.present_text(rec, field, value)
    }

    /// An optional text; when given, it obeys the same rules as a required one.
    pub fn optional_text(
        &mut self,
        rec: &Record,
        field: &str,
        value: &Field<String>,
    ) -> Option<&'static str> {
        value
            .as_ref()
            .and_then(|v| self.present_text(rec, field, v))
    }

    /// A record's optional graphic label (`field`): a text short enough (at most `max`
    /// characters) to sit beside a mark in a graphic drawn 320 units wide, which is what the
    /// graphics' layout counts on.
    pub fn graphic_label(
        &mut self,
        rec: &Record,
        field: &str,
        value: &Field<String>,
        max: usize,
    ) -> Option<&'static str> {
        let label = self.optional_text(rec, field, value)?;
        let chars = label.chars().count();
        if chars > max {
            let line = Self::field_line(rec, value);
            let message =
                format!("a graphic's label must be at most {max} characters; this one has {chars}");
            self.error(rec, line, field, message);
            return None;
        }
        Some(label)
    }

    fn present_text(
        &mut self,
        rec: &Record,
        field: &str,
        value: &toml::Spanned<String>,
    ) -> Option<&'static str> {
        let line = Self::line_of(rec, value);
        self.trimmed_text(rec, line, field, value.get_ref())
    }

    /// A non-blank text without stray whitespace at its ends, reported at `line`.
    fn trimmed_text(
        &mut self,
        rec: &Record,
        line: usize,
        field: &str,
        text: &str,
    ) -> Option<&'static str> {
        if text.trim().is_empty() {
            self.error(rec, line, field, "is empty");
            None
        } else if text.trim() != text {
            self.error(
                rec,
                line,
                field,
                "has spaces or line breaks at its start or end",
            );
            None
        } else {
            Some(leak(text))
        }
    }

    /// A required, non-empty list of texts.
    pub fn texts(
        &mut self,
        rec: &Record,
        field: &str,
        value: &Field<Vec<toml::Spanned<String>>>,
    ) -> Option<Vec<&'static str>> {
        let Some(list) = value else {
            self.error(rec, rec.line, field, "missing (every record needs it)");
            return None;
        };
        if list.get_ref().is_empty() {
            self.error(rec, Self::line_of(rec, list), field, "is an empty list");
            return None;
        }
        let texts: Vec<_> = list
            .get_ref()
            .iter()
            .map(|t| self.present_text(rec, field, t))
            .collect();
        texts.into_iter().collect()
    }

    /// A required text that may be `"not stated"`, read as `None`.
    pub fn stated(
        &mut self,
        rec: &Record,
        field: &str,
        value: &Field<String>,
    ) -> Option<Option<&'static str>> {
        let text = self.text(rec, field, value)?;
        Some((text != NOT_STATED).then_some(text))
    }

    /// A required date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), or `"not stated"` where `may_be_unstated`.
    pub fn date(
        &mut self,
        rec: &Record,
        field: &str,
        value: &Field<String>,
        may_be_unstated: bool,
    ) -> Option<Option<Date>> {
        let text = self.text(rec, field, value)?;
        if may_be_unstated && text == NOT_STATED {
            return Some(None);
        }
        let line = Self::field_line(rec, value);
        match Date::parse(text) {
            Ok(date) => Some(Some(date)),
            Err(error) => {
                self.error(rec, line, field, error.to_string());
                None
            }
        }
    }

    /// A required event date, which may be loose: "about 1996", "by 2031", "2021 to 2031".
    pub fn span(
        &mut self,
        rec: &Record,
        field: &str,
        value: &Field<String>,
    ) -> Option<(Date, Span)> {
        let text = self.text(rec, field, value)?;
        let line = Self::field_line(rec, value);
        match Span::parse(text) {
            Ok(parsed) => Some(parsed),
            Err(error) => {
                self.error(rec, line, field, error.to_string());
                None
            }
        }
    }

    /// An optional date: absent is `None`; present must parse.
    pub fn optional_date(
        &mut self,
        rec: &Record,
        field: &str,
        value: &Field<String>,
    ) -> Option<Option<Date>> {
        match value {
            None => Some(None),
            Some(_) => self.date(rec, field, value, false),
        }
    }

    /// A required value of a closed vocabulary.
    pub fn vocabulary<T: Vocabulary>(
        &mut self,
        rec: &Record,
        field: &str,
        value: &Field<String>,
    ) -> Option<T> {
        let text = self.text(rec, field, value)?;
        T::parse(text).or_else(|| {
            let allowed: Vec<&str> = T::ALL.iter().map(|v| v.as_str()).collect();
            let line = Self::field_line(rec, value);
            let message = format!("`{text}` is not one of: {}", allowed.join(", "));
            self.error(rec, line, field, message);
            None
        })
    }

    /// An optional value of a closed vocabulary.
    pub fn optional_vocabulary<T: Vocabulary>(
        &mut self,
        rec: &Record,
        field: &str,
        value: &Field<String>,
    ) -> Option<Option<T>> {
        match value {
            None => Some(None),
            Some(_) => self.vocabulary(rec, field, value).map(Some),
        }
    }

    fn resolve(
        &mut self,
        rec: &Record,
        field: &str,
        id: &toml::Spanned<String>,
        kind: &'static str,
    ) -> bool {
        let name = id.get_ref().as_str();
        if self.ids.get(name).is_none_or(|(k, ..)| *k != kind) {
            let message = format!("`{name}` is not the id of any {kind}");
            self.error(rec, Self::line_of(rec, id), field, message);
            false
        } else {
            self.referenced.insert((kind, name.to_string()));
            true
        }
    }

    /// A required reference to one declared record of `kind`.
    pub fn reference(
        &mut self,
        rec: &Record,
        field: &str,
        value: &Field<String>,
        kind: &'static str,
    ) -> Option<&'static str> {
        let Some(id) = value else {
            self.error(rec, rec.line, field, "missing (every record needs it)");
            return None;
        };
        self.resolve(rec, field, id, kind)
            .then(|| leak(id.get_ref()))
    }

    /// An optional reference: absent is `None`.
    pub fn optional_reference(
        &mut self,
        rec: &Record,
        field: &str,
        value: &Field<String>,
        kind: &'static str,
    ) -> Option<Option<&'static str>> {
        match value {
            None => Some(None),
            Some(_) => self.reference(rec, field, value, kind).map(Some),
        }
    }

    /// The sources a record cites: required, and at least one.
    /// The sources a record cites and, for each, the passages of that article it rests on. A
    /// citation without a passage, or a passage from a source the record does not cite, is an
    /// error; the passages themselves are checked against the articles by `tests/articles.rs`.
    pub fn citations(
        &mut self,
        rec: &Record,
        value: &Ids,
        evidence: &RawEvidence,
    ) -> (Vec<&'static str>, Vec<Evidence>) {
        let Some(list) = value else {
            self.error(
                rec,
                rec.line,
                "sources",
                "missing: every record cites at least one source",
            );
            return (Vec::new(), Vec::new());
        };
        if list.get_ref().is_empty() {
            let line = Self::line_of(rec, list);
            self.error(rec, line, "sources", "cites no source; cite at least one");
        }
        let sources = self.references(rec, "sources", value, "source");
        let table = evidence.as_ref().map(|t| t.get_ref());
        let mut out = Vec::new();
        for id in list.get_ref() {
            let source = id.get_ref().as_str();
            if !sources.contains(&source) {
                // Unknown or listed twice: reported once, above.
                continue;
            }
            let Some(passages) = table.and_then(|t| t.get(source)) else {
                let message = format!(
                    "cites `{source}` without a passage: add `{source} = \"...\"` to the record's \
                     evidence table, with the sentence or clause of that article the record rests \
                     on, verbatim"
                );
                self.error(rec, Self::line_of(rec, id), "evidence", message);
                continue;
            };
            if let Some(passages) = self.passages(rec, source, passages) {
                out.push(Evidence {
                    source: leak(source),
                    passages: Vec::leak(passages),
                });
            }
        }
        for (source, passages) in table.into_iter().flatten() {
            if !list.get_ref().iter().any(|id| id.get_ref() == source) {
                let message = format!(
                    "has a passage from `{source}`, which the record does not cite: add it to \
                     `sources` or remove the passage"
                );
                self.error(rec, Self::line_of(rec, passages), "evidence", message);
            }
        }
        (sources, out)
    }

    /// One passage, or a non-empty list of them, each a non-blank text.
    fn passages(
        &mut self,
        rec: &Record,
        source: &str,
        value: &toml::Spanned<toml::Value>,
    ) -> Option<Vec<&'static str>> {
        let line = Self::line_of(rec, value);
        let field = format!("evidence.{source}");
        let texts: Vec<&String> = match value.get_ref() {
            toml::Value::String(text) => vec![text],
            toml::Value::Array(items) if !items.is_empty() => {
                let texts: Vec<&String> = items
                    .iter()
                    .filter_map(|item| match item {
                        toml::Value::String(text) => Some(text),
                        _ => None,
                    })
                    .collect();
                if texts.len() != items.len() {
                    self.error(rec, line, &field, "passages must be texts");
                    return None;
                }
                texts
            }
            _ => {
                self.error(
                    rec,
                    line,
                    &field,
                    "must be a passage, or a list of passages, quoted from the article",
                );
                return None;
            }
        };
        let mut out = Vec::new();
        for text in texts {
            out.push(self.trimmed_text(rec, line, &field, text)?);
        }
        Some(out)
    }

    /// An optional list of references to declared records of `kind`; absent is empty.
    pub fn references(
        &mut self,
        rec: &Record,
        field: &str,
        value: &Ids,
        kind: &'static str,
    ) -> Vec<&'static str> {
        let mut ids: Vec<&'static str> = Vec::new();
        for id in value.iter().flat_map(|list| list.get_ref()) {
            if ids.contains(&id.get_ref().as_str()) {
                let message = format!("`{}` is listed twice", id.get_ref());
                self.error(rec, Self::line_of(rec, id), field, message);
            } else if self.resolve(rec, field, id, kind) {
                ids.push(leak(id.get_ref()));
            }
        }
        ids
    }

    /// A required, non-empty list of ids of declared records of any kind; returns each with its
    /// kind.
    pub fn any_records(
        &mut self,
        rec: &Record,
        field: &str,
        value: &Ids,
    ) -> Vec<(&'static str, &'static str)> {
        let Some(list) = value else {
            self.error(rec, rec.line, field, "missing (every record needs it)");
            return Vec::new();
        };
        if list.get_ref().is_empty() {
            self.error(
                rec,
                Self::line_of(rec, list),
                field,
                "names no record; name at least one",
            );
        }
        let mut found = Vec::new();
        for id in list.get_ref() {
            let name = id.get_ref().as_str();
            match self.ids.get(name) {
                Some((kind, ..)) => {
                    let kind = *kind;
                    self.referenced.insert((kind, name.to_string()));
                    found.push((kind, leak(name)));
                }
                None => {
                    let message = format!("`{name}` is not the id of any record");
                    self.error(rec, Self::line_of(rec, id), field, message);
                }
            }
        }
        found
    }

    /// Whether some record refers to the record `id` of `kind`.
    pub fn is_referenced(&self, kind: &'static str, id: &str) -> bool {
        self.referenced.contains(&(kind, id.to_string()))
    }
}

/// The build script bakes what it reads into statics; it runs once, so leaking is the simple way
/// to give the shared model types the `'static` strings they hold.
pub fn leak(text: &str) -> &'static str {
    Box::leak(text.to_string().into_boxed_str())
}
