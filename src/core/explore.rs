//! The explorer's pure core: records as the explorer sees them, the filter, faceted matching
//! with live counts, text search that ignores case, accents and punctuation, and the filter's
//! place in the URL's query string. No browser types: everything here is tested natively.

use std::collections::{BTreeSet, HashMap};

use crate::data::{EVENTS, QUOTATIONS, actor, source};
use crate::model::{Date, Event, Quotation};

/// A facet a reader can filter by. OR within a facet, AND across facets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Facet {
    Coalition,
    Actor,
    Theme,
    Source,
    Kind,
}

impl Facet {
    pub const ALL: [Facet; 5] = [
        Facet::Coalition,
        Facet::Actor,
        Facet::Theme,
        Facet::Source,
        Facet::Kind,
    ];

    /// The facet's name in the URL and in `data-facet`.
    pub fn as_str(self) -> &'static str {
        match self {
            Facet::Coalition => "coalition",
            Facet::Actor => "actor",
            Facet::Theme => "theme",
            Facet::Source => "source",
            Facet::Kind => "kind",
        }
    }

    /// The facet's name as a reader sees it.
    pub fn label(self) -> &'static str {
        match self {
            Facet::Coalition => "Coalition",
            Facet::Actor => "Who",
            Facet::Theme => "Theme",
            Facet::Source => "Source",
            Facet::Kind => "Kind",
        }
    }

    pub fn parse(name: &str) -> Option<Facet> {
        Facet::ALL.into_iter().find(|f| f.as_str() == name)
    }
}

/// An event or a quotation, as the explorer lists it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Record {
    Event(&'static Event),
    Quotation(&'static Quotation),
}

impl Record {
    pub fn id(self) -> &'static str {
        match self {
            Record::Event(e) => e.id,
            Record::Quotation(q) => q.id,
        }
    }

    /// The kind's name, a value of the `kind` facet.
    pub fn kind(self) -> &'static str {
        match self {
            Record::Event(_) => "event",
            Record::Quotation(_) => "quotation",
        }
    }

    pub fn date(self) -> Option<Date> {
        match self {
            Record::Event(e) => Some(e.date),
            Record::Quotation(q) => q.date,
        }
    }

    pub fn year(self) -> Option<u16> {
        self.date().map(|d| d.year)
    }

    /// The record's values for a facet. A quotation's actors are its speakers and the actors it
    /// concerns.
    pub fn values(self, facet: Facet) -> Vec<&'static str> {
        match (facet, self) {
            (Facet::Kind, r) => vec![r.kind()],
            (Facet::Coalition, Record::Event(e)) => e.coalitions.to_vec(),
            (Facet::Coalition, Record::Quotation(q)) => q.coalitions.to_vec(),
            (Facet::Actor, Record::Event(e)) => e.actors.to_vec(),
            (Facet::Actor, Record::Quotation(q)) => {
                q.speakers.iter().chain(q.actors).copied().collect()
            }
            (Facet::Theme, Record::Event(e)) => e.themes.to_vec(),
            (Facet::Theme, Record::Quotation(q)) => q.themes.to_vec(),
            (Facet::Source, Record::Event(e)) => e.sources.to_vec(),
            (Facet::Source, Record::Quotation(q)) => q.sources.to_vec(),
        }
    }

    /// Everything search looks in, normalised: title, summary or quotation, attribution,
    /// the names of the actors (speakers included) and of the sources.
    pub fn search_text(self) -> String {
        let mut parts: Vec<&str> = match self {
            Record::Event(e) => vec![e.title, e.summary],
            Record::Quotation(q) => {
                let mut p = q.fragments.to_vec();
                p.push(q.attribution);
                p
            }
        };
        let actors = self.values(Facet::Actor);
        parts.extend(actors.iter().filter_map(|id| actor(id)).map(|a| a.name));
        parts.extend(
            self.values(Facet::Source)
                .iter()
                .filter_map(|id| source(id))
                .map(|s| s.short),
        );
        normalise(&parts.join(" "))
    }
}

