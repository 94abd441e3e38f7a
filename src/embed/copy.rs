//! The island of each snippet in "Embed this": fills in this site's address and copies the code.

use leptos::prelude::*;

use crate::ui::share_link::{copy, say_when_settled};
use crate::watch::{Root, watch};
use wasm_bindgen::JsCast;

use super::messages::origin_of;
use super::snippets::site_base;

/// A snippet's island as the build renders it. Only the prerender uses it: in the browser
/// [`run_copy_snippet`] starts on its element, fills in this site's address, and copies the code
/// on a click.
#[cfg(feature = "ssr")]
#[island]
pub fn CopySnippet(children: Children) -> impl IntoView {
    view! {
        // The snippet's figure is in the children, so its caption is the figure's own child (the
        // island's children sit inside `<leptos-children>`).
        <div class="ilrs-snippet">{children()}</div>
    }
}

/// Runs a snippet's island in `el` (its `<div>`).
pub fn run_copy_snippet(el: &web_sys::HtmlElement) {
    let root = Root::new(el.clone());
    watch(move || {
        let (Some(root), Ok(href)) = (root.get(), window().location().href()) else {
            return;
        };
        let base = site_base(&href);
        let origin = origin_of(&base);
        let Ok(places) = root.query_selector_all("[data-fill]") else {
            return;
        };
        for place in (0..places.length()).filter_map(|i| places.item(i)) {
            let Ok(place) = place.dyn_into::<web_sys::Element>() else {
                continue;
            };
            let text = match place.get_attribute("data-fill").as_deref() {
                Some("base") => Some(base.as_str()),
                Some("origin") => origin.as_deref(),
                _ => None,
            };
            if let Some(text) = text {
                place.set_text_content(Some(text));
            }
        }
    });
    let copy = move |ev: &web_sys::Event| {
        let Some(root) = root.get() else {
            return;
        };
        let on_button = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|t| t.closest(".ilrs-copy").ok().flatten())
            .is_some();
        let (Ok(Some(code)), Ok(Some(status))) = (
            root.query_selector("pre"),
            root.query_selector("[role='status']"),
        ) else {
            return;
        };
        if !on_button {
            return;
        }
        let text = code.text_content().unwrap_or_default();
        say_when_settled(
            copy(&text),
            status,
            "Copied.".into(),
            "Copying is blocked here: select the code and copy it.".into(),
        );
    };
    crate::watch::listen(el, "click", copy);
}
