use leptos::prelude::*;

use crate::data::{CHAPTERS, CORRECTIONS_PAGE, HERO, PUBLICATION, shown_corrections};
use crate::graphics::{Chart, Figure, lead};
use crate::model::count_in_words;
use crate::ui::{Corrected, DateTag};

/// The parts of the page a reader can jump to, in order: the story's chapters, then the sections.
const SECTIONS: [(&str, &str); 7] = [
    ("#compare", "Side by side"),
    ("#coalitions", "The coalitions"),
    ("#explore", "Every event and quotation"),
    ("#disagreements", "Where the sources disagree"),
    ("#who", "Who's who"),
    ("#sources", "Sources and method"),
    ("#corrections", "Corrections and updates"),
];

/// A short contents list, so a keyboard or screen-reader user can jump to any part.
#[component]
fn Contents() -> impl IntoView {
    view! {
        <nav class="ilrs-contents ilrs-page-only" aria-labelledby="contents-title">
            <h2 id="contents-title">"Contents"</h2>
            <ol>
                <li>
                    <a href="#story">"The story"</a>
                    ": "
                    {CHAPTERS
                        .iter()
                        .filter_map(|c| c.steps.first().map(|s| (c.title, s.id)))
                        .enumerate()
                        .map(|(i, (title, step))| {
                            view! {
                                {(i > 0).then_some(" · ")}
                                <a href=format!("#{step}")>{title}</a>
                            }
                        })
                        .collect_view()}
                </li>
                {SECTIONS
                    .iter()
                    .map(|(href, title)| view! { <li><a href=*href>{*title}</a></li> })
                    .collect_view()}
            </ol>
        </nav>
    }
}

/// The top of the page: what the explainer is about, when the reporting dates from, what it rests on.
#[component]
pub fn Hero() -> impl IntoView {
    let count = count_in_words(HERO.sources.len());
    view! {
        <header id="top" class="ilrs-hero">
            <a class="ilrs-skip ilrs-page-only" href="#explore">"Skip to the explorer"</a>
            <p class="ilrs-kicker">{HERO.kicker}</p>
            <h1 class="ilrs-title">{HERO.title}</h1>
            // The standfirst: the summary's first sentence, short enough for a phone's first
            // screen with the title and the start of the lead graphic.
            <p class="ilrs-summary ilrs-standfirst">{HERO.description()}</p>
            <p class="ilrs-provenance">
                "Based on reporting as of " <DateTag date=HERO.as_of /> " in "
                <a href="#sources">{count} " news reports"</a> "."
            </p>
            <p class="ilrs-provenance ilrs-dates">
                "Published " <DateTag date=PUBLICATION.published />
                {shown_corrections()
                    .next()
                    .is_some()
                    .then(|| {
                        view! {
                            "; last updated " <DateTag date=PUBLICATION.modified /> " ("
                            <a href=CORRECTIONS_PAGE>"every correction and update"</a> ")"
                        }
                    })} "."
            </p>
            <Corrected record="hero".to_string() />
            <Figure chart=Chart::Lead class="ilrs-lead-graphic" drawing=lead() {..} data-graphic-lead="" />
            <p class="ilrs-summary ilrs-summary-rest">{HERO.rest()}</p>
            <Contents />
        </header>
    }
}
