//! A page per record, `record/{key}/index.html`: every event and quotation of the explorer,
//! every cell of the comparison and every disagreement has an address a reader, a fact-checker
//! or another newsroom can link to and cite. Each page states the claim as the explainer does,
//! with its date as loose as the reports give it; the passages it rests on, verbatim, with their
//! articles; the story steps and other records that rest on the same passages; its corrections;
//! "Cite this"; and JSON-LD that fits the record. It reads on its own without JavaScript, in the
//! page's stylesheet, and links back into the explainer at the record.
//!
//! Beside each page, the fragments the main page's disclosures fetch: `passages.html`, or for a
//! disagreement one `account-{n}.html` per account.

use leptos::prelude::*;
use serde_json::{Value as Json, json};

use super::files::{RECORD_SCRIPT, SHARE_CARD, record_page as record_page_file};
use super::render::render_view;
use super::settings::Settings;
use super::share::{Card, meta_tags};
use super::structured::{author, organisation, source_work};
use crate::data::{
    CELLS, CORRECTIONS_PAGE, DIMENSIONS, DISCREPANCIES, EVENTS, FIGURES, HERO, PUBLICATION, actor,
    correction_name, corrections_of, paged_records, quotation, quotation_opening, quotation_title,
    record_anchor, record_path, source,
};
use crate::embed::contract::ROOT_ID;
use crate::markup::escape;
use crate::model::{
    ActorKind, Date, DrawnOn, Evidence, Span, Vocabulary, cell_key, count_in_words,
};
use crate::sections::SourceEntry;
use crate::story::steps::all_steps;
use crate::ui::passages::FRAGMENT_MARK;
use crate::ui::{LooseDate, PASSAGES_FRAGMENT, Passages, account_fragment, fragment_anchor};

/// How a record page names the site's root: two folders up.
const UP: &str = "../../";

/// The script every record page runs: the "Copy" control of its citation, shown only where it
/// can work; and, where the build knew no site address (`ILRS_SITE_URL`), the citation's
/// address made whole from the page's own. A file of its own, so the page's
/// Content-Security-Policy needs no hash.
pub const RECORD_SCRIPT_SOURCE: &str = "\
// A record's page: completes its citation's address where the build left it relative, and shows
// the button that copies the citation, where the clipboard can be written.
(function () {
  var button = document.querySelector(\"[data-copy-citation]\");
  var citation = document.getElementById(\"citation\");
  var status = document.getElementById(\"citation-status\");
  var last = citation && citation.lastChild;
  if (last && last.nodeType === 3 && /^https?:$/.test(location.protocol)) {
    last.nodeValue = last.nodeValue.replace(/ record\\/[^\\s\\/]+\\/$/, function () {
      return \" \" + location.origin + location.pathname;
    });
  }
  if (!button || !citation || !status || !navigator.clipboard) return;
  button.hidden = false;
  button.addEventListener(\"click\", function () {
    navigator.clipboard.writeText(citation.textContent.trim()).then(
      function () { status.textContent = \"Citation copied.\"; },
      function () { status.textContent = \"Could not copy: select the citation above and copy it.\"; }
    );
  });
})();
";

/// What kind of claim a record is, for its page's kicker and its JSON-LD.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Event,
    Quotation,
    Figure,
    Cell,
    Disagreement,
}

impl Kind {
    fn label(self) -> &'static str {
        match self {
            Kind::Event => "Event",
            Kind::Quotation => "Quotation",
            Kind::Figure => "Figure",
            Kind::Cell => "Comparison",
            Kind::Disagreement => "Where the sources disagree",
        }
    }
}

/// One part of a record's evidence: the passages of one account (a disagreement has several),
/// with what that account says, and the fragment they are fetched from.
#[derive(Debug, Clone)]
pub struct Part {
    pub says: Option<&'static str>,
    pub evidence: &'static [Evidence],
    pub fragment: String,
}

/// A record as its page shows it.
#[derive(Debug, Clone)]
pub struct Record {
    /// Its key: its id, or a cell's `cell:{dimension}/{side}`.
    pub key: String,
    pub kind: Kind,
    pub title: String,
    /// The claim in the explainer's words (a quotation's attribution).
    pub text: &'static str,
    /// The words quoted, verbatim, for a quotation.
    pub quoted: Option<String>,
    /// Its date as the reports give it, and how a loose one was read.
    pub date: Option<When>,
    pub date_note: Option<&'static str>,
    pub planned: bool,
    pub parts: Vec<Part>,
    pub sources: Vec<&'static str>,
    /// Who said it, for a quotation.
    pub speakers: &'static [&'static str],
    /// For a quotation: who said it and its first words, which its title is made of.
    pub opening: Option<(String, String)>,
}

/// A record's date, with how sure it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct When {
    pub date: Date,
    pub span: Span,
}

