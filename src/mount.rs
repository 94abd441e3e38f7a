//! Starting the app in a browser: hydrate the prerendered page, mount into empty embed hosts.

use leptos::mount::{hydrate_from, mount_to};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use crate::app::{App, ROOT_ID};

/// Marks an element the script embed fills with the explainer.
pub const EMBED_SELECTOR: &str = "[data-ilrs-explainer]";
/// Set on each root once the app is live there: `hydrated` or `mounted`. Tests wait for it; CSS
/// may use it to show controls that need the wasm.
pub const READY_ATTRIBUTE: &str = "data-ilrs-ready";

/// Hydrates the prerendered root if there is one, or renders into it if it is empty, and renders a
/// fresh copy into every empty embed host on the page.
pub fn start() {
    let document = document();
    if let Some(root) = document
        .get_element_by_id(ROOT_ID)
        .and_then(|el| el.dyn_into::<HtmlElement>().ok())
    {
        if root.has_child_nodes() {
            hydrate_from(root.clone(), App).forget();
            let _ = root.set_attribute(READY_ATTRIBUTE, "hydrated");
        } else {
            mount_to(root.clone(), App).forget();
            let _ = root.set_attribute(READY_ATTRIBUTE, "mounted");
        }
    }
    if let Ok(hosts) = document.query_selector_all(EMBED_SELECTOR) {
        for index in 0..hosts.length() {
            if let Some(host) = hosts
                .item(index)
                .and_then(|n| n.dyn_into::<HtmlElement>().ok())
                && !host.has_child_nodes()
            {
                mount_to(host.clone(), App).forget();
                let _ = host.set_attribute(READY_ATTRIBUTE, "mounted");
            }
        }
    }
}
