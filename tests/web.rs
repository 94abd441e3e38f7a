//! Component tests in headless Chromium (`cargo test --target wasm32-unknown-unknown --features
//! hydrate --test web`, run by the README's test command).
#![cfg(target_arch = "wasm32")]

use ilrs_explainer::app::App;
use ilrs_explainer::components::Explorer;
use ilrs_explainer::components::graphics::Graphic;
use ilrs_explainer::core::embed::parse_flags;
use ilrs_explainer::core::steps::step_count;
use ilrs_explainer::data::{EVENTS, HERO, QUOTATIONS, SOURCES};
use ilrs_explainer::model::GraphicKind;
use leptos::mount::{hydrate_from, mount_to};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

/// The app as the native prerender binary writes it. The browser has no file system, so it is
/// embedded at compile time; the README's test command renders it first and names it here.
const PRERENDERED: &str = include_str!(env!("ILRS_PRERENDERED_FRAGMENT"));

fn fresh_host() -> HtmlElement {
    let host = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    host.unchecked_into()
}

fn texts(host: &HtmlElement, selector: &str) -> Vec<String> {
    let nodes = host.query_selector_all(selector).unwrap();
    (0..nodes.length())
        .filter_map(|i| nodes.item(i))
        .filter_map(|n| n.text_content())
        .collect()
}

#[wasm_bindgen_test]
fn the_app_mounts_into_a_fresh_element_and_shows_every_source() {
    let host = fresh_host();
    let _app = mount_to(host.clone(), || view! { <App /> });
    assert_eq!(texts(&host, "h1"), [HERO.title]);
    let titles = texts(&host, "[data-source] cite");
    assert_eq!(titles.len(), SOURCES.len());
    for source in SOURCES {
        assert!(
            titles
                .iter()
                .any(|t| t.contains(source.headline.unwrap_or(source.file))),
            "{} is not shown",
            source.id
        );
    }
}

#[wasm_bindgen_test]
fn a_prerendered_fragment_hydrates_in_place() {
    let host = fresh_host();
    host.set_inner_html(PRERENDERED);
    let heading_before = host.query_selector("h1").unwrap().unwrap();
    let _app = hydrate_from(host.clone(), || view! { <App /> });
    let heading_after = host.query_selector("h1").unwrap().unwrap();
    // Hydration adopts the server's nodes rather than rendering new ones.
    assert!(heading_before.is_same_node(Some(&heading_after)));
    assert_eq!(texts(&host, "[data-source]").len(), SOURCES.len());
    // What the server wrote must be exactly what the client renders: otherwise a reader without
    // the wasm sees a different page, and hydration adopts the wrong nodes.
    let client = fresh_host();
    let _client_app = mount_to(client.clone(), || view! { <App /> });
    let (server, client) = (canonical(&host), canonical(&client));
    if let Some(at) = server.bytes().zip(client.bytes()).position(|(a, b)| a != b) {
        let from = at.saturating_sub(80);
        panic!(
            "server and client renders differ at byte {at}:\nserver: {}\nclient: {}",
            &server[from..(at + 80).min(server.len())],
            &client[from..(at + 80).min(client.len())]
        );
    }
    assert_eq!(
        server.len(),
        client.len(),
        "one render is longer than the other"
    );
}

/// Lets the reactive system run its effects (they are scheduled, not run at once).
async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 50);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

#[wasm_bindgen_test]
async fn the_story_renders_flat_then_switches_to_scrolling_once_running() {
    let host = fresh_host();
    let _app = mount_to(host.clone(), || view! { <App /> });
    let story = host.query_selector(".ilrs-story").unwrap().unwrap();
    // The first render is what the server writes: flat, every step with its own graphic.
    assert!(!story.class_list().contains("ilrs-story--scrolly"));
    let steps = host.query_selector_all("[data-step]").unwrap().length() as usize;
    assert_eq!(steps, step_count());
    assert_eq!(
        host.query_selector_all("[data-inline-graphic]")
            .unwrap()
            .length() as usize,
        steps
    );
    settle().await;
    assert!(story.class_list().contains("ilrs-story--scrolly"));
    assert_eq!(
        host.query_selector_all("[data-step][data-active=\"true\"]")
            .unwrap()
            .length(),
        1
    );
    for kind in ["coalitions", "timeline", "moon", "budgets"] {
        let sticky = host
            .query_selector(&format!("[data-graphic=\"{kind}\"]"))
            .unwrap()
            .unwrap_or_else(|| panic!("no sticky {kind} graphic"));
        assert!(
            sticky
                .get_attribute("data-state")
                .is_some_and(|s| !s.is_empty())
        );
    }
}