/// Every event and quotation in date order (an event before a quotation of the same date);
/// undated quotations last.
pub fn all_records() -> Vec<Record> {
    // Both files are in date order (the validator sees to it), so a merge is enough.
    let mut records = Vec::with_capacity(EVENTS.len() + QUOTATIONS.len());
    let mut events = EVENTS.iter().peekable();
    let mut quotations = QUOTATIONS.iter().peekable();
    loop {
        let event_first = match (events.peek(), quotations.peek()) {
            (None, None) => break,
            (Some(e), Some(q)) => q.date.is_none_or(|d| e.date <= d),
            (e, _) => e.is_some(),
        };
        records.push(if event_first {
            events.next().map(Record::Event)
        } else {
            quotations.next().map(Record::Quotation)
        });
    }
    records.into_iter().flatten().collect()
}

/// Text folded for search: lower case, accents removed, punctuation made into spaces, runs of
/// space collapsed.
pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        let c = fold_accent(c);
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with(' ') && !out.is_empty() {
            out.push(' ');
        }
    }
    out.trim_end().to_string()
}

/// The base letter of a lower-case accented Latin letter; other characters unchanged.
fn fold_accent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'ď' | 'đ' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' => 'i',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
        'ř' => 'r',
        'ś' | 'š' | 'ş' => 's',
        'ť' | 'ţ' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
        'ý' | 'ÿ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        c => c,
    }
}

/// What the reader has chosen. Empty everywhere matches every record.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    pub coalition: BTreeSet<String>,
    pub actor: BTreeSet<String>,
    pub theme: BTreeSet<String>,
    pub source: BTreeSet<String>,
    pub kind: BTreeSet<String>,
    /// Inclusive year range; a bound left out is open.
    pub from: Option<u16>,
    pub to: Option<u16>,
    /// The search as typed.
    pub query: String,
}

impl Filter {
    pub fn selected(&self, facet: Facet) -> &BTreeSet<String> {
        match facet {
            Facet::Coalition => &self.coalition,
            Facet::Actor => &self.actor,
            Facet::Theme => &self.theme,
            Facet::Source => &self.source,
            Facet::Kind => &self.kind,
        }
    }

    pub fn selected_mut(&mut self, facet: Facet) -> &mut BTreeSet<String> {
        match facet {
            Facet::Coalition => &mut self.coalition,
            Facet::Actor => &mut self.actor,
            Facet::Theme => &mut self.theme,
            Facet::Source => &mut self.source,
            Facet::Kind => &mut self.kind,
        }
    }

    /// Adds the value if absent, removes it if present.
    pub fn toggle(&mut self, facet: Facet, value: &str) {
        let set = self.selected_mut(facet);
        if !set.remove(value) {
            set.insert(value.to_string());
        }
    }

    pub fn is_empty(&self) -> bool {
        *self == Filter::default()
    }

    /// Whether a record passes every part of the filter: the plain definition, which
    /// [`Index::apply`] must agree with (the property tests hold it to that).
    pub fn matches(&self, record: Record) -> bool {
        let facets_pass = Facet::ALL.iter().all(|facet| {
            let chosen = self.selected(*facet);
            chosen.is_empty() || record.values(*facet).iter().any(|v| chosen.contains(*v))
        });
        facets_pass
            && self.years_pass(record.year())
            && words_in(&self.search_words(), &record.search_text())
    }

    /// Whether a year is inside the range; an undated record is outside any range.
    fn years_pass(&self, year: Option<u16>) -> bool {
        match (self.from, self.to, year) {
            (None, None, _) => true,
            (_, _, None) => false,
            (from, to, Some(year)) => {
                from.is_none_or(|f| year >= f) && to.is_none_or(|t| year <= t)
            }
        }
    }

