//! The whole explainer, rendered once at build time. In the browser only its islands run (see
//! `start`): where it runs (its own page, a host's iframe, a host's page through the script
//! embed) is worked out there and switches CSS classes, never the DOM.

use leptos::prelude::*;

use crate::embed::EmbedThis;
use crate::explorer::Explorer;
use crate::sections::{
    Actors, Coalitions, Comparison, Corrections, Discrepancies, Figures, Hero, SourcesList,
};
use crate::story::Story;

#[component]
pub fn Page() -> impl IntoView {
    view! {
        <div class="ilrs">
            <Hero />
            <main class="ilrs-main">
                <Story />
                <Comparison />
                <Coalitions />
                <Explorer />
                <Figures />
                <Discrepancies />
                <Actors />
                <SourcesList />
                <Corrections />
                <EmbedThis />
            </main>
        </div>
    }
}