impl Record {
    /// Every record with a page, in the main page's order.
    pub fn all() -> Vec<Record> {
        paged_records()
            .iter()
            .filter_map(|key| Record::find(key))
            .collect()
    }

    /// The record with this key.
    pub fn find(key: &str) -> Option<Record> {
        let one = |evidence| {
            vec![Part {
                says: None,
                evidence,
                fragment: PASSAGES_FRAGMENT.to_string(),
            }]
        };
        if let Some(rest) = key.strip_prefix("cell:") {
            let c = CELLS
                .iter()
                .find(|c| cell_key(c.dimension, c.side) == key)?;
            let label = DIMENSIONS
                .iter()
                .find(|d| d.id == c.dimension)
                .map_or(rest, |d| d.label);
            return Some(Record {
                key: key.to_string(),
                kind: Kind::Cell,
                title: format!("{}: {label}", c.side.label()),
                text: c.text,
                quoted: None,
                date: None,
                date_note: None,
                planned: false,
                parts: one(c.evidence),
                sources: c.sources.to_vec(),
                speakers: &[],
                opening: None,
            });
        }
        if let Some(e) = EVENTS.iter().find(|e| e.id == key) {
            return Some(Record {
                key: key.to_string(),
                kind: Kind::Event,
                title: e.title.to_string(),
                text: e.summary,
                quoted: None,
                date: Some(When {
                    date: e.date,
                    span: e.span,
                }),
                date_note: e.date_note,
                planned: e.planned,
                parts: one(e.evidence),
                sources: e.sources.to_vec(),
                speakers: &[],
                opening: None,
            });
        }
        if let Some(q) = quotation(key) {
            return Some(Record {
                key: key.to_string(),
                kind: Kind::Quotation,
                // Who said it and how it opens, so that two quotations of one speaker never
                // share a title (or a citation).
                title: quotation_title(q),
                text: q.attribution,
                quoted: Some(q.fragments.join(" … ")),
                date: q.date.map(|date| When {
                    date,
                    span: Span::On,
                }),
                // The attribution already says how the date was read.
                date_note: None,
                planned: false,
                parts: one(q.evidence),
                sources: q.sources.to_vec(),
                speakers: q.speakers,
                opening: Some(quotation_opening(q)),
            });
        }
        if let Some(f) = FIGURES.iter().find(|f| f.id == key) {
            return Some(Record {
                key: key.to_string(),
                kind: Kind::Figure,
                title: f.label.to_string(),
                text: f.value,
                quoted: None,
                date: None,
                date_note: None,
                planned: false,
                parts: one(f.evidence),
                sources: f.sources.to_vec(),
                speakers: &[],
                opening: None,
            });
        }
        let d = DISCREPANCIES.iter().find(|d| d.id == key)?;
        let mut sources: Vec<&'static str> = Vec::new();
        for id in d.accounts.iter().flat_map(|a| a.sources.iter().copied()) {
            if !sources.contains(&id) {
                sources.push(id);
            }
        }
        Some(Record {
            key: key.to_string(),
            kind: Kind::Disagreement,
            title: d.topic.to_string(),
            // Some disagreements are inside one report, which says two things.
            text: if sources.len() == 1 {
                "The report gives different accounts of this point. Each is below in the explainer’s words, with the passages it rests on."
            } else {
                "The reports give different accounts of this point. Each is below in the explainer’s words, with the passages it rests on."
            },
            quoted: None,
            date: None,
            date_note: None,
            planned: false,
            parts: d
                .accounts
                .iter()
                .enumerate()
                .map(|(i, a)| Part {
                    says: Some(a.says),
                    evidence: a.evidence,
                    fragment: account_fragment(i + 1),
                })
                .collect(),
            sources,
            speakers: &[],
            opening: None,
        })
    }