#[wasm_bindgen_test]
fn a_graphic_brings_its_states_records_forward_and_names_itself() {
    let host = fresh_host();
    let _graphic = mount_to(host.clone(), || {
        view! { <Graphic kind=GraphicKind::Coalitions state="russia" /> }
    });
    let focused = host
        .query_selector_all(".ilrs-g-member:not(.is-dim)")
        .unwrap()
        .length();
    let all = host.query_selector_all(".ilrs-g-member").unwrap().length();
    assert_eq!(
        focused, 4,
        "Russia in the ILRS, the Accords, the Gateway and the ISS"
    );
    assert!(all > focused);
    let svg = host.query_selector("svg[role=\"img\"]").unwrap().unwrap();
    let name = svg.get_attribute("aria-label").unwrap();
    assert!(name.contains("Russia (declined)"), "{name}");
}

/// The DOM under `node` as text, with attributes sorted and comments (hydration markers) left
/// out, so two renders compare equal when a reader would see the same page.
fn canonical(node: &web_sys::Node) -> String {
    let mut out = String::new();
    let children = node.child_nodes();
    for i in 0..children.length() {
        let Some(child) = children.item(i) else {
            continue;
        };
        match child.node_type() {
            web_sys::Node::TEXT_NODE => out.push_str(&child.text_content().unwrap_or_default()),
            web_sys::Node::ELEMENT_NODE => {
                let element: &web_sys::Element = child.unchecked_ref();
                // tachys 0.2.19 mounts a static SVG element inside a bare <g> on the client
                // (`create_svg_element_from_html` returns its wrapper): it draws the same, so
                // the wrapper is looked through rather than counted as a difference.
                if element.tag_name() == "g" && element.get_attribute_names().length() == 0 {
                    out.push_str(&canonical(&child));
                    continue;
                }
                let mut attributes: Vec<String> = element
                    .get_attribute_names()
                    .iter()
                    .filter_map(|name| name.as_string())
                    .map(|name| {
                        format!(
                            " {name}={:?}",
                            element.get_attribute(&name).unwrap_or_default()
                        )
                    })
                    .collect();
                attributes.sort();
                let tag = element.tag_name().to_lowercase();
                out.push_str(&format!(
                    "<{tag}{}>{}</{tag}>",
                    attributes.concat(),
                    canonical(&child)
                ));
            }
            _ => {}
        }
    }
    out
}

#[wasm_bindgen_test]
async fn a_facet_button_narrows_the_list_and_its_count_says_how_far() {
    let host = fresh_host();
    let _explorer = mount_to(host.clone(), || {
        view! { <Explorer leave_url_alone=true /> }
    });
    settle().await;
    let shown = |host: &HtmlElement| {
        host.query_selector_all("[data-record]:not([hidden])")
            .unwrap()
            .length() as usize
    };
    let count = |host: &HtmlElement| texts(host, "[data-testid=\"result-count\"]")[0].clone();
    assert_eq!(shown(&host), EVENTS.len() + QUOTATIONS.len());
    let button: HtmlElement = host
        .query_selector("[data-facet=\"kind\"][data-value=\"quotation\"]")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert!(
        button
            .text_content()
            .unwrap()
            .contains(&QUOTATIONS.len().to_string())
    );
    button.click();
    settle().await;
    assert_eq!(
        button.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    assert_eq!(shown(&host), QUOTATIONS.len());
    assert_eq!(count(&host), QUOTATIONS.len().to_string());
    assert_eq!(
        host.query_selector_all("[data-record][data-kind=\"event\"]:not([hidden])")
            .unwrap()
            .length(),
        0
    );
    let reset: HtmlElement = host
        .query_selector("[data-testid=\"reset-filters\"]")
        .unwrap()
        .unwrap()
        .unchecked_into();
    reset.click();
    settle().await;
    assert_eq!(shown(&host), EVENTS.len() + QUOTATIONS.len());
}

#[wasm_bindgen_test]
async fn as_a_script_embed_the_app_takes_its_options_and_keeps_the_host_url() {
    let host = fresh_host();
    let url_before = window().location().href().unwrap();
    let flags = parse_flags("flat&dark=on");
    let _app = mount_to(host.clone(), move || {
        view! { <App script_flags=Some(flags.clone()) /> }
    });
    settle().await;
    let root = host.query_selector(".ilrs").unwrap().unwrap();
    for class in ["ilrs--script", "ilrs--dark"] {
        assert!(root.class_list().contains(class), "{class}");
    }
    assert!(!root.class_list().contains("ilrs--framed"));
    assert_eq!(
        host.query_selector_all(".ilrs-story--scrolly")
            .unwrap()
            .length(),
        0,
        "flat"
    );
    let quotations: HtmlElement = host
        .query_selector("[data-facet=\"kind\"][data-value=\"quotation\"]")
        .unwrap()
        .unwrap()
        .unchecked_into();
    quotations.click();
    settle().await;
    assert_eq!(
        quotations.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    assert_eq!(
        window().location().href().unwrap(),
        url_before,
        "the host's URL is untouched"
    );
}
