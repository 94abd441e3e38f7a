//! The step engine's browser half: reads where the story's steps are at every scroll frame, on
//! resize and on a host's viewport messages, and keeps exactly one step active. Which step, and
//! which skipped steps to fire on the way, is decided by the pure `steps`.

use std::cell::Cell;

use gloo_events::{EventListener, EventListenerOptions, EventListenerPhase};
use leptos::prelude::*;

use crate::watch::{Root, keep, watch};
use web_sys::{ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition};

use super::steps::{Reading, active_step, edge, steps_to_fire};
use crate::dom::all;
use crate::embed::messages::HostViewport;

/// Where the reading line sits unless the stylesheet says otherwise, as a whole percentage of
/// the visible area's height from its top.
const TRIGGER: i32 = 50;

/// A whole number written in a custom property ("62", "64px"), its digits read by hand: the
/// general integer parser would add to the wasm.
fn whole_number(style: &web_sys::CssStyleDeclaration, property: &str) -> i32 {
    style
        .get_property_value(property)
        .unwrap_or_default()
        .bytes()
        .filter(u8::is_ascii_digit)
        .fold(0, |n, digit| {
            n.saturating_mul(10).saturating_add(i32::from(digit - b'0'))
        })
}

/// How the layout in use asks for the steps to be read, from the story's stylesheet:
/// `--ilrs-trigger` (the line, a whole percentage of the visible area), `--ilrs-read-by: card`
/// (on a phone, a step is reached by its card's bottom), and a host's fixed header
/// (`--ilrs-sticky-top`, whole pixels), which the visible area starts under.
fn reading(root: &web_sys::Element) -> Reading {
    let Some(style) = window().get_computed_style(root).ok().flatten() else {
        return Reading {
            percent: TRIGGER,
            by_card: false,
            header: 0,
        };
    };
    let percent = whole_number(&style, "--ilrs-trigger");
    Reading {
        percent: if (1..=100).contains(&percent) {
            percent
        } else {
            TRIGGER
        },
        by_card: style
            .get_property_value("--ilrs-read-by")
            .is_ok_and(|value| value.trim_ascii() == "card"),
        header: whole_number(&style, "--ilrs-sticky-top"),
    }
}

/// Where a step is read from, in the viewport: its top, or its card's bottom. With its sources
/// open a card runs on below the screen, so it is read by its "Sources" line: opening them never
/// takes the story back a step.
fn reading_edge(step: &web_sys::Element, by_card: bool) -> f64 {
    let card = by_card.then(|| step.first_element_child()).flatten();
    match card {
        Some(card) => card
            .query_selector(".ilrs-step-sources[open] > summary")
            .ok()
            .flatten()
            .unwrap_or(card)
            .get_bounding_client_rect()
            .bottom(),
        None => step.get_bounding_client_rect().top(),
    }
}

/// What the engine remembers between reads. Nothing reacts to it, so it is plain cells, not
/// reactive values (each reactive type brings its own copy of the reactive graph's code into the
/// wasm): behind a shared reference every closure copies, made once per story and kept for the
/// page's life, as the story is.
struct Memory {
    /// Whether the story was on the screen when last read: a turned phone goes back to its step
    /// only then, so a reader elsewhere on the page is not carried into the story.
    on_screen: Cell<bool>,
    /// The width in CSS pixels the story was last laid out for.
    laid_out_for: Cell<f64>,
}

impl Memory {
    fn new() -> &'static Memory {
        Box::leak(Box::new(Memory {
            on_screen: Cell::new(false),
            laid_out_for: Cell::new(viewport_width()),
        }))
    }
}

pub struct UseActiveStepReturn<StepBy: Fn(isize) + Copy> {
    /// The active step's reading-order index; `None` until the engine has started.
    pub active: ReadSignal<Option<usize>>,
    /// Every step fired so far, in the order it fired.
    pub fired: ReadSignal<Vec<usize>>,
    /// Moves by a number of steps from the step actually in view (keyboard controls): it
    /// measures first, so a scroll the engine has not yet heard about cannot skew the move.
    pub step_by: StepBy,
}

