use leptos::prelude::*;

/// A titled part of the page: a landmark named by its own heading, reachable as `#{id}`.
#[component]
pub fn Section<C: IntoView + 'static>(
    /// The fragment id; the heading gets `{id}-title`.
    id: &'static str,
    /// The heading a reader sees.
    title: &'static str,
    /// Lets a section use the wide measure (tables).
    #[prop(optional)]
    wide: bool,
    /// Typed rather than boxed children: a boxed `AnyView` would compile every rendering path
    /// of the section's whole subtree into the wasm.
    children: TypedChildren<C>,
) -> impl IntoView {
    let children = children.into_inner();
    let heading = format!("{id}-title");
    let labelled_by = heading.clone();
    view! {
        <section
            id=id
            class=if wide { "ilrs-section ilrs-wide" } else { "ilrs-section" }
            aria-labelledby=labelled_by
        >
            <h2 id=heading>{title}</h2>
            {children()}
        </section>
    }
}
