use leptos::prelude::*;

use crate::data::{record_path, source};
use crate::model::{Evidence, count_in_words};

use super::passages::LOADED_INTO;

/// The fragment beside a record's page that holds its passages alone, for the disclosures on the
/// main page to fetch.
pub const PASSAGES_FRAGMENT: &str = "passages.html";

/// The fragment beside a disagreement's page with the passages of its `n`th account (from 1).
pub fn account_fragment(n: usize) -> String {
    format!("account-{n}.html")
}

/// The anchor of an account's part of its disagreement's page, named after its fragment
/// (`account-2.html`: `account-2`); `None` for a record's whole passages.
pub fn fragment_anchor(fragment: &str) -> Option<&str> {
    fragment
        .strip_suffix(".html")
        .filter(|_| fragment != PASSAGES_FRAGMENT)
}

/// A record's evidence on demand: a native `<details>` (it opens from the keyboard and without
/// JavaScript, and takes no room until opened) whose passages stay on the record's own page.
/// Opened without JavaScript it holds a link to that page; with it, `passages.rs` fetches the
/// passages from the fragment beside the page and shows them above the link.
#[component]
pub fn EvidenceDisclosure(
    /// The record's passages, source by source: only counted here.
    evidence: &'static [Evidence],
    /// The record's key (its id, or a cell's key), which names its page.
    record: String,
    /// The fragment beside the page with these passages.
    #[prop(into, default = PASSAGES_FRAGMENT.to_string())]
    fragment: String,
) -> impl IntoView {
    let count: usize = evidence.iter().map(|e| e.passages.len()).sum();
    let (label, link) = match (count, evidence.len()) {
        (1, _) => (
            "The passage it rests on".to_string(),
            "On the record’s page: the passage, its source and how to cite it",
        ),
        (n, 1) => (
            format!("The {} passages it rests on", count_in_words(n)),
            "On the record’s page: the passages, their source and how to cite it",
        ),
        (n, _) => (
            format!("The {} passages it rests on", count_in_words(n)),
            "On the record’s page: the passages, their sources and how to cite it",
        ),
    };
    // An account's passages are a part of its disagreement's page, under their own anchor.
    let href = match fragment_anchor(&fragment) {
        Some(part) => format!("{}#{part}", record_path(&record)),
        None => record_path(&record),
    };
    view! {
        <details class="ilrs-evidence" data-passages=fragment>
            <summary>{label}</summary>
            <div class=LOADED_INTO aria-live="polite"></div>
            <p>
                <a href=href>{link}</a>
            </p>
        </details>
    }
}

/// A record's passages, verbatim, each article's under its name, linked to the article's entry
/// (`#source-{id}`) in the page that shows them: the record's page and, fetched, the main page.
#[component]
pub fn Passages(evidence: &'static [Evidence]) -> impl IntoView {
    evidence
        .iter()
        .filter_map(|e| source(e.source).map(|s| (e.passages, s)))
        .map(|(passages, s)| {
            let href = format!("#source-{}", s.id);
            view! {
                <figure class="ilrs-passages">
                    {passages
                        .iter()
                        .map(|passage| {
                            view! {
                                <blockquote data-evidence="" cite=href.clone()>
                                    {*passage}
                                </blockquote>
                            }
                        })
                        .collect_view()}
                    <figcaption>
                        <a href=href.clone()>{s.short}</a>
                    </figcaption>
                </figure>
            }
        })
        .collect_view()
}
