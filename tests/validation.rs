//! The build-time validator on broken datasets: each case is the real file with one defect, and
//! must stop the build with a message naming the file, the line, the record and the field. Runs
//! the same code `build.rs` runs.

pub use ilrs_explainer::model;

#[path = "../build/mod.rs"]
#[allow(dead_code)]
mod dataset;

use std::path::Path;

/// The articles beside the project, for the copying rule.
const ARTICLES: &str = "../shared/articles";

/// The errors of the real `data/` with the fixture's files laid over it.
fn errors_with(fixture: &str) -> Vec<String> {
    let fixture = format!("tests/fixtures/{fixture}");
    match dataset::load_checked(&[Path::new(&fixture), Path::new("data")], ARTICLES.as_ref()) {
        Ok(_) => panic!("{fixture} should not validate"),
        Err(errors) => errors.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn the_real_dataset_validates() {
    if let Err(errors) = dataset::load_checked(&[Path::new("data")], ARTICLES.as_ref()) {
        let lines: Vec<String> = errors.iter().map(ToString::to_string).collect();
        panic!("data/ is invalid:\n{}", lines.join("\n"));
    }
}

#[test]
fn a_duplicate_id_is_refused() {
    assert_eq!(
        errors_with("duplicate-id"),
        [
            "tests/fixtures/duplicate-id/sources.toml:58: record `bbc-chinese`, field `id`: `bbc-chinese` is already the id of the record at tests/fixtures/duplicate-id/sources.toml:27"
        ]
    );
}

#[test]
fn a_missing_field_is_refused() {
    assert_eq!(
        errors_with("missing-field"),
        [
            "tests/fixtures/missing-field/sources.toml:36: record `national-interest`, field `outlet`: missing (every record needs it)"
        ]
    );
}

#[test]
fn an_unknown_reference_is_refused() {
    assert_eq!(
        errors_with("unknown-reference"),
        [
            "tests/fixtures/unknown-reference/story.toml:12: record `hero`, field `sources`: `the-moon-gazette` is not the id of any source"
        ]
    );
}

#[test]
fn an_impossible_date_is_refused() {
    assert_eq!(
        errors_with("bad-date"),
        [
            "tests/fixtures/bad-date/sources.toml:33: record `bbc-chinese`, field `published`: `2021-02-30` is not a date: that day does not exist in that month (write YYYY, YYYY-MM or YYYY-MM-DD)"
        ]
    );
}

#[test]
fn a_toml_syntax_error_is_located() {
    assert_eq!(
        errors_with("not-toml"),
        [
            "tests/fixtures/not-toml/sources.toml:31: record `bbc-chinese`, field `outlet`: string values must be quoted, expected literal string"
        ]
    );
}

#[test]
fn a_misspelt_field_is_refused() {
    assert_eq!(
        errors_with("unknown-field"),
        [
            "tests/fixtures/unknown-field/sources.toml:43: record `national-interest`, field `pubished`: unknown field `pubished`, expected one of `id`, `file`, `short`, `headline`, `outlet`, `author`, `published`, `dateline`, `note`"
        ]
    );
}

#[test]
fn a_theme_outside_the_vocabulary_is_refused() {
    assert_eq!(
        errors_with("unknown-theme"),
        [
            "tests/fixtures/unknown-theme/events.toml:88: record `us-law-bars-nasa-china`, field `themes`: `space-lasers` is not the id of any theme"
        ]
    );
}

#[test]
fn a_label_kept_to_the_steps_needs_a_label() {
    assert_eq!(
        errors_with("label-kept-to-steps-without-a-label"),
        [
            "tests/fixtures/label-kept-to-steps-without-a-label/events.toml:564: record `framework-ends`, field `label_only_in_steps`: there is no label to keep to the story's steps"
        ]
    );
}

#[test]
fn an_actor_kind_outside_the_vocabulary_is_refused() {
    assert_eq!(
        errors_with("closed-vocabulary"),
        [
            "tests/fixtures/closed-vocabulary/actors.toml:390: record `nato`, field `kind`: `military-alliance` is not one of: country, agency, government, person, media, alliance"
        ]
    );
}

#[test]
fn a_status_outside_the_vocabulary_is_refused() {
    assert_eq!(
        errors_with("unknown-status"),
        [
            "tests/fixtures/unknown-status/coalitions.toml:93: record `membership artemis-accords/russia (#4)`, field `status`: `refused` is not one of: founding, member, invited, declined, considering"
        ]
    );
}

#[test]
fn a_record_citing_no_source_is_refused() {
    assert_eq!(
        errors_with("uncited-record"),
        [
            "tests/fixtures/uncited-record/events.toml:127: record `framework-2018`, field `sources`: cites no source; cite at least one"
        ]
    );
}

#[test]
fn a_citation_without_a_passage_is_refused() {
    assert_eq!(
        errors_with("citation-without-passage"),
        [
            "tests/fixtures/citation-without-passage/events.toml:19: record `gagarin-first-in-space`, field `evidence`: cites `bbc-chinese` without a passage: add `bbc-chinese = \"...\"` to the record's evidence table, with the sentence or clause of that article the record rests on, verbatim"
        ]
    );
}

#[test]
fn a_passage_from_a_source_the_record_does_not_cite_is_refused() {
    assert_eq!(
        errors_with("passage-from-an-uncited-source"),
        [
            "tests/fixtures/passage-from-an-uncited-source/events.toml:21: record `gagarin-first-in-space`, field `evidence`: has a passage from `bbc-chinese`, which the record does not cite: add it to `sources` or remove the passage"
        ]
    );
}

#[test]
fn an_actor_nothing_refers_to_is_refused() {
    assert_eq!(
        errors_with("unreferenced-actor"),
        [
            "tests/fixtures/unreferenced-actor/actors.toml:397: record `moon-rover-club`, field `id`: no event, quotation, figure, coalition or membership refers to this actor"
        ]
    );
}

#[test]
fn a_country_must_be_a_country_actor() {
    assert_eq!(
        errors_with("country-not-a-country"),
        [
            "tests/fixtures/country-not-a-country/actors.toml:325: record `pavel-luzin`, field `country`: `roscosmos` is not an actor of kind `country`"
        ]
    );
}

#[test]
fn a_membership_given_twice_is_refused() {
    assert_eq!(
        errors_with("duplicate-membership"),
        [
            "tests/fixtures/duplicate-membership/coalitions.toml:128: record `membership lunar-gateway/japan (#8)`, field `actor`: `japan` already has a membership in `lunar-gateway`"
        ]
    );
}

#[test]
fn a_comparison_row_missing_a_side_is_refused() {
    assert_eq!(
        errors_with("missing-cell"),
        [
            "tests/fixtures/missing-cell/comparison.toml:57: record `status`, field `cell`: has no cell for `artemis`"
        ]
    );
}

#[test]
fn a_discrepancy_with_one_account_is_refused() {
    assert_eq!(
        errors_with("one-sided-discrepancy"),
        [
            "tests/fixtures/one-sided-discrepancy/discrepancies.toml:320: record `rogozin-spelling`, field `account`: needs at least two accounts to set side by side"
        ]
    );
}

#[test]
fn a_quotation_without_speakers_is_refused() {
    assert_eq!(
        errors_with("unattributed-quotation"),
        [
            "tests/fixtures/unattributed-quotation/quotations.toml:97: record `roscosmos-impractical`, field `speakers`: missing: name who said it, or write [] and say why in attribution"
        ]
    );
}

#[test]
fn a_step_that_draws_on_a_record_it_cannot_link_is_refused() {
    let errors = errors_with("step-draws-on-actor");
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].starts_with(
            "tests/fixtures/step-draws-on-actor/story.toml:66: record `story-signing`, field `records`: \
             `russia` is a record of kind `actor`, which a step cannot draw on: name an event, a quotation,"
        ),
        "{}",
        errors[0]
    );
}

