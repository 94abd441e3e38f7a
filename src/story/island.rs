//! The story's island: runs the step engine over the prerendered steps and switches the sticky
//! graphic between the drawings the build made. It carries no prose and no drawing: it reads the
//! steps (`data-step`, `data-shows`) and copies each state's drawing from the step that shows it.

use leptos::prelude::*;

use crate::watch::{Root, watch};
use wasm_bindgen::JsCast;
use web_sys::Element;

use super::steps::{shown_state, step_path};
use super::{UseActiveStepOptions, use_active_step_with_options};
use crate::dom::all;
use crate::embed::contract::HostEvent;
use crate::embed::events::emit;
use crate::embed::place::Place;
use crate::ui::share_link::{on_share_click, reveal_share_sheet};

/// The island as the build renders it, around the prerendered story (`children`). Only the
/// prerender uses it: in the browser [`run_story`] starts on its element.
#[cfg(feature = "ssr")]
#[island]
pub fn StoryIsland(children: Children) -> impl IntoView {
    view! {
        <section id="story" class="ilrs-story" aria-labelledby="story-title">
            {children()}
        </section>
    }
}

/// Runs the prerendered story in `el` (the island's `<section>`).
pub fn run_story(el: &web_sys::HtmlElement) {
    let root = Root::new(el.clone());
    let place = use_context::<Place>().unwrap_or_default();
    // Off in the server's HTML and until the island runs, then on where the place allows it.
    let running = RwSignal::new(false);
    let (flags, framed) = (place.flags, place.framed);
    let viewport = place.viewport;
    let scrolly = move || running.get() && Place::scrolls(flags, framed, viewport);
    let asked = move || flags.with(|f| f.step.clone());
    let engine = use_active_step_with_options(
        root,
        scrolly,
        viewport,
        asked,
        UseActiveStepOptions {
            in_host_page: place.script,
        },
    );

    // One effect keeps the prerendered story in line: its layout, the active and visited
    // steps, the sticky graphic and the controls, and in a host's frame, where the graphic sits
    // (it cannot stick there: it is kept in the host's viewport by hand).
    // Its first run finds the parts that change, once: a host's viewport messages rerun it on
    // every scroll.
    let (active, fired) = (engine.active, engine.fired);
    let mut parts: Option<Parts> = None;
    // The step the host was last told about (`ilrs:step`).
    let mut told: Option<usize> = None;
    watch(move || {
        let Some(section) = root.get() else {
            return;
        };
        let parts = parts.get_or_insert_with(|| {
            reveal_share_sheet(&section);
            Parts::find(&section)
        });
        if !running.get_untracked() {
            running.set(true);
            // A printout reads the story flat, each step followed by its drawing.
            let for_print = section.clone();
            crate::watch::listen(&window(), "beforeprint", move |_| {
                unfold_drawings(&for_print)
            });
        }
        let scrolls = scrolly();
        let _ = section
            .class_list()
            .toggle_with_force("ilrs-story--scrolly", scrolls);
        // A flat layout (a frame, `flat`, a screen too short to pin the graphic: story.css)
        // reads each step's drawing after its words.
        if !parts.unfolded && (!scrolls || parts.graphic_hidden()) {
            unfold_drawings(&section);
            parts.unfolded = true;
        }
        let active = active.get();
        fired.with(|fired| parts.show(&section, active, fired));
        if active != told
            && let Some(step) = active.and_then(|i| parts.steps.get(i))
        {
            told = active;
            let id = step.get_attribute("data-step").unwrap_or_default();
            emit(step, &place, HostEvent::Step, &id);
        }
        if let Some(v) = viewport.get()
            && let Some(body) = &parts.body
        {
            let rect = body.get_bounding_client_rect();
            let top = rect.top() + window().scroll_y().unwrap_or(0.0);
            let offset = crate::embed::messages::sticky_offset(&v, top, rect.height(), v.height);
            let _ = body.style().set_property(
                "--ilrs-sticky-offset",
                &format!("{}px", offset.round() as i32),
            );
        }
    });

    let step_by = engine.step_by;
    let on_click = move |ev: &web_sys::Event| {
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
        } else {
            // The link to the active step's share page, which opens the story at the step.
            on_share_click(&target, || {
                root.get()
                    .and_then(|s| s.query_selector("[data-step][data-active]").ok().flatten())
                    .and_then(|step| step.get_attribute("data-step"))
                    .map(|id| step_path(&id))
                    .unwrap_or_default()
            });
        }
    };

    crate::watch::listen(el, "click", on_click);
}

/// The parts of the prerendered story that change, found once.
struct Parts {
    steps: Vec<Element>,
    /// Each step's graphic and state, read from its `data-shows`.
    shows: Vec<(String, String)>,
    /// The sticky figures, each with the graphic it holds.
    figures: Vec<(Element, String)>,
    number: Option<Element>,
    previous: Option<Element>,
    next: Option<Element>,
    body: Option<web_sys::HtmlElement>,
    /// The pinned graphic's column, which story.css hides where the story reads flat.
    graphic: Option<web_sys::HtmlElement>,
    /// Whether the steps' drawings are elements (`unfold_drawings`).
    unfolded: bool,
}

