use leptos::prelude::*;

use super::DateTag;
use crate::data::{actor_names, coalition_names, theme_labels};
use crate::model::Date;

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
                                <DateTag date />
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
