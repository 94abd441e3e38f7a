use leptos::prelude::*;

use super::island::StoryIsland;
use super::steps::{all_steps, graphic_state, record_label, shows_attribute, step_count};
use crate::data::CHAPTERS;
use crate::graphics::{Chart, Figure, render, shown_label};
use crate::model::{GraphicKind, Step, Vocabulary};
use crate::ui::{Corrected, CorrectionEntries, Icon, RecordName, Shape, ShareLink, SourceLinks};

/// The scrolling story: chapters of steps beside a sticky graphic that follows the active step.
/// Prerendered flat (each step followed by its own drawing), which is what readers without
/// JavaScript and printers get; the island switches CSS to the scrolling layout and moves the
/// sticky graphic from state to state. Every drawing is made here, at build time.
#[component]
pub fn Story() -> impl IntoView {
    let count = step_count();
    // The graphic of the first step is the one on show before the reader scrolls.
    let first = all_steps().next().map(|(_, s)| s.shows.kind());
    view! {
        <StoryIsland>
            <h2 id="story-title" class="ilrs-story-title">
                "The story"
            </h2>
            <div class="ilrs-story-body">
                <div class="ilrs-story-graphic">
                    <div class="ilrs-sticky">
                        {GraphicKind::ALL
                            .iter()
                            .map(|kind| {
                                let state = graphic_state(*kind, None);
                                let class = if first == Some(*kind) {
                                    "ilrs-sticky-graphic is-current"
                                } else {
                                    "ilrs-sticky-graphic"
                                };
                                view! {
                                    <Figure chart=Chart::Story(state) class drawing=render(state) described_elsewhere=true
                                        {..}
                                        data-graphic=kind.as_str()
                                        data-state=state.as_str()
                                    />
                                }
                            })
                            .collect_view()}
                        // One row at any phone width and text size: on phones the controls
                        // are their icons, their names left to screen readers (story.css).
                        <div class="ilrs-step-controls">
                            <button type="button" data-testid="previous-step" aria-disabled="true">
                                <Icon shape=Shape::Previous />
                                <span class="ilrs-control-name">"Previous"</span>
                            </button>
                            <p class="ilrs-step-position" aria-live="polite" aria-atomic="true">
                                <span class="ilrs-step-word">"Step "</span>
                                <span data-testid="step-number">"1"</span>
                                {format!(" of {count}")}
                            </p>
                            <button type="button" data-testid="next-step">
                                <span class="ilrs-control-name">"Next"</span>
                                <Icon shape=Shape::Next />
                            </button>
                            <ShareLink label="Copy link" detail=" to this step" icons=true />
                        </div>
                    </div>
                </div>
                <div class="ilrs-story-steps">
                    {CHAPTERS
                        .iter()
                        .map(|chapter| {
                            view! {
                                <div class="ilrs-chapter" data-chapter=chapter.id>
                                    <h3 class="ilrs-chapter-title">{chapter.title}</h3>
                                    {chapter
                                        .steps
                                        .iter()
                                        .enumerate()
                                        // The chapter's own corrections (its title) go with its first step's.
                                        .map(|(i, step)| view! { <StepView step chapter=(i == 0).then_some(chapter.id) /> })
                                        .collect_view()}
                                </div>
                            }
                        })
                        .collect_view()}
                </div>
            </div>
        </StoryIsland>
    }
}

#[component]
fn StepView(
    step: &'static Step,
    /// The chapter's id, for its first step, which lists the chapter's corrections too.
    chapter: Option<&'static str>,
) -> impl IntoView {
    view! {
        <div id=step.id class="ilrs-step" data-step=step.id data-shows=shows_attribute(step)>
            <div class="ilrs-step-card">
                <p class="ilrs-step-text">{step.text}</p>
                // What the step rests on, one tap away: a card on a phone holds only the words.
                <details class="ilrs-step-sources">
                    <summary>{match step.sources.len() {
                        1 => "Source (1)".to_string(),
                        n => format!("Sources ({n})"),
                    }}</summary>
                    <p class="ilrs-step-records">
                        "Drawn from: "
                        {step
                            .records
                            .iter()
                            .enumerate()
                            .filter_map(|(i, r)| record_label(*r).map(|label| (i, r.id, label)))
                            .map(|(i, id, label)| {
                                view! {
                                    {(i > 0).then_some("; ")}
                                    <a href=format!("#{id}")>
                                        <RecordName key=id name=label />
                                    </a>
                                }
                            })
                            .collect_view()}
                    </p>
                    <SourceLinks ids=step.sources />
                    <CorrectionEntries records=chapter.into_iter().chain([step.id]).collect() />
                </details>
                <Corrected record=step.id.to_string() brief=true />
            </div>
            // What the step's graphic shows now, read after its words where the pinned graphic
            // stands beside them (a listener is not sent back to it): the drawing's own text
            // alternative. Where the story reads flat the drawing itself follows (story.css).
            <p class="ilrs-sr ilrs-step-describes" data-describes=format!("{}:{}", step.shows.kind().as_str(), step.shows.as_str())>
                {format!("The graphic now: {}", shown_label(step.shows))}
            </p>
            // Readers without JavaScript, and printers, read each step's drawing after its words;
            // with scripts the pinned graphic shows it, and these are text until the island
            // needs them (a flat layout, a printout, a state the pinned graphic has not shown):
            // the page carries 2,500 fewer elements (issue 38).
            <noscript data-inline-for=format!("{}:{}", step.shows.kind().as_str(), step.shows.as_str())>
                <Figure chart=Chart::Story(step.shows) class="ilrs-inline-graphic" drawing=render(step.shows)
                    {..}
                    data-inline-graphic=step.shows.kind().as_str()
                    data-state=step.shows.as_str()
                />
            </noscript>
        </div>
    }
}
