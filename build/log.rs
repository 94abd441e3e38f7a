//! The corrections log (`data/corrections.toml`): every change to a published claim, dated, with
//! the records it touches. The piece's modified date comes from it, so there is one source of
//! truth for when the piece last changed.

use std::collections::BTreeSet;

use super::check::{Record, Report};
use super::raw;
use super::text::DataFile;
use crate::model::{Correction, CorrectionKind, Date};

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

/// Reads the log, checking each entry: a day, a kind, at least one record and each a record of
/// the dataset (`keys`), the earlier wording for a correction, a date no earlier than
/// `published`, no later than `today`, and no earlier than the entry before it.
pub fn read(
    report: &mut Report,
    file: &DataFile,
    raws: &raw::Records<raw::RawCorrection>,
    keys: &BTreeSet<String>,
    published: Date,
    today: Date,
) -> Vec<Correction> {
    let mut out: Vec<Correction> = Vec::new();
    for (i, raw) in raws.iter().enumerate() {
        let r = raw.get_ref();
        let number = i + 1;
        let rec = Record::named(file, raw.span().start, format!("correction {number}"));
        let line = |value: &raw::Field<String>| Report::field_line(&rec, value);
        let date = report.date(&rec, "date", &r.date, false).flatten();
        if let Some(date) = date {
            let bad = if date.day.is_none() {
                Some("must be a day, such as 2026-12-05".to_string())
            } else if date < published {
                Some(format!(
                    "is before the piece was published ({})",
                    published.iso()
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
        let text = report.text(&rec, "text", &r.text);
        let was = report.optional_text(&rec, "was", &r.was);
        if kind == Some(CorrectionKind::Correction) && was.is_none() {
            let message = "a correction gives the earlier wording a reader may have relied on";
            report.error(&rec, rec.line, "was", message);
        }
        let records = match &r.records {
            None => {
                report.error(
                    &rec,
                    rec.line,
                    "records",
                    "missing: name the records it touches",
                );
                Vec::new()
            }
            Some(list) => {
                let at = file.line_of(list.span().start);
                if list.get_ref().is_empty() {
                    report.error(
                        &rec,
                        at,
                        "records",
                        "names no record; name those it touches",
                    );
                }
                let mut found = Vec::new();
                for key in list.get_ref() {
                    let key = key.get_ref();
                    if keys.contains(key) {
                        found.push(super::check::leak(key));
                    } else {
                        let message = format!("`{key}` is not a record of the dataset");
                        report.error(&rec, file.line_of(list.span().start), "records", message);
                    }
                }
                found
            }
        };
        if let (Some(date), Some(kind), Some(text)) = (date, kind, text) {
            out.push(Correction {
                number,
                date,
                kind,
                records: Vec::leak(records),
                was,
                text,
            });
        }
    }
    out
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
