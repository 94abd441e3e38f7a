//! The islands in headless Chromium: each test puts the prerendered page (as the build writes
//! it) into the document, starts it as the page or an embed does, uses it, and checks what a
//! reader would see. Run with `cargo test --target wasm32-unknown-unknown --features hydrate`.
#![cfg(target_arch = "wasm32")]

use ilrs_explainer::data::{EVENTS, QUOTATIONS};
use ilrs_explainer::embed::flags::parse_flags;
use ilrs_explainer::embed::snippets::site_base;
use ilrs_explainer::explorer::index::PAGE;
use ilrs_explainer::start::{Running, start_root};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

/// The page as the prerender writes it. The test command refreshes this file first, and a
/// native test fails if it falls behind the page (`site::render`).
const PRERENDERED: &str = include_str!("web/page.html");

/// The embed page's body as the prerender writes it (refreshed and checked the same way).
const EMBED_PAGE: &str = include_str!("web/embed.html");

/// A fresh copy of the prerendered page in the document, and its `.ilrs` root.
fn prerendered() -> HtmlElement {
    in_document(PRERENDERED)
}

/// A fresh copy of `html` (a prerendered body) in the document, and its `.ilrs` root.
fn in_document(html: &str) -> HtmlElement {
    let host = document().create_element("div").unwrap();
    host.set_inner_html(html);
    document().body().unwrap().append_child(&host).unwrap();
    host.query_selector(".ilrs")
        .unwrap()
        .unwrap()
        .unchecked_into()
}

fn start(app: &HtmlElement, flags: &str, script: bool) -> Running {
    start_root(app, parse_flags(flags), false, script)
}

/// Lets the reactive system run its effects (they are scheduled, not run at once).
async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 60);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

fn one(root: &Element, selector: &str) -> HtmlElement {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .unchecked_into()
}

fn count(root: &Element, selector: &str) -> usize {
    root.query_selector_all(selector).unwrap().length() as usize
}

fn text(root: &Element, selector: &str) -> String {
    one(root, selector).text_content().unwrap_or_default()
}

#[wasm_bindgen_test]
async fn the_story_island_takes_its_scrolling_layout_and_the_controls_walk_the_steps() {
    let app = prerendered();
    let story = one(&app, ".ilrs-story");
    let steps_before = count(&app, "[data-step]");
    // Without story.css a step is as tall as its card (its drawing is text in a <noscript>):
    // each gets a screen, as on a phone, so that Next lands one step at the line.
    for i in 0..steps_before {
        let step: HtmlElement = app
            .query_selector_all("[data-step]")
            .unwrap()
            .item(i as u32)
            .unwrap()
            .unchecked_into();
        step.style().set_property("min-height", "100vh").unwrap();
    }
    let _running = start(&app, "", false);
    // Hydration adopts the server's nodes: the same section, the same steps.
    assert!(story.is_same_node(Some(&one(&app, ".ilrs-story"))));
    settle().await;
    assert!(story.class_list().contains("ilrs-story--scrolly"));
    assert_eq!(count(&app, "[data-step]"), steps_before);
    assert_eq!(count(&app, "[data-step][data-active='true']"), 1);

    let active = || one(&app, "[data-step][data-active='true']");
    let first = active().get_attribute("data-step").unwrap();
    one(&app, "[data-testid='next-step']").click();
    settle().await;
    let second = active();
    assert_ne!(
        second.get_attribute("data-step").unwrap(),
        first,
        "Next moved on"
    );
    assert!(text(&app, ".ilrs-step-position").starts_with("Step 2 of"));
    assert!(!one(&app, "[data-testid='previous-step']").has_attribute("aria-disabled"));

    // The sticky graphic that is current is the one the active step shows, in its state, with
    // the drawing the build made for that state.
    let shows = second.get_attribute("data-shows").unwrap();
    let (graphic, state) = shows.split_once(':').unwrap();
    let current = one(&app, ".ilrs-sticky .is-current");
    assert_eq!(
        current.get_attribute("data-graphic").as_deref(),
        Some(graphic)
    );
    assert_eq!(current.get_attribute("data-state").as_deref(), Some(state));
    // The build's drawing of that state: elements where the island needed them, else still the
    // text of the first <noscript> that holds it (the prerendered sticky state needs no copy).
    let inline =
        format!("[data-inline-graphic='{graphic}'][data-state='{state}'] .ilrs-graphic svg");
    let drawn = match app.query_selector(&inline).unwrap() {
        Some(svg) => svg.get_attribute("aria-label"),
        None => {
            let template: web_sys::HtmlTemplateElement = document()
                .create_element("template")
                .unwrap()
                .unchecked_into();
            let noscript = format!("noscript[data-inline-for='{graphic}:{state}']");
            template.set_inner_html(&one(&app, &noscript).inner_html());
            template
                .content()
                .query_selector(".ilrs-graphic svg")
                .unwrap()
                .expect("the step's drawing")
                .get_attribute("aria-label")
        }
    };
    assert_eq!(one(&current, "svg").get_attribute("aria-label"), drawn);

    one(&app, "[data-testid='previous-step']").click();
    settle().await;
    assert_eq!(active().get_attribute("data-step").unwrap(), first);
    assert_eq!(
        one(&app, "[data-testid='previous-step']")
            .get_attribute("aria-disabled")
            .as_deref(),
        Some("true")
    );
}