    /// The search's words, folded as the records' search text is.
    fn search_words(&self) -> Vec<String> {
        normalise(&self.query)
            .split(' ')
            .filter(|w| !w.is_empty())
            .map(String::from)
            .collect()
    }
}

/// Whether every word appears in a record's (normalised) search text.
fn words_in(words: &[String], text: &str) -> bool {
    words.iter().all(|word| text.contains(word.as_str()))
}

/// The records made ready for filtering: each one's search text and facet values worked out
/// once, values numbered per facet, so a filter change is one pass over plain data.
#[derive(Debug, Clone)]
pub struct Index {
    records: Vec<Record>,
    texts: Vec<String>,
    years: Vec<Option<u16>>,
    /// Per facet (in [`Facet::ALL`] order): the distinct values, in first-seen order.
    values: [Vec<&'static str>; 5],
    /// Per facet: each record's values, as positions in `values`.
    record_values: [Vec<Vec<u16>>; 5],
    /// Each record's position, by id.
    positions: HashMap<&'static str, usize>,
}

/// What a filter shows: which records, how many, and each facet value's live count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// One flag per record, in the index's order.
    pub shown: Vec<bool>,
    pub total: usize,
    /// Per facet, per value (the index's order): how many records would show if that value
    /// were the facet's only choice, the other facets as they are.
    pub counts: [Vec<usize>; 5],
}

impl Outcome {
    pub fn count(&self, facet: Facet, position: usize) -> usize {
        self.counts[facet as usize]
            .get(position)
            .copied()
            .unwrap_or(0)
    }
}

impl Index {
    pub fn new(records: Vec<Record>) -> Self {
        let mut values: [Vec<&'static str>; 5] = Default::default();
        let mut record_values: [Vec<Vec<u16>>; 5] = Default::default();
        for facet in Facet::ALL {
            let slot = facet as usize;
            for record in &records {
                let positions = record
                    .values(facet)
                    .into_iter()
                    .map(|value| {
                        let found = values[slot].iter().position(|v| *v == value);
                        let position = found.unwrap_or_else(|| {
                            values[slot].push(value);
                            values[slot].len() - 1
                        });
                        position as u16
                    })
                    .collect();
                record_values[slot].push(positions);
            }
        }
        Index {
            positions: records
                .iter()
                .enumerate()
                .map(|(i, r)| (r.id(), i))
                .collect(),
            texts: records.iter().map(|r| r.search_text()).collect(),
            years: records.iter().map(|r| r.year()).collect(),
            records,
            values,
            record_values,
        }
    }

    pub fn records(&self) -> &[Record] {
        &self.records
    }

    /// Whether the outcome shows the record with this id; `None` for an id that is no record.
    pub fn shows(&self, outcome: &Outcome, id: &str) -> Option<bool> {
        let position = *self.positions.get(id)?;
        outcome.shown.get(position).copied()
    }

    /// A facet's values, in first-seen order (the order of the counts).
    pub fn values(&self, facet: Facet) -> &[&'static str] {
        &self.values[facet as usize]
    }

    pub fn position(&self, facet: Facet, value: &str) -> Option<usize> {
        self.values(facet).iter().position(|v| *v == value)
    }

    /// The earliest and latest years among the records.
    pub fn year_span(&self) -> (u16, u16) {
        let years = self.years.iter().flatten();
        let min = years.clone().min().copied().unwrap_or(0);
        let max = years.max().copied().unwrap_or(0);
        (min, max)
    }

    /// Applies a filter: the same answer as [`Filter::matches`] and, for each facet value, as
    /// matching with that value alone chosen in its facet, worked out in one pass.
    pub fn apply(&self, filter: &Filter) -> Outcome {
        let chosen: [Option<Vec<bool>>; 5] = Facet::ALL.map(|facet| {
            let set = filter.selected(facet);
            (!set.is_empty()).then(|| {
                self.values(facet)
                    .iter()
                    .map(|v| set.contains(*v))
                    .collect()
            })
        });
        let words = filter.search_words();
        let mut outcome = Outcome {
            shown: vec![false; self.records.len()],
            total: 0,
            counts: Facet::ALL.map(|facet| vec![0; self.values(facet).len()]),
        };
        for i in 0..self.records.len() {
            if !filter.years_pass(self.years[i]) || !words_in(&words, &self.texts[i]) {
                continue;
            }
            // The facets this record fails: with none it shows; with exactly one, it still
            // counts towards that facet's values.
            let mut failed = None;
            let mut failures = 0;
            for (slot, mask) in chosen.iter().enumerate() {
                if let Some(mask) = mask
                    && !self.record_values[slot][i]
                        .iter()
                        .any(|p| mask[usize::from(*p)])
                {
                    failures += 1;
                    failed = Some(slot);
                }
            }
            let slots = match (failures, failed) {
                (0, _) => {
                    outcome.shown[i] = true;
                    outcome.total += 1;
                    0..5
                }
                (1, Some(slot)) => slot..slot + 1,
                _ => continue,
            };
            for slot in slots {
                for p in &self.record_values[slot][i] {
                    outcome.counts[slot][usize::from(*p)] += 1;
                }
            }
        }
        outcome
    }
}

/// What a value is called on the page: a coalition's short name, an actor's name, a theme's
/// label, a source's outlet, or the kind in the plural.
pub fn value_label(facet: Facet, value: &str) -> &'static str {
    let found = match facet {
        Facet::Coalition => crate::data::coalition(value).map(|c| c.short),
        Facet::Actor => actor(value).map(|a| a.name),
        Facet::Theme => crate::data::theme(value).map(|t| t.label),
        Facet::Source => source(value).map(|s| s.short),
        Facet::Kind => match value {
            "event" => Some("Events"),
            "quotation" => Some("Quotations"),
            _ => None,
        },
    };
    found.unwrap_or("(unknown)")
}

