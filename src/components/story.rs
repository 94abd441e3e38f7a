use leptos::html::Div;
use leptos::prelude::*;

use super::SourceLinks;
use super::graphics::Graphic;
use crate::app::Layout;
use crate::core::embed::sticky_offset;
use crate::core::steps::{graphic_state, record_label, step_at, step_count, step_index};
use crate::data::CHAPTERS;
use crate::hooks::use_active_step;
use crate::model::{GraphicKind, Step, Vocabulary};

/// The scrolling story: chapters of steps beside a sticky graphic that follows the active step.
/// Prerendered flat (each step followed by its graphic), which is what readers without
/// JavaScript and printers get; once the wasm runs, a class switches CSS to the scrolling layout.
#[component]
pub fn Story() -> impl IntoView {
    let root = NodeRef::<Div>::new();
    // Runs only in the browser, after hydration: the server's HTML stays flat. Inside the app,
    // where it runs decides (see `app::Layout`); on its own (tests), it scrolls.
    let layout = use_context::<Layout>();
    let (running, set_running) = signal(false);
    Effect::new(move |_| set_running.set(true));
    let scrolly = Signal::derive(move || layout.map_or_else(|| running.get(), |l| l.scrolly.get()));
    let viewport = Signal::derive(move || layout.and_then(|l| l.viewport.get()));
    let start_at = Signal::derive(move || layout.and_then(|l| l.step.get()));
    let engine = use_active_step(root, scrolly, viewport, start_at);
    // In a host's frame the graphic cannot stick: keep it in the host's viewport by hand.
    Effect::new(move |_| {
        let (Some(body), Some(v)) = (root.get(), viewport.get()) else {
            return;
        };
        let rect = body.get_bounding_client_rect();
        let top = rect.top() + window().scroll_y().unwrap_or(0.0);
        let offset = sticky_offset(&v, top, rect.height(), v.height);
        let _ = web_sys::HtmlElement::style(&body).set_property(
            "--ilrs-sticky-offset",
            &format!("{}px", offset.round() as i32),
        );
    });
    let active = engine.active;
    let fired = engine.fired;

    let count = step_count();
    let current_kind = move || step_at(active.get().unwrap_or(0)).map(|s| s.graphic);
    // aria-disabled rather than disabled: a disabled button drops the keyboard focus.
    let at_start = move || active.get().unwrap_or(0) == 0;
    let at_end = move || active.get().unwrap_or(0) + 1 >= count;
    let go = move |delta: isize| engine.step_by.run(delta);

    view! {
        <section
            id="story"
            class="ilrs-story"
            class:ilrs-story--scrolly=move || scrolly.get()
            aria-labelledby="story-title"
        >
            <h2 id="story-title" class="ilrs-story-title">
                "The story"
            </h2>
            <div class="ilrs-story-body" node_ref=root>
                <div class="ilrs-story-graphic">
                    <div class="ilrs-sticky">
                        {GraphicKind::ALL
                            .iter()
                            .map(|kind| {
                                let kind = *kind;
                                let state = Signal::derive(move || graphic_state(kind, active.get()));
                                view! {
                                    <figure
                                        class="ilrs-sticky-graphic"
                                        class:is-current=move || current_kind() == Some(kind)
                                        data-graphic=kind.as_str()
                                        data-state=move || state.get()
                                    >
                                        <Graphic kind state />
                                    </figure>
                                }
                            })
                            .collect_view()}
                        <div class="ilrs-step-controls">
                            <button
                                type="button"
                                data-testid="previous-step"
                                aria-disabled=move || at_start().then_some("true")
                                on:click=move |_| go(-1)
                            >
                                "Previous"
                            </button>
                            <p class="ilrs-step-position" aria-live="polite">
                                {move || format!("Step {} of {count}", active.get().unwrap_or(0) + 1)}
                            </p>
                            <button
                                type="button"
                                data-testid="next-step"
                                aria-disabled=move || at_end().then_some("true")
                                on:click=move |_| go(1)
                            >
                                "Next"
                            </button>
                        </div>
                    </div>
                </div>
                <div class="ilrs-story-steps">
                    {CHAPTERS
                        .iter()
                        .map(|chapter| {
                            view! {
                                <div class="ilrs-chapter" data-chapter=chapter.id>
                                    <h3 class="ilrs-chapter-title">{chapter.title}</h3>
                                    {chapter
                                        .steps
                                        .iter()
                                        .map(|step| {
                                            let index = step_index(step.id).unwrap_or(0);
                                            view! { <StepView step index active fired /> }
                                        })
                                        .collect_view()}
                                </div>
                            }
                        })
                        .collect_view()}
                </div>
            </div>
        </section>
    }
}

#[component]
fn StepView(
    step: &'static Step,
    index: usize,
    active: ReadSignal<Option<usize>>,
    fired: ReadSignal<Vec<usize>>,
) -> impl IntoView {
    view! {
        <div
            id=step.id
            class="ilrs-step"
            data-step=step.id
            data-shows=format!("{}:{}", step.graphic.as_str(), step.state)
            data-active=move || (active.get() == Some(index)).then_some("true")
            data-visited=move || fired.with(|f| f.contains(&index)).then_some("true")
        >
            <div class="ilrs-step-card">
                <p class="ilrs-step-text">{step.text}</p>
                <p class="ilrs-step-records">
                    "Drawn from: "
                    {step
                        .records
                        .iter()
                        .enumerate()
                        .filter_map(|(i, id)| record_label(id).map(|label| (i, id, label)))
                        .map(|(i, id, label)| {
                            view! {
                                {(i > 0).then_some("; ")}
                                <a href=format!("#{id}")>{label}</a>
                            }
                        })
                        .collect_view()}
                </p>
                <SourceLinks ids=step.sources />
            </div>
            <figure class="ilrs-inline-graphic" data-inline-graphic=step.graphic.as_str() data-state=step.state>
                <Graphic kind=step.graphic state=step.state />
            </figure>
        </div>
    }
}
