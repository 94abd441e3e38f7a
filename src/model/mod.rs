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

/// How many of the events a filtered chart draws match: "All 32 events it draws match the
/// filters.", "5 of the 32 …", "None of the 32 …".
pub fn matching_events(matching: usize, drawn: usize) -> String {
    let how_many = match matching {
        0 => format!("None of the {drawn} events it draws match"),
        m if m == drawn => format!("All {drawn} events it draws match"),
        m => format!("{m} of the {drawn} events it draws match"),
    };
    format!("{how_many} the filters.")
}

/// A name with an aside in brackets: "China (founding member)"; a name that already ends in
/// brackets takes the aside inside them, "European Space Agency (ESA, member)", never two pairs.
pub fn with_aside(name: &str, aside: &str) -> String {
    match name.strip_suffix(')') {
        Some(open) if open.contains('(') => format!("{open}, {aside})"),
        _ => format!("{name} ({aside})"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chart_says_how_many_of_its_events_match() {
        assert_eq!(
            matching_events(32, 32),
            "All 32 events it draws match the filters."
        );
        assert_eq!(
            matching_events(5, 32),
            "5 of the 32 events it draws match the filters."
        );
        assert_eq!(
            matching_events(0, 32),
            "None of the 32 events it draws match the filters."
        );
    }

    #[test]
    fn an_aside_never_makes_two_pairs_of_brackets() {
        assert_eq!(
            with_aside("China", "founding member"),
            "China (founding member)"
        );
        assert_eq!(
            with_aside("European Space Agency (ESA)", "member"),
            "European Space Agency (ESA, member)"
        );
    }

    #[test]
    fn small_counts_are_spelt_out() {
        assert_eq!(count_in_words(5), "five");
        assert_eq!(count_in_words(0), "no");
        assert_eq!(count_in_words(12), "12");
    }
}
