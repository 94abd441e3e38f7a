use leptos::prelude::*;

use crate::data::HERO;
use crate::graphics::{Chart, Figure, lead};
use crate::model::count_in_words;
use crate::ui::DateTag;

/// The top of the page: what the explainer is about, when the reporting dates from, what it rests on.
#[component]
pub fn Hero() -> impl IntoView {
    let count = count_in_words(HERO.sources.len());
    view! {
        <header class="ilrs-hero">
            <p class="ilrs-kicker">{HERO.kicker}</p>
            <h1 class="ilrs-title">{HERO.title}</h1>
            <p class="ilrs-summary">{HERO.summary}</p>
            <p class="ilrs-byline">
                "Based on reporting as of " <DateTag date=HERO.as_of /> " in "
                <a href="#sources">{count} " news reports"</a> "."
            </p>
            <Figure chart=Chart::Lead class="ilrs-lead-graphic" drawing=lead() {..} data-graphic-lead="" />
        </header>
    }
}