#[wasm_bindgen_test]
async fn a_flat_embed_keeps_the_story_flat_and_takes_its_colours() {
    let app = prerendered();
    let _running = start(&app, "flat&dark=on", true);
    settle().await;
    for class in ["ilrs--script", "ilrs--dark"] {
        assert!(app.class_list().contains(class), "{class}");
    }
    assert!(!app.class_list().contains("ilrs--framed"));
    assert_eq!(count(&app, ".ilrs-story--scrolly"), 0, "flat");
}

#[wasm_bindgen_test]
async fn the_explorer_island_narrows_the_list_and_its_counts_say_how_far() {
    let app = prerendered();
    let url_before = window().location().href().unwrap();
    let _running = start(&app, "", true);
    settle().await;
    let shown = || count(&app, "[data-record]:not([hidden])");
    let all = EVENTS.len() + QUOTATIONS.len();
    // Until a filter is set the list is as prerendered (the first PAGE shown by explorer.css).
    assert_eq!(shown(), all);
    assert!(
        app.query_selector(".ilrs-explorer.is-brief")
            .unwrap()
            .is_some()
    );
    let quotations = one(&app, "[data-facet='kind'][data-value='quotation']");
    assert!(
        quotations
            .text_content()
            .unwrap()
            .contains(&QUOTATIONS.len().to_string())
    );
    quotations.click();
    settle().await;
    assert_eq!(
        quotations.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    assert_eq!(
        shown(),
        QUOTATIONS.len().min(PAGE),
        "the first matches listed"
    );
    assert_eq!(
        text(&app, "[data-testid='result-count']"),
        QUOTATIONS.len().to_string()
    );
    assert_eq!(
        count(&app, "[data-record][data-kind='event']:not([hidden])"),
        0
    );
    assert!(text(&app, ".ilrs-active-filters").contains("Kind Quotations"));
    // The events button now counts what it would add, and the timeline says how many match.
    let events = one(&app, "[data-facet='kind'][data-value='event']");
    assert!(
        events
            .text_content()
            .unwrap()
            .contains(&EVENTS.len().to_string())
    );
    let timeline = one(&app, ".ilrs-explorer-graphic svg")
        .get_attribute("aria-label")
        .unwrap();
    assert!(timeline.contains("None of the "), "{timeline}");

    // A search by a speaker's name, with odd case and accents.
    let search: web_sys::HtmlInputElement = one(&app, "input[type='search']").unchecked_into();
    search.set_value("LÚZIN");
    search
        .dispatch_event(
            &web_sys::Event::new_with_event_init_dict("input", &{
                let init = web_sys::EventInit::new();
                init.set_bubbles(true);
                init
            })
            .unwrap(),
        )
        .unwrap();
    settle().await;
    assert!(shown() > 0 && shown() < QUOTATIONS.len());
    for record in (0..count(&app, "[data-record]:not([hidden])")).map(|i| {
        app.query_selector_all("[data-record]:not([hidden])")
            .unwrap()
            .item(i as u32)
            .unwrap()
    }) {
        assert!(
            record
                .text_content()
                .unwrap()
                .to_lowercase()
                .contains("luzin")
        );
    }

    one(&app, "[data-testid='reset-filters']").click();
    settle().await;
    assert_eq!(shown(), all.min(PAGE));
    // "Show more" lists the next matches.
    one(&app, "[data-testid='show-more']").click();
    settle().await;
    assert_eq!(shown(), all.min(2 * PAGE));
    assert_eq!(search.value(), "");
    assert_eq!(
        window().location().href().unwrap(),
        url_before,
        "an embed leaves the URL alone"
    );
}

#[wasm_bindgen_test]
async fn in_an_embed_a_story_link_to_a_hidden_record_clears_the_filter_and_shows_it() {
    let app = prerendered();
    let _running = start(&app, "", true);
    settle().await;
    one(&app, "[data-facet='kind'][data-value='quotation']").click();
    settle().await;
    // A story step's link to an event, which the filter now hides.
    let links = app
        .query_selector_all(".ilrs-step-records a[href^='#']")
        .unwrap();
    let link: HtmlElement = (0..links.length())
        .filter_map(|i| links.item(i)?.dyn_into::<HtmlElement>().ok())
        .find(|a| {
            let id = a.get_attribute("href").unwrap()[1..].to_string();
            EVENTS.iter().any(|e| e.id == id)
        })
        .expect("a story link to an event");
    let id = link.get_attribute("href").unwrap()[1..].to_string();
    let record = one(&app, &format!("[data-record='{id}']"));
    assert!(record.hidden());
    link.click();
    settle().await;
    assert!(!record.hidden(), "the record is shown");
    assert_eq!(
        text(&app, "[data-testid='result-count']"),
        (EVENTS.len() + QUOTATIONS.len()).to_string()
    );
}

#[wasm_bindgen_test]
async fn each_snippet_island_fills_in_this_sites_address() {
    let app = in_document(EMBED_PAGE);
    let _running = start(&app, "", false);
    settle().await;
    let base = site_base(&window().location().href().unwrap());
    let script = text(&app, "[data-testid='embed-script']");
    assert_eq!(
        script,
        ilrs_explainer::embed::snippets::script_snippet(&base, ilrs_explainer::data::HERO.title)
    );
    assert!(!script.contains("./"), "{script}");
    let iframe = text(&app, "[data-testid='embed-iframe']");
    assert!(
        iframe.contains(&format!("src=\"{base}?embed\"")),
        "{iframe}"
    );
    assert!(!iframe.contains("ORIGIN-OF-THE-PAGE"), "{iframe}");
}

/// Enter in a filter field, or any other way the filter form is submitted, must not send the
/// reader to a new page: the filters apply as they change.
#[wasm_bindgen_test]
async fn submitting_the_filters_stays_on_the_page() {
    let app = prerendered();
    let submit = || {
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        init.set_cancelable(true);
        let event = web_sys::Event::new_with_event_init_dict("submit", &init).unwrap();
        one(&app, "form.ilrs-filters")
            .dispatch_event(&event)
            .unwrap();
        event.default_prevented()
    };
    let running = start(&app, "", false);
    settle().await;
    assert!(submit(), "the form's submission is let through");
    running.stop();
    assert!(!submit(), "a stopped root still holds the form back");
    app.remove();
}

#[wasm_bindgen_test]
async fn a_stopped_root_no_longer_answers() {
    let app = prerendered();
    let running = start(&app, "", true);
    settle().await;
    running.stop();
    let quotations = one(&app, "[data-facet='kind'][data-value='quotation']");
    quotations.click();
    settle().await;
    assert_eq!(
        quotations.get_attribute("aria-pressed").as_deref(),
        Some("false")
    );
}

#[wasm_bindgen_test]
async fn a_script_embed_tells_its_host_follows_changed_flags_and_stops() {
    // As embed.js leaves it: an element with an open shadow root holding the fragment.
    let host: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&host).unwrap();
    let shadow = host
        .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
        .unwrap();
    let root = document().create_element("div").unwrap();
    root.set_class_name("ilrs-embed-root");
    root.set_inner_html(PRERENDERED);
    shadow.append_child(&root).unwrap();

    // Every `ilrs:*` event that reaches the element, as "type detail".
    let heard = std::rc::Rc::new(std::cell::RefCell::new(Vec::<String>::new()));
    let mut listeners = Vec::new();
    for (kind, field) in [("ready", ""), ("filter", "filter"), ("step", "step")] {
        let heard = heard.clone();
        listeners.push(gloo_events::EventListener::new(
            &host,
            format!("ilrs:{kind}"),
            move |event| {
                let detail = event.unchecked_ref::<web_sys::CustomEvent>().detail();
                let value = js_sys::Reflect::get(&detail, &field.into())
                    .ok()
                    .and_then(|v| v.as_string())
                    .unwrap_or_default();
                heard
                    .borrow_mut()
                    .push(format!("{kind} {value}").trim().to_string());
            },
        ));
    }

    let running = ilrs_explainer::start::start_embed(host.clone(), "dark=on").expect("started");
    settle().await;
    let app = one(&root, ".ilrs");
    assert_eq!(
        host.get_attribute("data-ilrs-ready").as_deref(),
        Some("hydrated")
    );
    assert!(app.class_list().contains("ilrs--dark"));
    assert_eq!(heard.borrow().first().map(String::as_str), Some("ready"));
    assert_eq!(count(&app, ".ilrs-story--scrolly"), 1, "scrolling");

    one(&app, "[data-facet='kind'][data-value='quotation']").click();
    settle().await;
    assert!(
        heard
            .borrow()
            .contains(&"filter kind=quotation".to_string())
    );

    // The host turns the story flat, light, and asks for a step.
    running.update("flat&dark=off&step=story-budgets");
    settle().await;
    assert_eq!(count(&app, ".ilrs-story--scrolly"), 0, "flat");
    assert!(app.class_list().contains("ilrs--light") && !app.class_list().contains("ilrs--dark"));
    assert_eq!(
        one(&app, "[data-step='story-budgets']")
            .get_attribute("data-active")
            .as_deref(),
        Some("true")
    );
    assert!(heard.borrow().contains(&"step story-budgets".to_string()));

    // Stopped: the explorer no longer answers, and nothing more is told.
    running.stop();
    let told = heard.borrow().len();
    let events = one(&app, "[data-facet='kind'][data-value='event']");
    events.click();
    settle().await;
    assert_eq!(
        events.get_attribute("aria-pressed").as_deref(),
        Some("false")
    );
    assert_eq!(heard.borrow().len(), told);
    host.remove();
}

