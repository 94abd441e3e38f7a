use leptos::either::Either;
use leptos::prelude::*;

use super::filter::{Entry, Facet, Filter, NO_FILTERS};
use super::index::{Index, Outcome, PAGE, more_label};
use super::island::ExplorerIsland;
use super::query::QUERY_LIMIT;
use super::records::{Record, all_records, value_label};
use crate::data::ACTORS;
use crate::graphics::{Chart, Figure, filtered_timeline};
use crate::model::{ActorKind, Event, Quotation, Vocabulary};
use crate::model::{GraphicState, TimelineState};
use crate::ui::{Corrected, EvidenceDisclosure, LooseDate, Section, ShareLink, SourceLinks, Tags};

/// Every event and quotation, with faceted filters, live counts, search and a year range.
/// Prerendered unfiltered, so the page without JavaScript lists every record; each record
/// carries what the filter needs to know of it, which the island reads back.
#[component]
pub fn Explorer() -> impl IntoView {
    let records = all_records();
    let index = Index::new(records.iter().map(|r| r.entry()).collect());
    let outcome = index.apply(&Filter::default());
    let all = records.len();
    let (first_year, last_year) = index.year_span();
    let groups = |facet: Facet| {
        view! {
            <fieldset class="ilrs-facet">
                <legend>{facet.label()}</legend>
                {value_buttons(facet, index.values(facet).to_vec(), &index, &outcome)}
            </fieldset>
        }
    };
    let year_input = move |bound: &'static str| {
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
                />
            </label>
        }
    };

    let (kind, coalition, source, theme) = (
        groups(Facet::Kind),
        groups(Facet::Coalition),
        groups(Facet::Source),
        groups(Facet::Theme),
    );
    let who = ActorKind::ALL
        .iter()
        .map(|kind| actor_group(*kind, &index, &outcome))
        .collect_view();
    let total = outcome.total;

    view! {
        <Section id="explore" title="Every event and quotation">
            <ExplorerIsland>
                <p class="ilrs-lede">
                    "Each event and quotation behind the story, in date order. Narrow them by coalition, by who is involved, by theme, by source, by kind and by year, or search their words. A link to this page keeps the filters."
                </p>
                <form class="ilrs-filters" aria-label="Filter the events and quotations">
                    <p class="ilrs-search">
                        <label for="ilrs-search">"Search"</label>
                        <input id="ilrs-search" type="search" maxlength=QUERY_LIMIT autocomplete="off" />
                    </p>
                    {kind}
                    {coalition}
                    <fieldset class="ilrs-facet">
                        <legend>"Years"</legend>
                        {year_input("from")}
                        {year_input("to")}
                    </fieldset>
                    <details class="ilrs-facet-more">
                        <summary>"Source"</summary>
                        {source}
                    </details>
                    <details class="ilrs-facet-more">
                        <summary>"Theme"</summary>
                        {theme}
                    </details>
                    <details class="ilrs-facet-more">
                        <summary>"Who"</summary>
                        <fieldset class="ilrs-facet">
                            <legend>"Who"</legend>
                            {who}
                        </fieldset>
                    </details>
                    <p class="ilrs-filter-actions">
                        <button type="button" class="ilrs-button" data-testid="reset-filters">
                            "Reset filters"
                        </button>
                    </p>
                </form>
                <div class="ilrs-filter-state">
                    <p class="ilrs-result-count" role="status">
                        <strong data-testid="result-count">{total}</strong>
                        {format!(" of {all} records shown")}
                    </p>
                    <p class="ilrs-active-filters">{NO_FILTERS}</p>
                    <p class="ilrs-notice" hidden></p>
                    <ShareLink label="Copy link to these results" />
                </div>
                <Figure
                    chart=Chart::Story(GraphicState::Timeline(TimelineState::All))
                    class="ilrs-explorer-graphic"
                    caption="The filtered events on the timeline: China, Russia and the ILRS above; the US, Artemis and the Gateway below. Faded marks do not match."
                    drawing=filtered_timeline(&|_| true)
                />
                <p class="ilrs-empty" hidden>
                    "No event or quotation matches all of these filters. Remove one, or reset them."
                </p>
                <ol class="ilrs-records">
                    {records
                        .into_iter()
                        .map(|record| {
                            let entry = record.entry();
                            match record {
                                Record::Event(event) => Either::Left(view! { <EventEntry event entry /> }),
                                Record::Quotation(quotation) => {
                                    Either::Right(view! { <QuotationEntry quotation entry /> })
                                }
                            }
                        })
                        .collect_view()}
                </ol>
                // With scripts the list holds the first PAGE matches (`on_approach` shows this);
                // without, every record, as the page and each record's own page do.
                {(all > PAGE)
                    .then(|| {
                        view! {
                            <p class="ilrs-more" hidden>
                                <button type="button" class="ilrs-button" data-testid="show-more">
                                    {more_label(all - PAGE)}
                                </button>
                            </p>
                        }
                    })}
            </ExplorerIsland>
        </Section>
    }
}

