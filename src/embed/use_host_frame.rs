//! The page inside a host's iframe: reports its height whenever it changes (a ResizeObserver on
//! the content itself, never a timer, never the frame's own size), in the pym.js v1, AMP and
//! this page's own formats; and listens for pym.js viewport messages, which let the story keep
//! its graphic in the host's viewport. Message formats and checks are `core`'s.

use std::cell::Cell;
use std::rc::Rc;

use gloo_events::EventListener;
use leptos::prelude::*;

use crate::chunk::run_chunk;
use crate::watch::{Root, keep_then, watch};
use leptos::reactive::owner::Owner;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{MessageEvent, ResizeObserver};

use crate::dom::{in_frame, object};

use super::flags::Flags;
use super::messages::{
    HostViewport, MESSAGE_SOURCE, MESSAGE_TYPE_HEIGHT, origin_allowed, parse_pym_viewport,
    pym_height,
};

/// In a frame: reports the height of `root` (the explainer's content) to the parent whenever it
/// changes, and returns the host's viewport once a pym.js host has sent it (`None` otherwise).
/// Everything it sets up is released with the owner it runs under. Its code is a chunk of its
/// own in release builds (`crate::chunk`): only a page in a frame fetches it, and the first
/// height goes out once it has arrived (one request after the wasm starts).
pub fn use_host_frame(
    root: web_sys::HtmlElement,
    flags: Flags,
) -> ReadSignal<Option<HostViewport>> {
    let (viewport, set_viewport) = signal(None::<HostViewport>);
    // A page asked to act as an embed (`?embed`) but not in a frame has no parent to tell.
    if in_frame()
        && let Some(owner) = Owner::current()
    {
        let root = Root::new(root);
        run_chunk!(
            "the host frame's messages",
            host_frame_chunk(root, flags, viewport, set_viewport, owner)
        );
    }
    viewport
}

/// The host-frame protocol, in its chunk: everything [`use_host_frame`] does, under `owner`,
/// unless `root` was stopped while the chunk was on its way.
#[cfg_attr(
    chunks,
    leptos::wasm_split::wasm_split(frame, wasm_split_path = crate::chunk, fallible)
)]
fn host_frame_chunk(
    root: Root,
    flags: Flags,
    viewport: ReadSignal<Option<HostViewport>>,
    set_viewport: WriteSignal<Option<HostViewport>>,
    owner: Owner,
) -> Result<(), crate::chunk::SplitLoaderError> {
    if let Some(root) = root.get() {
        owner.with(|| report_and_listen(root, flags, viewport, set_viewport));
    }
    Ok(())
}

fn report_and_listen(
    root: web_sys::HtmlElement,
    flags: Flags,
    viewport: ReadSignal<Option<HostViewport>>,
    set_viewport: WriteSignal<Option<HostViewport>>,
) {
    // The last height reported, shared by everything that reports.
    let last = Rc::new(Cell::new(0u32));

    let Ok(Some(parent)) = window().parent() else {
        return;
    };
    let on_resize = {
        let (root, flags, last) = (root.clone(), flags.clone(), last.clone());
        Closure::<dyn Fn()>::new(move || report_height(&root, &flags, &last))
    };
    let Ok(observer) = ResizeObserver::new(on_resize.as_ref().unchecked_ref()) else {
        return;
    };
    observer.observe(&root);
    report_height(&root, &flags, &last);

    let message = {
        let flags = flags.clone();
        EventListener::new(&window(), "message", move |event| {
            let Some(event) = event.dyn_ref::<MessageEvent>() else {
                return;
            };
            // Only the parent frame, only from its origin where pym.js told us it, only the
            // exact shape of a viewport message addressed to us.
            let from_parent = event
                .source()
                .is_some_and(|s| js_sys::Object::is(&s, &parent));
            if !from_parent || !origin_allowed(&event.origin(), flags.parent_origin.as_deref()) {
                return;
            }
            let (Some(data), Some(id)) = (event.data().as_string(), flags.child_id.as_deref())
            else {
                return;
            };
            if let Some(v) = parse_pym_viewport(&data, id) {
                set_viewport.set(Some(v));
            }
        })
    };
    keep_then((observer, on_resize, message), |held| held.0.disconnect());

    // The host's viewport height stands in for the frame's (`vh` would follow the frame). The
    // layout it changes is reported at once: a browser may hold back the ResizeObserver of a
    // cross-origin frame that is out of view, and the host must still size it right.
    watch(move || {
        let Some(v) = viewport.get() else {
            return;
        };
        let _ = root.style().set_property(
            "--ilrs-vh",
            &format!("calc({}px / 100)", v.height.round() as i32),
        );
        let (root, flags, last) = (root.clone(), flags.clone(), last.clone());
        // After the effects this change set off have applied their classes.
        wasm_bindgen_futures::spawn_local(async move { report_height(&root, &flags, &last) });
    });
}

/// Sends the content's height to the parent in every format, if it changed since `last`.
fn report_height(root: &web_sys::HtmlElement, flags: &Flags, last: &Cell<u32>) {
    let Ok(Some(parent)) = window().parent() else {
        return;
    };
    // The content's own extent: the frame's size would feed back into it.
    let rect = root.get_bounding_client_rect();
    let height = (rect.bottom() + window().scroll_y().unwrap_or(0.0)).ceil() as u32;
    if height == last.get() || height == 0 {
        return;
    }
    last.set(height);
    let target = flags.parent_origin.as_deref().unwrap_or("*");
    if let Some(id) = &flags.child_id {
        let _ = parent.post_message(&JsValue::from_str(&pym_height(id, height)), target);
    }
    let amp = object(&[
        ("sentinel", "amp".into()),
        ("type", "embed-size".into()),
        ("height", height.into()),
    ]);
    let _ = parent.post_message(&amp, target);
    let own = object(&[
        ("source", MESSAGE_SOURCE.into()),
        ("type", MESSAGE_TYPE_HEIGHT.into()),
        ("height", height.into()),
    ]);
    let _ = parent.post_message(&own, target);
}
