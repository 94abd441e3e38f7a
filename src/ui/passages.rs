//! The passages of a record on demand. The main page ships no passage: each disclosure
//! (`EvidenceDisclosure`) links to the record's own page, and here, in the browser, opening one
//! fetches the small fragment built beside that page and shows the passages above the link.
//! One listener per explainer root (the page's, or an embed's shadow root) serves every
//! disclosure in it.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlAnchorElement, Response};

/// The class of the element inside each disclosure that receives the passages (a polite live
/// region: what arrives in it is read out, and focus stays on the disclosure).
pub const LOADED_INTO: &str = "ilrs-evidence-loaded";

/// The disclosure's attribute naming its fragment, a file beside the record's page.
const FRAGMENT_ATTRIBUTE: &str = "data-passages";

/// Where a disclosure stands: set to `loading`, then `loaded`; a failure removes it, so the next
/// opening tries again.
const STATE_ATTRIBUTE: &str = "data-passages-state";

/// What a passages fragment starts with. A page whose text does not (a host's "not found" page,
/// a static host's fallback to the main page) is never shown as passages.
pub const FRAGMENT_MARK: &str = "<!--ilrs-passages-->";

/// The fragment's address: the file `fragment` beside the record's page `page` (the link's
/// resolved address, absolute in an embed, where `embed.js` points links at the site). `None`
/// unless the fragment is a plain file name.
pub fn fragment_url(page: &str, fragment: &str) -> Option<String> {
    let plain = !fragment.is_empty()
        && fragment
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.')
        && !fragment.starts_with('.');
    let page = page.split('#').next().unwrap_or(page);
    (plain && page.ends_with('/')).then(|| format!("{page}{fragment}"))
}

/// Listens, for as long as the current owner lives, for disclosures opening under `root`.
pub fn load_passages_on_open(root: &Element) {
    // `toggle` does not bubble: it is caught on its way down.
    let options = gloo_events::EventListenerOptions {
        phase: gloo_events::EventListenerPhase::Capture,
        passive: true,
    };
    let listener = gloo_events::EventListener::new_with_options(root, "toggle", options, |event| {
        if let Some(details) = event
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .filter(|d| d.has_attribute(FRAGMENT_ATTRIBUTE) && d.has_attribute("open"))
            .filter(|d| !d.has_attribute(STATE_ATTRIBUTE))
        {
            load(&details);
        }
    });
    crate::watch::keep(listener);
}

fn load(details: &Element) {
    let found = |selector: &str| details.query_selector(selector).ok().flatten();
    let (Some(into), Some(link)) = (
        found(&format!(".{LOADED_INTO}")),
        found("a[href]").and_then(|a| a.dyn_into::<HtmlAnchorElement>().ok()),
    ) else {
        return;
    };
    let fragment = details
        .get_attribute(FRAGMENT_ATTRIBUTE)
        .unwrap_or_default();
    let Some(url) = fragment_url(&link.href(), &fragment) else {
        return;
    };
    let _ = details.set_attribute(STATE_ATTRIBUTE, "loading");
    into.set_text_content(Some("Loading the passages…"));
    // The response, then its text where it is a success; anything else reads as a failure.
    let read = {
        let (details, into) = (details.clone(), into.clone());
        move |response: JsValue| match response
            .dyn_into::<Response>()
            .ok()
            .filter(Response::ok)
            .and_then(|r| r.text().ok())
        {
            Some(text) => when_settled(text, details, into, |d, i, t| show(d, i, t.as_string())),
            None => show(&details, &into, None),
        }
    };
    when_settled(
        window().fetch_with_str(&url),
        details.clone(),
        into,
        move |_, _, response| read(response),
    );
}

/// Runs `then` with `promise`'s value once it resolves, or shows the failure if it rejects.
fn when_settled(
    promise: js_sys::Promise,
    details: Element,
    into: Element,
    then: impl FnOnce(&Element, &Element, JsValue) + 'static,
) {
    // One closure type for both answers: one shim in the wasm.
    let resolved = {
        let (details, into) = (details.clone(), into.clone());
        Closure::once(move |value: JsValue| then(&details, &into, value))
    };
    let rejected = Closure::once(move |_: JsValue| show(&details, &into, None));
    let _ = promise.then2(&resolved, &rejected);
    // The promise settles once, after this returns: the two answers live till then.
    resolved.forget();
    rejected.forget();
}

/// Shows the fetched fragment, the build's own file from the site's own address (never anything
/// a host or a URL supplied), or says that it could not be loaded, above the link that still
/// leads to the passages.
fn show(details: &Element, into: &Element, text: Option<String>) {
    match text.filter(|t| t.starts_with(FRAGMENT_MARK)) {
        Some(fragment) => {
            into.set_inner_html(&fragment);
            let _ = details.set_attribute(STATE_ATTRIBUTE, "loaded");
        }
        None => {
            into.set_text_content(Some(
                "The passages could not be loaded here. The link below opens them.",
            ));
            let _ = details.remove_attribute(STATE_ATTRIBUTE);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fragment_is_a_plain_file_beside_the_records_page() {
        let page = "https://news.example/ilrs/record/ilrs-signing/";
        assert_eq!(
            fragment_url(page, "passages.html").as_deref(),
            Some("https://news.example/ilrs/record/ilrs-signing/passages.html")
        );
        assert_eq!(
            fragment_url(&format!("{page}#passages"), "account-2.html").as_deref(),
            Some("https://news.example/ilrs/record/ilrs-signing/account-2.html")
        );
        for bad in [
            "",
            "../x.html",
            "a/b.html",
            "https://evil.example/x",
            ".hidden",
            "a b",
        ] {
            assert_eq!(fragment_url(page, bad), None, "{bad}");
        }
        assert_eq!(
            fragment_url("https://news.example/ilrs/record/x", "passages.html"),
            None
        );
    }
}