    /// Where the page lives under the site.
    pub fn path(&self) -> String {
        record_path(&self.key)
    }

    /// The record's place in the explainer, relative to its page.
    fn in_explainer(&self) -> String {
        format!("{UP}{}", record_anchor(&self.key))
    }

    /// Every passage the record rests on.
    fn passages(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.parts
            .iter()
            .flat_map(|p| p.evidence.iter())
            .flat_map(|e| e.passages.iter().copied())
    }

    /// The date as a reader reads it: "about March 2021", "by 2030".
    fn when(&self) -> Option<String> {
        self.date.map(|w| w.span.readable(w.date))
    }

    /// The description a search result or a shared link shows.
    fn description(&self) -> String {
        if self.kind == Kind::Disagreement {
            let says: Vec<&str> = self.parts.iter().filter_map(|p| p.says).collect();
            return format!(
                "Where the reports disagree: {}. {} accounts: {}",
                self.title,
                capitalised(&count_in_words(says.len())),
                says.join(" / ")
            );
        }
        if self.kind == Kind::Figure {
            return format!("{}: {}.", self.title, self.text);
        }
        match (&self.quoted, self.when()) {
            (Some(quoted), _) => format!("“{quoted}” {}", self.text),
            (None, Some(when)) => format!("{} ({when}): {}", self.title, self.text),
            (None, None) => self.text.to_string(),
        }
    }

    /// A comparison cell's row (its dimension); `None` for other records.
    fn dimension(&self) -> Option<&str> {
        let (dimension, _) = self.key.strip_prefix("cell:")?.split_once('/')?;
        Some(dimension)
    }

    /// The story's steps that draw on the record, with their position.
    fn steps(&self) -> Vec<(&'static str, &'static str)> {
        let drawn = |kind: DrawnOn, id: &str| match self.kind {
            Kind::Event => kind == DrawnOn::Event && id == self.key,
            Kind::Quotation => kind == DrawnOn::Quotation && id == self.key,
            Kind::Figure => kind == DrawnOn::Figure && id == self.key,
            Kind::Disagreement => kind == DrawnOn::Discrepancy && id == self.key,
            Kind::Cell => kind == DrawnOn::Dimension && self.dimension() == Some(id),
        };
        all_steps()
            .filter(|(_, step)| step.records.iter().any(|r| drawn(r.kind, r.id)))
            .map(|(_, step)| (step.id, step.title))
            .collect()
    }
}

/// "two" as "Two".
fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// A citation with the quotation it names marked up as one (its marks kept in the text, so a
/// copy of the citation keeps them; `ilrs-citation q` shows no second pair).
fn quoted_in(cite: &str) -> impl IntoView + use<> {
    let open = cite.find('“');
    let close = open.and_then(|at| cite[at..].find('”').map(|end| at + end + '”'.len_utf8()));
    match (open, close) {
        (Some(open), Some(close)) => {
            let (before, quoted, after) = (
                cite[..open].to_string(),
                cite[open..close].to_string(),
                cite[close..].to_string(),
            );
            view! { {before} <q>{quoted}</q> {after} }.into_any()
        }
        _ => cite.to_string().into_any(),
    }
}

/// A record's title as a page shows it: a quotation's first words marked up as a quotation.
#[component]
fn Title(record: Record) -> impl IntoView {
    match record.opening {
        Some((who, opening)) => view! { {who} ": " <q>{opening}</q> }.into_any(),
        None => record.title.into_any(),
    }
}

