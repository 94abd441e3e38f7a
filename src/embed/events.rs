//! Tells the host page what the reader does, for the host's own analytics and nothing else:
//! `ilrs:{kind}` CustomEvents that bubble and cross the shadow root (composed), dispatched on the
//! explainer's root, so a listener on the embed's element or on the document hears them; in a
//! frame, the same as `{ source: "ilrs-explainer", type: kind, [field]: value }` messages to the
//! parent window alone. Names and fields are `contract::HostEvent`'s.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CustomEvent, CustomEventInit, Element};

use super::contract::{EVENT_PREFIX, HostEvent};
use super::messages::MESSAGE_SOURCE;
use super::place::Place;
use crate::dom::{in_page_link, object};
use crate::watch::listen;

/// Tells the host (`ilrs:record`) when the reader follows a link to a record or opens a record's
/// passages, anywhere under `app`. Here, not in the explorer's island, whose code arrives only as
/// the reader nears it: a link from the story is followed before that.
pub fn report_records(app: &Element, place: &Place) {
    let (root, place) = (app.clone(), place.clone());
    listen(app, "click", move |event| {
        let record = if let Some(id) = in_page_link(event) {
            root.query_selector(&format!("[data-record='{id}']"))
                .ok()
                .flatten()
        } else {
            // A record's passages, opened (the click comes before the disclosure opens).
            event
                .target()
                .and_then(|t| t.dyn_into::<Element>().ok())
                .and_then(|t| t.closest("[data-record] summary").ok().flatten())
                .filter(|summary| {
                    summary
                        .parent_element()
                        .is_some_and(|d| !d.has_attribute("open"))
                })
                .and_then(|summary| summary.closest("[data-record]").ok().flatten())
        };
        if let Some(record) = record {
            let id = record.get_attribute("data-record").unwrap_or_default();
            emit(&record, &place, HostEvent::Record, &id);
        }
    });
}

/// Tells the host about `event` from anywhere inside the explainer's root (`from`), with
/// `value` as its field's value.
pub fn emit(from: &Element, place: &Place, event: HostEvent, value: &str) {
    let field = event.field().map(|name| (name, JsValue::from_str(value)));
    if place.framed {
        let Ok(Some(parent)) = window().parent() else {
            return;
        };
        let mut entries = vec![
            ("source", JsValue::from_str(MESSAGE_SOURCE)),
            ("type", JsValue::from_str(event.kind())),
        ];
        entries.extend(field);
        let target = place.flags.with_untracked(|f| f.parent_origin.clone());
        let _ = parent.post_message(&object(&entries), target.as_deref().unwrap_or("*"));
        return;
    }
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&object(&field.into_iter().collect::<Vec<_>>()));
    let root = from.closest(".ilrs").ok().flatten();
    if let Ok(custom) =
        CustomEvent::new_with_event_init_dict(&format!("{EVENT_PREFIX}{}", event.kind()), &init)
    {
        let _ = root.as_ref().unwrap_or(from).dispatch_event(&custom);
    }
}
