use leptos::prelude::*;

use crate::core::graphics::{coalition_focus, coalitions_drawn, membership_focus};
use crate::data::{MEMBERSHIPS, actor};
use crate::model::{Side, Vocabulary};

/// The four coalitions as columns, each member a marker whose fill says its status.
#[component]
pub fn CoalitionsDrawing(state: Signal<&'static str>) -> impl IntoView {
    let columns: Vec<_> = coalitions_drawn().collect();
    let width = 640.0 / columns.len() as f64;
    columns
        .into_iter()
        .enumerate()
        .map(|(i, coalition)| {
            let x = width * i as f64 + width / 2.0;
            let side = match coalition.side {
                Some(Side::Ilrs) => "ilrs",
                Some(Side::Artemis) => "artemis",
                None => "reference",
            };
            let id = coalition.id;
            let members: Vec<_> = MEMBERSHIPS.iter().filter(|m| m.coalition == id).collect();
            view! {
                <g
                    class="ilrs-g-coalition"
                    data-side=side
                    class:is-dim=move || !coalition_focus(state.get(), id)
                >
                    <rect x=x - width / 2.0 + 6.0 y="8" width=width - 12.0 height="52" rx="8" />
                    <text x=x y="40" text-anchor="middle" class="ilrs-g-heading">
                        {coalition.short}
                    </text>
                    {members
                        .into_iter()
                        .enumerate()
                        .map(|(j, m)| {
                            let y = 100.0 + 60.0 * j as f64;
                            view! {
                                <g
                                    class="ilrs-g-member"
                                    data-status=m.status.as_str()
                                    class:is-dim=move || !membership_focus(state.get(), m)
                                >
                                    <circle cx=x cy=y r="14" />
                                    <text x=x y=y + 32.0 text-anchor="middle">
                                        {actor(m.actor).map(|a| short_name(a.name))}
                                    </text>
                                </g>
                            }
                        })
                        .collect_view()}
                </g>
            }
        })
        .collect_view()
}

/// A name short enough for a column: the abbreviation in parentheses where there is one
/// ("European Space Agency (ESA)" is "ESA"), else the name.
fn short_name(name: &'static str) -> &'static str {
    name.split_once(" (")
        .and_then(|(_, rest)| rest.strip_suffix(')'))
        .unwrap_or(name)
}
