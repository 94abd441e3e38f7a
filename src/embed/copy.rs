//! The island of each snippet in "Embed this": fills in this site's address and copies the code.

use leptos::html::Div;
use leptos::prelude::*;

use crate::ui::share_link::{copy, say_when_settled};
use crate::watch::watch;
use wasm_bindgen::JsCast;

use super::messages::origin_of;
use super::snippets::site_base;

/// A snippet's island: fills in this site's address, and copies the code on a click.
#[cfg_attr(feature = "ssr", island)]
#[cfg_attr(not(feature = "ssr"), component)]
pub fn CopySnippet(children: Children) -> impl IntoView {
    let root = NodeRef::<Div>::new();
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
    let copy = move |ev: leptos::ev::MouseEvent| {
        let Some(root) = root.get_untracked() else {
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
    view! {
        // The snippet's figure is in the children, so its caption is the figure's own child (the
        // island's children sit inside `<leptos-children>`).
        <div class="ilrs-snippet" node_ref=root on:click=copy>
            {children()}
        </div>
    }
}