/// The sentence saying which filters are on, for the reader who cannot see every pressed
/// button at once: "Filters: Coalition ILRS or Artemis; years 2019 to 2021; search “moon”."
pub fn describe_filter(filter: &Filter) -> String {
    if filter.is_empty() {
        return "No filters: every event and quotation is listed.".to_string();
    }
    let mut parts: Vec<String> = Vec::new();
    for facet in Facet::ALL {
        let chosen = filter.selected(facet);
        if !chosen.is_empty() {
            let labels: Vec<&str> = chosen.iter().map(|v| value_label(facet, v)).collect();
            parts.push(format!("{} {}", facet.label(), labels.join(" or ")));
        }
    }
    match (filter.from, filter.to) {
        (Some(from), Some(to)) => parts.push(format!("years {from} to {to}")),
        (Some(from), None) => parts.push(format!("from {from}")),
        (None, Some(to)) => parts.push(format!("up to {to}")),
        (None, None) => {}
    }
    if !filter.query.trim().is_empty() {
        parts.push(format!("search \u{201c}{}\u{201d}", filter.query.trim()));
    }
    format!("Filters: {}.", parts.join("; "))
}

/// The URL parameters the explorer owns; any other parameter in the query is left alone.
pub const PARAMS: [&str; 8] = [
    "coalition",
    "actor",
    "theme",
    "source",
    "kind",
    "from",
    "to",
    "q",
];

