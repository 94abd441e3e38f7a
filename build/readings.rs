//! Second readings (`data/readings.toml`): for each record, that someone who did not write it read
//! it against its passages and the articles, worked through the checklist (`model::Check`, every
//! item) and found it sound. Each reading keeps a hash of the record as it was read and the items
//! it checked; a record changed since, or read with fewer items, is unread again. The build
//! counts the unread records; the prerender says how many, and a test holds the count at zero.

use std::collections::BTreeSet;

use super::Dataset;
use super::check::{Record, Report, leak};
use super::raw;
use super::text::DataFile;
use crate::model::{Check, Unread, Vocabulary, cell_key, membership_key};

/// A record's hash: FNV-1a over everything it holds (its `Debug` form: text, date, sources,
/// passages), as 16 hex digits. Stable from build to build.
pub fn hash(text: &str) -> String {
    let h = text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{h:016x}")
}

/// Every record a reader reads, as (key, what it holds).
pub fn keyed(data: &Dataset) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut add = |key: String, record: String| out.push((key, record));
    add("hero".into(), format!("{:?}", data.hero));
    add("method".into(), format!("{:?}", data.method));
    data.sources
        .iter()
        .for_each(|r| add(r.id.into(), format!("{r:?}")));
    data.themes
        .iter()
        .for_each(|r| add(r.id.into(), format!("{r:?}")));
    data.actors
        .iter()
        .for_each(|r| add(r.id.into(), format!("{r:?}")));
    data.coalitions
        .iter()
        .for_each(|r| add(r.id.into(), format!("{r:?}")));
    for m in &data.memberships {
        add(membership_key(m.coalition, m.actor), format!("{m:?}"));
    }
    data.events
        .iter()
        .for_each(|r| add(r.id.into(), event_text(r)));
    data.quotations
        .iter()
        .for_each(|r| add(r.id.into(), format!("{r:?}")));
    data.figures
        .iter()
        .for_each(|r| add(r.id.into(), figure_text(r)));
    data.dimensions
        .iter()
        .for_each(|r| add(r.id.into(), format!("{r:?}")));
    for c in &data.cells {
        add(cell_key(c.dimension, c.side), format!("{c:?}"));
    }
    data.discrepancies
        .iter()
        .for_each(|r| add(r.id.into(), format!("{r:?}")));
    for chapter in &data.chapters {
        // A chapter is its title; its steps are read one by one.
        add(
            chapter.id.into(),
            format!("{:?}", (chapter.id, chapter.title)),
        );
        chapter
            .steps
            .iter()
            .for_each(|s| add(s.id.into(), format!("{s:?}")));
    }
    out
}

/// What an event holds, for its hash. `label_only_in_steps` came after the events were read:
/// left out while false, so that adding the field left those readings standing, and kept when
/// true, where it decides in which steps the label is read beside the mark.
fn event_text(event: &crate::model::Event) -> String {
    format!("{event:?}").replace(", label_only_in_steps: false", "")
}

/// What a figure holds, for its hash. `count_label` came after the figures were read: left out
/// where a figure has none, so that adding the field left those readings standing.
fn figure_text(figure: &crate::model::Figure) -> String {
    format!("{figure:?}").replace(", count_label: None", "")
}

/// Reads the readings, checking each names a record, a reader, a day and a hash, and returns
/// the records no reading covers as they stand now.
pub fn read(
    report: &mut Report,
    file: &DataFile,
    raws: &raw::Records<raw::RawReading>,
    records: &[(String, String)],
) -> Vec<Unread> {
    let keys: BTreeSet<&str> = records.iter().map(|(k, _)| k.as_str()).collect();
    let mut read = BTreeSet::new();
    for raw in raws {
        let r = raw.get_ref();
        let name = r.record.as_ref().map_or("?", |v| v.get_ref().as_str());
        let rec = Record::named(file, raw.span().start, format!("reading of {name}"));
        let record = report.text(&rec, "record", &r.record);
        report.text(&rec, "reader", &r.reader);
        report.date(&rec, "read", &r.read, false);
        let hash = report.text(&rec, "hash", &r.hash);
        // The items worked through: each of the checklist's, or the reading does not count.
        let checked: BTreeSet<&str> = r
            .checked
            .iter()
            .flat_map(|list| list.get_ref())
            .map(|item| item.get_ref().as_str())
            .collect();
        for item in &checked {
            if Check::parse(item).is_none() {
                let line = Report::field_line(&rec, &r.checked);
                let known: Vec<&str> = Check::ALL.iter().map(|c| c.as_str()).collect();
                let message = format!(
                    "`{item}` is not an item of the checklist ({})",
                    known.join(", ")
                );
                report.error(&rec, line, "checked", message);
            }
        }
        let whole = Check::ALL.iter().all(|c| checked.contains(c.as_str()));
        if let Some(record) = record
            && !keys.contains(record)
        {
            let line = Report::field_line(&rec, &r.record);
            let message = format!("`{record}` is not a record of the dataset");
            report.error(&rec, line, "record", message);
        }
        if let (Some(record), Some(hash), true) = (record, hash, whole) {
            read.insert((record, hash));
        }
    }
    records
        .iter()
        .filter_map(|(key, text)| {
            let now = hash(text);
            (!read.contains(&(key.as_str(), now.as_str()))).then(|| Unread {
                record: leak(key),
                hash: leak(&now),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_is_fnv1a_as_sixteen_hex_digits() {
        assert_eq!(hash(""), "cbf29ce484222325");
        assert_eq!(hash("a"), "af63dc4c8601ec8c");
        assert_ne!(hash("the ISS at 400 km"), hash("the ISS at 400 km."));
    }
}
