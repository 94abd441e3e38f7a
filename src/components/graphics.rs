use leptos::prelude::*;

use crate::core::svg::render;
use crate::model::{GraphicKind, Vocabulary};

/// One of the story's graphics in one state. The SVG is written by `core::svg` from the data,
/// with its accessible name and description; a state change redraws it.
#[component]
pub fn Graphic(
    kind: GraphicKind,
    /// The state to show.
    #[prop(into)]
    state: Signal<&'static str>,
) -> impl IntoView {
    view! {
        <div
            class="ilrs-graphic"
            data-kind=kind.as_str()
            data-shows=move || state.get()
            inner_html=move || render(kind, state.get())
        ></div>
    }
}
