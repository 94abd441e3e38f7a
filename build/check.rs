//! Field-level checks shared by every kind of record. Each check reports into the [`Report`] and
//! returns what it could read, so one run lists every problem in the dataset, not just the first.

use std::collections::BTreeMap;

use super::errors::DataError;
use super::raw::Field;
use super::text::DataFile;
use crate::model::Date;

/// Where a record stands, for locating its errors.
pub struct Record<'f> {
    pub file: &'f DataFile,
    pub line: usize,
    pub id: String,
}

/// The sentinel an editor writes where an article does not state something.
pub const NOT_STATED: &str = "not stated";

#[derive(Default)]
pub struct Report {
    pub errors: Vec<DataError>,
    /// Every record id seen so far, with its kind and where it was defined: ids are unique across
    /// all kinds, and references resolve against these even when the record itself has an error,
    /// so one mistake is reported once.
    ids: BTreeMap<String, (&'static str, String, usize)>,
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

    /// Opens a record: reads its id, checks it is well formed and not used before.
    pub fn record<'f>(
        &mut self,
        file: &'f DataFile,
        kind: &'static str,
        index: usize,
        record_start: usize,
        id: &Field<String>,
    ) -> Record<'f> {
        let line = file.line_of(record_start);
        let mut rec = Record {
            file,
            line,
            id: format!("{kind} #{} at line {line}", index + 1),
        };
        let id_field = id;
        let Some(id) = self.text(&rec, "id", id) else {
            return rec;
        };
        let id_line = id_field
            .as_ref()
            .map_or(line, |v| file.line_of(v.span().start));
        if !id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            self.error(
                &rec,
                id_line,
                "id",
                format!("`{id}` must be lower-case letters, digits and hyphens"),
            );
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

    fn present_text(
        &mut self,
        rec: &Record,
        field: &str,
        value: &toml::Spanned<String>,
    ) -> Option<&'static str> {
        let line = rec.file.line_of(value.span().start);
        let text = value.get_ref();
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
        let line = value
            .as_ref()
            .map_or(rec.line, |v| rec.file.line_of(v.span().start));
        match Date::parse(text) {
            Ok(date) => Some(Some(date)),
            Err(error) => {
                self.error(rec, line, field, error.to_string());
                None
            }
        }
    }

    /// A required, non-empty list of ids, each of which must name a declared record of `kind`.
    pub fn references(
        &mut self,
        rec: &Record,
        field: &str,
        value: &Field<Vec<toml::Spanned<String>>>,
        kind: &str,
    ) -> Vec<&'static str> {
        let Some(list) = value else {
            self.error(rec, rec.line, field, "missing (every record needs it)");
            return Vec::new();
        };
        if list.get_ref().is_empty() {
            let line = rec.file.line_of(list.span().start);
            self.error(
                rec,
                line,
                field,
                format!("names no {kind}; cite at least one"),
            );
        }
        let mut ids = Vec::new();
        for id in list.get_ref() {
            let line = rec.file.line_of(id.span().start);
            let name = id.get_ref().as_str();
            if self.ids.get(name).is_none_or(|(k, ..)| *k != kind) {
                self.error(
                    rec,
                    line,
                    field,
                    format!("`{name}` is not the id of any {kind}"),
                );
            } else if ids.contains(&name) {
                self.error(rec, line, field, format!("`{name}` is listed twice"));
            } else {
                ids.push(leak(name));
            }
        }
        ids
    }
}

/// The build script bakes what it reads into statics; it runs once, so leaking is the simple way
/// to give the shared model types the `'static` strings they hold.
pub fn leak(text: &str) -> &'static str {
    Box::leak(text.to_string().into_boxed_str())
}
