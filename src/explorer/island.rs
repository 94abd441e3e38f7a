//! The explorer's island: builds its index from the prerendered records (each carries its facet
//! values and year; its words are its own text), so the wasm holds no copy of the dataset.
//! Clicks, typing and the URL change the filter; one effect brings the page up to date.

use gloo_events::EventListener;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlButtonElement, HtmlElement, HtmlInputElement};

use super::filter::{Entry, Facet, Filter, describe_filter};
use super::index::{Index, Outcome, PAGE, more_label};
use super::query::{QUERY_LIMIT, write_query};
use super::use_url_state::{UseUrlStateOptions, use_url_state_with_options};
use crate::dom::{all, in_page_link, scroll_to_id};
use crate::embed::contract::HostEvent;
use crate::embed::events::emit;
use crate::embed::place::Place;
use crate::ui::share_link::{on_share_click, reveal_share_sheet};
use crate::watch::{Root, listen, watch};

/// The island as the build renders it, around the prerendered explorer (`children`). Only the
/// prerender uses it: in the browser [`run_explorer`] starts on its element.
#[cfg(feature = "ssr")]
#[island]
pub fn ExplorerIsland(children: Children) -> impl IntoView {
    view! { <div class="ilrs-explorer">{children()}</div> }
}

/// Runs the prerendered explorer in `el` (the island's `<div>`).
pub fn run_explorer(el: &web_sys::HtmlElement) {
    let root = Root::new(el.clone());
    let place = use_context::<Place>().unwrap_or_default();
    let filter = RwSignal::new(Filter::default());
    // Built from the markup when first needed; `ready` says the island runs, to the URL state.
    let index = StoredValue::new(None::<Index>);
    let ready = RwSignal::new(false);
    // What the filter shows now, kept for the links that reveal a hidden record.
    let shown = StoredValue::new(None::<Outcome>);
    // How many matching records the list holds: the first PAGE where `on_approach` made the
    // list brief (with scripts, on the page and in embeds), and each "Show more" adds PAGE.
    let brief = el.class_list().contains("is-brief");
    let first_page = if brief { PAGE } else { usize::MAX };
    let limit = RwSignal::new(first_page);
    // A new filter lists its first matches again.
    let set_filter = move |change: &dyn Fn(&mut Filter)| {
        filter.update(|f| change(f));
        limit.set(first_page);
    };
    let ensure_index = move || {
        if index.with_value(Option::is_none)
            && let Some(root) = root.get()
        {
            index.set_value(Some(Index::new(entries(&root))));
        }
    };

    // A link to a record the filter hides (from the story, say) clears the filter, and one
    // beyond the records listed lists every match up to it; then it is shown.
    let reveal = move |id: String| {
        ensure_index();
        let Some((hidden, rank)) = index.with_value(|i| {
            let position = i.as_ref()?.position_of(&id)?;
            Some(
                shown.with_value(|o| match o.as_ref().map(|o| o.rank(position)) {
                    Some(None) => (true, position),
                    Some(Some(rank)) => (false, rank),
                    None => (false, position),
                }),
            )
        }) else {
            return;
        };
        if !hidden && rank < limit.get_untracked() {
            return;
        }
        if hidden {
            set_filter(&|f| *f = Filter::default());
        }
        limit.set(limit.get_untracked().max(rank + 1));
        request_animation_frame(move || {
            if let Some(app) = root.get().and_then(|r| r.closest(".ilrs").ok().flatten()) {
                scroll_to_id(&app, &id);
            }
        });
    };

    let known = move |facet: Facet, value: &str| {
        ensure_index();
        index.with_value(|i| {
            i.as_ref()
                .is_some_and(|i| i.position(facet, value).is_some())
        })
    };
    let skipped = use_url_state_with_options(
        filter,
        known,
        ready.read_only(),
        reveal,
        UseUrlStateOptions {
            enabled: !place.script,
        },
    );

    // One effect brings the whole explorer up to date: one reactive node, not one per button
    // and record (a node per attribute made a click cost several milliseconds more). The page
    // as prerendered is the unfiltered one, so the index and the parts that change are found
    // only once a filter is set (from the URL or by the reader), not while the page starts.
    let mut links: Option<EventListener> = None;
    let mut page: Option<ExplorerParts> = None;
    // The filter the host was last told about (`ilrs:filter`), as a query string.
    let mut told = String::new();
    let for_host = place.clone();
    watch(move || {
        let Some(root) = root.get() else {
            return;
        };
        if links.is_none() {
            links = Some(listen_for_links(&root, reveal));
            let _ = root.class_list().add_1("is-live");
            reveal_share_sheet(&root);
            ready.set(true);
            // A reader who came by a link to a record beyond those listed sees it listed.
            if !for_host.script
                && let Ok(hash) = window().location().hash()
                && let Some(id) = hash.strip_prefix('#')
                && !id.is_empty()
            {
                reveal(id.to_string());
            }
        }
        let skipped = skipped.get();
        let limit = limit.get();
        filter.with(|f| {
            if page.is_none() && f.is_empty() && skipped == 0 && limit == first_page {
                return;
            }
            ensure_index();
            index.with_value(|i| {
                let Some(i) = i else {
                    return;
                };
                let page = page.get_or_insert_with(|| ExplorerParts::find(&root, i));
                let outcome = i.apply(f);
                page.show(f, &outcome, i, skipped, limit);
                // From now on each record's `hidden` says whether it is listed.
                let _ = root.class_list().remove_1("is-brief");
                shown.set_value(Some(outcome));
            });
            let query = write_query(f, "");
            let query = query.trim_start_matches('?');
            if query != told {
                told = query.to_string();
                emit(&root, &for_host, HostEvent::Filter, query);
            }
        });
    });

    let on_click = move |ev: &web_sys::Event| {
        let Some(target) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
            return;
        };
        if let Ok(Some(button)) = target.closest("button[data-facet]")
            && let (Some(facet), Some(value)) = (
                button
                    .get_attribute("data-facet")
                    .as_deref()
                    .and_then(Facet::parse),
                button.get_attribute("data-value"),
            )
        {
            ensure_index();
            set_filter(&|f| f.toggle(facet, &value));
        } else if let Ok(Some(_)) = target.closest("[data-testid='reset-filters']") {
            set_filter(&|f| *f = Filter::default());
        } else if let Ok(Some(_)) = target.closest("[data-testid='show-more']") {
            limit.update(|l| *l = l.saturating_add(PAGE));
        } else {
            // The site's page with this filter, opened at the explorer.
            on_share_click(&target, || {
                format!("{}#explore", filter.with_untracked(|f| write_query(f, "")))
            });
        }
    };
    let on_input = move |ev: &web_sys::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
        else {
            return;
        };
        if input.type_() == "search" {
            ensure_index();
            let text: String = input.value().chars().take(QUERY_LIMIT).collect();
            set_filter(&|f| f.query = text.clone());
        }
    };
    let on_change = move |ev: &web_sys::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
        else {
            return;
        };
        if input.get_attribute("data-facet").as_deref() != Some("year") {
            return;
        }
        ensure_index();
        let Some((first, last)) = index.with_value(|i| i.as_ref().map(|i| i.year_span())) else {
            return;
        };
        let year = input
            .value()
            .trim()
            .parse::<u16>()
            .ok()
            .filter(|y| (first..=last).contains(y));
        let from = input.get_attribute("data-value").as_deref() == Some("from");
        set_filter(&|f| if from { f.from = year } else { f.to = year });
    };

    listen(el, "click", on_click);
    listen(el, "input", on_input);
    listen(el, "change", on_change);
    listen(el, "submit", |ev| ev.prevent_default());
}

