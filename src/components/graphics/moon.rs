use leptos::prelude::*;

use crate::data::FIGURES;

/// Earth with the ISS's low orbit, and the Moon with the Gateway's orbit and the ILRS's possible
/// sites near the south pole. Not to scale, and it says so.
#[component]
pub fn MoonDrawing(state: Signal<&'static str>) -> impl IntoView {
    let iss_height = FIGURES
        .iter()
        .find(|f| f.id == "iss-altitude")
        .map_or("", |f| f.value);
    let focus = move |parts: &'static [&'static str]| {
        move || parts.contains(&state.get()) || state.get() == "overview"
    };
    view! {
        <g class="ilrs-g-earth" class:is-dim=move || !focus(&["iss-scale"])()>
            <circle class="ilrs-g-planet" cx="90" cy="200" r="42" />
            <circle class="ilrs-g-orbit" cx="90" cy="200" r="52" />
            <circle class="ilrs-g-station" cx="90" cy="148" r="5" />
            <text x="90" y="275" text-anchor="middle" class="ilrs-g-heading">
                "Earth"
            </text>
            <text x="90" y="296" text-anchor="middle">
                "ISS, " {iss_height}
            </text>
        </g>
        <line class="ilrs-g-distance" x1="150" y1="200" x2="270" y2="200" />
        <circle class="ilrs-g-moon" cx="430" cy="200" r="110" />
        <text x="430" y="70" text-anchor="middle" class="ilrs-g-heading">
            "Moon"
        </text>
        <g
            class="ilrs-g-site"
            data-side="artemis"
            class:is-dim=move || !focus(&["gateway"])()
        >
            <ellipse class="ilrs-g-orbit" cx="430" cy="200" rx="175" ry="62" />
            <rect x="596" y="186" width="22" height="14" rx="3" />
            <text x="607" y="226" text-anchor="middle">
                "Gateway"
            </text>
            <text x="607" y="244" text-anchor="middle">
                "(lunar orbit)"
            </text>
        </g>
        <g
            class="ilrs-g-site"
            data-side="ilrs"
            class:is-dim=move || !focus(&["ilrs", "disputed"])()
        >
            <circle class="ilrs-g-orbit" cx="430" cy="200" r="135" stroke-dasharray="4 6" />
            <path d="M430 306 l-9 -16 h18 z" />
            <circle cx="430" cy="335" r="5" />
            <text x="430" y="362" text-anchor="middle">
                "ILRS: surface near the south pole"
            </text>
            <text x="430" y="380" text-anchor="middle">
                "and/or lunar orbit"
            </text>
            <text
                x="452"
                y="300"
                class="ilrs-g-query"
                class:is-hidden=move || state.get() != "disputed"
            >
                "?"
            </text>
        </g>
        <text x="8" y="392" class="ilrs-g-note">
            "Not to scale"
        </text>
    }
}
