use leptos::prelude::*;

use crate::data::{ACTORS, actor};
use crate::model::{ActorKind, Vocabulary, with_aside};
use crate::ui::{Corrected, Section, SourceLinks};

/// Everyone the articles name, grouped by kind.
#[component]
pub fn Actors() -> impl IntoView {
    view! {
        <Section id="who" title="Who's who">
            {ActorKind::ALL
                .iter()
                .map(|kind| {
                    view! {
                        <h3>{kind.label()}</h3>
                        <ul class="ilrs-actors">
                            {ACTORS
                                .iter()
                                .filter(|a| a.kind == *kind)
                                .map(|a| {
                                    view! {
                                        // One line each, the name; the role opens in place.
                                        <li id=format!("actor-{}", a.id) data-actor=a.id>
                                            <details class="ilrs-fold">
                                                <summary>
                                                    <strong>
                                                        {a
                                                            .country
                                                            .and_then(actor)
                                                            .map_or_else(
                                                                || a.name.to_string(),
                                                                |country| with_aside(a.name, country.name),
                                                            )}
                                                    </strong>
                                                </summary>
                                                <p>{a.role}</p>
                                                <SourceLinks ids=a.sources />
                                                <Corrected record=a.id.to_string() />
                                            </details>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    }
                })
                .collect_view()}
        </Section>
    }
}
