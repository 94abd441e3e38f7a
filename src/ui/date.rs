use leptos::prelude::*;

use crate::model::{Date, Span};

/// A date as a reader reads it ("9 March 2021"), machine-readable in `datetime`.
#[component]
pub fn DateTag(
    /// The date, at the precision the data gives it.
    date: Date,
) -> impl IntoView {
    view! { <time datetime=date.iso()>{date.readable()}</time> }
}

/// A date as loose as the reports give it: "about March 2021", "by 2030", "2021 to 2025", each
/// date machine-readable.
#[component]
pub fn LooseDate(date: Date, span: Span) -> impl IntoView {
    let time = |date: Date| view! { <DateTag date /> };
    match span {
        Span::On => time(date).into_any(),
        Span::About => view! { "about " {time(date)} }.into_any(),
        Span::By => view! { "by " {time(date)} }.into_any(),
        Span::To(end) => view! { {time(date)} " to " {time(end)} }.into_any(),
    }
}
