use std::sync::OnceLock;

use leptos::either::Either;
use leptos::ev::SubmitEvent;
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::tags::Tags;
use super::{Section, SourceLinks};
use crate::core::explore::{
    Facet, Filter, Index, Outcome, Record, all_records, describe_filter, value_label,
};
use crate::core::svg::{filtered_timeline, filtered_timeline_label};
use crate::data::ACTORS;
use crate::model::{ActorKind, Event, Quotation, Vocabulary};

/// The explorer's records, indexed once per page.
fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| Index::new(all_records()))
}

/// Whether a URL may name this value: only values some record has.
fn known(facet: Facet, value: &str) -> bool {
    index().position(facet, value).is_some()
}

/// Longest search kept, as in the URL.
const QUERY_LIMIT: usize = 200;

/// Every event and quotation, with faceted filters, live counts, search and a year range; the
/// filter lives in the URL. Prerendered unfiltered, so the page without JavaScript lists every
/// record; the URL's filter is applied after hydration.
#[component]
pub fn Explorer(
    /// Whether the filter may live in the page's URL (not when embedded by script in someone
    /// else's page).
    #[prop(optional)]
    leave_url_alone: bool,
) -> impl IntoView {
    let index = index();
    let filter = RwSignal::new(Filter::default());
    let outcome = Memo::new(move |_| filter.with(|f| index.apply(f)));
    // A link to a record the filter hides (from the story, say) clears the filter and shows it.
    let reveal = Callback::new(move |id: String| {
        if outcome.with_untracked(|o| index.shows(o, &id)) == Some(false) {
            filter.set(Filter::default());
            request_animation_frame(move || {
                if let Some(el) = document().get_element_by_id(&id) {
                    el.scroll_into_view();
                }
            });
        }
    });
    let skipped = crate::hooks::use_url_state(filter, known, !leave_url_alone, reveal);
    let all = index.records().len();
    let (first_year, last_year) = index.year_span();
    // The timeline is drawn once; a filter change refocuses its dots (redrawing it would cost a
    // parse of the whole SVG on every click).
    let graphic = NodeRef::<Div>::new();
    Effect::new(move |_| {
        let Some(graphic) = graphic.get() else {
            return;
        };
        outcome.with(|o| refocus_timeline(&graphic, o));
    });
    // One effect shows and hides the records: one reactive node instead of one per record.
    let list = NodeRef::<leptos::html::Ol>::new();
    Effect::new(move |_| {
        let Some(list) = list.get() else {
            return;
        };
        outcome.with(|o| show_records(&list, o));
    });
    let form = NodeRef::<leptos::html::Form>::new();
    Effect::new(move |found: Option<Vec<ValueButton>>| {
        let buttons = match found {
            Some(buttons) if !buttons.is_empty() => buttons,
            _ => form
                .get()
                .map(|form| value_buttons(&form))
                .unwrap_or_default(),
        };
        filter.with(|f| outcome.with(|o| sync_buttons(&buttons, f, o)));
        buttons
    });
    // Set in the browser once hydrated: the filters work from then on.
    let (live, set_live) = signal(false);
    Effect::new(move |_| set_live.set(true));

    let year_input = move |bound: &'static str| {
        let value = move || {
            filter
                .with(|f| if bound == "from" { f.from } else { f.to })
                .map(|y| y.to_string())
                .unwrap_or_default()
        };
        let set = move |ev: leptos::ev::Event| {
            let text = event_target_value(&ev);
            let year = text
                .trim()
                .parse::<u16>()
                .ok()
                .filter(|y| (first_year..=last_year).contains(y));
            filter.update(|f| {
                if bound == "from" {
                    f.from = year
                } else {
                    f.to = year
                }
            });
        };
        view! {
            <label class="ilrs-year">
                <span>{if bound == "from" { "From" } else { "To" }}</span>
                <input
                    type="number"
                    inputmode="numeric"
                    min=first_year
                    max=last_year
                    placeholder=if bound == "from" { first_year } else { last_year }
                    data-facet="year"
                    data-value=bound
                    prop:value=value
                    on:change=set
                />
            </label>
        }
    };

    view! {
        <Section id="explore" title="Every event and quotation">
            <div class="ilrs-explorer" class:is-live=move || live.get()>
            <p class="ilrs-lede">
                "Each event and quotation behind the story, in date order. Narrow them by coalition, by who is involved, by theme, by source, by kind and by year, or search their words. A link to this page keeps the filters."
            </p>
            <form
                class="ilrs-filters"
                node_ref=form
                aria-label="Filter the events and quotations"
                on:submit=|ev: SubmitEvent| ev.prevent_default()
            >
                <p class="ilrs-search">
                    <label for="ilrs-search">"Search"</label>
                    <input
                        id="ilrs-search"
                        type="search"
                        maxlength=QUERY_LIMIT
                        autocomplete="off"
                        prop:value=move || filter.with(|f| f.query.clone())
                        on:input=move |ev| {
                            let text: String = event_target_value(&ev)
                                .chars()
                                .take(QUERY_LIMIT)
                                .collect();
                            filter.update(|f| f.query = text);
                        }
                    />
                </p>
                <FacetGroup facet=Facet::Kind filter outcome />
                <FacetGroup facet=Facet::Coalition filter outcome />
                <fieldset class="ilrs-facet">
                    <legend>"Years"</legend>
                    {year_input("from")}
                    {year_input("to")}
                </fieldset>
                <details class="ilrs-facet-more">
                    <summary>"Source"</summary>
                    <FacetGroup facet=Facet::Source filter outcome />
                </details>
                <details class="ilrs-facet-more">
                    <summary>"Theme"</summary>
                    <FacetGroup facet=Facet::Theme filter outcome />
                </details>
                <details class="ilrs-facet-more">
                    <summary>"Who"</summary>
                    <fieldset class="ilrs-facet">
                        <legend>"Who"</legend>
                        {ActorKind::ALL
                            .iter()
                            .map(|kind| view! { <ActorGroup kind=*kind filter outcome /> })
                            .collect_view()}
                    </fieldset>
                </details>
                <p class="ilrs-filter-actions">
                    <button
                        type="button"
                        class="ilrs-button"
                        data-testid="reset-filters"
                        on:click=move |_| filter.set(Filter::default())
                    >
                        "Reset filters"
                    </button>
                </p>
            </form>
            <div class="ilrs-filter-state">
                <p class="ilrs-result-count" role="status">
                    <strong data-testid="result-count">{move || outcome.with(|o| o.total)}</strong>
                    {format!(" of {all} records shown")}
                </p>
                <p class="ilrs-active-filters">{move || filter.with(describe_filter)}</p>
                <p class="ilrs-notice" hidden=move || skipped.get() == 0>
                    {move || match skipped.get() {
                        1 => "One filter in this link was not recognised and is left out.".to_string(),
                        n => format!("{n} filters in this link were not recognised and are left out."),
                    }}
                </p>
            </div>
            <figure class="ilrs-explorer-graphic">
                <div
                    class="ilrs-graphic"
                    node_ref=graphic
                    inner_html=filtered_timeline(&|_| true)
                ></div>
                <figcaption>
                    "The filtered events on the two-lane timeline: China and Russia above, the US and its partners below. Faded dots do not match."
                </figcaption>
            </figure>
            <p class="ilrs-empty" hidden=move || outcome.with(|o| o.total > 0)>
                "No event or quotation matches all of these filters. Remove one, or reset them."
            </p>
            <ol class="ilrs-records" node_ref=list>
                {index
                    .records()
                    .iter()
                    .map(|record| {
                        match *record {
                            Record::Event(event) => Either::Left(view! { <EventEntry event /> }),
                            Record::Quotation(quotation) => {
                                Either::Right(view! { <QuotationEntry quotation /> })
                            }
                        }
                    })
                    .collect_view()}
            </ol>
            </div>
        </Section>
    }
}

