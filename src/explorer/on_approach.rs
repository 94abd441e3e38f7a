//! When the explorer starts. Its behaviour is the largest part of the wasm, and most readers of
//! the story never scroll as far as the explorer. So in release builds its code is a chunk of
//! its own (see `crate::chunk`), fetched only when the explorer comes within three screens of the
//! reader (scrolling there, or following a link to one of its records), or at once when the
//! page's address names a filter (a link to a filtered view). Until then the
//! prerendered explorer shows every record, as it does without JavaScript. What a reader does in
//! the moment before the code arrives is not lost: the last control clicked is clicked again
//! once the explorer runs, and a search or years typed meanwhile are applied. (Inside a
//! cross-origin iframe the browser does not widen the viewport by the three screens: there the
//! code is fetched as the explorer comes on screen.)
//!
//! Builds that are not split (debug builds: the wasm tests, `trunk serve`; see `crate::chunk`)
//! start the explorer with the page.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use leptos::reactive::owner::Owner;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use super::island::run_explorer;
use crate::chunk::run_chunk;
use crate::watch::Root;

/// The control clicked last before the explorer ran, and whether it runs (from then on its own
/// listeners hear the clicks).
#[derive(Default)]
struct Early {
    clicked: RefCell<Option<HtmlElement>>,
    running: Cell<bool>,
}

type Clicked = Rc<Early>;

/// Starts the explorer in `el` (the island's element) under the current owner: when it comes
/// near in a split build, at once in any other.
pub fn start_explorer(el: &HtmlElement) {
    let Some(owner) = Owner::current() else {
        return;
    };
    // With scripts the list holds its first matches, the rest a "Show more" away (explorer.css
    // until the island runs; the island from then on).
    make_brief(el, true);
    let root = Root::new(el.clone());
    #[cfg(not(chunks))]
    run_chunk!(
        "the explorer",
        explorer_chunk(root, owner, Clicked::default())
    );
    #[cfg(chunks)]
    {
        use leptos::prelude::{use_context, window};

        use crate::embed::place::Place;
        // A script embed's explorer does not read the host page's address.
        let script = use_context::<Place>().is_some_and(|p| p.script);
        let linked = !script
            && window()
                .location()
                .search()
                .is_ok_and(|q| super::query::names_a_filter(&q));
        when_near(el, root, owner, linked);
    }
}

/// Makes the list brief (its first matches and "Show more") or whole, as without JavaScript;
/// nothing where it has no "Show more" (no more records than it lists at first).
fn make_brief(el: &HtmlElement, brief: bool) {
    if let Ok(Some(more)) = el.query_selector(".ilrs-more") {
        let _ = el.class_list().toggle_with_force("is-brief", brief);
        let _ = more.toggle_attribute_with_force("hidden", !brief);
    }
}

/// Where its code did not load, the explorer lists every record, as without JavaScript.
#[cfg(chunks)]
fn unbrief(el: HtmlElement) -> impl FnOnce() {
    move || make_brief(&el, false)
}

/// Fetches the explorer's chunk and runs it once `el` comes within three screens of the
/// viewport, or at once if `now`, remembering the controls clicked until it runs.
#[cfg(chunks)]
fn when_near(el: &HtmlElement, root: Root, owner: Owner, now: bool) {
    use wasm_bindgen::closure::Closure;
    use web_sys::{IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};

    use crate::watch::{keep_then, listen};

    // Plain `Rc`s: a local `StoredValue` would bring `send_wrapper`'s thread check into the
    // wasm (2 KB of brotli).
    let clicked = Clicked::default();
    {
        let clicked = clicked.clone();
        listen(el, "click", move |event| {
            if clicked.running.get() {
                return;
            }
            if let Some(button) = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|t| t.closest("button").ok().flatten())
                .and_then(|b| b.dyn_into::<HtmlElement>().ok())
            {
                *clicked.clicked.borrow_mut() = Some(button);
            }
        });
    }
    if now {
        run_chunk!(
            "the explorer",
            explorer_chunk(root, owner, clicked),
            unbrief(el.clone())
        );
        return;
    }
    let list = el.clone();
    let near = move |entries: js_sys::Array, observer: IntersectionObserver| {
        if entries.iter().any(|e| {
            e.unchecked_into::<IntersectionObserverEntry>()
                .is_intersecting()
        }) {
            observer.disconnect();
            let (owner, clicked) = (owner.clone(), clicked.clone());
            run_chunk!(
                "the explorer",
                explorer_chunk(root, owner, clicked),
                unbrief(list.clone())
            );
        }
    };
    let callback = Closure::<dyn FnMut(js_sys::Array, IntersectionObserver)>::new(near);
    let init = IntersectionObserverInit::new();
    init.set_root_margin("300% 0px");
    if let Ok(observer) =
        IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &init)
    {
        observer.observe(el);
        keep_then((observer, callback), |held| held.0.disconnect());
    }
}

/// The explorer, in its chunk: runs it under `owner` (which the chunk cannot reach by itself: it
/// runs after an await), unless its root has been stopped meanwhile; then applies a search or
/// years typed and clicks again the last control clicked (`clicked`) while the chunk was on its
/// way.
#[cfg_attr(
    chunks,
    leptos::wasm_split::wasm_split(explorer, wasm_split_path = crate::chunk, fallible)
)]
fn explorer_chunk(
    root: Root,
    owner: Owner,
    clicked: Clicked,
) -> Result<(), crate::chunk::SplitLoaderError> {
    let Some(el) = root.get() else {
        return Ok(());
    };
    owner.with(|| run_explorer(&el));
    clicked.running.set(true);
    let clicked = clicked.clicked.take();
    // After the explorer's first effects, which read the URL's filter.
    leptos::prelude::request_animation_frame(move || {
        // The search box is read as it changes, the years once changed: events that bubble up
        // to the explorer's listeners, as the browser's own do.
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        for (selector, kind) in [
            ("input[type='search']", "input"),
            ("input[data-facet='year']", "change"),
        ] {
            for input in crate::dom::all(&el, selector) {
                if let Ok(input) = input.dyn_into::<web_sys::HtmlInputElement>()
                    && !input.value().is_empty()
                    && let Ok(event) = web_sys::Event::new_with_event_init_dict(kind, &init)
                {
                    let _ = input.dispatch_event(&event);
                }
            }
        }
        if let Some(button) = clicked
            && button.is_connected()
        {
            button.click();
        }
    });
    Ok(())
}
