//! The whole explainer, as one component that renders the same on the server and in the browser.
//! Where it runs (its own page, a host's iframe, a host's page through the script embed) and
//! what the host asked for (`core::embed::Flags`) are worked out in the browser after hydration,
//! and switch CSS classes, never the DOM.

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::{
    Actors, Coalitions, Comparison, Discrepancies, EmbedThis, Explorer, Figures, Hero, SourcesList,
    Story,
};
use crate::core::embed::{Dark, Flags, HostViewport, parse_flags};
use crate::core::markup::is_slug;
use crate::hooks::use_host_frame;

/// The id of the element the page prerenders into and the wasm hydrates.
pub const ROOT_ID: &str = "ilrs-explainer";

/// What the story needs to know about where it runs.
#[derive(Clone, Copy)]
pub struct Layout {
    /// Whether the scrolling layout is on: on its own page and in the script embed (unless
    /// `flat`), in an iframe only while the host sends its viewport.
    pub scrolly: Signal<bool>,
    /// The host's viewport, in an iframe whose host sends it.
    pub viewport: Signal<Option<HostViewport>>,
    /// The step the host asked to open at.
    pub step: Signal<Option<&'static str>>,
}

/// Where the app runs, known only in the browser.
#[derive(Clone, Debug, PartialEq)]
struct Setting {
    flags: Flags,
    framed: bool,
}

#[component]
pub fn App(
    /// Set by the script embed, from the host element's `data-*` attributes: the app then lives
    /// in someone else's page and leaves its URL alone.
    #[prop(default = None)]
    script_flags: Option<Flags>,
) -> impl IntoView {
    let script = script_flags.is_some();
    let root = NodeRef::<Div>::new();
    let (setting, set_setting) = signal(None::<Setting>);
    Effect::new(move |_| {
        let flags = script_flags
            .clone()
            .unwrap_or_else(|| parse_flags(&window().location().search().unwrap_or_default()));
        let in_frame = window()
            .parent()
            .ok()
            .flatten()
            .is_some_and(|parent| !js_sys::Object::is(&parent, &window()));
        let framed = !script && (flags.embed || in_frame);
        set_setting.set(Some(Setting { flags, framed }));
    });
    let framed_flags = Signal::derive(move || {
        setting.with(|s| s.as_ref().filter(|s| s.framed).map(|s| s.flags.clone()))
    });
    let viewport = use_host_frame(root, framed_flags);
    let flag = move |f: fn(&Setting) -> bool| move || setting.with(|s| s.as_ref().is_some_and(f));
    let layout = Layout {
        scrolly: Signal::derive(move || {
            setting.with(|s| match s {
                None => false,
                Some(s) if s.flags.flat => false,
                Some(s) if s.framed => viewport.with(Option::is_some),
                Some(_) => true,
            })
        }),
        viewport: viewport.into(),
        step: Signal::derive(move || setting.with(|s| s.as_ref().and_then(|s| s.flags.step))),
    };
    provide_context(layout);

    view! {
        <div
            class="ilrs"
            node_ref=root
            class:ilrs--framed=flag(|s| s.framed)
            class:ilrs--hosted=move || viewport.with(Option::is_some)
            class:ilrs--script=move || script
            class:ilrs--dark=flag(|s| s.flags.dark == Dark::On)
            class:ilrs--light=flag(|s| s.flags.dark == Dark::Off)
            on:click=move |ev| {
                if script {
                    follow_in_page_link(&ev, root);
                }
            }
        >
            <Hero />
            <main class="ilrs-main">
                <Story />
                <Comparison />
                <Coalitions />
                <Explorer leave_url_alone=script />
                <Figures />
                <Discrepancies />
                <Actors />
                <SourcesList />
                <EmbedThis />
            </main>
        </div>
    }
}

/// In a shadow root, `#id` links would go to the host page's URL and find nothing there: scroll
/// to the target inside our own root instead, and leave the host's URL alone.
fn follow_in_page_link(event: &leptos::ev::MouseEvent, root: NodeRef<Div>) {
    let Some(link) = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest("a[href^='#']").ok().flatten())
    else {
        return;
    };
    let id = link
        .get_attribute("href")
        .unwrap_or_default()
        .trim_start_matches('#')
        .to_string();
    // Our ids are slugs; anything else is not ours to look up.
    if !is_slug(&id) {
        return;
    }
    if let Some(target) = root
        .get_untracked()
        .and_then(|r| r.query_selector(&format!("[id='{id}']")).ok().flatten())
    {
        event.prevent_default();
        target.scroll_into_view();
    }
}
