//! The build-time validator on broken datasets: each case must stop the build with a message that
//! names the file, the line, the record and the field. Runs the same code `build.rs` runs.

pub use ilrs_explainer::model;

#[path = "../build/mod.rs"]
#[allow(dead_code)]
mod dataset;

use std::path::Path;

/// The errors of the real `data/` with the fixture's files laid over it.
fn errors_with(fixture: &str) -> Vec<String> {
    let fixture = format!("tests/fixtures/{fixture}");
    match dataset::load_dirs(&[Path::new(&fixture), Path::new("data")]) {
        Ok(_) => panic!("{fixture} should not validate"),
        Err(errors) => errors.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn the_real_dataset_validates() {
    let data = dataset::load_dirs(&[Path::new("data")]).unwrap_or_else(|errors| {
        panic!(
            "data/ is invalid:\n{}",
            errors
                .iter()
                .map(|e| e.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        )
    });
    assert_eq!(data.sources.len(), 5);
}

#[test]
fn a_duplicate_id_is_refused() {
    // The second national-interest record now claims bbc-chinese's id, so the hero's reference to
    // national-interest dangles too: both are reported, each once.
    assert_eq!(
        errors_with("duplicate-id"),
        [
            "tests/fixtures/duplicate-id/sources.toml:33: record `bbc-chinese`, field `id`: \
             `bbc-chinese` is already the id of the record at tests/fixtures/duplicate-id/sources.toml:24",
            "data/story.toml:13: record `hero`, field `sources`: \
             `national-interest` is not the id of any source",
        ]
    );
}

#[test]
fn a_missing_field_is_refused() {
    assert_eq!(
        errors_with("missing-field"),
        [
            "tests/fixtures/missing-field/sources.toml:32: record `national-interest`, field `outlet`: \
          missing (every record needs it)"
        ]
    );
}

#[test]
fn an_unknown_reference_is_refused() {
    assert_eq!(
        errors_with("unknown-reference"),
        [
            "tests/fixtures/unknown-reference/story.toml:13: record `hero`, field `sources`: \
          `the-moon-gazette` is not the id of any source"
        ]
    );
}

#[test]
fn an_impossible_date_is_refused() {
    assert_eq!(
        errors_with("bad-date"),
        [
            "tests/fixtures/bad-date/sources.toml:29: record `bbc-chinese`, field `published`: \
          `2021-02-30` is not a date: that day does not exist in that month (write YYYY, YYYY-MM or YYYY-MM-DD)"
        ]
    );
}

#[test]
fn a_toml_syntax_error_is_located() {
    assert_eq!(
        errors_with("not-toml"),
        [
            "tests/fixtures/not-toml/sources.toml:27: record `bbc-chinese`, field `outlet`: \
          string values must be quoted, expected literal string"
        ]
    );
}

#[test]
fn a_misspelt_field_is_refused() {
    let errors = errors_with("unknown-field");
    assert_eq!(errors.len(), 1);
    // toml's message goes on to list the expected fields; the location is ours.
    assert!(
        errors[0].starts_with(
            "tests/fixtures/unknown-field/sources.toml:38: record `national-interest`, field `pubished`: \
             unknown field `pubished`"
        ),
        "{}",
        errors[0]
    );
}