/// Reads the explorer's state from a query string (with or without its `?`). Unknown parameters
/// and malformed values (bad percent-encoding, a year that is not a year, an id that names no
/// value) are skipped and listed; the rest still applies. Never panics, whatever the bytes.
pub fn parse_query(query: &str, known: &dyn Fn(Facet, &str) -> bool) -> (Filter, Vec<String>) {
    let mut filter = Filter::default();
    let mut skipped = Vec::new();
    for pair in query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
    {
        let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
        let (Some(key), Some(value)) = (percent_decode(raw_key), percent_decode(raw_value)) else {
            skipped.push(truncate(pair));
            continue;
        };
        if let Some(facet) = Facet::parse(&key) {
            for item in value.split(',').filter(|v| !v.is_empty()) {
                if known(facet, item) {
                    filter.selected_mut(facet).insert(item.to_string());
                } else {
                    skipped.push(truncate(pair));
                }
            }
        } else if key == "from" || key == "to" {
            match value.parse::<u16>() {
                Ok(year) if (1900..=2100).contains(&year) => {
                    if key == "from" {
                        filter.from = Some(year)
                    } else {
                        filter.to = Some(year)
                    }
                }
                _ => skipped.push(truncate(pair)),
            }
        } else if key == "q" {
            filter.query = value.chars().take(200).collect();
        }
        // Parameters the explorer does not own belong to the page around it: not ours to judge.
    }
    (filter, skipped)
}

