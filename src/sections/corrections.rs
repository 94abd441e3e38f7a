use leptos::prelude::*;

use crate::data::{CORRECTIONS, quotation, record_anchor};
use crate::model::{Correction, Vocabulary};
use crate::ui::{DateTag, RecordName, Section};

/// The file the corrections log is published as, an Atom feed.
pub const FEED_FILE: &str = "corrections.xml";

/// Every change to a published claim, newest first, as a newspaper's corrections column keeps
/// them: its date and kind, what a reader may have relied on, what changed, and the records it
/// touches.
#[component]
pub fn Corrections() -> impl IntoView {
    view! {
        <Section id="corrections" title="Corrections and updates">
            <p>
                "When a claim on this page changes, the change is listed here, newest first, and the record carries a line linking to it. "
                <a href=FEED_FILE type="application/atom+xml">"Follow the changes as a feed"</a>
                "."
            </p>
            {CORRECTIONS.is_empty().then_some(view! { <p>"Nothing has been corrected since publication."</p> })}
            <ol class="ilrs-corrections" reversed>
                {CORRECTIONS.iter().rev().map(|c| view! { <Entry correction=c /> }).collect_view()}
            </ol>
        </Section>
    }
}

#[component]
fn Entry(correction: &'static Correction) -> impl IntoView {
    view! {
        <li id=format!("correction-{}", correction.number) class="ilrs-correction">
            <p class="ilrs-correction-meta">
                <strong>{correction.kind.label()}</strong>
                ", "
                <DateTag date=correction.date />
            </p>
            {correction
                .was
                .map(|was| view! { <p class="ilrs-correction-was">{format!("We said: “{was}”")}</p> })}
            <p>{correction.text}</p>
            <p class="ilrs-cites">
                "Touches: "
                {correction
                    .records
                    .iter()
                    .enumerate()
                    .map(|(i, key)| {
                        view! {
                            {(i > 0).then_some("; ")}
                            <a href=record_anchor(key)>
                                <RecordName key name=record_name(key) />
                            </a>
                        }
                    })
                    .collect_view()}
            </p>
        </li>
    }
}

/// How an entry names a record it touches: the record's own name where it has one.
pub fn record_name(key: &str) -> String {
    use crate::data::{ACTORS, CHAPTERS, COALITIONS, DIMENSIONS, DISCREPANCIES, EVENTS, FIGURES};
    use crate::data::{SOURCES, THEMES};
    if let Some(rest) = key.strip_prefix("cell:") {
        let (dimension, side) = rest.split_once('/').unwrap_or((rest, ""));
        let label = DIMENSIONS
            .iter()
            .find(|d| d.id == dimension)
            .map_or(dimension, |d| d.label);
        let side = crate::model::Side::parse(side).map_or(side, |s| s.label());
        return format!("{label}: {side}");
    }
    if let Some(rest) = key.strip_prefix("membership:") {
        let (coalition, actor) = rest.split_once('/').unwrap_or((rest, ""));
        let short = COALITIONS
            .iter()
            .find(|c| c.id == coalition)
            .map_or(coalition, |c| c.short);
        let name = ACTORS
            .iter()
            .find(|a| a.id == actor)
            .map_or(actor, |a| a.name);
        return format!("{name} in {short}");
    }
    let found = EVENTS
        .iter()
        .find(|e| e.id == key)
        .map(|e| e.title.to_string())
        .or_else(|| quotation(key).map(crate::data::quotation_title))
        .or_else(|| {
            FIGURES
                .iter()
                .find(|f| f.id == key)
                .map(|f| f.label.to_string())
        })
        .or_else(|| {
            DISCREPANCIES
                .iter()
                .find(|d| d.id == key)
                .map(|d| format!("Disagreement: {}", d.topic))
        })
        .or_else(|| {
            COALITIONS
                .iter()
                .find(|c| c.id == key)
                .map(|c| c.name.to_string())
        })
        .or_else(|| {
            ACTORS
                .iter()
                .find(|a| a.id == key)
                .map(|a| a.name.to_string())
        })
        .or_else(|| {
            THEMES
                .iter()
                .find(|t| t.id == key)
                .map(|t| format!("Theme: {}", t.label))
        })
        .or_else(|| {
            SOURCES
                .iter()
                .find(|s| s.id == key)
                .map(|s| format!("Source: {}", s.short))
        })
        .or_else(|| {
            DIMENSIONS
                .iter()
                .find(|d| d.id == key)
                .map(|d| format!("Comparison: {}", d.label))
        })
        .or_else(|| {
            CHAPTERS.iter().find_map(|c| {
                (c.id == key)
                    .then(|| format!("Chapter: {}", c.title))
                    .or_else(|| {
                        c.steps
                            .iter()
                            .find(|s| s.id == key)
                            .map(|s| format!("Story step: {}", s.title))
                    })
            })
        });
    found.unwrap_or_else(|| match key {
        "hero" => "The summary at the top".to_string(),
        "method" => "Sources and method".to_string(),
        other => other.to_string(),
    })
}