/// In-page links anywhere in the explainer: on the page they also change the fragment, but a
/// script embed leaves the host's fragment alone, so the click is the one signal for both. (The
/// host is told of it by `embed::events::report_records`.)
fn listen_for_links(root: &HtmlElement, reveal: impl Fn(String) + 'static) -> EventListener {
    let app = root
        .closest(".ilrs")
        .ok()
        .flatten()
        .unwrap_or_else(|| root.clone().into());
    EventListener::new(&app, "click", move |event| {
        if let Some(id) = in_page_link(event) {
            reveal(id);
        }
    })
}

/// Each prerendered record's entry, in the list's order.
fn entries(root: &HtmlElement) -> Vec<Entry> {
    all(root, "[data-record]")
        .iter()
        .map(|li| {
            Entry::from_markup(
                &li.get_attribute("data-record").unwrap_or_default(),
                li.get_attribute("data-year").as_deref(),
                &li.get_attribute("data-values").unwrap_or_default(),
                &own_text(li),
            )
        })
        .collect()
}

/// A facet button as the explorer keeps it: the element, its count, and what it stands for.
struct ValueButton {
    button: HtmlButtonElement,
    count: Element,
    facet: Facet,
    value: String,
    label: String,
}

/// The parts of the prerendered explorer that change, found once (named apart from the
/// page component, `page::Page`).
struct ExplorerParts {
    buttons: Vec<ValueButton>,
    records: Vec<HtmlElement>,
    search: Option<HtmlInputElement>,
    years: Vec<(bool, HtmlInputElement)>,
    count: Option<Element>,
    described: Option<Element>,
    notice: Option<HtmlElement>,
    empty: Option<HtmlElement>,
    /// "Show more", and the paragraph that holds it.
    more: Option<(HtmlElement, Element)>,
    /// The timeline's marks, each with its event's place in the index (the timeline is drawn
    /// twice, narrow and wide, so each event has a mark in each), and its drawings with its name.
    dots: Vec<(Element, Option<usize>)>,
    timeline: Vec<Element>,
    timeline_name: String,
}

