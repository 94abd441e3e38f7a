use leptos::prelude::*;

use crate::data::source;

/// "Sources: NBC News, The National Interest", each a link to the source's entry on the page.
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
                        <a href=format!("#source-{}", s.id) title=s.title()>
                            {s.short}
                        </a>
                    }
                })
                .collect_view()}
        </p>
    }
}

/// The names of the records with these ids, joined for reading: "Russia, China".
fn joined(ids: &[&str], name: impl Fn(&str) -> Option<&'static str>) -> String {
    ids.iter()
        .filter_map(|id| name(id))
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn actor_names(ids: &[&str]) -> String {
    joined(ids, |id| crate::data::actor(id).map(|a| a.name))
}

pub fn coalition_names(ids: &[&str]) -> String {
    joined(ids, |id| crate::data::coalition(id).map(|c| c.short))
}

pub fn theme_labels(ids: &[&str]) -> String {
    joined(ids, |id| crate::data::theme(id).map(|t| t.label))
}
