//! A date the passages do not give needs a note. A record's date is "given" when some wording of
//! it stands in the record's passages: its year as a number, its month by name, its day as a
//! number ("9" or "9th"). Where the article says "last year" or "on Tuesday", the editor worked the
//! date out, and the reader is owed a `date_note` saying how.

use super::check::{Record, Report};
use super::raw::Field;
use crate::model::{Date, Evidence, MONTHS};

/// Whether every part of `date` (year; month and day where the date has them) is written in the
/// passages.
pub fn given_in(date: Date, evidence: &[Evidence]) -> bool {
    let text: String = evidence
        .iter()
        .flat_map(|e| e.passages.iter())
        .copied()
        .collect::<Vec<_>>()
        .join(" ");
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let has = |word: &str| words.contains(&word);
    let year = has(&date.year.to_string());
    let month = date.month.is_none_or(|month| {
        let name = MONTHS[usize::from(month) - 1];
        has(name) || has(&name[..3])
    });
    let day = date.day.is_none_or(|day| {
        ["", "st", "nd", "rd", "th"]
            .iter()
            .any(|suffix| has(&format!("{day}{suffix}")))
    });
    year && month && day
}

/// Refuses `date` (the record's `date` field, `raw`) where its passages do not give it and no
/// note says how it was read. A record without passages has a citation error of its own.
pub fn check_note(
    report: &mut Report,
    rec: &Record,
    raw: &Field<String>,
    date: Date,
    note: Option<&str>,
    evidence: &[Evidence],
) {
    if note.is_some() || evidence.is_empty() || given_in(date, evidence) {
        return;
    }
    let line = Report::field_line(rec, raw);
    let message = format!(
        "`{}` is not written in the record's passages (its year, month or day is not there): add \
         a `date_note` saying how the date was read from the article",
        date.iso()
    );
    report.error(rec, line, "date_note", message);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn evidence(passages: &'static [&'static str]) -> Vec<Evidence> {
        vec![Evidence {
            source: "s",
            passages,
        }]
    }

    #[test]
    fn a_date_is_given_when_each_of_its_parts_is_written() {
        let signed = evidence(&["Russia and China on March 9, 2021 signed a memorandum."]);
        assert!(given_in(Date::day(2021, 3, 9), &signed));
        assert!(given_in(Date::month(2021, 3), &signed));
        assert!(given_in(Date::year(2021), &signed));
        assert!(!given_in(Date::day(2021, 3, 10), &signed), "another day");
        assert!(!given_in(Date::month(2021, 2), &signed), "another month");
        let last_year = evidence(&["In an interview last year, Rogozin said so."]);
        assert!(!given_in(Date::year(2020), &last_year));
        let no_year = evidence(&["On February 11, the Kremlin authorized Roscosmos."]);
        assert!(!given_in(Date::day(2021, 2, 11), &no_year));
        let ordinal = evidence(&["It was signed on the 9th of March 2021."]);
        assert!(given_in(Date::day(2021, 3, 9), &ordinal));
        // A year inside a longer number is not the year.
        assert!(!given_in(Date::year(2021), &evidence(&["Order 20215."])));
    }
}