impl ExplorerParts {
    fn find(root: &HtmlElement, index: &Index) -> ExplorerParts {
        let one = |selector: &str| root.query_selector(selector).ok().flatten();
        let html = |selector: &str| one(selector).and_then(|e| e.dyn_into::<HtmlElement>().ok());
        let buttons = all(root, "button[data-facet]")
            .into_iter()
            .filter_map(|el| {
                let button = el.dyn_into::<HtmlButtonElement>().ok()?;
                let facet = Facet::parse(&button.get_attribute("data-facet")?)?;
                let label = button
                    .query_selector(".ilrs-value-label")
                    .ok()??
                    .text_content()?;
                Some(ValueButton {
                    count: button.query_selector(".ilrs-count").ok()??,
                    value: button.get_attribute("data-value")?,
                    button,
                    facet,
                    label,
                })
            })
            .collect();
        let years = all(root, "input[data-facet='year']")
            .into_iter()
            .filter_map(|el| {
                let from = el.get_attribute("data-value").as_deref() == Some("from");
                Some((from, el.dyn_into::<HtmlInputElement>().ok()?))
            })
            .collect();
        let timeline = all(root, ".ilrs-explorer-graphic svg");
        let label = timeline
            .first()
            .and_then(|svg| svg.get_attribute("aria-label"))
            .unwrap_or_default();
        let timeline_name = label
            .split_once(". ")
            .map_or(label.as_str(), |(n, _)| n)
            .to_string();
        ExplorerParts {
            buttons,
            records: all(root, "[data-record]")
                .into_iter()
                .filter_map(|el| el.dyn_into::<HtmlElement>().ok())
                .collect(),
            search: one("input[type='search']").and_then(|e| e.dyn_into().ok()),
            years,
            count: one("[data-testid='result-count']"),
            described: one(".ilrs-active-filters"),
            notice: html(".ilrs-notice"),
            empty: html(".ilrs-empty"),
            more: html(".ilrs-more").zip(one("[data-testid='show-more']")),
            dots: all(root, ".ilrs-explorer-graphic [data-event]")
                .into_iter()
                .filter_map(|dot| {
                    let position = index.position_of(&dot.get_attribute("data-event")?);
                    Some((dot, position))
                })
                .collect(),
            timeline,
            timeline_name,
        }
    }

