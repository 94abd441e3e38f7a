use leptos::prelude::*;

use crate::data::source;
use crate::model::{Evidence, count_in_words};

/// A record's evidence on demand: a disclosure that opens onto the passages of each cited article
/// the record rests on, verbatim, with the article named. A native `<details>`, so it opens from
/// the keyboard and without JavaScript, and it takes no room until the reader opens it.
#[component]
pub fn EvidenceDisclosure(
    /// The record's passages, source by source.
    evidence: &'static [Evidence],
) -> impl IntoView {
    let count: usize = evidence.iter().map(|e| e.passages.len()).sum();
    let label = match count {
        1 => "The passage it rests on".to_string(),
        n => format!("The {} passages it rests on", count_in_words(n)),
    };
    view! {
        <details class="ilrs-evidence">
            <summary>{label}</summary>
            {evidence
                .iter()
                .filter_map(|e| source(e.source).map(|s| (e.passages, s)))
                .map(|(passages, s)| {
                    let href = format!("#source-{}", s.id);
                    view! {
                        <figure>
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
                .collect_view()}
        </details>
    }
}
