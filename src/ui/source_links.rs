use leptos::prelude::*;

use crate::data::source;

/// "Sources: NBC News, The National Interest", each a link to the source's entry on the page,
/// with the article's headline as its tooltip where the article has one.
#[component]
pub fn SourceLinks(
    /// The ids of the sources cited.
    ids: &'static [&'static str],
) -> impl IntoView {
    view! {
        <p class="ilrs-cites">
            {if ids.len() == 1 { "Source: " } else { "Sources: " }}
            {ids
                .iter()
                .filter_map(|id| source(id))
                .enumerate()
                .map(|(i, s)| {
                    view! {
                        {(i > 0).then_some(", ")}
                        <a href=format!("#source-{}", s.id) title=s.headline>
                            {s.short}
                        </a>
                    }
                })
                .collect_view()}
        </p>
    }
}
