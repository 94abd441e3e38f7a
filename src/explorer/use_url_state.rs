//! The explorer's filter in the page's query string: read once the explorer is ready (the
//! prerendered page shows everything, so the server and the first client render agree), written
//! back with `history.replaceState` (no reload, no new history entry, no scroll jump), and read
//! again when the reader goes back or forward to an entry with another query. Parsing and
//! writing are `query`'s; this file only talks to `Location` and `History`.

use gloo_events::EventListener;
use leptos::prelude::*;

use crate::watch::{keep, watch};
use wasm_bindgen::JsValue;

use super::filter::{Facet, Filter};
use super::query::{parse_query, write_query};

/// How [`use_url_state_with_options`] behaves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UseUrlStateOptions {
    /// Whether the URL is read and written at all: the script embed leaves the host page's URL
    /// alone. Default: on.
    pub enabled: bool,
}

impl Default for UseUrlStateOptions {
    fn default() -> Self {
        UseUrlStateOptions { enabled: true }
    }
}

/// [`use_url_state_with_options`] with the default options.
pub fn use_url_state(
    filter: RwSignal<Filter>,
    known: impl Fn(Facet, &str) -> bool + Clone + Send + Sync + 'static,
    ready: ReadSignal<bool>,
    on_fragment: impl Fn(String) + Copy + 'static,
) -> ReadSignal<usize> {
    use_url_state_with_options(
        filter,
        known,
        ready,
        on_fragment,
        UseUrlStateOptions::default(),
    )
}

/// Keeps `filter` and the URL's query in step once `ready` (the values the URL may name are
/// known), and calls `on_fragment` with the new fragment (without `#`) whenever it changes.
/// Returns how many parameters of the URL as loaded were not understood and were left out.
pub fn use_url_state_with_options(
    filter: RwSignal<Filter>,
    known: impl Fn(Facet, &str) -> bool + Clone + Send + Sync + 'static,
    ready: ReadSignal<bool>,
    on_fragment: impl Fn(String) + Copy + 'static,
    options: UseUrlStateOptions,
) -> ReadSignal<usize> {
    let UseUrlStateOptions { enabled } = options;
    let (skipped, set_skipped) = signal(0usize);
    let (restored, set_restored) = signal(false);
    if !enabled {
        return skipped;
    }

    let restore = move |known: &dyn Fn(Facet, &str) -> bool| {
        let search = window().location().search().unwrap_or_default();
        let (restored, ignored) = parse_query(&search, known);
        set_skipped.set(ignored.len());
        if filter.with_untracked(|f| *f != restored) {
            filter.set(restored);
        }
    };

    // Effects run only in the browser, once the island runs.
    watch(move || {
        if !ready.get() {
            return;
        }
        restore(&known);
        set_restored.set(true);
        let known = known.clone();
        let popstate = EventListener::new(&window(), "popstate", move |_| restore(&known));
        let hashchange = EventListener::new(&window(), "hashchange", move |_| {
            let hash = window().location().hash().unwrap_or_default();
            on_fragment(hash.trim_start_matches('#').to_string());
        });
        keep((popstate, hashchange));
    });

    watch(move || {
        let current = filter.get();
        // Until the URL's filter has been read, the filter is the default one, not the URL's.
        if !restored.get_untracked() {
            return;
        }
        let location = window().location();
        let search = location.search().unwrap_or_default();
        let next = write_query(&current, &search);
        if next == search || (next.is_empty() && search == "?") {
            return;
        }
        let path = location.pathname().unwrap_or_default();
        let hash = location.hash().unwrap_or_default();
        if let Ok(history) = window().history() {
            let _ = history.replace_state_with_url(
                &JsValue::NULL,
                "",
                Some(&format!("{path}{next}{hash}")),
            );
        }
    });

    skipped
}
