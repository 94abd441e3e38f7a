use leptos::prelude::*;

use crate::core::graphics::{
    TIMELINE_END, TIMELINE_START, lane_name, timeline_events, timeline_focus, timeline_position,
};
use crate::model::{Date, Side};

const LEFT: f64 = 24.0;
const RIGHT: f64 = 616.0;

fn x_of(date: Date) -> f64 {
    LEFT + (RIGHT - LEFT) * timeline_position(date)
}

fn lane_y(side: Side) -> f64 {
    match side {
        Side::Ilrs => 130.0,
        Side::Artemis => 270.0,
    }
}

/// Two lanes, China and Russia above, the US and its partners below, 2011 to the planned
/// stations; each event a dot, planned ones hollow, the state's events brought forward.
#[component]
pub fn TimelineDrawing(state: Signal<&'static str>) -> impl IntoView {
    let years = (TIMELINE_START..TIMELINE_END).step_by(2);
    let signing = x_of(Date::day(2021, 3, 9));
    view! {
        {[Side::Ilrs, Side::Artemis]
            .into_iter()
            .map(|side| {
                let y = lane_y(side);
                view! {
                    <g class="ilrs-g-lane" data-side=if side == Side::Ilrs { "ilrs" } else { "artemis" }>
                        <line x1=LEFT y1=y x2=RIGHT y2=y />
                        <text x=LEFT y=y - 34.0 class="ilrs-g-heading">
                            {lane_name(side)}
                        </text>
                    </g>
                }
            })
            .collect_view()}
        <g class="ilrs-g-axis">
            {years
                .map(|year| {
                    let x = x_of(Date::month(year, 1));
                    view! {
                        <line x1=x y1="330" x2=x y2="338" />
                        <text x=x y="356" text-anchor="middle">
                            {year}
                        </text>
                    }
                })
                .collect_view()}
        </g>
        <g class="ilrs-g-now">
            <line x1=signing y1="70" x2=signing y2="330" />
            <text x=signing - 6.0 y="64" text-anchor="end">
                "9 March 2021"
            </text>
        </g>
        {timeline_events()
            .map(|(event, side)| {
                view! {
                    <circle
                        class="ilrs-g-event"
                        cx=x_of(event.date)
                        cy=lane_y(side)
                        r="7"
                        data-side=if side == Side::Ilrs { "ilrs" } else { "artemis" }
                        data-planned=event.planned.to_string()
                        class:is-focus=move || timeline_focus(state.get(), event)
                    />
                }
            })
            .collect_view()}
    }
}
