use leptos::prelude::*;

use crate::data::corrections_of;
use crate::model::CorrectionKind;

/// Under a record the corrections log touches: "Corrected on 5 December 2026", linking to the
/// newest entry, and the earlier entries by number (not in `brief`). Nothing where the log does
/// not name it.
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
            CorrectionKind::Update => "Updated",
        };
        view! {
            <p class="ilrs-corrected">
                <a href=format!("#correction-{}", newest.number)>
                    {format!("{what} on {}", newest.date.readable())}
                </a>
                {(!brief && !earlier.is_empty())
                    .then(|| {
                        view! {
                            " · see also "
                            {earlier
                                .iter()
                                .enumerate()
                                .map(|(i, c)| {
                                    view! {
                                        {(i > 0).then_some(", ")}
                                        <a href=format!("#correction-{}", c.number)>
                                            {format!("entry {}", c.number)}
                                        </a>
                                    }
                                })
                                .collect_view()}
                        }
                    })}
            </p>
        }
    })
}