    /// Shows what the filter shows, touching only what changed.
    fn show(
        &self,
        filter: &Filter,
        outcome: &Outcome,
        index: &Index,
        skipped: usize,
        limit: usize,
    ) {
        for b in &self.buttons {
            let pressed = filter.selected(b.facet).contains(&b.value);
            let count = index
                .position(b.facet, &b.value)
                .map_or(0, |p| outcome.count(b.facet, p));
            let pressed_text = if pressed { "true" } else { "false" };
            if b.button.get_attribute("aria-pressed").as_deref() != Some(pressed_text) {
                let _ = b.button.set_attribute("aria-pressed", pressed_text);
            }
            let disabled = count == 0 && !pressed;
            if b.button.disabled() != disabled {
                b.button.set_disabled(disabled);
            }
            set_text(&b.count, &count.to_string());
        }
        let (listed, left) = outcome.first(limit);
        for (item, listed) in self.records.iter().zip(listed) {
            if item.hidden() == listed {
                item.set_hidden(!listed);
            }
        }
        if let Some((paragraph, button)) = &self.more {
            paragraph.set_hidden(left == 0);
            set_text(button, &more_label(left));
        }
        if let Some(count) = &self.count {
            set_text(count, &outcome.total.to_string());
        }
        if let Some(described) = &self.described {
            let label = |facet: Facet, value: &str| {
                self.buttons
                    .iter()
                    .find(|b| b.facet == facet && b.value == value)
                    .map_or_else(|| value.to_string(), |b| b.label.clone())
            };
            set_text(described, &describe_filter(filter, &label));
        }
        if let Some(notice) = &self.notice {
            notice.set_hidden(skipped == 0);
            let text = match skipped {
                0 => String::new(),
                1 => "One filter in this link was not recognised and is left out.".to_string(),
                n => format!("{n} filters in this link were not recognised and are left out."),
            };
            set_text(notice, &text);
        }
        if let Some(empty) = &self.empty {
            empty.set_hidden(outcome.total > 0);
        }
        if let Some(search) = &self.search
            && search.value() != filter.query
        {
            search.set_value(&filter.query);
        }
        for (from, input) in &self.years {
            let year = if *from { filter.from } else { filter.to };
            let text = year.map(|y| y.to_string()).unwrap_or_default();
            if input.value() != text {
                input.set_value(&text);
            }
        }
        let mut matching = 0;
        for (dot, position) in &self.dots {
            let shown = position.and_then(|p| outcome.shown.get(p)) == Some(&true);
            matching += usize::from(shown);
            let _ = dot.class_list().toggle_with_force("is-focus", shown);
        }
        let drawings = self.timeline.len().max(1);
        let label = format!(
            "{}. {}",
            self.timeline_name,
            crate::model::matching_events(matching / drawings, self.dots.len() / drawings)
        );
        for svg in &self.timeline {
            if svg.get_attribute("aria-label").as_deref() != Some(label.as_str()) {
                let _ = svg.set_attribute("aria-label", &label);
            }
        }
    }
}

/// A record's own text, for the search: everything in its entry but the passages it rests on,
/// which stay shut until the reader opens them and are the articles' words, not the record's.
fn own_text(record: &Element) -> String {
    let children = record.children();
    (0..children.length())
        .filter_map(|i| children.item(i))
        .filter(|child| !child.class_list().contains("ilrs-evidence"))
        .filter_map(|child| child.text_content())
        .collect::<Vec<_>>()
        .join(" ")
}

fn set_text(element: &Element, text: &str) {
    if element.text_content().as_deref() != Some(text) {
        element.set_text_content(Some(text));
    }
}
