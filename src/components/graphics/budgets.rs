use leptos::prelude::*;

use crate::core::graphics::{budget_focus, budget_ranking};
use crate::data::actor;

/// The budget ranking as a podium: heights show rank only, because the reports give no sums.
#[component]
pub fn BudgetsDrawing(state: Signal<&'static str>) -> impl IntoView {
    let ranking = budget_ranking();
    let places = ranking.len();
    // First place in the middle, second to its left, third to its right.
    let slot = |rank: usize| match rank {
        0 => 1.0,
        1 => 0.0,
        _ => 2.0,
    };
    view! {
        {ranking
            .into_iter()
            .enumerate()
            .map(|(i, figure)| {
                let height = 90.0 * (places - i) as f64;
                let x = 70.0 + 170.0 * slot(i);
                let side = if figure.coalitions.contains(&"ilrs") { "ilrs" } else { "artemis" };
                view! {
                    <g
                        class="ilrs-g-place"
                        data-side=side
                        class:is-dim=move || !budget_focus(state.get(), figure)
                    >
                        <rect x=x y=340.0 - height width="150" height=height rx="4" />
                        <text x=x + 75.0 y=325.0 - height + 50.0 text-anchor="middle" class="ilrs-g-rank">
                            {figure.number}
                        </text>
                        <text x=x + 75.0 y=330.0 - height text-anchor="middle" class="ilrs-g-heading">
                            {figure.actors.first().and_then(|a| actor(a)).map(|a| a.name)}
                        </text>
                    </g>
                }
            })
            .collect_view()}
        <line class="ilrs-g-ground" x1="40" y1="340" x2="600" y2="340" />
        <text x="8" y="380" class="ilrs-g-note">
            "Rank only: the reports give no amounts"
        </text>
    }
}