/// The actors of one kind, a group of the "Who" facet; left out where no record names one.
fn actor_group(kind: ActorKind, index: &Index, outcome: &Outcome) -> impl IntoView + use<> {
    // In the order of data/actors.toml, which an editor controls.
    let values: Vec<String> = ACTORS
        .iter()
        .filter(|a| a.kind == kind && index.position(Facet::Actor, a.id).is_some())
        .map(|a| a.id.to_string())
        .collect();
    (!values.is_empty()).then(|| {
        view! {
            <fieldset class="ilrs-facet ilrs-facet-sub">
                <legend>{kind.label()}</legend>
                {value_buttons(Facet::Actor, values, index, outcome)}
            </fieldset>
        }
    })
}

/// A facet's values as toggle buttons, with their counts for the unfiltered list. The island
/// keeps their pressed state, count and availability up to date.
fn value_buttons(
    facet: Facet,
    values: Vec<String>,
    index: &Index,
    outcome: &Outcome,
) -> impl IntoView + use<> {
    values
        .into_iter()
        .map(|value| {
            let count = index
                .position(facet, &value)
                .map_or(0, |p| outcome.count(facet, p));
            let label = value_label(facet, &value);
            view! {
                <button
                    type="button"
                    class="ilrs-facet-value"
                    data-facet=facet.as_str()
                    data-value=value
                    aria-pressed="false"
                    disabled=count == 0
                >
                    <span class="ilrs-value-label">{label}</span>
                    <span class="ilrs-count">{count}</span>
                </button>
            }
        })
        .collect_view()
}

/// An event's date, as loose as the articles give it: "about 1996", "by 2031", "2021 to 2031".
#[component]
fn EventEntry(event: &'static Event, entry: Entry) -> impl IntoView {
    view! {
        <li
            id=event.id
            class="ilrs-record ilrs-event"
            data-record=event.id
            data-kind="event"
            data-year=entry.year
            data-values=entry.values_attribute()
            // Only where it is true, as on the drawings' marks.
            data-planned=event.planned.then_some("true")
        >
            <p class="ilrs-event-date">
                <LooseDate date=event.date span=event.span />
                {event.planned.then(|| view! { <span class="ilrs-badge">"Planned"</span> })}
            </p>
            <h3>{event.title}</h3>
            <p>{event.summary}</p>
            {event.date_note.map(|note| view! { <p class="ilrs-note">"Date: " {note}</p> })}
            <Tags actors=event.actors coalitions=event.coalitions themes=event.themes date=None />
            <SourceLinks ids=event.sources />
            <EvidenceDisclosure evidence=event.evidence record=event.id.to_string() />
            <Corrected record=event.id.to_string() />
        </li>
    }
}

#[component]
fn QuotationEntry(quotation: &'static Quotation, entry: Entry) -> impl IntoView {
    let cite = quotation.sources.first().map(|id| format!("#source-{id}"));
    view! {
        <li
            id=quotation.id
            class="ilrs-record ilrs-quote"
            data-record=quotation.id
            data-kind="quotation"
            data-year=entry.year
            data-values=entry.values_attribute()
        >
            <figure>
                <blockquote cite=cite>
                    <p>{quotation.fragments.join(" … ")}</p>
                </blockquote>
                <figcaption>
                    <p>{quotation.attribution}</p>
                    {quotation.date_note.map(|note| view! { <p class="ilrs-note">"Date: " {note}</p> })}
                    <Tags
                        date=quotation.date
                        actors=quotation.speakers
                        coalitions=quotation.coalitions
                        themes=quotation.themes
                    />
                    <SourceLinks ids=quotation.sources />
                </figcaption>
            </figure>
            <EvidenceDisclosure evidence=quotation.evidence record=quotation.id.to_string() />
            <Corrected record=quotation.id.to_string() />
        </li>
    }
}
