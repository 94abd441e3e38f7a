use leptos::prelude::*;

use crate::data::HERO;
use crate::model::count_in_words;
use crate::story::draw::{Chart, lead};
use crate::story::{ChartFoot, ChartTitle};

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
                "Based on reporting as of "
                <time datetime=HERO.as_of.iso()>{HERO.as_of.readable()}</time>
                " in " <a href="#sources">{count} " news reports"</a> "."
            </p>
            <figure class="ilrs-lead-graphic" data-graphic-lead="">
                <ChartTitle chart=Chart::Lead />
                <div class="ilrs-graphic" inner_html=lead()></div>
                <ChartFoot chart=Chart::Lead />
            </figure>
        </header>
    }
}