/// The other records resting on at least one of the same passages, in page order; for a
/// comparison cell, the other side of its row first.
fn sharing_passages(record: &Record, all: &[Record]) -> Vec<Record> {
    let own: Vec<&str> = record.passages().collect();
    let same_row =
        |other: &Record| other.dimension().is_some() && other.dimension() == record.dimension();
    let other_side = all
        .iter()
        .filter(|other| other.key != record.key && same_row(other));
    let sharing = all.iter().filter(|other| {
        other.key != record.key && !same_row(other) && other.passages().any(|p| own.contains(&p))
    });
    other_side.chain(sharing).cloned().collect()
}

/// How the record would be cited: its title, the piece, the publisher, the dates and its
/// permanent address.
pub fn citation(record: &Record, settings: &Settings) -> String {
    let address = settings
        .absolute(&record.path())
        .unwrap_or_else(|| record.path());
    // A quotation's title carries its own quotation marks.
    let title = match record.kind {
        Kind::Quotation => record.title.clone(),
        _ => format!("“{}”", record.title),
    };
    format!(
        "{title}. In: {}. {}, published {}, updated {}. {address}",
        HERO.title,
        settings.publisher_name(),
        PUBLICATION.published.readable(),
        PUBLICATION.modified.readable(),
    )
}

/// The record's JSON-LD: the page, whose main entity is an `Event`, a `Quotation` or a `Claim`,
/// citing the reports it rests on.
pub fn json_ld(record: &Record, settings: &Settings) -> Json {
    let address = settings
        .absolute(&record.path())
        .unwrap_or_else(|| record.path());
    let reports: Vec<Json> = record
        .sources
        .iter()
        .filter_map(|id| source(id))
        .map(source_work)
        .collect();
    let mut entity = match record.kind {
        Kind::Event => json!({"@type": "Event", "name": record.title, "description": record.text}),
        Kind::Quotation => {
            let mut quotation = json!({
                "@type": "Quotation",
                "text": record.quoted,
                "description": record.text,
                "citation": reports,
            });
            let speakers: Vec<Json> = record
                .speakers
                .iter()
                .filter_map(|id| actor(id))
                .map(|a| {
                    let kind = if a.kind == ActorKind::Person {
                        "Person"
                    } else {
                        "Organization"
                    };
                    json!({"@type": kind, "name": a.name})
                })
                .collect();
            if !speakers.is_empty() {
                quotation["spokenByCharacter"] = json!(speakers);
            }
            quotation
        }
        Kind::Figure | Kind::Cell | Kind::Disagreement => json!({
            "@type": "Claim",
            "name": record.title,
            "text": record.text,
            "appearance": reports,
        }),
    };
    // An exact day is a schema.org date; a looser one is kept in words only.
    if let Some(When {
        date,
        span: Span::On,
    }) = record.date
    {
        let key = if record.kind == Kind::Event {
            "startDate"
        } else {
            "dateCreated"
        };
        entity[key] = json!(date.iso());
    }
    let mut page = json!({
        "@context": "https://schema.org",
        "@type": "WebPage",
        "@id": address,
        "url": address,
        "name": record.title,
        "description": record.description(),
        "isPartOf": {"@type": "NewsArticle", "headline": HERO.title},
        "mainEntity": entity,
        // The piece's author, ahead of the reports' own authors in `citation`.
        "author": author(settings),
        "publisher": organisation(settings),
        "citation": reports,
        "dateModified": PUBLICATION.modified.iso(),
    });
    if let Some(site) = settings.absolute("") {
        page["isPartOf"]["url"] = json!(site);
    }
    page
}

