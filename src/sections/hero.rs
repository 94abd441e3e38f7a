use leptos::prelude::*;

use crate::data::{CORRECTIONS, HERO, PUBLICATION};
use crate::graphics::{Chart, Figure, lead};
use crate::model::count_in_words;
use crate::ui::{Corrected, DateTag};

/// The top of the page: what the explainer is about, when the reporting dates from, what it rests on.
#[component]
pub fn Hero() -> impl IntoView {
    let count = count_in_words(HERO.sources.len());
    view! {
        <header id="top" class="ilrs-hero">
            <p class="ilrs-kicker">{HERO.kicker}</p>
            <h1 class="ilrs-title">{HERO.title}</h1>
            <p class="ilrs-summary">{HERO.summary}</p>
            <p class="ilrs-byline">
                "Based on reporting as of " <DateTag date=HERO.as_of /> " in "
                <a href="#sources">{count} " news reports"</a> "."
            </p>
            <p class="ilrs-byline ilrs-dates">
                "Published " <DateTag date=PUBLICATION.published />
                {(!CORRECTIONS.is_empty())
                    .then(|| {
                        view! {
                            "; last updated " <DateTag date=PUBLICATION.modified /> " ("
                            <a href="#corrections">"corrections and updates"</a> ")"
                        }
                    })} "."
            </p>
            <Corrected record="hero".to_string() />
            <Figure chart=Chart::Lead class="ilrs-lead-graphic" drawing=lead() {..} data-graphic-lead="" />
        </header>
    }
}
