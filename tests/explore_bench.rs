//! The explorer's filter on a synthetic dataset of 10,000 records, timed in headless Chromium
//! (release build): `scripts/bench.sh` runs it with `cargo test --release --target
//! wasm32-unknown-unknown --features hydrate --test explore_bench`. It prints figures for
//! BENCHMARKS.md; it asserts only that the filter did its job, never a time.
#![cfg(target_arch = "wasm32")]

use ilrs_explainer::data::EVENTS;
use ilrs_explainer::explorer::filter::{Entry, Facet, Filter};
use ilrs_explainer::explorer::index::Index;
use ilrs_explainer::explorer::search::normalise;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const RECORDS: usize = 10_000;
const RUNS: usize = 31;

/// A deterministic pseudo-random sequence (a linear congruential generator).
struct Lcg(u64);

impl Lcg {
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1);
        &items[(self.0 >> 33) as usize % items.len()]
    }
}

/// The distinct values the real events have for one of their lists.
fn real_values(
    list: fn(&'static ilrs_explainer::model::Event) -> &'static [&'static str],
) -> Vec<&'static str> {
    let mut all: Vec<&'static str> = EVENTS.iter().flat_map(list).copied().collect();
    all.sort_unstable();
    all.dedup();
    all
}

/// 10,000 events whose facet values are the real dataset's, with text made of the real
/// records' words, so searching and counting do realistic work.
fn synthetic() -> Vec<Entry> {
    let (coalitions, actors, themes, sources) = (
        real_values(|e| e.coalitions),
        real_values(|e| e.actors),
        real_values(|e| e.themes),
        real_values(|e| e.sources),
    );
    let words: Vec<&'static str> = EVENTS.iter().flat_map(|e| e.summary.split(' ')).collect();
    let mut rng = Lcg(2021);
    (0..RECORDS)
        .map(|i| {
            let summary: Vec<&str> = (0..30).map(|_| *rng.pick(&words)).collect();
            let mut entry = Entry {
                id: format!("synthetic-{i}"),
                year: Some(1961 + (i % 71) as u16),
                text: normalise(&format!("Synthetic event {i} {}", summary.join(" "))),
                ..Entry::default()
            };
            let mut set = |facet: Facet, values: Vec<&str>| {
                entry.values[facet as usize] = values.into_iter().map(String::from).collect();
            };
            set(Facet::Kind, vec!["event"]);
            set(Facet::Actor, vec![*rng.pick(&actors), *rng.pick(&actors)]);
            set(Facet::Coalition, vec![*rng.pick(&coalitions)]);
            set(Facet::Theme, vec![*rng.pick(&themes), *rng.pick(&themes)]);
            set(Facet::Source, vec![*rng.pick(&sources)]);
            entry
        })
        .collect()
}

fn now() -> f64 {
    web_sys::window().unwrap().performance().unwrap().now()
}

fn median_ms(index: &Index, filter: &Filter) -> (f64, usize) {
    let mut times = Vec::with_capacity(RUNS);
    let mut total = 0;
    for _ in 0..RUNS {
        let start = now();
        total = index.apply(filter).total;
        times.push(now() - start);
    }
    times.sort_by(f64::total_cmp);
    (times[RUNS / 2], total)
}

#[wasm_bindgen_test]
fn filter_and_counts_over_ten_thousand_records() {
    let start = now();
    let index = Index::new(synthetic());
    console_log!(
        "explorer bench: indexing {RECORDS} records took {:.1} ms (once, at load)",
        now() - start
    );

    let mut one_facet = Filter::default();
    one_facet.toggle(Facet::Coalition, "ilrs");
    let mut three_facets = one_facet.clone();
    three_facets.toggle(Facet::Theme, "agreement");
    three_facets.toggle(Facet::Actor, "roscosmos");
    three_facets.from = Some(1990);
    let search = Filter {
        query: "lunar station".into(),
        ..Filter::default()
    };
    let everything = Filter {
        query: "moon".into(),
        ..three_facets.clone()
    };
    for (name, filter) in [
        ("no filter", Filter::default()),
        ("one facet value", one_facet),
        ("three facets and a year", three_facets),
        ("search, two words", search),
        ("three facets, a year and a search", everything),
    ] {
        let (median, total) = median_ms(&index, &filter);
        console_log!(
            "explorer bench: {name}: filter plus every count, median of {RUNS}: {median:.2} ms ({total} of {RECORDS} match)"
        );
        assert!(total <= RECORDS);
        if filter.is_empty() {
            assert_eq!(total, RECORDS);
        }
    }
}
