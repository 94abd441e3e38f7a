use leptos::prelude::*;

use crate::data::{CORRECTIONS_PAGE, correction_name, corrections_of};
use crate::model::{Correction, CorrectionKind};

/// Under a record the corrections log touches: "Corrected on 5 December 2026" ("Corrected
/// 5 Dec 2026" in `brief`), linking to the
/// newest entry on the log's page, and the earlier entries by name (not in `brief`). Nothing
/// where the log does not name it.
#[component]
pub fn Corrected(
    /// The record's key in the log: its id, or `cell:…`, `membership:…`.
    record: String,
    /// Only the newest entry, for a story card that must stay short (the log lists the rest).
    #[prop(optional)]
    brief: bool,
) -> impl IntoView {
    let entries: Vec<_> = corrections_of(&record).collect();
    entries.split_last().map(|(newest, earlier)| {
        let what = match newest.kind {
            CorrectionKind::Correction => "Corrected",
            CorrectionKind::Clarification => "Clarified",
            CorrectionKind::Update | CorrectionKind::CopyEdit => "Updated",
        };
        // A card's line fits beside its "Sources" on a 320 px phone: "Corrected 7 Dec 2026".
        let shown = match brief {
            true => format!("{what} {}", newest.date.short()),
            false => format!("{what} on {}", newest.date.readable()),
        };
        let name = format!("{shown}: {}", newest.title);
        view! {
            <p class="ilrs-corrected">
                // Named for its entry: the words shown, then what it corrected, in one name
                // (one that starts with what is shown, as WCAG's label-in-name asks; a visually
                // hidden part would be read with a space before its colon).
                <a href=entry_href(newest) aria-label=name>
                    {shown}
                </a>
                {(!brief && !earlier.is_empty())
                    .then(|| {
                        view! {
                            " · see also "
                            {entry_links(earlier)}
                        }
                    })}
            </p>
        }
    })
}

/// Every entry of the log that touches these records, oldest first, as links named for what
/// they are about. For a story step's sources, where there is room for all of them (its card
/// shows only the newest, [`Corrected`] in `brief`), with its chapter's.
#[component]
pub fn CorrectionEntries(
    /// The records' keys in the log.
    records: Vec<&'static str>,
) -> impl IntoView {
    let mut entries: Vec<_> = records.iter().flat_map(|r| corrections_of(r)).collect();
    entries.sort_by_key(|c| c.number);
    entries.dedup_by_key(|c| c.number);
    (!entries.is_empty()).then(|| {
        view! {
            <p class="ilrs-corrected">"Corrections and updates: " {entry_links(&entries)}</p>
        }
    })
}

/// An entry's place on the log's page.
fn entry_href(correction: &Correction) -> String {
    format!("{CORRECTIONS_PAGE}#correction-{}", correction.number)
}

/// "Correction of 5 December 2026: the Accords counts; …", each a link to its entry.
fn entry_links(entries: &[&'static Correction]) -> impl IntoView + use<> {
    entries
        .iter()
        .enumerate()
        .map(|(i, c)| {
            view! {
                {(i > 0).then_some("; ")}
                <a href=entry_href(c)>{correction_name(c)}</a>
            }
        })
        .collect_view()
}
