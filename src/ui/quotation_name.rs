use leptos::prelude::*;

use crate::data::quotation_opening;
use crate::model::Quotation;

/// A quotation named where it is linked: who said it and how it opens, the words marked up as
/// the quotation they are (`Dmitry Rogozin: <q>With the lunar project …</q>`), as its own page
/// is titled. [`crate::data::quotation_title`] is the same name in plain text.
#[component]
pub fn QuotationName(quotation: &'static Quotation) -> impl IntoView {
    let (who, opening) = quotation_opening(quotation);
    view! { {who} ": " <q>{opening}</q> }
}
