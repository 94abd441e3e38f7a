//! The figure around a drawing, written once for every place that shows one: the story's sticky
//! and inline graphics, the explorer's timeline, the hero's lead graphic and the step pages.

use leptos::prelude::*;

use super::Chart;

/// A drawing as a figure: the chart's title as its caption, the drawings the build made, and its
/// source line with the downloads under it. Attributes spread onto it (`{..}`) land on the
/// `<figure>`.
#[component]
pub fn Figure(
    /// Which graphic it is, in which state: its title, source line and downloads follow.
    chart: Chart,
    /// The figure's class: where on the page it stands.
    class: &'static str,
    /// The drawings as the build made them (`render`, `lead`, `filtered_timeline`).
    drawing: String,
    /// A caption in place of the chart's title.
    #[prop(optional)]
    caption: Option<&'static str>,
    /// Whether the source line offers the downloads (not on a step page, which is a page to share,
    /// not a place to download from).
    #[prop(default = true)]
    downloads: bool,
    /// Whether the drawing is described where it is read instead (the story's pinned graphic,
    /// which each step's words describe): hidden from screen readers, so they never meet it
    /// over and over, nor lose their place when it changes.
    #[prop(optional)]
    described_elsewhere: bool,
) -> impl IntoView {
    view! {
        <figure class=class>
            <figcaption class="ilrs-chart-title">{caption.unwrap_or(chart.title())}</figcaption>
            <div class="ilrs-graphic" aria-hidden=described_elsewhere.then_some("true") inner_html=drawing></div>
            <ChartFoot chart downloads />
        </figure>
    }
}

/// Under a graphic: what its marks mean where it says (the timeline), its source line, and its
/// downloads (the files the build drew).
#[component]
pub fn ChartFoot(
    /// The graphic whose sources and files it names.
    chart: Chart,
    /// Whether the downloads follow the source line.
    #[prop(default = true)]
    downloads: bool,
) -> impl IntoView {
    let foot = view! {
        <p class="ilrs-chart-foot">
            {chart.source_line()}
            {downloads
                .then(|| {
                    view! {
                        " "
                        <a href=chart.table()>"The data as a table"</a>
                        ". Download: "
                        <a href=chart.download("svg") download="">"SVG"</a>
                        ", "
                        <a href=chart.download("png") download="">"PNG"</a>
                    }
                })}
        </p>
    };
    match chart.key() {
        // Closed, the key sits beside the source line, so the sticky graphic still fits a
        // laptop's screen; open, it takes a line of its own above it (`graphics.css`).
        Some(key) => view! {
            <div class="ilrs-chart-under">
                {foot}
                <details class="ilrs-chart-key">
                    // On a phone the story's panel says "Key" only (story.css).
                    <summary>"Key"<span class="ilrs-key-detail">" to the marks"</span></summary>
                    <p>{key}</p>
                </details>
            </div>
        }
        .into_any(),
        None => foot.into_any(),
    }
}
