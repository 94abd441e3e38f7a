//! The story's graphics, drawn in SVG. Each takes its state as a signal, so the same component
//! serves the sticky panel (state follows the active step) and the inline copies of the flat
//! layout (state fixed). Each carries its text alternative, derived from the data.

mod budgets;
mod coalitions;
mod moon;
mod timeline;

use leptos::prelude::*;

use crate::core::graphics::describe;
use crate::model::{GraphicKind, Vocabulary};

/// One graphic in one state, with its accessible name and description.
#[component]
pub fn Graphic(
    kind: GraphicKind,
    /// The state to show.
    #[prop(into)]
    state: Signal<&'static str>,
) -> impl IntoView {
    let description = move || describe(kind, state.get());
    let drawing = match kind {
        GraphicKind::Coalitions => {
            coalitions::CoalitionsDrawing(coalitions::CoalitionsDrawingProps { state }).into_any()
        }
        GraphicKind::Timeline => {
            timeline::TimelineDrawing(timeline::TimelineDrawingProps { state }).into_any()
        }
        GraphicKind::Moon => moon::MoonDrawing(moon::MoonDrawingProps { state }).into_any(),
        GraphicKind::Budgets => {
            budgets::BudgetsDrawing(budgets::BudgetsDrawingProps { state }).into_any()
        }
    };
    view! {
        <div class="ilrs-graphic" data-kind=kind.as_str() data-shows=move || state.get()>
            <svg
                viewBox="0 0 640 400"
                role="img"
                aria-label=move || format!("{}. {}", kind.label(), description())
                focusable="false"
            >
                {drawing}
            </svg>
        </div>
    }
}
