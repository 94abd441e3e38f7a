//! The records made ready for filtering, and a filter applied in one pass that yields the
//! records shown and every value's live count together.

use super::filter::{Entry, Facet, Filter};
use super::search::holds_all;

/// Each record's facet values numbered per facet, so a filter change is one pass over plain
/// data.
#[derive(Debug, Clone)]
pub struct Index {
    ids: Vec<String>,
    texts: Vec<String>,
    years: Vec<Option<u16>>,
    /// Per facet (in [`Facet::ALL`] order): the distinct values, in first-seen order.
    values: [Vec<String>; 5],
    /// Per facet: each record's values, as positions in `values`.
    record_values: [Vec<Vec<u16>>; 5],
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

/// How many matching records the list shows at first, and how many more each "Show more" adds
/// (explorer.css holds the same number, for the moment before the island runs).
pub const PAGE: usize = 20;

/// The "Show more" button's words, with `left` matching records not yet listed.
pub fn more_label(left: usize) -> String {
    match left.min(PAGE) {
        1 => "Show 1 more record".to_string(),
        n => format!("Show {n} more records"),
    }
}

impl Outcome {
    /// The records a list of at most `limit` shows: the first `limit` of those the filter
    /// shows, in order; and how many matching records that leaves for "Show more".
    pub fn first(&self, limit: usize) -> (Vec<bool>, usize) {
        let mut left = limit;
        let listed = self
            .shown
            .iter()
            .map(|shown| {
                let listed = *shown && left > 0;
                left -= usize::from(listed);
                listed
            })
            .collect();
        (listed, self.total.saturating_sub(limit))
    }

    /// Where the record at `position` comes among the records shown, counting from 0; `None`
    /// where the filter hides it.
    pub fn rank(&self, position: usize) -> Option<usize> {
        self.shown
            .get(position)
            .copied()
            .unwrap_or(false)
            .then(|| self.shown[..position].iter().filter(|s| **s).count())
    }

    pub fn count(&self, facet: Facet, position: usize) -> usize {
        self.counts[facet as usize]
            .get(position)
            .copied()
            .unwrap_or(0)
    }
}

impl Index {
    pub fn new(entries: Vec<Entry>) -> Self {
        let mut values: [Vec<String>; 5] = Default::default();
        let mut record_values: [Vec<Vec<u16>>; 5] = Default::default();
        let mut ids = Vec::with_capacity(entries.len());
        let mut texts = Vec::with_capacity(entries.len());
        let mut years = Vec::with_capacity(entries.len());
        for entry in entries {
            for facet in Facet::ALL {
                let slot = facet as usize;
                let numbered = entry.values[slot]
                    .iter()
                    .map(|value| {
                        let found = values[slot].iter().position(|v| v == value);
                        found.unwrap_or_else(|| {
                            values[slot].push(value.clone());
                            values[slot].len() - 1
                        }) as u16
                    })
                    .collect();
                record_values[slot].push(numbered);
            }
            ids.push(entry.id);
            texts.push(entry.text);
            years.push(entry.year);
        }
        Index {
            ids,
            texts,
            years,
            values,
            record_values,
        }
    }

    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// The position of the record with this id, in the index's order. A scan: it serves a
    /// reader's click, and a map would add its hashing to the wasm for a few hundred records.
    pub fn position_of(&self, id: &str) -> Option<usize> {
        self.ids.iter().position(|i| i == id)
    }

    /// Whether the outcome shows the record with this id; `None` for an id that is no record.
    pub fn shows(&self, outcome: &Outcome, id: &str) -> Option<bool> {
        outcome.shown.get(self.position_of(id)?).copied()
    }

    /// A facet's values, in first-seen order (the order of the counts).
    pub fn values(&self, facet: Facet) -> &[String] {
        &self.values[facet as usize]
    }

    pub fn position(&self, facet: Facet, value: &str) -> Option<usize> {
        self.values(facet).iter().position(|v| v == value)
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
            (!set.is_empty()).then(|| self.values(facet).iter().map(|v| set.contains(v)).collect())
        });
        let words = filter.words();
        let mut outcome = Outcome {
            shown: vec![false; self.len()],
            total: 0,
            counts: Facet::ALL.map(|facet| vec![0; self.values(facet).len()]),
        };
        for i in 0..self.len() {
            if !filter.years_pass(self.years[i]) || !holds_all(&self.texts[i], &words) {
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
