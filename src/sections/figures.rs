use leptos::prelude::*;

use crate::data::{FIGURES, record_path};
use crate::ui::{Corrected, Section, SourceLinks};

/// Every number and ranking the articles give, each linking to its own page (its passages and
/// how to cite it).
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
                                <a class="ilrs-figure-label" href=record_path(figure.id)>{figure.label}</a>
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
