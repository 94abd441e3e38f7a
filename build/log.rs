//! The corrections log (`data/corrections.toml`) and the publications it answers to
//! (`data/published/`). A claim, once published, changes only with an entry in the log dated
//! after that publication, whose `was` is the wording published: the build refuses a quiet
//! change, and a `was` that is not what readers were shown. The piece's modified date comes from
//! the log, so there is one source of truth for when the piece last changed.

use std::collections::{BTreeMap, BTreeSet};

use super::check::{Record, Report, leak};
use super::claims::{Claim, ClaimKey, is_time};
use super::raw;
use super::text::DataFile;
use crate::model::{Correction, CorrectionKind, Date, Was};

/// A publication as the build reads it: its file, its day, and every claim's wording that day.
pub struct Published<'f> {
    pub file: &'f DataFile,
    pub day: Date,
    /// The time of day, UTC, "HH:MM": an entry made later the same day follows it.
    pub at: String,
    pub claims: BTreeMap<ClaimKey, String>,
}

/// When an entry was made, or a publication, in an order that compares: the day, then the time.
type Moment<'a> = (Date, &'a str);

impl Published<'_> {
    fn moment(&self) -> Moment<'_> {
        (self.day, self.at.as_str())
    }
}

impl Published<'_> {
    /// Where a claim's record stands in the publication's file, for an error's line.
    fn line_of(&self, record: &str) -> usize {
        let quoted = format!("[claims.\"{record}\"]");
        let bare = format!("[claims.{record}]");
        self.file
            .text
            .lines()
            .position(|l| l == quoted || l == bare)
            .map_or(1, |i| i + 1)
    }
}

/// The data as it stands now: every claim, and the data files, for errors that name a line.
pub struct Current<'a> {
    pub claims: &'a BTreeMap<ClaimKey, Claim>,
    pub files: &'a [DataFile],
}

impl Current<'_> {
    fn file(&self, name: &str) -> Option<&DataFile> {
        self.files.iter().find(|f| f.path.ends_with(name))
    }
}

/// Today, by the build machine's clock (UTC): a log entry may not be dated after it.
pub fn today() -> Date {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    civil_from_days(i64::try_from(seconds / 86_400).unwrap_or(0))
}

/// The calendar day `days` after 1970-01-01 (Howard Hinnant's algorithm, proleptic Gregorian).
fn civil_from_days(days: i64) -> Date {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    Date::day(
        u16::try_from(year).unwrap_or(u16::MAX),
        u8::try_from(month).unwrap_or(1),
        u8::try_from(day).unwrap_or(1),
    )
}

/// Reads the log, checking each entry: a day, no later than `today`, after the first
/// publication and no earlier than the entry before it; a kind; plain words; the records it
/// touches, each of the dataset (`keys`); and for each claim whose wording it replaces, that
/// `was` is the wording of the publication before the entry's day, and that the claim reads
/// otherwise since. Then checks that every claim changed since a publication has its entry.
pub fn read(
    report: &mut Report,
    file: &DataFile,
    raws: &raw::Records<raw::RawCorrection>,
    keys: &BTreeSet<String>,
    published: &[Published],
    current: &Current,
    today: Date,
) -> Vec<Correction> {
    let mut out: Vec<Correction> = Vec::new();
    for (i, raw) in raws.iter().enumerate() {
        let r = raw.get_ref();
        let number = i + 1;
        let rec = Record::named(file, raw.span().start, format!("correction {number}"));
        let line = |value: &raw::Field<String>| Report::field_line(&rec, value);
        let first = published.first().map(|p| p.day);
        let date = report.date(&rec, "date", &r.date, false).flatten();
        if let Some(date) = date {
            let bad = if date.day.is_none() {
                Some("must be a day, such as 2026-12-05".to_string())
            } else if first.is_some_and(|first| date < first) {
                Some(format!(
                    "is not after the first publication ({}): changes before a claim is first published are drafts, and need no entry",
                    first.map(|d| d.iso()).unwrap_or_default()
                ))
            } else if date > today {
                Some(format!("is in the future (today is {})", today.iso()))
            } else if out.last().is_some_and(|before| date < before.date) {
                Some("is before the entry above it: keep the log in date order".to_string())
            } else {
                None
            };
            if let Some(message) = bad {
                report.error(&rec, line(&r.date), "date", message);
            }
        }
        let kind = report.vocabulary::<CorrectionKind>(&rec, "kind", &r.kind);
        let title = report.text(&rec, "title", &r.title);
        let text = report.text(&rec, "text", &r.text);
        let time = report.text(&rec, "time", &r.time);
        if let Some(time) = time
            && !is_time(time)
        {
            let message = format!("`{time}` is not a time of day: write HH:MM, UTC");
            report.error(&rec, line(&r.time), "time", message);
        }
        let moment = date.zip(time.filter(|t| is_time(t)));
        let was = read_was(report, &rec, r, moment, published, current);
        let mut records: Vec<&'static str> = was
            .iter()
            .map(|w| w.record)
            .filter(|record| keys.contains(*record))
            .collect();
        if let Some(list) = &r.records {
            let at = file.line_of(list.span().start);
            for key in list.get_ref() {
                let key = key.get_ref();
                if keys.contains(key) {
                    records.push(leak(key));
                } else {
                    let message = format!("`{key}` is not a record of the dataset");
                    report.error(&rec, at, "records", message);
                }
            }
        }
        records.dedup();
        match kind {
            Some(CorrectionKind::Update) if records.is_empty() => {
                let message = "an update names the records it adds, in `records`";
                report.error(&rec, rec.line, "records", message);
            }
            Some(CorrectionKind::Update) if !was.is_empty() => {
                let message = "an update adds a claim; one that replaces published wording is a correction, a clarification or a copy edit";
                report.error(&rec, rec.line, "was", message);
            }
            // A clarification may concern how something is drawn rather than a claim's wording:
            // then it names the records it touches.
            Some(CorrectionKind::Clarification) if r.was.is_none() && !records.is_empty() => {}
            Some(kind) if kind != CorrectionKind::Update && r.was.is_none() => {
                let message = "gives the wording readers were shown before: was.\"{record}\".{field} = \"…\", as published";
                report.error(&rec, rec.line, "was", message);
            }
            _ => {}
        }
        if let (Some(date), Some(time), Some(kind), Some(title), Some(text)) =
            (date, time, kind, title, text)
        {
            out.push(Correction {
                number,
                date,
                time,
                kind,
                title,
                records: Vec::leak(records),
                was: Vec::leak(was),
                text,
            });
        }
    }
    quiet_changes(report, &out, published, current);
    out
}