/// Whether the outcome shows this event.
fn event_shown(outcome: &Outcome, id: &str) -> bool {
    index().shows(outcome, id) == Some(true)
}

/// Hides the records the outcome leaves out (the list's children are the index's records, in
/// order).
fn show_records(list: &web_sys::HtmlOListElement, outcome: &Outcome) {
    let items = list.children();
    for (i, shown) in outcome.shown.iter().enumerate() {
        if let Some(item) = items.item(i as u32)
            && let Ok(item) = item.dyn_into::<web_sys::HtmlElement>()
            && item.hidden() == *shown
        {
            item.set_hidden(!shown);
        }
    }
}

/// Brings forward the timeline's dots whose events the outcome shows, fades the rest, and
/// updates the drawing's text alternative.
fn refocus_timeline(graphic: &web_sys::HtmlDivElement, outcome: &Outcome) {
    let Ok(dots) = graphic.query_selector_all("[data-event]") else {
        return;
    };
    for dot in (0..dots.length()).filter_map(|i| dots.item(i)) {
        if let Ok(dot) = dot.dyn_into::<web_sys::Element>()
            && let Some(id) = dot.get_attribute("data-event")
        {
            let _ = dot
                .class_list()
                .toggle_with_force("is-focus", event_shown(outcome, &id));
        }
    }
    if let Ok(Some(svg)) = graphic.query_selector("svg") {
        let label = filtered_timeline_label(&|e| event_shown(outcome, e.id));
        let _ = svg.set_attribute("aria-label", &label);
    }
}

/// One facet's values as toggle buttons, each with its live count.
#[component]
fn FacetGroup(facet: Facet, filter: RwSignal<Filter>, outcome: Memo<Outcome>) -> impl IntoView {
    view! {
        <fieldset class="ilrs-facet">
            <legend>{facet.label()}</legend>
            <ValueButtons facet values=index().values(facet).to_vec() filter outcome />
        </fieldset>
    }
}

