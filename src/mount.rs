//! Starting the app in a browser: hydrate the prerendered page, or mount into the shadow roots
//! that `embed.js` prepared in a host's page.

use leptos::mount::{hydrate_from, mount_to};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use crate::app::{App, ROOT_ID};
use crate::core::embed::{Flags, parse_flags};
use crate::core::explore::percent_encode;

/// Marks an element the script embed fills with the explainer.
pub const EMBED_SELECTOR: &str = "[data-ilrs-explainer]";
/// The element `embed.js` puts in each host's shadow root for the app to mount into.
pub const EMBED_ROOT_SELECTOR: &str = ".ilrs-embed-root";
/// Set on each root once the app is live there: `hydrated` or `mounted`. Tests wait for it; CSS
/// may use it to show controls that need the wasm.
pub const READY_ATTRIBUTE: &str = "data-ilrs-ready";

/// Hydrates the prerendered root if there is one (or renders into it if it is empty), and
/// mounts a copy into every embed host whose shadow root `embed.js` has prepared.
pub fn start() {
    let document = document();
    if let Some(root) = document
        .get_element_by_id(ROOT_ID)
        .and_then(|el| el.dyn_into::<HtmlElement>().ok())
    {
        if root.has_child_nodes() {
            hydrate_from(root.clone(), || view! { <App /> }).forget();
            let _ = root.set_attribute(READY_ATTRIBUTE, "hydrated");
        } else {
            mount_app(root.clone(), None);
            let _ = root.set_attribute(READY_ATTRIBUTE, "mounted");
        }
    }
    let Ok(hosts) = document.query_selector_all(EMBED_SELECTOR) else {
        return;
    };
    for host in (0..hosts.length()).filter_map(|i| hosts.item(i)) {
        let Ok(host) = host.dyn_into::<HtmlElement>() else {
            continue;
        };
        let Some(target) = host
            .shadow_root()
            .and_then(|shadow| shadow.query_selector(EMBED_ROOT_SELECTOR).ok().flatten())
            .and_then(|el| el.dyn_into::<HtmlElement>().ok())
        else {
            continue;
        };
        if host.has_attribute(READY_ATTRIBUTE) {
            continue;
        }
        let flags = parse_flags(&host_query(&host));
        mount_app(target, Some(flags));
        let _ = host.set_attribute(READY_ATTRIBUTE, "mounted");
    }
}

/// Renders the app into an empty element. One call site for every client-side render, so the
/// wasm carries one copy of that code.
fn mount_app(target: HtmlElement, script_flags: Option<Flags>) {
    mount_to(target, move || {
        let script_flags = script_flags.clone();
        view! { <App script_flags /> }
    })
    .forget();
}

/// The host element's `data-dark`, `data-flat` and `data-step` as a query string, so they read
/// exactly like the page's URL flags.
fn host_query(host: &HtmlElement) -> String {
    ["dark", "flat", "step"]
        .iter()
        .filter_map(|name| {
            let value = host.get_attribute(&format!("data-{name}"))?;
            Some(format!("{name}={}", percent_encode(&value)))
        })
        .collect::<Vec<_>>()
        .join("&")
}
