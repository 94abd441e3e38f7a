use leptos::prelude::*;

use crate::data::{DIMENSIONS, cell};
use crate::model::{Side, Vocabulary, cell_key};
use crate::ui::{Corrected, EvidenceDisclosure, Section, SourceLinks};

/// The ILRS against Artemis and the Gateway, dimension by dimension, every cell cited.
#[component]
pub fn Comparison() -> impl IntoView {
    view! {
        <Section id="compare" title="Side by side" wide=true>
            <table class="ilrs-compare">
                <caption>"The ILRS and Artemis compared, as of March 2021"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Dimension"</th>
                        {Side::ALL
                            .iter()
                            .map(|side| view! { <th scope="col">{side.label()}</th> })
                            .collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {DIMENSIONS
                        .iter()
                        .map(|dimension| {
                            view! {
                                <tr id=dimension.id data-dimension=dimension.id>
                                    <th scope="row">{dimension.label}</th>
                                    {Side::ALL
                                        .iter()
                                        .filter_map(|side| cell(dimension.id, *side))
                                        .map(|c| {
                                            view! {
                                                <td
                                                    id=format!("cell-{}-{}", c.dimension, c.side.as_str())
                                                    data-cell=format!("{}/{}", c.dimension, c.side.as_str())
                                                    data-side=c.side.as_str()
                                                    data-label=c.side.label()
                                                >
                                                    <p>{c.text}</p>
                                                    <SourceLinks ids=c.sources />
                                                    <EvidenceDisclosure
                                                        evidence=c.evidence
                                                        record=cell_key(c.dimension, c.side)
                                                    />
                                                    <Corrected record=cell_key(c.dimension, c.side) />
                                                </td>
                                            }
                                        })
                                        .collect_view()}
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </Section>
    }
}