/// The actors of one kind, a group of the "Who" facet; left out where no record names one.
#[component]
fn ActorGroup(kind: ActorKind, filter: RwSignal<Filter>, outcome: Memo<Outcome>) -> impl IntoView {
    // In the order of data/actors.toml, which an editor controls.
    let values: Vec<&'static str> = ACTORS
        .iter()
        .filter(|a| a.kind == kind && known(Facet::Actor, a.id))
        .map(|a| a.id)
        .collect();
    (!values.is_empty()).then(|| {
        view! {
            <fieldset class="ilrs-facet ilrs-facet-sub">
                <legend>{kind.label()}</legend>
                <ValueButtons facet=Facet::Actor values filter outcome />
            </fieldset>
        }
    })
}

/// A facet's values as toggle buttons. They render their first state; after that
/// [`sync_buttons`] keeps their pressed state, count and availability up to date.
#[component]
fn ValueButtons(
    facet: Facet,
    values: Vec<&'static str>,
    filter: RwSignal<Filter>,
    outcome: Memo<Outcome>,
) -> impl IntoView {
    values
        .into_iter()
        .map(|value| {
            let position = index().position(facet, value).unwrap_or(usize::MAX);
            let count = outcome.with_untracked(|o| o.count(facet, position));
            view! {
                <button
                    type="button"
                    class="ilrs-facet-value"
                    data-facet=facet.as_str()
                    data-value=value
                    aria-pressed="false"
                    disabled=count == 0
                    on:click=move |_| filter.update(|f| f.toggle(facet, value))
                >
                    {value_label(facet, value)}
                    <span class="ilrs-count">{count}</span>
                </button>
            }
        })
        .collect_view()
}

/// A facet button as [`sync_buttons`] keeps it: the element, its count's element, and what it
/// stands for.
struct ValueButton {
    button: web_sys::HtmlButtonElement,
    count: web_sys::Element,
    facet: Facet,
    value: String,
    position: usize,
}

/// Finds the form's facet buttons once.
fn value_buttons(form: &web_sys::HtmlFormElement) -> Vec<ValueButton> {
    let Ok(found) = form.query_selector_all("button[data-facet]") else {
        return Vec::new();
    };
    (0..found.length())
        .filter_map(|i| found.item(i)?.dyn_into::<web_sys::HtmlButtonElement>().ok())
        .filter_map(|button| {
            let facet = Facet::parse(&button.get_attribute("data-facet")?)?;
            let value = button.get_attribute("data-value")?;
            let position = index().position(facet, &value)?;
            let count = button.query_selector(".ilrs-count").ok()??;
            Some(ValueButton {
                button,
                count,
                facet,
                value,
                position,
            })
        })
        .collect()
}

/// Brings every facet button up to date, touching only what changed. One effect does this for
/// all the buttons: a reactive node per attribute (three per button, some sixty buttons) made a
/// click cost several milliseconds more.
fn sync_buttons(buttons: &[ValueButton], filter: &Filter, outcome: &Outcome) {
    for b in buttons {
        let pressed = filter.selected(b.facet).contains(&b.value);
        let count = outcome.count(b.facet, b.position);
        let pressed_text = if pressed { "true" } else { "false" };
        if b.button.get_attribute("aria-pressed").as_deref() != Some(pressed_text) {
            let _ = b.button.set_attribute("aria-pressed", pressed_text);
        }
        let disabled = count == 0 && !pressed;
        if b.button.disabled() != disabled {
            b.button.set_disabled(disabled);
        }
        let count = count.to_string();
        if b.count.text_content().as_deref() != Some(count.as_str()) {
            b.count.set_text_content(Some(&count));
        }
    }
}

#[component]
fn EventEntry(event: &'static Event) -> impl IntoView {
    view! {
        <li
            id=event.id
            class="ilrs-record ilrs-event"
            data-record=event.id
            data-kind="event"
            data-planned=event.planned.to_string()
        >
            <p class="ilrs-event-date">
                <time datetime=event.date.iso()>{event.date.readable()}</time>
                {event.planned.then(|| view! { <span class="ilrs-badge">"Planned"</span> })}
            </p>
            <h3>{event.title}</h3>
            <p>{event.summary}</p>
            {event.date_note.map(|note| view! { <p class="ilrs-note">"Date: " {note}</p> })}
            <Tags actors=event.actors coalitions=event.coalitions themes=event.themes date=None />
            <SourceLinks ids=event.sources />
        </li>
    }
}

#[component]
fn QuotationEntry(quotation: &'static Quotation) -> impl IntoView {
    let cite = quotation.sources.first().map(|id| format!("#source-{id}"));
    view! {
        <li
            id=quotation.id
            class="ilrs-record ilrs-quote"
            data-record=quotation.id
            data-kind="quotation"
        >
            <figure>
                <blockquote cite=cite>
                    <p>{quotation.fragments.join(" … ")}</p>
                </blockquote>
                <figcaption>
                    <p>{quotation.attribution}</p>
                    <Tags
                        date=quotation.date
                        actors=quotation.speakers
                        coalitions=quotation.coalitions
                        themes=quotation.themes
                    />
                    <SourceLinks ids=quotation.sources />
                </figcaption>
            </figure>
        </li>
    }
}