/// The page of `record`; `all` is every record, `css` the built stylesheet's name and `icon` the
/// story page's icon link.
pub fn record_page(
    settings: &Settings,
    css: &str,
    icon: &str,
    record: &Record,
    all: &[Record],
) -> String {
    let description = record.description();
    let tags = meta_tags(
        settings,
        &Card {
            title: &record.title,
            description: &description,
            path: &record.path(),
            canonical: &record.path(),
            image: SHARE_CARD,
            image_alt: HERO.title,
        },
    );
    let structured = json_ld(record, settings).to_string().replace("</", "<\\/");
    let related = sharing_passages(record, all);
    let cite = citation(record, settings);
    let body = render_view(|| {
        view! { <RecordBody record=record.clone() related=related.clone() cite=cite.clone() /> }
    });
    format!(
        "<!doctype html>\n<html lang=\"en\">\n<head>\
         <meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <meta name=\"color-scheme\" content=\"light dark\">\
         <title>{title} · {piece}</title>\
         <meta name=\"description\" content=\"{description}\">{tags}{icon}\
         <link rel=\"stylesheet\" href=\"{UP}{css}\">\
         <script src=\"{UP}{RECORD_SCRIPT}\" defer></script>\
         <script type=\"application/ld+json\">{structured}</script>\
         </head>\n<body>\n{body}\n</body>\n</html>\n",
        title = escape(&record.title),
        piece = escape(HERO.title),
        description = escape(&description),
    )
}

/// The fragment of one part's passages, as the main page's disclosures fetch it.
pub fn passages_fragment(evidence: &'static [Evidence]) -> String {
    let html = render_view(|| view! { <Passages evidence /> });
    format!("{FRAGMENT_MARK}{html}\n")
}

/// A record page's body.
#[component]
fn RecordBody(record: Record, related: Vec<Record>, cite: String) -> impl IntoView {
    let steps = record.steps();
    let corrections: Vec<_> = corrections_of(&record.key).collect();
    let sources: Vec<_> = record.sources.iter().filter_map(|id| source(id)).collect();
    let several = record.parts.len() > 1;
    let passage_count = record.passages().count();
    view! {
        <div id=ROOT_ID>
            <div class="ilrs ilrs-record-page">
                <main class="ilrs-hero">
                    <p class="ilrs-kicker">
                        <a href=UP>{HERO.title}</a>
                        {format!(" · {}", record.kind.label())}
                    </p>
                    <h1 class="ilrs-title"><Title record=record.clone() /></h1>
                    {record
                        .date
                        .map(|w| {
                            view! {
                                <p class="ilrs-event-date">
                                    <LooseDate date=w.date span=w.span />
                                    {record.planned.then(|| view! { <span class="ilrs-badge">"Planned"</span> })}
                                </p>
                            }
                        })}
                    {record
                        .quoted
                        .clone()
                        .map(|quoted| {
                            view! {
                                <blockquote class="ilrs-record-quote" cite=record.sources.first().map(|id| format!("#source-{id}"))>
                                    <p>{quoted}</p>
                                </blockquote>
                            }
                        })}
                    <p class="ilrs-summary">{record.text}</p>
                    {record.date_note.map(|note| view! { <p class="ilrs-note">"Date: " {note}</p> })}
                    <p class="ilrs-provenance">
                        <a href=record.in_explainer()>"See it in the explainer"</a>
                    </p>

                    <h2 id="passages">
                        {match (several, passage_count) {
                            (true, _) => "The accounts and their passages",
                            (false, 1) => "The passage it rests on",
                            (false, _) => "The passages it rests on",
                        }}
                    </h2>
                    {record
                        .parts
                        .iter()
                        .map(|part| {
                            let anchor = fragment_anchor(&part.fragment).map(str::to_string);
                            view! {
                                <section class="ilrs-record-part" id=anchor>
                                    {part.says.map(|says| view! { <h3>{says}</h3> })}
                                    <Passages evidence=part.evidence />
                                </section>
                            }
                        })
                        .collect_view()}

                    {(!steps.is_empty())
                        .then(|| {
                            view! {
                                <h2>"In the story"</h2>
                                <ul class="ilrs-record-uses">
                                    {steps
                                        .iter()
                                        .map(|(id, title)| {
                                            view! {
                                                <li>
                                                    <a href=format!("{UP}step/{id}/")>{*title}</a>
                                                </li>
                                            }
                                        })
                                        .collect_view()}
                                </ul>
                            }
                        })}
                    {(!related.is_empty())
                        .then(|| {
                            view! {
                                <h2>"Related records"</h2>
                                <p>
                                    {if record.kind == Kind::Cell {
                                        "The other side of this comparison, and the records that rest on the same passages."
                                    } else {
                                        "The records that rest on the same passages."
                                    }}
                                </p>
                                <ul class="ilrs-record-uses">
                                    {related
                                        .iter()
                                        .map(|other| {
                                            view! {
                                                <li>
                                                    <a href=format!("{UP}{}", other.path())>
                                                        <Title record=other.clone() />
                                                    </a>
                                                </li>
                                            }
                                        })
                                        .collect_view()}
                                </ul>
                            }
                        })}

                    {(!corrections.is_empty())
                        .then(|| {
                            view! {
                                <h2>"Corrections and updates"</h2>
                                <ul class="ilrs-record-corrections">
                                    {corrections
                                        .iter()
                                        .map(|c| {
                                            view! {
                                                <li>
                                                    <a href=format!("{UP}{CORRECTIONS_PAGE}#correction-{}", c.number)>
                                                        {correction_name(c)}
                                                    </a>
                                                    ": "
                                                    {c.text}
                                                </li>
                                            }
                                        })
                                        .collect_view()}
                                </ul>
                            }
                        })}

                    <h2>"Cite this"</h2>
                    <p id="citation" class="ilrs-citation">
                        {if record.kind == Kind::Quotation { quoted_in(&cite).into_any() } else { cite.into_any() }}
                    </p>
                    <p>
                        <button type="button" class="ilrs-button" data-copy-citation="" hidden>
                            "Copy the citation"
                        </button>
                        <span id="citation-status" class="ilrs-citation-status" role="status"></span>
                    </p>

                    <h2>"Sources"</h2>
                    <ol class="ilrs-source-list">
                        {sources.into_iter().map(|source| view! { <SourceEntry source /> }).collect_view()}
                    </ol>
                </main>
            </div>
        </div>
    }
}

