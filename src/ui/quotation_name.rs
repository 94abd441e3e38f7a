use leptos::either::Either;
use leptos::prelude::*;

use crate::data::{quotation, quotation_opening};

/// A record's name where it is linked: a quotation's is who said it and how it opens, the words
/// marked up as the quotation they are (`Dmitry Rogozin: <q>With the lunar project …</q>`), as
/// its own page is titled ([`crate::data::quotation_title`] is that name in plain text); any
/// other record's is `name`, as the caller names it.
#[component]
pub fn RecordName(
    /// The record's id.
    key: &'static str,
    /// How the caller names a record that is not a quotation.
    name: String,
) -> impl IntoView {
    match quotation(key) {
        Some(q) => {
            let (who, opening) = quotation_opening(q);
            Either::Left(view! { {who} ": " <q>{opening}</q> })
        }
        None => Either::Right(name),
    }
}
