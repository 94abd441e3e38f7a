use leptos::prelude::*;

use crate::data::actor_names_in_words;
use crate::data::{COALITIONS, actor, members_of};
use crate::model::{Vocabulary, membership_key};
use crate::ui::{Corrected, Section, SourceLinks};

/// Each coalition with its leads and its members' standing as of March 2021.
#[component]
pub fn Coalitions() -> impl IntoView {
    view! {
        <Section id="coalitions" title="The coalitions">
            {COALITIONS
                .iter()
                .map(|c| {
                    view! {
                        <article id=c.id class="ilrs-coalition" data-coalition=c.id>
                            <h3>{c.name} " (" {c.short} ")"</h3>
                            <p>{c.summary}</p>
                            <p class="ilrs-meta">"Led by " {actor_names_in_words(c.leads)}</p>
                            <SourceLinks ids=c.sources />
                            <Corrected record=c.id.to_string() />
                            <ul class="ilrs-members">
                                {members_of(c.id)
                                    .map(|m| {
                                        view! {
                                            <li data-status=m.status.as_str()>
                                                <span class="ilrs-status">{m.status.label()}</span>
                                                " "
                                                <strong>{actor(m.actor).map(|a| a.name)}</strong>
                                                ": "
                                                {m.note}
                                                <SourceLinks ids=m.sources />
                                                <Corrected record=membership_key(m.coalition, m.actor) />
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        </article>
                    }
                })
                .collect_view()}
        </Section>
    }
}
