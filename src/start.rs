//! The browser entry (feature `hydrate`): for each root the page holds (the page's own, and each
//! script embed's shadow root that `embed.js` filled with the prerendered fragment), work out
//! where it runs, give that to its islands as context, and start them. Nothing here renders
//! the page: the HTML is the build's, the same for the page's readers and the embed's.
//!
//! An island starts on its own element, the server's: its behaviour (Leptos signals and
//! effects over that element) attaches there, with no hydration walk. Leptos's hydration
//! (`hydrate_islands`, and tachys hydrating each island's view) cost 7.7 KB of the wasm's
//! brotli, to find one wrapper element per island and add its listeners.

use leptos::prelude::*;

use crate::watch::{listen, watch};
use leptos::reactive::owner::Owner;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::wasm_bindgen;
use web_sys::{Element, HtmlElement};

use crate::dom::{in_frame, in_page_link, scroll_to_id};
use crate::embed::contract::{EMBED_ROOT_CLASS, HostEvent, READY_ATTRIBUTE, ROOT_ID};
use crate::embed::copy::run_copy_snippet;
use crate::embed::events::{emit, report_records};
use crate::embed::flags::{Flags, parse_flags};
use crate::embed::place::Place;
use crate::embed::use_host_frame;
use crate::explorer::start_explorer;
use crate::story::island::run_story;
use crate::ui::passages::load_passages_on_open;

/// Starts the page's own root, if this is the explainer's page. Runs when the wasm starts; a
/// script embed's roots are started by `embed.js`, one by one, with [`start_embed`].
pub fn start() {
    if let Some(root) = document().get_element_by_id(ROOT_ID)
        && let Ok(root) = root.dyn_into::<HtmlElement>()
        && !root.has_attribute(READY_ATTRIBUTE)
        && let Some(app) = app_in(&root)
    {
        let flags = parse_flags(&window().location().search().unwrap_or_default());
        let framed = flags.embed || in_frame();
        start_root(&app, flags, framed, false).forget();
        // "hydrated": the value hosts and tests know, older than the islands' start without
        // hydration.
        let _ = root.set_attribute(READY_ATTRIBUTE, "hydrated");
    }
}

/// Starts the explainer `embed.js` put in `host`'s shadow root, with the element's flags as a
/// query string (`dark=on&flat&step=…`; anything malformed is ignored). `None` if the shadow
/// root holds no explainer. The host keeps the handle, to pass on changed flags and to stop it.
#[wasm_bindgen]
pub fn start_embed(host: HtmlElement, flags: &str) -> Option<Running> {
    let app = host
        .shadow_root()?
        .query_selector(&format!(".{EMBED_ROOT_CLASS}"))
        .ok()
        .flatten()
        .and_then(|root| app_in(&root))?;
    let running = start_root(&app, parse_flags(flags), false, true);
    let _ = host.set_attribute(READY_ATTRIBUTE, "hydrated");
    Some(running)
}

/// The explainer's own root (`.ilrs`) inside a container.
fn app_in(container: &Element) -> Option<HtmlElement> {
    container
        .query_selector(".ilrs")
        .ok()
        .flatten()?
        .dyn_into()
        .ok()
}

/// A handle on a running root: `forget` leaves it running for good; `stop` releases everything
/// its islands, its listeners, its observers and the host-frame protocol set up; `update` passes
/// on flags a host changed.
#[wasm_bindgen]
pub struct Running {
    owner: Owner,
    flags: RwSignal<Flags>,
}

#[wasm_bindgen]
impl Running {
    /// The host changed the element's flags (as a query string, like [`start_embed`]'s).
    pub fn update(&self, flags: &str) {
        let next = parse_flags(flags);
        if self.flags.with_untracked(|f| *f != next) {
            self.flags.set(next);
        }
    }

    pub fn stop(self) {
        self.owner.cleanup();
    }
}

impl Running {
    pub fn forget(self) {
        std::mem::forget(self.owner);
    }
}

/// Starts one prerendered explainer (`app`, its `.ilrs` element): works out its place, sets the
/// classes that follow from it, starts the host-frame protocol in a frame, and starts its
/// islands with the place as their context.
pub fn start_root(app: &HtmlElement, flags: Flags, framed: bool, script: bool) -> Running {
    // Leptos's effects run on this executor; an error means it was already started.
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let owner = Owner::new();
    let flags = owner.with(|| RwSignal::new(flags));
    owner.with(|| {
        let viewport = if framed {
            use_host_frame(app.clone(), flags.get_untracked())
        } else {
            signal(None).0
        };
        let place = Place {
            flags,
            framed,
            script,
            viewport,
        };
        {
            // Again whenever a host changes the flags (`dark`).
            let (app, place) = (app.clone(), place.clone());
            watch(move || {
                flags.track();
                for (class, on) in place.root_classes() {
                    let _ = app.class_list().toggle_with_force(class, on);
                }
            });
        }
        {
            let app = app.clone();
            watch(move || {
                let hosted = viewport.with(Option::is_some);
                let _ = app.class_list().toggle_with_force("ilrs--hosted", hosted);
            });
        }
        if script {
            follow_in_page_links(app);
        }
        load_passages_on_open(app);
        report_records(app, &place);
        provide_context(place.clone());
        start_islands_in(app);
        emit(app, &place, HostEvent::Ready, "");
    });
    Running { owner, flags }
}

/// Starts every island under `root` in document order, under the current owner.
pub fn start_islands_in(root: &Element) {
    let Ok(found) = root.query_selector_all("leptos-island") else {
        return;
    };
    for el in (0..found.length()).filter_map(|i| found.item(i)?.dyn_into::<HtmlElement>().ok()) {
        start_island(&el);
    }
}

/// Starts one `<leptos-island>` on its element, choosing the island by the name in
/// `data-component` (`{Name}_{hash}`). Each `#[island]` renders exactly one element around its
/// children (`<leptos-children>`), so that element is the island's first child.
fn start_island(el: &HtmlElement) {
    let component = el.get_attribute("data-component").unwrap_or_default();
    let name = component
        .rsplit_once('_')
        .map_or(component.as_str(), |(name, _)| name);
    let Some(inner) = el
        .first_element_child()
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    else {
        leptos::logging::warn!("ILRS explainer: the island {component} holds no element");
        return;
    };
    match name {
        "StoryIsland" => run_story(&inner),
        "ExplorerIsland" => start_explorer(&inner),
        "CopySnippet" => run_copy_snippet(&inner),
        _ => leptos::logging::warn!("ILRS explainer: no island named {component} in this build"),
    }
}

/// In a shadow root, `#id` links would go to the host page's URL and find nothing there: scroll
/// to the target inside our own root instead, and leave the host's URL alone.
fn follow_in_page_links(app: &HtmlElement) {
    let root: Element = app.clone().into();
    // `listen`'s listeners are not passive: this one keeps the browser from following the link.
    listen(app, "click", move |event| {
        if let Some(id) = in_page_link(event)
            && scroll_to_id(&root, &id)
        {
            event.prevent_default();
        }
    });
}
