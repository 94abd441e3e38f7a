use leptos::prelude::*;

use super::source_links::{actor_names, coalition_names, theme_labels};
use super::{Section, SourceLinks};
use crate::data::EVENTS;
use crate::model::{Date, Event};

/// Every event in date order, planned ones marked.
#[component]
pub fn Timeline() -> impl IntoView {
    view! {
        <Section id="events" title="Timeline">
            <ol class="ilrs-timeline">
                {EVENTS.iter().map(|event| view! { <EventEntry event /> }).collect_view()}
            </ol>
        </Section>
    }
}

#[component]
fn EventEntry(event: &'static Event) -> impl IntoView {
    view! {
        <li id=event.id class="ilrs-event" data-record=event.id data-planned=event.planned.to_string()>
            <p class="ilrs-event-date">
                <time datetime=event.date.iso()>{event.date.readable()}</time>
                {event.planned.then(|| view! { <span class="ilrs-badge">"Planned"</span> })}
            </p>
            <h3>{event.title}</h3>
            <p>{event.summary}</p>
            {event.date_note.map(|note| view! { <p class="ilrs-note">"Date: " {note}</p> })}
            <Tags actors=event.actors coalitions=event.coalitions themes=event.themes date=None />
            <SourceLinks ids=event.sources />
        </li>
    }
}

/// When (where the record does not show it already), who, which coalitions and which themes a
/// record concerns.
#[component]
pub fn Tags(
    /// A date to show as "When".
    date: Option<Date>,
    /// Actor ids.
    actors: &'static [&'static str],
    /// Coalition ids.
    coalitions: &'static [&'static str],
    /// Theme ids.
    themes: &'static [&'static str],
) -> impl IntoView {
    view! {
        <dl class="ilrs-tags">
            {date
                .map(|date| {
                    view! {
                        <div>
                            <dt>"When"</dt>
                            <dd>
                                <time datetime=date.iso()>{date.readable()}</time>
                            </dd>
                        </div>
                    }
                })}
            {tag("Who", actor_names(actors))}
            {tag("Coalitions", coalition_names(coalitions))}
            {tag("Themes", theme_labels(themes))}
        </dl>
    }
}

/// One labelled row of [`Tags`], left out where there is nothing to say.
fn tag(label: &'static str, text: String) -> Option<impl IntoView> {
    (!text.is_empty()).then(|| {
        view! {
            <div>
                <dt>{label}</dt>
                <dd>{text}</dd>
            </div>
        }
    })
}
