//! The explorer's records from the dataset: every event and quotation in date order, and what
//! the filter sees of each ([`Entry`]). Used by the prerender; the browser reads the entries
//! back from the markup instead.

use super::filter::{Entry, Facet};
use super::search::normalise;
use crate::data::{EVENTS, QUOTATIONS, actor, coalition, source, theme};
use crate::model::{Date, Event, Quotation};

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

    /// What the filter sees. Its words are those the record's entry on the page shows: title,
    /// summary or quotation, attribution, and the names of its actors, coalitions, themes and
    /// sources (the browser folds the entry's own text, which holds all of these).
    pub fn entry(self) -> Entry {
        let mut parts: Vec<&str> = match self {
            Record::Event(e) => vec![e.title, e.summary],
            Record::Quotation(q) => {
                let mut p = q.fragments.to_vec();
                p.push(q.attribution);
                p
            }
        };
        parts.extend(
            self.values(Facet::Actor)
                .iter()
                .filter_map(|id| actor(id))
                .map(|a| a.name),
        );
        parts.extend(
            self.values(Facet::Coalition)
                .iter()
                .filter_map(|id| coalition(id))
                .map(|c| c.short),
        );
        parts.extend(
            self.values(Facet::Theme)
                .iter()
                .filter_map(|id| theme(id))
                .map(|t| t.label),
        );
        parts.extend(
            self.values(Facet::Source)
                .iter()
                .filter_map(|id| source(id))
                .map(|s| s.short),
        );
        Entry {
            id: self.id().to_string(),
            year: self.date().map(|d| d.year),
            values: Facet::ALL.map(|f| self.values(f).into_iter().map(String::from).collect()),
            text: normalise(&parts.join(" ")),
        }
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

/// Every record's entry, in the list's order.
pub fn all_entries() -> Vec<Entry> {
    all_records().into_iter().map(Record::entry).collect()
}

/// What a value is called on the page: a coalition's short name, an actor's name, a theme's
/// label, a source's outlet, or the kind in the plural.
pub fn value_label(facet: Facet, value: &str) -> &'static str {
    let found = match facet {
        Facet::Coalition => coalition(value).map(|c| c.short),
        Facet::Actor => actor(value).map(|a| a.name),
        Facet::Theme => theme(value).map(|t| t.label),
        Facet::Source => source(value).map(|s| s.short),
        Facet::Kind => match value {
            "event" => Some("Events"),
            "quotation" => Some("Quotations"),
            _ => None,
        },
    };
    found.unwrap_or("(unknown)")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{EVENTS, QUOTATIONS};
    use crate::explorer::filter::Filter;
    use crate::explorer::index::{Index, Outcome};
    use crate::explorer::query::{PARAMS, names_a_filter, parse_query, write_query};

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
        assert!(
            records
                .iter()
                .all(|r| Filter::default().matches(&r.entry()))
        );
    }

    #[test]
    fn values_of_one_facet_widen_and_facets_together_narrow() {
        let records = all_records();
        let shown = |f: &Filter| records.iter().filter(|r| f.matches(&r.entry())).count();
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
        let index = Index::new(all_entries());
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
    fn the_list_holds_the_first_matches_and_counts_the_rest_for_show_more() {
        use crate::explorer::index::PAGE;
        let index = Index::new(all_entries());
        let everything = index.apply(&Filter::default());
        let (listed, left) = everything.first(PAGE);
        assert_eq!(listed.iter().filter(|l| **l).count(), PAGE);
        assert!(
            listed[..PAGE].iter().all(|l| *l),
            "the first records, in order"
        );
        assert_eq!(left, index.len() - PAGE);
        let (listed, left) = everything.first(usize::MAX);
        assert!(listed.iter().all(|l| *l) && left == 0);

        let mut filter = Filter::default();
        filter.toggle(Facet::Kind, "quotation");
        let quotations = index.apply(&filter);
        let (listed, left) = quotations.first(PAGE);
        let first_quotation = index.position_of(QUOTATIONS[0].id).unwrap();
        assert!(listed[first_quotation], "the first match is listed");
        assert!(
            listed.iter().zip(&quotations.shown).all(|(l, s)| !*l || *s),
            "nothing the filter hides"
        );
        assert_eq!(
            left,
            QUOTATIONS.len().saturating_sub(PAGE),
            "the counts still run over every record"
        );
        assert_eq!(quotations.rank(first_quotation), Some(0));
        assert_eq!(
            quotations.rank(index.position_of(EVENTS[0].id).unwrap()),
            None
        );
        let last = (0..index.len())
            .rev()
            .find(|p| quotations.shown[*p])
            .unwrap();
        assert_eq!(quotations.rank(last), Some(quotations.total - 1));
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
        let index = Index::new(records.into_iter().map(Record::entry).collect());
        assert_eq!(index.year_span(), (1961, 2031));
    }

    #[test]
    fn values_are_named_as_the_page_names_them() {
        assert_eq!(value_label(Facet::Kind, "quotation"), "Quotations");
        assert_eq!(value_label(Facet::Coalition, "ilrs"), "ILRS");
        assert_eq!(value_label(Facet::Actor, "roscosmos"), "Roscosmos");
        assert_eq!(value_label(Facet::Source, "nbc-news"), "NBC News");
        assert_eq!(value_label(Facet::Theme, "no-such-theme"), "(unknown)");
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
                .filter(|r| filter.matches(&r.entry()))
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
            .filter(|r| filter.matches(&r.entry()))
            .collect();
        assert!(shown.iter().all(|r| r.date().map(|d| d.year) == Some(2021)));
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

    #[test]
    fn a_link_to_a_filtered_view_is_told_from_the_page_s_other_parameters() {
        let mut filter = Filter::default();
        filter.toggle(Facet::Kind, "quotation");
        assert!(names_a_filter(&write_query(&filter, "?embed&dark=on")));
        for query in ["?q=", "from=2020", "?embed&theme=law", "?to"] {
            assert!(names_a_filter(query), "{query}");
        }
        for query in [
            "",
            "?",
            "?embed&dark=on&step=story-airlock",
            "?childId=x&parentUrl=y",
            "?kinds=event",
            "?quiet=1",
        ] {
            assert!(!names_a_filter(query), "{query}");
        }
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
                let records = all_entries();
                let index = Index::new(records.clone());
                let outcome = index.apply(&filter);
                let shown: Vec<bool> = records.iter().map(|r| filter.matches(r)).collect();
                prop_assert_eq!(&outcome.shown, &shown);
                prop_assert_eq!(outcome.total, shown.iter().filter(|s| **s).count());
                for facet in Facet::ALL {
                    for (position, value) in index.values(facet).iter().enumerate() {
                        let count = outcome.count(facet, position);
                        let mut chosen = filter.clone();
                        *chosen.selected_mut(facet) = [value.to_string()].into_iter().collect();
                        let matching = records.iter().filter(|r| chosen.matches(r)).count();
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
