use leptos::prelude::*;

use crate::data::{
    CORRECTIONS_ABOUT, CORRECTIONS_PAGE, PUBLICATION, correction_name, paged_records, quotation,
    record_anchor, record_path, shown_corrections,
};
use crate::model::{Correction, CorrectionKind, Vocabulary, count_in_words};
use crate::ui::{DateTag, RecordName, Section};

/// The file the corrections log is published as, an Atom feed.
pub const FEED_FILE: &str = "corrections.xml";

/// How many of the latest entries the page's note shows.
const LATEST: usize = 3;

/// The page's note on corrections: why there are so many, how many, the latest few and a link to
/// the log's own page. The log itself is long; the story is the page.
#[component]
pub fn Corrections() -> impl IntoView {
    let entries: Vec<&'static Correction> = shown_corrections().collect();
    view! {
        <Section id="corrections" title="Corrections and updates">
            <p>{CORRECTIONS_ABOUT}</p>
            <p>{tally(&entries)}</p>
            {(!entries.is_empty())
                .then(|| {
                    view! {
                        <h3 class="ilrs-corrections-latest">"The latest"</h3>
                        <ul class="ilrs-corrections ilrs-corrections--note">
                            {entries
                                .iter()
                                .rev()
                                .take(LATEST)
                                .map(|c| {
                                    view! {
                                        <li>
                                            <a href=format!("{CORRECTIONS_PAGE}#correction-{}", c.number)>
                                                {correction_name(c)}
                                            </a>
                                            <p>{c.text}</p>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    }
                })}
            <p class="ilrs-corrections-links">
                <a href=CORRECTIONS_PAGE>"Every correction and update, newest first"</a>
                " · "
                <a href=FEED_FILE type="application/atom+xml">"Follow them as a feed"</a>
            </p>
        </Section>
    }
}

/// "34 since it was first published on 22 November 2026: 27 corrections, 5 clarifications and
/// 2 updates."
fn tally(entries: &[&Correction]) -> String {
    if entries.is_empty() {
        return format!(
            "Nothing has been corrected since the piece was first published on {}.",
            PUBLICATION.published.readable()
        );
    }
    let kinds: Vec<String> = CorrectionKind::ALL
        .iter()
        .filter(|kind| kind.shown())
        .filter_map(|kind| {
            let n = entries.iter().filter(|c| c.kind == *kind).count();
            let name = kind.label().to_ascii_lowercase();
            (n > 0).then(|| {
                format!(
                    "{} {name}{}",
                    count_in_words(n),
                    if n == 1 { "" } else { "s" }
                )
            })
        })
        .collect();
    let listed = match kinds.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => kinds.join(""),
    };
    format!(
        "Since the piece was first published on {}: {listed}.",
        PUBLICATION.published.readable()
    )
}

/// Every entry readers are shown, newest first, for the log's own page. `up` leads from that
/// page to the site's root.
#[component]
pub fn CorrectionsLog(
    /// The way from the log's page to the site's root: "../".
    up: &'static str,
) -> impl IntoView {
    let entries: Vec<&'static Correction> = shown_corrections().collect();
    view! {
        <p>{CORRECTIONS_ABOUT}</p>
        <p>{tally(&entries)}</p>
        <ul class="ilrs-corrections">
            {entries.iter().rev().map(|c| view! { <Entry correction=c up /> }).collect_view()}
        </ul>
    }
}

#[component]
fn Entry(correction: &'static Correction, up: &'static str) -> impl IntoView {
    let paged = paged_records();
    let link = move |key: &str| {
        if paged.iter().any(|k| k == key) {
            format!("{up}{}", record_path(key))
        } else {
            format!("{up}{}", record_anchor(key))
        }
    };
    let was = correction.was;
    view! {
        <li id=format!("correction-{}", correction.number) class="ilrs-correction">
            <h2 class="ilrs-correction-title">{correction_name(correction)}</h2>
            <p>{correction.text}</p>
            {(!was.is_empty())
                .then(|| {
                    view! {
                        <details class="ilrs-correction-was">
                            <summary>{format!("What we had published ({})", was.len())}</summary>
                            <ul>
                                {was
                                    .iter()
                                    .map(|w| {
                                        view! {
                                            <li>
                                                <span class="ilrs-was-where">
                                                    {format!("{}, {}: ", withdrawn_or_named(w.record), field_name(w.field))}
                                                </span>
                                                {w.wording}
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        </details>
                    }
                })}
            {(!correction.records.is_empty())
                .then(|| {
                    view! {
                        <p class="ilrs-cites">
                            "Where it is now: "
                            {correction
                                .records
                                .iter()
                                .enumerate()
                                .map(|(i, key)| {
                                    view! {
                                        {(i > 0).then_some("; ")}
                                        <a href=link(key)>
                                            <RecordName key name=record_name(key) />
                                        </a>
                                    }
                                })
                                .collect_view()}
                        </p>
                    }
                })}
            <p class="ilrs-correction-meta">
                {correction.kind.label()} ", " <DateTag date=correction.date />
            </p>
        </li>
    }
}

/// A record's name, or, for one no longer in the data, that it was withdrawn.
fn withdrawn_or_named(key: &str) -> String {
    let name = record_name(key);
    if name == key {
        "A claim since withdrawn".to_string()
    } else {
        name
    }
}

/// How an entry names a field of a record, for a reader: "its summary", "account 2".
fn field_name(field: &str) -> String {
    match field {
        "text" => "its words".into(),
        "date_note" => "the note on its date".into(),
        "as_of" => "the date of its reporting".into(),
        "count_label" => "its label in the graphic".into(),
        "label" => "its label".into(),
        "role" => "its description".into(),
        other if other.starts_with("account ") || other.starts_with("paragraph ") => other.into(),
        other => format!("its {}", other.replace('_', " ")),
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
