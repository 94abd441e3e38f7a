use leptos::prelude::*;

use super::timeline::Tags;
use super::{Section, SourceLinks};
use crate::data::QUOTATIONS;
use crate::model::Quotation;

/// Every quotation, verbatim, with who said it, when, and where it was reported.
#[component]
pub fn Quotations() -> impl IntoView {
    view! {
        <Section id="quotes" title="In their own words">
            {QUOTATIONS.iter().map(|quotation| view! { <QuotationEntry quotation /> }).collect_view()}
        </Section>
    }
}

#[component]
fn QuotationEntry(quotation: &'static Quotation) -> impl IntoView {
    let cite = quotation.sources.first().map(|id| format!("#source-{id}"));
    view! {
        <figure id=quotation.id class="ilrs-quote" data-record=quotation.id>
            <blockquote cite=cite>
                <p>{quotation.fragments.join(" … ")}</p>
            </blockquote>
            <figcaption>
                <p>{quotation.attribution}</p>
                <Tags
                    date=quotation.date
                    actors=quotation.speakers
                    coalitions=quotation.coalitions
                    themes=quotation.themes
                />
                <SourceLinks ids=quotation.sources />
            </figcaption>
        </figure>
    }
}