#[test]
fn every_fixture_is_covered_by_a_test() {
    let source = include_str!("validation.rs");
    for entry in std::fs::read_dir("tests/fixtures").unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        let call = format!("errors_with(\"{name}\")");
        assert!(source.contains(&call), "tests/fixtures/{name} has no test");
    }
}

#[test]
fn a_name_the_code_reads_must_stay_in_the_data() {
    assert_eq!(
        errors_with("code-names-a-missing-unit"),
        [
            "tests/fixtures/code-names-a-missing-unit/figures.toml:1: record `rank`, field `unit`: the code names `rank` as a figure unit (src/model/named.rs), but this file has none; rename it there too, or restore it here"
        ]
    );
}

#[test]
fn a_date_its_passages_do_not_give_needs_a_note() {
    assert_eq!(
        errors_with("date-not-in-passages"),
        [
            "tests/fixtures/date-not-in-passages/events.toml:358: record `kremlin-authorises`, field `date_note`: `2021-02-11` is not written in the record's passages (its year, month or day is not there): add a `date_note` saying how the date was read from the article"
        ]
    );
}

#[test]
fn text_copied_from_an_article_is_refused() {
    // The rule needs the articles beside the project; a clone without them skips it (the build
    // says so in a warning), and so does this test.
    if !Path::new(ARTICLES).is_dir() {
        println!("skipped: {ARTICLES} is not there");
        return;
    }
    assert_eq!(
        errors_with("copied-sentence"),
        [
            "tests/fixtures/copied-sentence/events.toml:135: record `far-side-landing`, field `summary`: shares 7 words in a row with the article of `national-interest` (\"china became the first country to land\"): say it in the project's own words, or quote it as a quotation"
        ]
    );
}

