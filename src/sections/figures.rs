use leptos::prelude::*;

use crate::data::FIGURES;
use crate::ui::{Corrected, Section, SourceLinks};

/// Every number and ranking the articles give.
#[component]
pub fn Figures() -> impl IntoView {
    view! {
        <Section id="figures" title="By the numbers">
            <ul class="ilrs-figures">
                {FIGURES
                    .iter()
                    .map(|figure| {
                        view! {
                            <li id=figure.id data-figure=figure.id>
                                <span class="ilrs-figure-value">{figure.value}</span>
                                <span class="ilrs-figure-label">{figure.label}</span>
                                <SourceLinks ids=figure.sources />
                                <Corrected record=figure.id.to_string() />
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </Section>
    }
}