#[wasm_bindgen_test]
async fn the_share_controls_copy_the_link_to_the_step_and_to_the_filter_and_offer_the_share_sheet()
{
    // A clipboard and a share sheet that record what they are given.
    let navigator = window().navigator();
    let recorder = |name: &str| {
        js_sys::Function::new_with_args(
            "value",
            &format!("window.{name} = value; return Promise.resolve();"),
        )
    };
    let clipboard = js_sys::Object::new();
    js_sys::Reflect::set(&clipboard, &"writeText".into(), &recorder("copied")).unwrap();
    let descriptor = ilrs_explainer::dom::object(&[("value", clipboard.into())]);
    js_sys::Object::define_property(&navigator, &"clipboard".into(), descriptor.unchecked_ref());
    js_sys::Reflect::set(&navigator, &"share".into(), &recorder("shared")).unwrap();
    let recorded = |name: &str| js_sys::Reflect::get(&window(), &name.into()).unwrap();

    let app = prerendered();
    // As a script embed: the filter stays out of the test page's URL, which the tests share.
    let _running = start(&app, "", true);
    settle().await;
    let base = site_base(&window().location().href().unwrap());
    one(&app, "[data-testid='next-step']").click();
    settle().await;
    let step = one(&app, "[data-step][data-active='true']")
        .get_attribute("data-step")
        .unwrap();
    let story = one(&app, ".ilrs-step-controls .ilrs-share");
    one(&story, "[data-share='copy']").click();
    settle().await;
    assert_eq!(
        recorded("copied").as_string(),
        Some(format!("{base}step/{step}/"))
    );
    assert_eq!(text(&story, "[role='status']"), "Link copied.");

    // The share sheet is offered where there is one, with the step's link and the title.
    let native = one(&story, "[data-share='native']");
    assert!(!native.hidden());
    native.click();
    settle().await;
    let shared = recorded("shared");
    let field = |name: &str| {
        js_sys::Reflect::get(&shared, &name.into())
            .unwrap()
            .as_string()
    };
    assert_eq!(field("url"), Some(format!("{base}step/{step}/")));
    assert_eq!(field("title"), Some(text(&app, ".ilrs-title")));

    one(&app, "[data-facet='kind'][data-value='quotation']").click();
    settle().await;
    let explorer = one(&app, ".ilrs-filter-state .ilrs-share");
    one(&explorer, "[data-share='copy']").click();
    settle().await;
    assert_eq!(
        recorded("copied").as_string(),
        Some(format!("{base}?kind=quotation#explore"))
    );
}
