//! The whole explainer, as one component that renders the same on the server and in the browser.

use leptos::prelude::*;

use crate::components::{
    Actors, Coalitions, Comparison, Discrepancies, Explorer, Figures, Hero, SourcesList, Story,
};

/// The id of the element the page prerenders into and the wasm hydrates.
pub const ROOT_ID: &str = "ilrs-explainer";

#[component]
pub fn App() -> impl IntoView {
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
            </main>
        </div>
    }
}