/// Writes the filter into `existing` (a query string, with or without `?`): the explorer's own
/// parameters are replaced, every other parameter is kept as it was, in its place.
pub fn write_query(filter: &Filter, existing: &str) -> String {
    let mut parts: Vec<String> = existing
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .filter(|p| {
            let key = p.split_once('=').map_or(*p, |(k, _)| k);
            !PARAMS.contains(&percent_decode(key).unwrap_or_default().as_str())
        })
        .map(str::to_string)
        .collect();
    for facet in Facet::ALL {
        let values = filter.selected(facet);
        if !values.is_empty() {
            let joined: Vec<String> = values.iter().map(|v| percent_encode(v)).collect();
            parts.push(format!("{}={}", facet.as_str(), joined.join(",")));
        }
    }
    if let Some(from) = filter.from {
        parts.push(format!("from={from}"));
    }
    if let Some(to) = filter.to {
        parts.push(format!("to={to}"));
    }
    if !filter.query.is_empty() {
        parts.push(format!("q={}", percent_encode(&filter.query)));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
}

fn truncate(text: &str) -> String {
    text.chars().take(60).collect()
}

/// Decodes `%XX` and `+`; `None` where an escape is malformed or the bytes are not UTF-8.
pub fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = bytes.get(i + 1..i + 3)?;
                let hex = std::str::from_utf8(hex).ok()?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// Encodes everything but unreserved characters, so values survive any URL.
pub fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known_value(facet: Facet, value: &str) -> bool {
        all_records()
            .iter()
            .any(|r| r.values(facet).contains(&value))
    }

    fn count_of(index: &Index, outcome: &Outcome, facet: Facet, value: &str) -> usize {
        outcome.count(facet, index.position(facet, value).expect(value))
    }

    #[test]
    fn an_empty_filter_shows_every_event_and_quotation() {
        let records = all_records();
        assert_eq!(records.len(), EVENTS.len() + QUOTATIONS.len());
        assert!(records.iter().all(|r| Filter::default().matches(*r)));
    }

    #[test]
    fn values_of_one_facet_widen_and_facets_together_narrow() {
        let records = all_records();
        let shown = |f: &Filter| records.iter().filter(|r| f.matches(**r)).count();
        let mut filter = Filter::default();
        filter.toggle(Facet::Kind, "quotation");
        assert_eq!(shown(&filter), QUOTATIONS.len());
        filter.toggle(Facet::Kind, "event");
        assert_eq!(shown(&filter), records.len(), "OR within a facet");
        filter.toggle(Facet::Coalition, "lunar-gateway");
        let gateway = shown(&filter);
        filter.toggle(Facet::Theme, "membership");
        assert!(
            shown(&filter) <= gateway && shown(&filter) > 0,
            "AND across facets"
        );
    }

    #[test]
    fn a_facets_counts_ignore_its_own_choice_but_not_the_others() {
        let index = Index::new(all_records());
        let mut filter = Filter::default();
        filter.toggle(Facet::Kind, "quotation");
        let outcome = index.apply(&filter);
        assert_eq!(outcome.total, QUOTATIONS.len());
        assert_eq!(index.shows(&outcome, QUOTATIONS[0].id), Some(true));
        assert_eq!(index.shows(&outcome, EVENTS[0].id), Some(false));
        assert_eq!(index.shows(&outcome, "no-such-record"), None);
        assert_eq!(
            count_of(&index, &outcome, Facet::Kind, "event"),
            EVENTS.len(),
            "other kinds still count as if chosen"
        );
        let quoted_law = QUOTATIONS
            .iter()
            .filter(|q| q.themes.contains(&"law"))
            .count();
        assert_eq!(count_of(&index, &outcome, Facet::Theme, "law"), quoted_law);
    }

    #[test]
    fn records_run_in_date_order_with_undated_quotations_last() {
        let records = all_records();
        let dates: Vec<Option<Date>> = records.iter().map(|r| r.date()).collect();
        let first_undated = dates
            .iter()
            .position(Option::is_none)
            .unwrap_or(dates.len());
        assert!(dates[first_undated..].iter().all(Option::is_none));
        assert!(dates[..first_undated].is_sorted());
        let index = Index::new(records);
        assert_eq!(index.year_span(), (1961, 2031));
    }

    #[test]
    fn the_sentence_names_every_active_filter() {
        assert_eq!(
            describe_filter(&Filter::default()),
            "No filters: every event and quotation is listed."
        );
        let mut filter = Filter {
            from: Some(2019),
            to: Some(2021),
            query: " moon ".into(),
            ..Filter::default()
        };
        filter.toggle(Facet::Kind, "quotation");
        filter.toggle(Facet::Coalition, "ilrs");
        filter.toggle(Facet::Actor, "roscosmos");
        assert_eq!(
            describe_filter(&filter),
            "Filters: Coalition ILRS; Who Roscosmos; Kind Quotations; years 2019 to 2021; \
             search \u{201c}moon\u{201d}."
        );
    }

    #[test]
    fn search_ignores_case_accents_and_punctuation_and_finds_speakers() {
        let records = all_records();
        let found = |q: &str| {
            let filter = Filter {
                query: q.into(),
                ..Filter::default()
            };
            records
                .iter()
                .filter(|r| filter.matches(**r))
                .map(|r| r.id())
                .collect::<Vec<_>>()
        };
        assert!(found("ROGOZIN").contains(&"rogozin-like-nato"));
        assert!(found("Rógozin,").contains(&"rogozin-like-nato"));
        assert!(
            found("pavel luzin").contains(&"luzin-bargaining"),
            "speaker's name"
        );
        assert!(found("luzin bargaining").contains(&"luzin-bargaining"));
        assert!(found("Chang'e-5").contains(&"change-5-sample-return"));
        assert!(found("no such words anywhere xyzzy").is_empty());
        assert_eq!(normalise("  Chang’e-7 — Moon!  "), "chang e 7 moon");
    }

    #[test]
    fn years_bound_the_records_and_undated_quotations_drop_out_of_a_range() {
        let records = all_records();
        let filter = Filter {
            from: Some(2021),
            to: Some(2021),
            ..Filter::default()
        };
        let shown: Vec<Record> = records
            .iter()
            .copied()
            .filter(|r| filter.matches(*r))
            .collect();
        assert!(shown.iter().all(|r| r.year() == Some(2021)));
        assert!(!shown.iter().any(|r| r.id() == "nasa-critical-component"));
    }

    #[test]
    fn the_url_keeps_parameters_the_explorer_did_not_set() {
        let mut filter = Filter::default();
        filter.toggle(Facet::Theme, "law");
        filter.query = "Rogozin & NATO".into();
        let query = write_query(&filter, "?utm_source=paper&theme=old&embed");
        assert_eq!(
            query,
            "?utm_source=paper&embed&theme=law&q=Rogozin%20%26%20NATO"
        );
        let (back, skipped) = parse_query(&query, &known_value);
        assert_eq!(back, filter);
        assert!(skipped.is_empty());
    }

    #[test]
    fn hostile_queries_are_skipped_and_the_rest_still_applies() {
        let (filter, skipped) = parse_query(
            "?theme=law&actor=%3Cscript%3Ealert(1)%3C/script%3E&from=%ZZ&=&to=99999&kind=quotation",
            &known_value,
        );
        assert_eq!(filter.theme.iter().collect::<Vec<_>>(), ["law"]);
        assert_eq!(filter.kind.iter().collect::<Vec<_>>(), ["quotation"]);
        assert!(filter.actor.is_empty() && filter.from.is_none() && filter.to.is_none());
        assert_eq!(skipped.len(), 3);
        let long = format!("?q={}", "a".repeat(5000));
        assert_eq!(parse_query(&long, &known_value).0.query.len(), 200);
    }

    /// Property tests, native only (proptest does not build for wasm32).
    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::*;
        use proptest::prelude::*;

        fn any_filter() -> impl Strategy<Value = Filter> {
            let records = all_records();
            let values = |facet: Facet| {
                let mut all: Vec<String> = records
                    .iter()
                    .flat_map(|r| r.values(facet))
                    .map(String::from)
                    .collect();
                all.sort();
                all.dedup();
                proptest::sample::subsequence(all.clone(), 0..=all.len().min(3))
            };
            (
                values(Facet::Coalition),
                values(Facet::Actor),
                values(Facet::Theme),
                values(Facet::Source),
                values(Facet::Kind),
                proptest::option::of(1990u16..2040),
                proptest::option::of(1990u16..2040),
                "[a-zA-Z0-9 &=%+,?#é’-]{0,20}",
            )
                .prop_map(|(c, a, t, s, k, from, to, q)| Filter {
                    coalition: c.into_iter().collect(),
                    actor: a.into_iter().collect(),
                    theme: t.into_iter().collect(),
                    source: s.into_iter().collect(),
                    kind: k.into_iter().collect(),
                    from,
                    to,
                    query: q,
                })
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(200))]

            #[test]
            fn url_state_round_trips(filter in any_filter(), other in "[a-z]{1,6}=[a-z0-9]{0,6}") {
                let query = write_query(&filter, &format!("?{other}"));
                let (back, _) = parse_query(&query, &known_value);
                prop_assert_eq!(back, filter);
                let kept = query.contains(&other) || PARAMS.iter().any(|p| other.starts_with(&format!("{p}=")));
                prop_assert!(kept, "{} lost {}", query, other);
            }

            #[test]
            fn counts_equal_the_records_that_would_match(filter in any_filter()) {
                let index = Index::new(all_records());
                let records = index.records();
                let outcome = index.apply(&filter);
                let shown: Vec<bool> = records.iter().map(|r| filter.matches(*r)).collect();
                prop_assert_eq!(&outcome.shown, &shown);
                prop_assert_eq!(outcome.total, shown.iter().filter(|s| **s).count());
                for facet in Facet::ALL {
                    for (position, value) in index.values(facet).iter().enumerate() {
                        let count = outcome.count(facet, position);
                        let mut chosen = filter.clone();
                        *chosen.selected_mut(facet) = [value.to_string()].into_iter().collect();
                        let matching = records.iter().filter(|r| chosen.matches(**r)).count();
                        prop_assert_eq!(count, matching, "{}={}", facet.as_str(), value);
                    }
                }
            }

            #[test]
            fn any_bytes_as_a_query_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
                let text = String::from_utf8_lossy(&bytes);
                let (filter, _) = parse_query(&text, &known_value);
                let _ = write_query(&filter, &text);
            }
        }
    }
}