impl Parts {
    fn find(section: &web_sys::HtmlElement) -> Parts {
        let one = |selector: &str| section.query_selector(selector).ok().flatten();
        let steps = all(section, "[data-step]");
        let shows = steps
            .iter()
            .map(|step| {
                let shows = step.get_attribute("data-shows").unwrap_or_default();
                let (graphic, state) = shows.split_once(':').unwrap_or(("", ""));
                (graphic.to_string(), state.to_string())
            })
            .collect();
        let figures = all(section, ".ilrs-sticky [data-graphic]")
            .into_iter()
            .map(|figure| {
                let graphic = figure.get_attribute("data-graphic").unwrap_or_default();
                (figure, graphic)
            })
            .collect();
        Parts {
            steps,
            shows,
            figures,
            number: one("[data-testid='step-number']"),
            previous: one("[data-testid='previous-step']"),
            next: one("[data-testid='next-step']"),
            body: one(".ilrs-story-body").and_then(|b| b.dyn_into().ok()),
            graphic: one(".ilrs-story-graphic").and_then(|g| g.dyn_into().ok()),
            unfolded: false,
        }
    }

    /// Whether story.css hides the pinned graphic (a screen too short to pin it).
    fn graphic_hidden(&self) -> bool {
        self.graphic
            .as_ref()
            .is_some_and(|g| g.offset_height() == 0)
    }

    /// Brings the story in line with the active step.
    fn show(&self, section: &web_sys::HtmlElement, active: Option<usize>, fired: &[usize]) {
        let pairs: Vec<(&str, &str)> = self
            .shows
            .iter()
            .map(|(g, s)| (g.as_str(), s.as_str()))
            .collect();
        for (i, step) in self.steps.iter().enumerate() {
            set_flag(step, "data-active", active == Some(i));
            set_flag(step, "data-visited", fired.contains(&i));
        }
        let current = active
            .and_then(|i| pairs.get(i))
            .map(|(graphic, _)| *graphic);
        for (figure, graphic) in &self.figures {
            let _ = figure
                .class_list()
                .toggle_with_force("is-current", current == Some(graphic.as_str()));
            let Some(state) = shown_state(&pairs, &graphic.as_str(), active) else {
                continue;
            };
            if figure.get_attribute("data-state").as_deref() != Some(state) {
                show_drawing(section, figure, graphic, state);
            }
        }
        let here = active.unwrap_or(0);
        // "Step n of N" is a polite live region: it changes, and is announced, once per step,
        // not at every run (a host's frame reruns this on each of its scroll messages).
        let shown = (here + 1).to_string();
        if let Some(number) = &self.number
            && number.text_content().as_deref() != Some(shown.as_str())
        {
            number.set_text_content(Some(&shown));
        }
        let ends = [
            (&self.previous, here == 0),
            (&self.next, here + 1 >= self.steps.len()),
        ];
        for (button, at_end) in ends {
            // aria-disabled rather than disabled: a disabled button drops the keyboard focus.
            if let Some(button) = button {
                match at_end {
                    true => drop(button.set_attribute("aria-disabled", "true")),
                    false => drop(button.remove_attribute("aria-disabled")),
                }
            }
        }
    }
}

/// Puts the drawings of `graphic` in `state` (narrow and wide) into the sticky figure: those the
/// build made for a step that shows it, made elements first where they are still the text of the
/// step's `<noscript>` (hidden where the graphic is pinned: story.css). The figure's drawing keeps
/// its own element, which screen readers skip (`Figure`'s `described_elsewhere`).
fn show_drawing(section: &web_sys::HtmlElement, figure: &Element, graphic: &str, state: &str) {
    let Ok(Some(slot)) = figure.query_selector(".ilrs-graphic") else {
        return;
    };
    let noscript = format!("noscript[data-inline-for='{graphic}:{state}']");
    if let Ok(Some(noscript)) = section.query_selector(&noscript) {
        unfold(&noscript);
    }
    let shown = format!("[data-inline-graphic='{graphic}'][data-state='{state}'] .ilrs-graphic");
    if let Ok(Some(drawings)) = section.query_selector(&shown) {
        slot.set_inner_html(&drawings.inner_html());
        let _ = figure.set_attribute("data-state", state);
    }
}

/// Makes each step's drawing, the text of its `<noscript>` while scripts run, into elements.
fn unfold_drawings(section: &web_sys::HtmlElement) {
    for noscript in all(section, "noscript[data-inline-for]") {
        unfold(&noscript);
    }
}

/// Puts in place of a `<noscript>` the elements its HTML makes (the browser keeps that HTML as
/// text while scripts run, and reads it back the same where it parsed it, without scripts).
fn unfold(noscript: &Element) {
    noscript.set_outer_html(&noscript.inner_html());
}

fn set_flag(element: &Element, name: &str, on: bool) {
    let has = element.get_attribute(name).as_deref() == Some("true");
    if on && !has {
        let _ = element.set_attribute(name, "true");
    } else if !on && element.has_attribute(name) {
        let _ = element.remove_attribute(name);
    }
}