/// How [`use_active_step_with_options`] behaves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct UseActiveStepOptions {
    /// The story runs in a host's page (the script embed): it scrolls to the step asked for at
    /// start only if it is already on the screen, so a host page is not moved under a reader
    /// who is elsewhere. Default: off (the explainer's own page, or a frame).
    pub in_host_page: bool,
}

/// [`use_active_step_with_options`] with the default options.
pub fn use_active_step(
    root: Root,
    enabled: impl Fn() -> bool + Copy + 'static,
    viewport: ReadSignal<Option<HostViewport>>,
    asked: impl Fn() -> Option<String> + Copy + 'static,
) -> UseActiveStepReturn<impl Fn(isize) + Copy + 'static> {
    use_active_step_with_options(
        root,
        enabled,
        viewport,
        asked,
        UseActiveStepOptions::default(),
    )
}

/// Keeps the last step to reach the reading line active among the `[data-step]` elements inside
/// `root`, once `enabled` is true (the scrolling layout is on: positions measured before it would
/// be wrong). A `#step-id` in the URL, or the step the host `asked` for, opens the story at that
/// step, and a step asked for later goes there; an id the story does not have is ignored. A new
/// width (a turned phone) keeps the step the reader was on. In a host's frame, `viewport` (the
/// host's, from pym.js) places the reading line instead of the window.
pub fn use_active_step_with_options(
    root: Root,
    enabled: impl Fn() -> bool + Copy + 'static,
    viewport: ReadSignal<Option<HostViewport>>,
    asked: impl Fn() -> Option<String> + Copy + 'static,
    options: UseActiveStepOptions,
) -> UseActiveStepReturn<impl Fn(isize) + Copy + 'static> {
    let script = options.in_host_page;
    let (active, set_active) = signal(None::<usize>);
    let (fired, set_fired) = signal(Vec::<usize>::new());
    let memory = Memory::new();

    let steps = move || -> Vec<web_sys::Element> {
        root.get()
            .map(|root| all(&root, "[data-step]"))
            .unwrap_or_default()
    };

    let activate = move |index: usize| {
        let to_fire = steps_to_fire(active.get_untracked(), index);
        if !to_fire.is_empty() {
            set_fired.update(|log| log.extend(to_fire));
            set_active.set(Some(index));
        }
    };

    // Reads the layout's line afresh each time (a turned phone may have changed layout), and
    // every step against it, in whole pixels.
    let measure = move || {
        let Some(root) = root.get() else {
            return;
        };
        let elements = all(&root, "[data-step]");
        if elements.is_empty() {
            return;
        }
        let reading = reading(&root);
        let (top, height) = match viewport.get_untracked() {
            // The frame does not scroll: its coordinates are the document's.
            Some(host) => (host.visible_top(), host.height),
            None => (0.0, viewport_height()),
        };
        let edges: Vec<i32> = elements
            .iter()
            .map(|el| edge(reading_edge(el, reading.by_card)))
            .collect();
        let rect = root.get_bounding_client_rect();
        memory
            .on_screen
            .set(rect.top() < top + height && rect.bottom() > top);
        activate(active_step(&edges, reading.line(top, height)));
    };

    // Scrolls a step to where its layout reads it: its top at the top of the band the pinned
    // panel leaves (its `scroll-margin-top`), or of the screen.
    let scroll_to = move |index: usize| {
        if let Some(el) = steps().get(index) {
            let options = ScrollIntoViewOptions::new();
            options.set_behavior(ScrollBehavior::Instant);
            options.set_block(ScrollLogicalPosition::Start);
            el.scroll_into_view_with_scroll_into_view_options(&options);
        }
    };

    // A step's place in reading order, found among the story's own steps.
    let step_index = move |id: &str| {
        steps()
            .iter()
            .position(|el| el.get_attribute("data-step").as_deref() == Some(id))
    };

    // At start: on its own page or in a frame always; in a host's page only when on the screen.
    let may_scroll_at_start = move || {
        !script
            || root.get().is_some_and(|root| {
                let rect = root.get_bounding_client_rect();
                rect.top() < viewport_height() && rect.bottom() > 0.0
            })
    };

    let open_from_hash = move || {
        let hash = window().location().hash().unwrap_or_default();
        let index = step_index(hash.trim_start_matches('#'))?;
        scroll_to(index);
        activate(index);
        Some(index)
    };

    // A new width (a turned phone, a resized window) reflows every step, so the story goes back
    // to the step the reader was on.
    let resized = move || {
        let width = viewport_width();
        if width != memory.laid_out_for.get() {
            memory.laid_out_for.set(width);
            // (In a host's frame the host lays the frame out: its viewport messages follow.)
            if memory.on_screen.get()
                && viewport.get_untracked().is_none()
                && let Some(index) = active.get_untracked()
            {
                scroll_to(index);
                return;
            }
        }
        measure();
    };

    watch(move || {
        if !enabled() {
            return;
        }
        // Every scroll, of the window or of any box the story sits in (a host page may scroll
        // a box of its own): scroll events come at most once a frame, and each reads the steps
        // afresh, so no step can be crossed unseen. Passive, so scrolling never waits on it.
        let options = EventListenerOptions {
            phase: EventListenerPhase::Capture,
            passive: true,
        };
        let scroll =
            EventListener::new_with_options(&window(), "scroll", options, move |_| measure());
        // Resizing, zooming and turning the phone move the steps without a scroll.
        let resize = EventListener::new(&window(), "resize", move |_| resized());
        let hash = EventListener::new(&window(), "hashchange", move |_| {
            open_from_hash();
        });
        // One frame later, the layout the class switched to has been applied.
        request_animation_frame(move || {
            memory.laid_out_for.set(viewport_width());
            if open_from_hash().is_none() {
                // `?step=` (a host's choice) opens the story there, once.
                match untrack(asked).as_deref().and_then(step_index) {
                    Some(index) if may_scroll_at_start() => {
                        scroll_to(index);
                        activate(index);
                    }
                    _ => measure(),
                }
            }
        });
        keep((scroll, resize, hash));
    });

    // The step asked for: in the flat layout it is made active once the story runs (the
    // scrolling layout opens it above, once laid out); a step asked for later is gone to in
    // either layout.
    let mut applied: Option<Option<String>> = None;
    watch(move || {
        let wanted = asked();
        if applied.as_ref() == Some(&wanted) {
            return;
        }
        let first = applied.is_none();
        applied = Some(wanted.clone());
        let Some(id) = wanted else {
            return;
        };
        request_animation_frame(move || {
            if first && untrack(enabled) {
                return;
            }
            let Some(index) = step_index(&id) else {
                return;
            };
            if !first || may_scroll_at_start() {
                scroll_to(index);
            }
            activate(index);
        });
    });

    // The host scrolled or resized: the reading line moved over the steps.
    watch(move || {
        if viewport.get().is_some() && untrack(enabled) {
            measure();
        }
    });

    let step_by = move |delta: isize| {
        measure();
        let last = steps().len().saturating_sub(1) as isize;
        let here = active.get_untracked().unwrap_or(0) as isize;
        let next = (here + delta).clamp(0, last.max(0)) as usize;
        scroll_to(next);
        activate(next);
    };

    UseActiveStepReturn {
        active,
        fired,
        step_by,
    }
}

/// The window's viewport height in CSS pixels (0 where it cannot be read).
fn viewport_height() -> f64 {
    window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0)
}

/// The window's viewport width in CSS pixels (0 where it cannot be read).
fn viewport_width() -> f64 {
    window()
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        .unwrap_or(0.0)
}