/// An entry's `was`, claim by claim, each checked against the publication before the entry's
/// day (it must be the wording published) and against what followed (it must have changed).
fn read_was(
    report: &mut Report,
    rec: &Record,
    r: &raw::RawCorrection,
    moment: Option<Moment>,
    published: &[Published],
    current: &Current,
) -> Vec<Was> {
    let Some(was) = &r.was else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let before = moment.and_then(|m| published.iter().rev().find(|p| p.moment() < m));
    let after = moment.and_then(|m| published.iter().find(|p| p.moment() >= m));
    for (record, fields) in was.get_ref() {
        for (field, wording) in fields {
            let at = rec.file.line_of(wording.span().start);
            let name = format!("was.{record}.{field}");
            let key = (record.clone(), field.clone());
            if let Some(before) = before {
                match before.claims.get(&key) {
                    None => {
                        let message = format!(
                            "`{record}` had no {field} published on {}: there is nothing readers saw to correct",
                            before.day.iso()
                        );
                        report.error(rec, at, &name, message);
                    }
                    Some(published) if published != wording.get_ref() => {
                        let message = format!(
                            "is not the wording published on {}, which read: \"{published}\"",
                            before.day.iso()
                        );
                        report.error(rec, at, &name, message);
                    }
                    Some(_) => {
                        let (then, day) = match after {
                            Some(after) => (after.claims.get(&key).cloned(), after.day.iso()),
                            None => (
                                current.claims.get(&key).map(|c| c.wording.clone()),
                                "now".into(),
                            ),
                        };
                        if then.as_ref() == Some(wording.get_ref()) {
                            let message = format!(
                                "the claim still reads so ({day}): there is no change to log"
                            );
                            report.error(rec, at, &name, message);
                        }
                    }
                }
            }
            out.push(Was {
                record: leak(record),
                field: leak(field),
                wording: leak(wording.get_ref()),
            });
        }
    }
    out
}

/// Every claim whose wording changed (or that was withdrawn) between one publication and the
/// next, or since the latest, must have an entry dated between them whose `was` gives it.
fn quiet_changes(
    report: &mut Report,
    log: &[Correction],
    published: &[Published],
    current: &Current,
) {
    let logged = |key: &ClaimKey, from: Moment, to: Option<Moment>| {
        log.iter()
            .filter(|c| {
                let at = (c.date, c.time);
                at > from && to.is_none_or(|to| at <= to)
            })
            .any(|c| c.was.iter().any(|w| w.record == key.0 && w.field == key.1))
    };
    for (i, older) in published.iter().enumerate() {
        let newer = published.get(i + 1);
        for (key, wording) in &older.claims {
            let now = match newer {
                Some(newer) => newer.claims.get(key).cloned(),
                None => current.claims.get(key).map(|c| c.wording.clone()),
            };
            if now.as_ref() == Some(wording)
                || logged(key, older.moment(), newer.map(|n| n.moment()))
            {
                continue;
            }
            let (record, field) = key;
            let how = if now.is_some() {
                "changed"
            } else {
                "withdrawn"
            };
            let message = format!(
                "{how} since it was published on {} at {} without an entry in the corrections log: add one made after then, with was.\"{record}\".{field} = {wording:?}",
                older.day.iso(),
                older.at
            );
            match (newer, current.claims.get(key)) {
                (None, Some(claim)) => {
                    if let Some(file) = current.file(claim.file) {
                        let rec = Record::named(file, claim.record_at, record.clone());
                        report.error(&rec, file.line_of(claim.field_at), field, message);
                    }
                }
                (Some(newer), _) => {
                    let rec = Record::named(newer.file, 0, record.clone());
                    report.error(&rec, newer.line_of(record), field, message);
                }
                (None, None) => {
                    let rec = Record::named(older.file, 0, record.clone());
                    report.error(&rec, older.line_of(record), field, message);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_since_1970_are_calendar_days() {
        assert_eq!(civil_from_days(0), Date::day(1970, 1, 1));
        assert_eq!(civil_from_days(59), Date::day(1970, 3, 1));
        assert_eq!(civil_from_days(11_016), Date::day(2000, 2, 29));
        assert_eq!(civil_from_days(20_792), Date::day(2026, 12, 5));
        assert!(today() >= Date::day(2026, 1, 1));
    }
}
