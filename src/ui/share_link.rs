//! "Copy link" and "Share": a control the story and the explorer each carry, giving the link to
//! the step or the filter on show. The link points at the site, wherever the explainer runs: the
//! control holds a hidden link to the site's root (`./`), which the browser resolves against the
//! page or the frame, and the script embed makes absolute. Nothing is sent anywhere: the link is
//! copied to the clipboard, or handed to the system's share sheet where `navigator.share` exists.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Element;

use crate::dom::object;
use crate::embed::snippets::site_base;

/// The control as the build renders it: shown once the island runs (see the stylesheets), with
/// the system's share button revealed only where the browser has one. What it says once the link
/// is copied is announced to screen readers, and shown where the stylesheet puts it: in the
/// story's panel, over the page beside the button, so that nothing moves.
#[cfg(feature = "ssr")]
#[component]
pub fn ShareLink(
    /// What the copy button says.
    label: &'static str,
    /// What follows the label in the button's name, which a narrow layout may hide from sight
    /// (not from screen readers): " to this step".
    #[prop(optional)]
    detail: &'static str,
    /// Whether the buttons carry icons, which a narrow layout shows in place of their words.
    #[prop(optional)]
    icons: bool,
) -> impl IntoView {
    use super::{Icon, Shape};
    // The whole name, spaces and all, whatever the layout shows of it.
    let name = format!("{label}{detail}");
    view! {
        <p class="ilrs-share">
            <a href="./" data-share-base="" hidden>
                "The explainer"
            </a>
            <button type="button" class="ilrs-button" data-share="copy" aria-label=name>
                {icons.then(|| view! { <Icon shape=Shape::Link /> })}
                <span class="ilrs-share-label">{label}</span>
                {(!detail.is_empty()).then(|| view! { <span class="ilrs-share-detail">{detail}</span> })}
            </button>
            <button type="button" class="ilrs-button" data-share="native" hidden>
                {icons.then(|| view! { <Icon shape=Shape::Share /> })}
                <span class="ilrs-share-label">"Share…"</span>
            </button>
            <span class="ilrs-share-status" role="status"></span>
        </p>
    }
}

/// A property of `navigator`, if it is there.
fn navigator_property(name: &str) -> Option<JsValue> {
    let value = js_sys::Reflect::get(&window().navigator(), &JsValue::from_str(name)).ok()?;
    (!value.is_undefined() && !value.is_null()).then_some(value)
}

/// Shows the share buttons under `scope` where the browser has a share sheet.
pub fn reveal_share_sheet(scope: &Element) {
    if navigator_property("share").is_some_and(|share| share.is_function()) {
        for button in crate::dom::all(scope, "[data-share='native']") {
            let _ = button.remove_attribute("hidden");
        }
    }
}

/// Handles a click on a share control: `path` gives the link's path under the site (the step's
/// page, or the query of a filter). False if the click was not on a control.
pub fn on_share_click(target: &Element, path: impl FnOnce() -> String) -> bool {
    let Some(button) = target.closest("[data-share]").ok().flatten() else {
        return false;
    };
    let Some(control) = button.closest(".ilrs-share").ok().flatten() else {
        return false;
    };
    let Some(status) = control.query_selector("[role='status']").ok().flatten() else {
        return false;
    };
    // The link to the site's root, as the browser (or the script embed) resolved it.
    let base = control
        .query_selector("[data-share-base]")
        .ok()
        .flatten()
        .and_then(|a| js_sys::Reflect::get(&a, &JsValue::from_str("href")).ok())
        .and_then(|href| href.as_string())
        .map(|href| site_base(&href))
        .unwrap_or_default();
    let url = format!("{base}{}", path());
    let native = button.get_attribute("data-share").as_deref() == Some("native");
    let promise = if native {
        // The explainer's own title: in a host's page, the document's title is the host's.
        let title = control
            .closest(".ilrs")
            .ok()
            .flatten()
            .and_then(|app| app.query_selector(".ilrs-title").ok().flatten())
            .and_then(|h| h.text_content())
            .unwrap_or_default();
        share_sheet(&url, &title)
    } else {
        copy(&url)
    };
    // A share sheet the reader closes rejects too: then the link is only shown.
    let done = if native { "Shared." } else { "Link copied." };
    say_when_settled(promise, status, done.into(), format!("The link: {url}"));
    true
}

/// Says `done` in `status` once `promise` resolves, `failed` if it rejects or there is none.
/// Each is cleared after a while (the link, which a reader may need to copy by hand, later), so
/// that a note shown over the page does not stay there.
pub fn say_when_settled(
    promise: Option<js_sys::Promise>,
    status: Element,
    done: String,
    failed: String,
) {
    let Some(promise) = promise else {
        say_for(&status, failed, FAILED_FOR);
        return;
    };
    // One closure type for both answers: one shim in the wasm, not two.
    let say = |status: Element, text: String, millis: u64| {
        Closure::once(move |_: JsValue| say_for(&status, text, millis))
    };
    let resolved = say(status.clone(), done, DONE_FOR);
    let rejected = say(status, failed, FAILED_FOR);
    let _ = promise.then2(&resolved, &rejected);
    // The promise settles once, after this returns: the two answers live till then.
    resolved.forget();
    rejected.forget();
}

/// How long "Link copied." stays, and the link itself where it could not be copied, in ms.
const DONE_FOR: u64 = 4_000;
const FAILED_FOR: u64 = 20_000;

/// Shows `text` in `status` for `millis`, then clears it unless something newer was said.
fn say_for(status: &Element, text: String, millis: u64) {
    status.set_text_content(Some(&text));
    let status = status.clone();
    set_timeout(
        move || {
            if status.text_content().as_deref() == Some(text.as_str()) {
                status.set_text_content(None);
            }
        },
        std::time::Duration::from_millis(millis),
    );
}

/// Copies `text` to the clipboard; `None` where the page has none (not a secure context).
pub fn copy(text: &str) -> Option<js_sys::Promise> {
    let clipboard = navigator_property("clipboard")?;
    Some(
        clipboard
            .unchecked_into::<web_sys::Clipboard>()
            .write_text(text),
    )
}

/// Opens the system's share sheet with `url` and `title`.
fn share_sheet(url: &str, title: &str) -> Option<js_sys::Promise> {
    let share = navigator_property("share").filter(JsValue::is_function)?;
    let data = object(&[
        ("url", JsValue::from_str(url)),
        ("title", JsValue::from_str(title)),
    ]);
    // The Web Share API's `share` returns a promise.
    share
        .unchecked_into::<js_sys::Function>()
        .call1(&window().navigator(), &data)
        .ok()
        .map(JsCast::unchecked_into)
}
