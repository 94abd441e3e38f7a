//! The dataset's types, shared by `build.rs` (which validates `data/` and bakes it) and the library
//! (which reads the baked statics). Plain data only: no browser types, no parser dependencies, and
//! nothing from the rest of the crate.
//!
//! - `date`: dates at their precision, and loose dates;
//! - `vocabulary`: the closed vocabularies (actor kinds, statuses, sides, graphics and states);
//! - `records`: one type per kind of record;
//! - `named`: the few data ids the code names, which the build checks exist.

mod date;
pub mod named;
mod records;
mod vocabulary;

pub use date::{Date, DateError, MONTHS, Precision, Span};
pub use records::*;
pub use vocabulary::*;

/// A count as a reader expects it in running text: "five", but "12".
pub fn count_in_words(n: usize) -> String {
    const WORDS: [&str; 10] = [
        "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    ];
    WORDS
        .get(n)
        .map_or_else(|| n.to_string(), |w| (*w).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_counts_are_spelt_out() {
        assert_eq!(count_in_words(5), "five");
        assert_eq!(count_in_words(0), "no");
        assert_eq!(count_in_words(12), "12");
    }
}
