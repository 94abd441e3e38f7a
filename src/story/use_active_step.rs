//! The step engine's browser half: watches the story's steps with an IntersectionObserver and
//! on resize, and keeps exactly one step active. Which step, and which skipped steps to fire on
//! the way, is decided by the pure `steps`.

use gloo_events::EventListener;
use leptos::prelude::*;

use crate::watch::{Root, keep_then, watch};
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{
    IntersectionObserver, IntersectionObserverInit, ScrollBehavior, ScrollIntoViewOptions,
    ScrollLogicalPosition,
};

use super::steps::{active_step, steps_to_fire};
use crate::dom::all;
use crate::embed::messages::HostViewport;

/// Where the trigger line sits unless the stylesheet says otherwise, as a whole percentage of
/// the viewport's height from its top.
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

/// Where the trigger line sits for the layout in use: the story's `--ilrs-trigger` (a whole
/// percentage), which the phone layout sets just under its pinned graphic, so a step is active
/// while its card is read below the graphic; lower by a host's fixed header
/// (`--ilrs-sticky-top`, whole pixels), which pushes the pinned graphic down.
fn trigger_percent(root: &web_sys::Element) -> i32 {
    let Some(style) = window().get_computed_style(root).ok().flatten() else {
        return TRIGGER;
    };
    let trigger = whole_number(&style, "--ilrs-trigger");
    if !(1..100).contains(&trigger) {
        return TRIGGER;
    }
    let header = whole_number(&style, "--ilrs-sticky-top");
    let height = viewport_height().max(1.0) as i32;
    (trigger + header.saturating_mul(100) / height).min(99)
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

/// Keeps the step under the trigger line active among the `[data-step]` elements inside `root`,
/// once `enabled` is true (the scrolling layout is on: positions measured before it would be
/// wrong). A `#step-id` in the URL, or the step the host `asked` for, opens the story at that
/// step, and a step asked for later goes there; an id the story does not have is ignored. In a
/// host's frame, `viewport` (the host's, from pym.js) places the trigger line instead of the
/// window.
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
    // The trigger line's place, read at each measure: a turned phone may have changed layout.
    let trigger = move || root.get().map_or(TRIGGER, |root| trigger_percent(&root));

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

    let measure = move || {
        let elements = steps();
        if elements.is_empty() {
            return;
        }
        let tops: Vec<f64> = elements
            .iter()
            .map(|el| el.get_bounding_client_rect().top())
            .collect();
        let share = f64::from(trigger()) / 100.0;
        let trigger = match viewport.get_untracked() {
            // The frame does not scroll: its coordinates are the document's.
            Some(host) => host.trigger(share),
            None => viewport_height() * share,
        };
        activate(active_step(&tops, trigger));
    };

    let scroll_to = move |index: usize, block: ScrollLogicalPosition| {
        if let Some(el) = steps().get(index) {
            let options = ScrollIntoViewOptions::new();
            options.set_behavior(ScrollBehavior::Instant);
            options.set_block(block);
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
        scroll_to(index, ScrollLogicalPosition::Start);
        activate(index);
        Some(index)
    };

    watch(move || {
        if !enabled() {
            return;
        }
        let above = trigger();
        let callback = Closure::<dyn Fn()>::new(measure);
        let init = IntersectionObserverInit::new();
        // The trigger line itself, as a root of zero height: steps report when they cross it.
        // Whole percentages: formatting an f64 would pull float printing into the wasm.
        let below = 100 - above;
        init.set_root_margin(&format!("-{above}% 0px -{below}% 0px"));
        let Ok(observer) =
            IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &init)
        else {
            return;
        };
        for step in steps() {
            observer.observe(&step);
        }
        // Resizing, zooming and turning the phone move the steps without crossing the line.
        let resize = EventListener::new(&window(), "resize", move |_| measure());
        let hash = EventListener::new(&window(), "hashchange", move |_| {
            open_from_hash();
        });
        // One frame later, the layout the class switched to has been applied.
        request_animation_frame(move || {
            if open_from_hash().is_none() {
                // `?step=` (a host's choice) opens the story there, once.
                match untrack(asked).as_deref().and_then(step_index) {
                    Some(index) if may_scroll_at_start() => {
                        scroll_to(index, ScrollLogicalPosition::Start);
                        activate(index);
                    }
                    _ => measure(),
                }
            }
        });
        keep_then((observer, callback, resize, hash), |held| {
            held.0.disconnect()
        });
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
                scroll_to(index, ScrollLogicalPosition::Start);
            }
            activate(index);
        });
    });

    // The host scrolled or resized: the trigger line moved over the steps.
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
        scroll_to(next, ScrollLogicalPosition::Center);
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