#[test]
fn a_correction_of_a_record_that_does_not_exist_is_refused() {
    assert_eq!(
        errors_with("correction-of-an-unknown-record"),
        [
            "tests/fixtures/correction-of-an-unknown-record/corrections.toml:516: record `correction 42`, field `records`: `no-such-record` is not a record of the dataset"
        ]
    );
}

#[test]
fn a_correction_dated_before_publication_is_refused() {
    assert_eq!(
        errors_with("correction-before-publication"),
        [
            "tests/fixtures/correction-before-publication/corrections.toml:25: record `correction 1`, field `date`: is not after the first publication (2026-11-22): changes before a claim is first published are drafts, and need no entry"
        ]
    );
}

#[test]
fn a_correction_dated_in_the_future_is_refused() {
    // Today is the build machine's, as the build reads it: the message names the day it ran.
    let today = dataset::log::today().iso();
    assert_eq!(
        errors_with("correction-in-the-future"),
        [format!(
            "tests/fixtures/correction-in-the-future/corrections.toml:527: record `correction 44`, field `date`: is in the future (today is {today})"
        )]
    );
}

#[test]
fn a_correction_without_the_earlier_wording_is_refused() {
    assert_eq!(
        errors_with("correction-without-its-earlier-wording"),
        [
            "tests/fixtures/correction-without-its-earlier-wording/corrections.toml:526: record `correction 44`, field `was`: gives the wording readers were shown before: was.\"{record}\".{field} = \"…\", as published"
        ]
    );
}

#[test]
fn an_update_that_names_no_record_is_refused() {
    assert_eq!(
        errors_with("correction-without-records"),
        [
            "tests/fixtures/correction-without-records/corrections.toml:526: record `correction 44`, field `records`: an update names the records it adds, in `records`"
        ]
    );
}

#[test]
fn a_published_claim_changed_without_an_entry_is_refused() {
    assert_eq!(
        errors_with("quiet-change"),
        [
            "tests/fixtures/quiet-change/events.toml:133: record `far-side-landing`, field `title`: changed since it was published on 2026-12-07 at 23:45 without an entry in the corrections log: add one made after then, with was.\"far-side-landing\".title = \"A first landing on the lunar far side, by China\""
        ]
    );
}

#[test]
fn an_entry_whose_earlier_wording_is_not_what_was_published_is_refused() {
    assert_eq!(
        errors_with("was-not-as-published"),
        [
            "tests/fixtures/was-not-as-published/corrections.toml:408: record `correction 31`, field `was.beidou-glonass.title`: is not the wording published on 2026-11-22, which read: \"China and Russia link their navigation satellites\""
        ]
    );
}
