//! The few icons the controls carry, drawn inline so they take the text's colour and size and
//! cost no request. Always beside a name: visible on wide screens, left to screen readers where
//! a phone's row has room for the icons only. Hidden from screen readers themselves.

use leptos::prelude::*;

/// What an icon shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// An arrow back: the previous step.
    Previous,
    /// An arrow on: the next step.
    Next,
    /// Two links of a chain: copy a link.
    Link,
    /// A box with an arrow leaving it: the system's share sheet.
    Share,
}

impl Shape {
    /// The icon's path, on a 16-unit square, drawn as a 2-unit stroke.
    fn path(self) -> &'static str {
        match self {
            Shape::Previous => "M10 3 5 8l5 5",
            Shape::Next => "M6 3l5 5-5 5",
            Shape::Link => {
                "M7 9.5a3 3 0 0 0 4.2.3l2.1-2.1a3 3 0 0 0-4.2-4.2L8 4.6M9 6.5a3 3 0 0 0-4.2-.3L2.7 8.3a3 3 0 0 0 4.2 4.2L8 11.4"
            }
            Shape::Share => "M8 10V2M5 5l3-3 3 3M3 8v6h10V8",
        }
    }
}

/// An icon the size of the text around it.
#[component]
pub fn Icon(
    /// What it shows.
    shape: Shape,
) -> impl IntoView {
    view! {
        <svg class="ilrs-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d=shape.path() />
        </svg>
    }
}
