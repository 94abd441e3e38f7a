//! The browser entry (feature `hydrate`): for each root the page holds (the page's own, and each
//! script embed's shadow root that `embed.js` filled with the prerendered fragment), work out
//! where it runs, give that to its islands as context, and hydrate them. Nothing here renders
//! the page: the HTML is the build's, the same for the page's readers and the embed's.

use leptos::prelude::*;

use crate::watch::watch;
use leptos::reactive::owner::Owner;
use leptos::tachys::view::any_view::IntoAny;
use leptos::tachys::view::{Position, RenderHtml};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::wasm_bindgen;
use web_sys::{Element, HtmlElement};

use crate::dom::{in_page_link, scroll_to_id};
use crate::embed::copy::{CopySnippet, CopySnippetProps};
use crate::embed::core::contract::{
    ELEMENT_FLAGS, EMBED_ATTRIBUTE, EMBED_ROOT_CLASS, READY_ATTRIBUTE, ROOT_ID,
};
use crate::embed::core::{Flags, parse_flags};
use crate::embed::use_host_frame;
use crate::explorer::island::{ExplorerIsland, ExplorerIslandProps};
use crate::place::Place;
use crate::story::island::{StoryIsland, StoryIslandProps};
use crate::url::percent_encode;

/// Starts every root on the page that is not running yet: the page's own and each script
/// embed's. Safe to call again (embed.js does, when it fills a new element).
#[wasm_bindgen]
pub fn start() {
    let document = document();
    if let Some(root) = document.get_element_by_id(ROOT_ID)
        && let Ok(root) = root.dyn_into::<HtmlElement>()
        && !root.has_attribute(READY_ATTRIBUTE)
        && let Some(app) = app_in(&root)
    {
        let flags = parse_flags(&window().location().search().unwrap_or_default());
        let in_frame = window()
            .parent()
            .ok()
            .flatten()
            .is_some_and(|parent| !js_sys::Object::is(&parent, &window()));
        let framed = flags.embed || in_frame;
        start_root(&app, flags, framed, false).forget();
        let _ = root.set_attribute(READY_ATTRIBUTE, "hydrated");
    }
    let Ok(hosts) = document.query_selector_all(&format!("[{EMBED_ATTRIBUTE}]")) else {
        return;
    };
    for host in (0..hosts.length()).filter_map(|i| hosts.item(i)) {
        let Ok(host) = host.dyn_into::<HtmlElement>() else {
            continue;
        };
        if host.has_attribute(READY_ATTRIBUTE) {
            continue;
        }
        let Some(app) = host
            .shadow_root()
            .and_then(|shadow| {
                shadow
                    .query_selector(&format!(".{EMBED_ROOT_CLASS}"))
                    .ok()
                    .flatten()
            })
            .and_then(|root| app_in(&root))
        else {
            continue;
        };
        start_root(&app, parse_flags(&element_flags(&host)), false, true).forget();
        let _ = host.set_attribute(READY_ATTRIBUTE, "hydrated");
    }
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

/// A handle on a running root: dropping it leaves the root running; `stop` releases everything
/// its islands and the host-frame protocol set up.
pub struct Running(Owner);

impl Running {
    pub fn forget(self) {
        std::mem::forget(self.0);
    }

    pub fn stop(self) {
        self.0.cleanup();
    }
}

/// Starts one prerendered explainer (`app`, its `.ilrs` element): works out its place, sets the
/// classes that follow from it, starts the host-frame protocol in a frame, and hydrates its
/// islands with the place as their context.
pub fn start_root(app: &HtmlElement, flags: Flags, framed: bool, script: bool) -> Running {
    if Owner::current_shared_context().is_none() {
        leptos::mount::hydrate_islands();
    }
    let owner = Owner::new();
    owner.with(|| {
        let viewport = if framed {
            use_host_frame(app.clone(), flags.clone())
        } else {
            signal(None).0
        };
        let place = Place {
            flags,
            framed,
            script,
            viewport,
        };
        for (class, on) in place.root_classes() {
            let _ = app.class_list().toggle_with_force(class, on);
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
        provide_context(place);
        hydrate_islands_in(app);
    });
    Running(owner)
}

/// Hydrates every island under `root` in document order, under the current owner.
pub fn hydrate_islands_in(root: &Element) {
    let Ok(found) = root.query_selector_all("leptos-island") else {
        return;
    };
    for el in (0..found.length()).filter_map(|i| found.item(i)?.dyn_into::<HtmlElement>().ok()) {
        hydrate_island(&el);
    }
}

/// The prerendered island's children are never hydrated: they stay the server's.
fn children() -> Children {
    Box::new(|| ().into_any())
}

/// Hydrates one `<leptos-island>` as the island macro's own export does, choosing the island by
/// the name in `data-component` (`{Name}_{hash}`).
fn hydrate_island(el: &HtmlElement) {
    let component = el.get_attribute("data-component").unwrap_or_default();
    let name = component
        .rsplit_once('_')
        .map_or(component.as_str(), |(name, _)| name);
    match name {
        "StoryIsland" => hydrate(
            el,
            StoryIsland(StoryIslandProps::builder().children(children()).build()),
        ),
        "ExplorerIsland" => hydrate(
            el,
            ExplorerIsland(ExplorerIslandProps::builder().children(children()).build()),
        ),
        "CopySnippet" => hydrate(
            el,
            CopySnippet(CopySnippetProps::builder().children(children()).build()),
        ),
        _ => leptos::logging::warn!("ILRS explainer: no island named {component} in this build"),
    }
}

fn hydrate(el: &HtmlElement, island: impl RenderHtml) {
    let state = island.hydrate_from_position::<true>(el, Position::Current);
    // The view's DOM is the server's and goes with it; its reactive parts belong to the owner.
    std::mem::forget(state);
}

/// The host element's `data-dark`, `data-flat` and `data-step` as a query string, so they read
/// exactly like the page's URL flags.
fn element_flags(host: &HtmlElement) -> String {
    ELEMENT_FLAGS
        .iter()
        .filter_map(|name| {
            let value = host.get_attribute(&format!("data-{name}"))?;
            Some(format!("{name}={}", percent_encode(&value)))
        })
        .collect::<Vec<_>>()
        .join("&")
}

/// In a shadow root, `#id` links would go to the host page's URL and find nothing there: scroll
/// to the target inside our own root instead, and leave the host's URL alone.
fn follow_in_page_links(app: &HtmlElement) {
    let root: Element = app.clone().into();
    // Not passive: it must be able to keep the browser from following the link.
    let options = gloo_events::EventListenerOptions::enable_prevent_default();
    let listener =
        gloo_events::EventListener::new_with_options(app, "click", options, move |event| {
            if let Some(id) = in_page_link(event)
                && scroll_to_id(&root, &id)
            {
                event.prevent_default();
            }
        });
    let held = send_wrapper::SendWrapper::new(listener);
    on_cleanup(move || drop(held));
}
