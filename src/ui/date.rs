use leptos::prelude::*;

use crate::model::Date;

/// A date as a reader reads it ("9 March 2021"), machine-readable in `datetime`.
#[component]
pub fn DateTag(
    /// The date, at the precision the data gives it.
    date: Date,
) -> impl IntoView {
    view! { <time datetime=date.iso()>{date.readable()}</time> }
}
