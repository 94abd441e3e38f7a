//! The story's island: runs the step engine over the prerendered steps and switches the sticky
//! graphic between the drawings the build made. It carries no prose and no drawing: it reads the
//! steps (`data-step`, `data-shows`) and copies each state's drawing from the step that shows it.

use leptos::html::Section;
use leptos::prelude::*;

use crate::watch::watch;
use wasm_bindgen::JsCast;
use web_sys::Element;

use super::steps::shown_state;
use super::use_active_step;
use crate::dom::all;
use crate::place::Place;

/// Wraps the prerendered story (`children`, which never enter the wasm).
#[island]
pub fn StoryIsland(children: Children) -> impl IntoView {
    let root = NodeRef::<Section>::new();
    let place = use_context::<Place>().unwrap_or_default();
    // Off in the server's HTML and until the island runs, then on where the place allows it.
    let running = RwSignal::new(false);
    let (flat, framed) = (place.flags.flat, place.framed);
    let viewport = place.viewport;
    let scrolly = move || running.get() && Place::scrolls(flat, framed, viewport);
    let engine = use_active_step(root, scrolly, viewport, place.flags.step.clone());

    // One effect keeps the prerendered story in line: its layout, the active and visited
    // steps, the sticky graphic and the controls, and in a host's frame, where the graphic sits
    // (it cannot stick there: it is kept in the host's viewport by hand).
    let (active, fired) = (engine.active, engine.fired);
    watch(move || {
        let Some(section) = root.get() else {
            return;
        };
        if !running.get_untracked() {
            running.set(true);
        }
        let _ = section
            .class_list()
            .toggle_with_force("ilrs-story--scrolly", scrolly());
        let active = active.get();
        fired.with(|fired| show_step(&section, active, fired));
        if let Some(v) = viewport.get()
            && let Ok(Some(body)) = section.query_selector(".ilrs-story-body")
            && let Some(body) = body.dyn_ref::<web_sys::HtmlElement>()
        {
            let rect = body.get_bounding_client_rect();
            let top = rect.top() + window().scroll_y().unwrap_or(0.0);
            let offset = crate::embed::core::sticky_offset(&v, top, rect.height(), v.height);
            let _ = body.style().set_property(
                "--ilrs-sticky-offset",
                &format!("{}px", offset.round() as i32),
            );
        }
    });

    let step_by = engine.step_by;
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let Some(target) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
            return;
        };
        let control = |name: &str| {
            target
                .closest(&format!("[data-testid='{name}']"))
                .ok()
                .flatten()
                .is_some()
        };
        if control("previous-step") {
            step_by(-1);
        } else if control("next-step") {
            step_by(1);
        }
    };

    view! {
        <section
            id="story"
            class="ilrs-story"
            aria-labelledby="story-title"
            node_ref=root
            on:click=on_click
        >
            {children()}
        </section>
    }
}

/// Brings the prerendered story in line with the active step.
fn show_step(section: &web_sys::HtmlElement, active: Option<usize>, fired: &[usize]) {
    let steps = all(section, "[data-step]");
    let shows: Vec<(String, String)> = steps
        .iter()
        .map(|step| {
            let shows = step.get_attribute("data-shows").unwrap_or_default();
            let (graphic, state) = shows.split_once(':').unwrap_or(("", ""));
            (graphic.to_string(), state.to_string())
        })
        .collect();
    let pairs: Vec<(&str, &str)> = shows
        .iter()
        .map(|(g, s)| (g.as_str(), s.as_str()))
        .collect();
    for (i, step) in steps.iter().enumerate() {
        set_flag(step, "data-active", active == Some(i));
        set_flag(step, "data-visited", fired.contains(&i));
    }
    let current = active
        .and_then(|i| pairs.get(i))
        .map(|(graphic, _)| *graphic);
    for figure in all(section, ".ilrs-sticky [data-graphic]") {
        let graphic = figure.get_attribute("data-graphic").unwrap_or_default();
        let _ = figure
            .class_list()
            .toggle_with_force("is-current", current == Some(graphic.as_str()));
        let Some(state) = shown_state(&pairs, &graphic.as_str(), active) else {
            continue;
        };
        if figure.get_attribute("data-state").as_deref() != Some(state) {
            show_drawing(section, &figure, &graphic, state);
        }
    }
    let count = steps.len();
    let here = active.unwrap_or(0);
    if let Ok(Some(number)) = section.query_selector("[data-testid='step-number']") {
        number.set_text_content(Some(&(here + 1).to_string()));
    }
    for (name, at_end) in [
        ("previous-step", here == 0),
        ("next-step", here + 1 >= count),
    ] {
        // aria-disabled rather than disabled: a disabled button drops the keyboard focus.
        if let Ok(Some(button)) = section.query_selector(&format!("[data-testid='{name}']")) {
            match at_end {
                true => drop(button.set_attribute("aria-disabled", "true")),
                false => drop(button.remove_attribute("aria-disabled")),
            }
        }
    }
}

/// Puts the drawing of `graphic` in `state` into the sticky figure: a copy of the one the build
/// made for a step that shows it.
fn show_drawing(section: &web_sys::HtmlElement, figure: &Element, graphic: &str, state: &str) {
    let selector =
        format!("[data-inline-graphic='{graphic}'][data-state='{state}'] .ilrs-graphic > svg");
    let (Ok(Some(drawing)), Ok(Some(slot))) = (
        section.query_selector(&selector),
        figure.query_selector(".ilrs-graphic"),
    ) else {
        return;
    };
    if let Ok(copy) = drawing.clone_node_with_deep(true) {
        slot.replace_children_with_node_1(&copy);
        let _ = figure.set_attribute("data-state", state);
    }
}

fn set_flag(element: &Element, name: &str, on: bool) {
    let has = element.get_attribute(name).as_deref() == Some("true");
    if on && !has {
        let _ = element.set_attribute(name, "true");
    } else if !on && element.has_attribute(name) {
        let _ = element.remove_attribute(name);
    }
}