/// Every record page and its fragments, as (path under the site, contents), and their script.
pub fn files(settings: &Settings, css: &str, icon: &str) -> Vec<(String, String)> {
    let all = Record::all();
    let mut out = Vec::new();
    for record in &all {
        out.push((
            record_page_file(&record.key),
            record_page(settings, css, icon, record, &all),
        ));
        for part in &record.parts {
            out.push((
                format!("{}{}", record.path(), part.fragment),
                passages_fragment(part.evidence),
            ));
        }
    }
    out.push((RECORD_SCRIPT.to_string(), RECORD_SCRIPT_SOURCE.to_string()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{CELLS, DISCREPANCIES, EVENTS, FIGURES, QUOTATIONS};

    fn site() -> Settings {
        Settings::new(
            Some("https://news.example/ilrs/"),
            Some("The Example Times"),
        )
        .unwrap()
    }

    #[test]
    fn a_figure_has_a_page_with_its_passages_and_how_to_cite_it() {
        let all = Record::all();
        let figure = Record::find("iss-altitude").expect("a figure's page");
        assert_eq!(figure.kind, Kind::Figure);
        let page = record_page(&site(), "explainer-1.css", "", &figure, &all);
        assert!(page.contains("Height of the ISS"), "its label");
        assert!(page.contains("about 400 km"), "its value");
        assert!(page.contains("data-evidence"), "its passages");
        assert!(page.contains("Cite this"));
        assert!(page.contains("https://news.example/ilrs/record/iss-altitude/"));
    }

    #[test]
    fn every_record_maps_to_one_page_and_no_two_share_one() {
        let all = Record::all();
        assert_eq!(
            all.len(),
            EVENTS.len() + QUOTATIONS.len() + FIGURES.len() + CELLS.len() + DISCREPANCIES.len()
        );
        let mut paths: Vec<String> = all.iter().map(Record::path).collect();
        for path in &paths {
            assert!(path.starts_with("record/") && path.ends_with('/'), "{path}");
            let slug = &path["record/".len()..path.len() - 1];
            assert!(
                !slug.is_empty()
                    && slug
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
                "a plain address: {path}"
            );
        }
        paths.sort();
        paths.dedup();
        assert_eq!(paths.len(), all.len(), "no two records share a page");
        // The same key always gives the same page.
        assert_eq!(
            record_path("cell:crew/artemis"),
            "record/cell-crew-artemis/"
        );
        assert_eq!(
            record_path(EVENTS[0].id),
            format!("record/{}/", EVENTS[0].id)
        );
    }

    #[test]
    fn a_record_page_holds_its_claim_passages_citation_and_address() {
        let all = Record::all();
        let event = EVENTS
            .iter()
            .find(|e| e.span == Span::About || e.date_note.is_some());
        let event = Record::find(event.unwrap_or(&EVENTS[0]).id).unwrap();
        let page = record_page(&site(), "explainer-1.css", "", &event, &all);
        assert!(page.contains(&format!(
            "<link rel=\"canonical\" href=\"https://news.example/ilrs/{}\">",
            event.path()
        )));
        assert!(page.contains(&format!("<title>{} · ", escape(&event.title))));
        assert!(page.contains("<meta name=\"description\""));
        assert!(page.contains(&escape(event.text)));
        assert!(page.contains(&format!(
            "<time datetime=\"{}\">",
            event.date.unwrap().date.iso()
        )));
        let passages: usize = event.passages().count();
        assert_eq!(page.matches("<blockquote data-evidence").count(), passages);
        assert!(page.contains("<h2>Cite this</h2>"));
        assert!(page.contains(&format!("https://news.example/ilrs/{}</p>", event.path())));
        assert!(
            page.contains(&format!("href=\"../../#{}\"", event.key)),
            "back into the explainer"
        );
        assert!(page.contains("<link rel=\"stylesheet\" href=\"../../explainer-1.css\">"));
        assert!(!page.contains("<script>"), "no inline script");
        // Each source it cites is listed, so the passages' links land.
        for id in &event.sources {
            assert!(page.contains(&format!("<li id=\"source-{id}\"")), "{id}");
        }
    }

    #[test]
    fn the_json_ld_fits_the_kind_of_record() {
        let types = |key: &str| {
            let record = Record::find(key).unwrap();
            let ld = json_ld(&record, &site());
            assert_eq!(ld["@type"], "WebPage");
            assert_eq!(
                ld["url"],
                format!("https://news.example/ilrs/{}", record.path())
            );
            assert!(ld["citation"].as_array().is_some_and(|c| !c.is_empty()));
            // The same publisher as the piece's own page, with its address and logo.
            assert_eq!(ld["publisher"], organisation(&site()));
            assert_eq!(ld["publisher"]["url"], "https://news.example/");
            ld["mainEntity"].clone()
        };
        let on_a_day = EVENTS.iter().find(|e| e.span == Span::On).unwrap();
        let event = types(on_a_day.id);
        assert_eq!(event["@type"], "Event");
        assert_eq!(event["startDate"], on_a_day.date.iso());
        let loose = EVENTS.iter().find(|e| e.span != Span::On).unwrap();
        assert!(
            types(loose.id).get("startDate").is_none(),
            "a loose date stays in words"
        );
        let quotation = types(QUOTATIONS[0].id);
        assert_eq!(quotation["@type"], "Quotation");
        assert_eq!(quotation["text"], QUOTATIONS[0].fragments.join(" … "));
        let cell = &CELLS[0];
        assert_eq!(
            types(&cell_key(cell.dimension, cell.side))["@type"],
            "Claim"
        );
        assert_eq!(types(DISCREPANCIES[0].id)["@type"], "Claim");
    }

    #[test]
    fn a_disagreement_has_a_fragment_per_account() {
        let settings = site();
        let files = files(&settings, "e.css", "");
        let d = &DISCREPANCIES[0];
        for n in 1..=d.accounts.len() {
            let name = format!("record/{}/account-{n}.html", d.id);
            let (_, fragment) = files.iter().find(|(path, _)| *path == name).unwrap();
            assert!(fragment.starts_with(FRAGMENT_MARK));
            assert_eq!(
                fragment.matches("<blockquote data-evidence").count(),
                d.accounts[n - 1]
                    .evidence
                    .iter()
                    .map(|e| e.passages.len())
                    .sum::<usize>()
            );
        }
        assert!(files.iter().any(|(path, _)| path == RECORD_SCRIPT));
    }
}
