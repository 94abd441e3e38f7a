//! Small DOM helpers the islands and the browser entry share.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, Event};

use crate::markup::is_slug;

/// Whether this page runs inside another's frame (its parent window is another window).
pub fn in_frame() -> bool {
    let window = leptos::prelude::window();
    window
        .parent()
        .ok()
        .flatten()
        .is_some_and(|parent| !js_sys::Object::is(&parent, &window))
}

/// The elements under `root` that match `selector`, in document order.
pub fn all(root: &Element, selector: &str) -> Vec<Element> {
    let Ok(list) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
        .collect()
}

/// The id an in-page link (`<a href="#id">`) that `event` hit points to. Our ids are slugs;
/// anything else is not ours to look up.
pub fn in_page_link(event: &Event) -> Option<String> {
    let link = event
        .target()?
        .dyn_into::<Element>()
        .ok()?
        .closest("a[href^='#']")
        .ok()??;
    let href = link.get_attribute("href")?;
    let id = href.strip_prefix('#')?;
    is_slug(id).then(|| id.to_string())
}

/// Scrolls the element with this id under `root` into view; false if there is none. Looked up
/// under the explainer's own root, not the document: in a shadow root the document has no such
/// element.
pub fn scroll_to_id(root: &Element, id: &str) -> bool {
    match root.query_selector(&format!("[id='{id}']")) {
        Ok(Some(target)) => {
            target.scroll_into_view();
            true
        }
        _ => false,
    }
}

/// A plain object with these properties, for `postMessage` and an event's `detail`.
pub fn object(entries: &[(&str, JsValue)]) -> JsValue {
    let object = js_sys::Object::new();
    for (key, value) in entries {
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), value);
    }
    object.into()
}
