//! The explorer's pure core: records as the explorer sees them, the filter, faceted matching
//! with live counts, text search that ignores case, accents and punctuation, and the filter's
//! place in the URL's query string. No browser types: everything here is tested natively.

use std::collections::BTreeSet;

use crate::data::{EVENTS, QUOTATIONS, actor, source};
use crate::model::{Event, Quotation};

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

    pub fn year(self) -> Option<u16> {
        match self {
            Record::Event(e) => Some(e.date.year),
            Record::Quotation(q) => q.date.map(|d| d.year),
        }
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

/// Every event and quotation, events first, each in file (date) order.
pub fn all_records() -> Vec<Record> {
    EVENTS
        .iter()
        .map(Record::Event)
        .chain(QUOTATIONS.iter().map(Record::Quotation))
        .collect()
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

    /// Whether a record passes every part of the filter but, optionally, one facet (which is how
    /// a facet's own counts are taken: as if its values were not chosen yet).
    pub fn matches_except(&self, record: Record, except: Option<Facet>) -> bool {
        let facets_pass = Facet::ALL
            .iter()
            .filter(|f| Some(**f) != except)
            .all(|facet| {
                let chosen = self.selected(*facet);
                chosen.is_empty() || record.values(*facet).iter().any(|v| chosen.contains(*v))
            });
        let years_pass = match (self.from, self.to, record.year()) {
            (None, None, _) => true,
            (_, _, None) => false,
            (from, to, Some(year)) => {
                from.is_none_or(|f| year >= f) && to.is_none_or(|t| year <= t)
            }
        };
        facets_pass && years_pass && self.search_passes(record)
    }

    pub fn matches(&self, record: Record) -> bool {
        self.matches_except(record, None)
    }

    /// Every word of the query must appear in the record's search text.
    fn search_passes(&self, record: Record) -> bool {
        let query = normalise(&self.query);
        if query.is_empty() {
            return true;
        }
        let text = record.search_text();
        query.split(' ').all(|word| text.contains(word))
    }
}

/// How many records each value of a facet would show if chosen, given the rest of the filter.
pub fn facet_counts(
    filter: &Filter,
    records: &[Record],
    facet: Facet,
) -> Vec<(&'static str, usize)> {
    let mut counts: Vec<(&'static str, usize)> = Vec::new();
    for record in records {
        let passes = filter.matches_except(*record, Some(facet));
        for value in record.values(facet) {
            let slot = match counts.iter().position(|(v, _)| *v == value) {
                Some(i) => i,
                None => {
                    counts.push((value, 0));
                    counts.len() - 1
                }
            };
            if passes {
                counts[slot].1 += 1;
            }
        }
    }
    counts
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

    fn count_of(counts: &[(&str, usize)], value: &str) -> usize {
        counts
            .iter()
            .find(|(v, _)| *v == value)
            .map_or(0, |(_, n)| *n)
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
        let records = all_records();
        let mut filter = Filter::default();
        filter.toggle(Facet::Kind, "quotation");
        let kinds = facet_counts(&filter, &records, Facet::Kind);
        assert_eq!(
            count_of(&kinds, "event"),
            EVENTS.len(),
            "other kinds still count as if chosen"
        );
        let themes = facet_counts(&filter, &records, Facet::Theme);
        let quoted_law = QUOTATIONS
            .iter()
            .filter(|q| q.themes.contains(&"law"))
            .count();
        assert_eq!(count_of(&themes, "law"), quoted_law);
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
                let records = all_records();
                for facet in Facet::ALL {
                    for (value, count) in facet_counts(&filter, &records, facet) {
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
