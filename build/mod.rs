//! Build-time dataset: reads `data/`, validates every record and returns the typed [`Dataset`]
//! that `bake` turns into Rust statics. Included by `build.rs` and by the native tests.

pub mod bake;
mod check;
pub mod claims;
pub mod copying;
mod dates;
pub mod errors;
pub mod log;
mod named;
mod raw;
mod readings;
mod text;

use std::path::Path;

use check::{Record, Report, leak};
pub use errors::DataError;
use raw::Records;
use text::DataFile;

use crate::model::{
    Account, Actor, ActorKind, Cell, Chapter, Coalition, Correction, Dimension, Discrepancy,
    DrawnOn, Event, Figure, GraphicKind, GraphicState, Hero, Membership, Method, Publication,
    Quotation, Side, Source, Span, Step, StepRecord, Theme, Unread, Vocabulary,
};

/// Everything the page shows, validated.
pub struct Dataset {
    pub sources: Vec<Source>,
    pub themes: Vec<Theme>,
    pub actors: Vec<Actor>,
    pub coalitions: Vec<Coalition>,
    pub memberships: Vec<Membership>,
    /// In date order; records on the same date keep their order in the file.
    pub events: Vec<Event>,
    /// In date order, undated ones last; otherwise in file order.
    pub quotations: Vec<Quotation>,
    pub figures: Vec<Figure>,
    pub dimensions: Vec<Dimension>,
    pub cells: Vec<Cell>,
    pub discrepancies: Vec<Discrepancy>,
    pub hero: Hero,
    pub method: Method,
    pub publication: Publication,
    pub chapters: Vec<Chapter>,
    /// The corrections log, oldest first.
    pub corrections: Vec<Correction>,
    /// The line for readers above the log.
    pub corrections_about: &'static str,
    /// The records no second reader has read as they now stand.
    pub unread: Vec<Unread>,
    /// How many records a second reader reads: every one `readings::keyed` lists.
    pub record_count: usize,
}

/// The files of `data/`, one per kind of record.
pub const FILES: [&str; 12] = [
    "sources.toml",
    "themes.toml",
    "actors.toml",
    "coalitions.toml",
    "events.toml",
    "quotations.toml",
    "figures.toml",
    "comparison.toml",
    "discrepancies.toml",
    "story.toml",
    "corrections.toml",
    "readings.toml",
];

/// Reads and validates the dataset, and checks its own words against the articles in
/// `articles` (the rule is skipped, and `copying_checked` false, where that folder is absent).
/// Each file is taken from the first folder in `dirs` that has it, so a test can lay one broken
/// file over the real `data/`. Errors name files as `dirs` does.
pub fn load_checked(dirs: &[&Path], articles: &Path) -> Result<Loaded, Vec<DataError>> {
    let files = read_files(dirs)?;
    let publications = read_publications(dirs)?;
    let data = load(&files, &publications)?;
    let copying = match copying::Articles::read(articles, &data) {
        None => false,
        Some(Err(message)) => {
            return Err(vec![DataError {
                file: articles.display().to_string(),
                line: 0,
                record: "-".into(),
                field: "-".into(),
                message,
            }]);
        }
        Some(Ok(texts)) => {
            let errors = copying::check(&data, &files, &texts);
            if !errors.is_empty() {
                return Err(errors);
            }
            true
        }
    };
    Ok(Loaded {
        data,
        copying_checked: copying,
    })
}

/// The validated dataset, and whether its own words were checked against the articles.
pub struct Loaded {
    pub data: Dataset,
    pub copying_checked: bool,
}

/// The files of `data/`, each from the first folder in `dirs` that has it.
fn read_files(dirs: &[&Path]) -> Result<Vec<DataFile>, Vec<DataError>> {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for name in FILES {
        let found = dirs
            .iter()
            .map(|dir| dir.join(name))
            .find(|path| path.exists());
        let path =
            found.unwrap_or_else(|| dirs.last().map_or(Path::new(name).into(), |d| d.join(name)));
        let shown = path.display().to_string();
        match std::fs::read_to_string(&path) {
            Ok(text) => files.push(DataFile { path: shown, text }),
            Err(error) => errors.push(DataError {
                file: shown,
                line: 0,
                record: "-".into(),
                field: "-".into(),
                message: format!("cannot be read: {error}"),
            }),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(files)
}

/// The publications (`published/*.toml`), oldest first, from the first folder in `dirs` that
/// has any.
fn read_publications(dirs: &[&Path]) -> Result<Vec<DataFile>, Vec<DataError>> {
    let Some(folder) = dirs
        .iter()
        .map(|dir| dir.join("published"))
        .find(|folder| folder.is_dir())
    else {
        return Ok(Vec::new());
    };
    let mut paths: Vec<_> = std::fs::read_dir(&folder)
        .map(|entries| entries.filter_map(|e| Some(e.ok()?.path())).collect())
        .unwrap_or_default();
    paths.retain(|p| p.extension().is_some_and(|e| e == "toml"));
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let shown = path.display().to_string();
            std::fs::read_to_string(&path)
                .map(|text| DataFile {
                    path: shown.clone(),
                    text,
                })
                .map_err(|error| {
                    vec![DataError {
                        file: shown,
                        line: 0,
                        record: "-".into(),
                        field: "-".into(),
                        message: format!("cannot be read: {error}"),
                    }]
                })
        })
        .collect()
}

/// Reads each publication: its day (`published`, which its file is named after) and claims.
fn parse_publications<'f>(files: &'f [DataFile], report: &mut Report) -> Vec<log::Published<'f>> {
    let mut out = Vec::new();
    for file in files {
        let rec = Record::named(file, 0, "publication".into());
        let read = claims::read(&file.text).and_then(|p| {
            let day = crate::model::Date::parse(&p.day)
                .ok()
                .filter(|d| d.day.is_some())
                .ok_or_else(|| format!("`published = \"{}\"` is not a day", p.day))?;
            if !file.path.ends_with(&format!("{}.toml", p.day)) {
                return Err(format!(
                    "is named for another day than its `published = \"{}\"`",
                    p.day
                ));
            }
            if !claims::is_time(&p.at) {
                return Err(format!(
                    "`at = \"{}\"` is not a time of day: HH:MM, UTC",
                    p.at
                ));
            }
            Ok(log::Published {
                file,
                day,
                at: p.at,
                claims: p.claims,
            })
        });
        match read {
            Ok(published) => out.push(published),
            Err(message) => report.error(&rec, 1, "published", message),
        }
    }
    out
}

fn parse<T: serde::de::DeserializeOwned>(
    file: &DataFile,
    errors: &mut Vec<DataError>,
) -> Option<T> {
    toml::from_str(&file.text)
        .map_err(|e| errors.push(file.parse_error(&e)))
        .ok()
}

/// Declares every record of one kind, in file order.
fn declare_all<'f, T>(
    report: &mut Report,
    file: &'f DataFile,
    kind: &'static str,
    records: &Records<T>,
    id: impl Fn(&T) -> &raw::Field<String>,
) -> Vec<Record<'f>> {
    records
        .iter()
        .enumerate()
        .map(|(i, r)| report.declare(file, kind, i, r.span().start, id(r.get_ref())))
        .collect()
}

fn load(files: &[DataFile], publications: &[DataFile]) -> Result<Dataset, Vec<DataError>> {
    let [
        f_sources,
        f_themes,
        f_actors,
        f_coalitions,
        f_events,
        f_quotations,
        f_figures,
        f_comparison,
        f_discrepancies,
        f_story,
        f_corrections,
        f_readings,
    ] = files
    else {
        unreachable!("load_dirs reads exactly FILES")
    };
    let mut syntax = Vec::new();
    let sources = parse::<raw::SourcesFile>(f_sources, &mut syntax);
    let themes = parse::<raw::ThemesFile>(f_themes, &mut syntax);
    let actors = parse::<raw::ActorsFile>(f_actors, &mut syntax);
    let coalitions = parse::<raw::CoalitionsFile>(f_coalitions, &mut syntax);
    let events = parse::<raw::EventsFile>(f_events, &mut syntax);
    let quotations = parse::<raw::QuotationsFile>(f_quotations, &mut syntax);
    let figures = parse::<raw::FiguresFile>(f_figures, &mut syntax);
    let comparison = parse::<raw::ComparisonFile>(f_comparison, &mut syntax);
    let discrepancies = parse::<raw::DiscrepanciesFile>(f_discrepancies, &mut syntax);
    let story = parse::<raw::StoryFile>(f_story, &mut syntax);
    let log_file = parse::<raw::CorrectionsFile>(f_corrections, &mut syntax);
    let readings_file = parse::<raw::ReadingsFile>(f_readings, &mut syntax);
    let (
        Some(sources),
        Some(themes),
        Some(actors),
        Some(coalitions),
        Some(events),
        Some(quotations),
        Some(figures),
        Some(comparison),
        Some(discrepancies),
        Some(story),
        Some(log_file),
        Some(readings_file),
    ) = (
        sources,
        themes,
        actors,
        coalitions,
        events,
        quotations,
        figures,
        comparison,
        discrepancies,
        story,
        log_file,
        readings_file,
    )
    else {
        return Err(syntax);
    };

    // Pass 1: every id, so that references may point forwards and across files.
    let mut report = Report::default();
    let r = &mut report;
    let source_recs = declare_all(r, f_sources, "source", &sources.source, |x| &x.id);
    let theme_recs = declare_all(r, f_themes, "theme", &themes.theme, |x| &x.id);
    let actor_recs = declare_all(r, f_actors, "actor", &actors.actor, |x| &x.id);
    let coalition_recs = declare_all(r, f_coalitions, "coalition", &coalitions.coalition, |x| {
        &x.id
    });
    let event_recs = declare_all(r, f_events, "event", &events.event, |x| &x.id);
    let quotation_recs = declare_all(r, f_quotations, "quotation", &quotations.quotation, |x| {
        &x.id
    });
    let figure_recs = declare_all(r, f_figures, "figure", &figures.figure, |x| &x.id);
    let dimension_recs = declare_all(r, f_comparison, "dimension", &comparison.dimension, |x| {
        &x.id
    });
    let discrepancy_recs = declare_all(
        r,
        f_discrepancies,
        "discrepancy",
        &discrepancies.discrepancy,
        |x| &x.id,
    );
    let chapter_recs = declare_all(r, f_story, "chapter", &story.chapter, |x| &x.id);
    let step_recs: Vec<Vec<Record>> = story
        .chapter
        .iter()
        .map(|chapter| declare_all(r, f_story, "step", &chapter.get_ref().step, |x| &x.id))
        .collect();

    // Pass 2: every field.
    let data = (|| {
        let sources = read_sources(r, &source_recs, &sources.source);
        let themes = read_themes(r, &theme_recs, &themes.theme);
        let actors = read_actors(r, &actor_recs, &actors.actor);
        let coalition_list = read_coalitions(r, &coalition_recs, &coalitions.coalition);
        let memberships = read_memberships(r, f_coalitions, &coalitions.membership);
        let mut events = read_events(r, &event_recs, &events.event);
        events.sort_by_key(|e| e.date);
        let mut quotations = read_quotations(r, &quotation_recs, &quotations.quotation);
        quotations.sort_by_key(|q| (q.date.is_none(), q.date));
        let figures = read_figures(r, &figure_recs, &figures.figure);
        let dimensions = read_dimensions(r, &dimension_recs, &comparison.dimension);
        let cells = read_cells(r, f_comparison, &comparison.cell, &dimension_recs);
        let discrepancy_list = read_discrepancies(r, &discrepancy_recs, &discrepancies.discrepancy);
        let hero = read_hero(r, f_story, &story.hero);
        let method = read_method(r, f_story, &story.method);
        let publication = read_publication(r, f_story, &story.publication);
        let cited = Citations {
            events: &events,
            quotations: &quotations,
            figures: &figures,
            coalitions: &coalition_list,
            cells: &cells,
            discrepancies: &discrepancy_list,
        };
        let chapters = read_chapters(r, &chapter_recs, &step_recs, &story.chapter, &cited);
        check_actors(r, &actor_recs, &actors);
        r.errors.extend(named::check(&named::Named {
            themes: (f_themes, &themes),
            actors: (f_actors, &actors),
            figures: (f_figures, &figures),
            dimensions: (f_comparison, &dimensions),
        }));
        let mut data = Dataset {
            sources,
            themes,
            actors,
            coalitions: coalition_list,
            memberships,
            events,
            quotations,
            figures,
            dimensions,
            cells,
            discrepancies: discrepancy_list,
            hero: hero?,
            method: method?,
            publication: publication?,
            chapters,
            corrections: Vec::new(),
            corrections_about: "",
            unread: Vec::new(),
            record_count: 0,
        };
        // The log and the readings name records of every kind: read once the rest is, and only
        // where the rest is sound (a broken record would make every entry naming it an error too).
        if !r.errors.is_empty() {
            return Some(data);
        }
        let records = readings::keyed(&data);
        let keys = records.iter().map(|(key, _)| key.clone()).collect();
        let published = parse_publications(publications, r);
        let now = claims::claims(|name| {
            files
                .iter()
                .find(|f| f.path.ends_with(name))
                .map(|f| f.text.clone())
        });
        let now = match now {
            Ok(now) => now,
            Err(message) => {
                r.error(&Record::named(f_story, 0, "-".into()), 0, "-", message);
                return Some(data);
            }
        };
        // Before the first publication there is nothing readers saw to hold the data to.
        if let Some(first) = published.first()
            && first.day != data.publication.published
        {
            let message = format!(
                "is {}, but the first publication in published/ is {}: they are the same day",
                data.publication.published.iso(),
                first.day.iso()
            );
            let rec = Record::named(
                f_story,
                story.publication.span().start,
                "publication".into(),
            );
            let line = Report::field_line(&rec, &story.publication.get_ref().published);
            r.error(&rec, line, "published", message);
        }
        let current = log::Current {
            claims: &now,
            files,
        };
        data.corrections_about = r
            .text(
                &Record::named(f_corrections, 0, "log".into()),
                "about",
                &log_file.about,
            )
            .unwrap_or_default();
        data.corrections = log::read(
            r,
            f_corrections,
            &log_file.correction,
            &keys,
            &published,
            &current,
            log::today(),
        );
        // The day readers last saw the piece change: the latest entry they are shown.
        data.publication.modified = data
            .corrections
            .iter()
            .filter(|c| c.kind.shown())
            .map(|c| c.date)
            .fold(data.publication.published, Ord::max);
        data.unread = readings::read(r, f_readings, &readings_file.reading, &records);
        data.record_count = records.len();
        Some(data)
    })();
    match data {
        Some(data) if report.errors.is_empty() => Ok(data),
        _ => Err(report.errors),
    }
}

/// What a record concerns: the actors, coalitions and themes it names.
struct Tags {
    actors: Vec<&'static str>,
    coalitions: Vec<&'static str>,
    themes: Vec<&'static str>,
}

fn read_tags(
    report: &mut Report,
    rec: &Record,
    actors: &raw::Ids,
    coalitions: &raw::Ids,
    themes: &raw::Ids,
    theme_required_of: Option<&str>,
) -> Tags {
    let tags = Tags {
        actors: report.references(rec, "actors", actors, "actor"),
        coalitions: report.references(rec, "coalitions", coalitions, "coalition"),
        themes: report.references(rec, "themes", themes, "theme"),
    };
    if let Some(kind) = theme_required_of
        && tags.themes.is_empty()
    {
        let message = format!("names no theme; every {kind} has at least one");
        report.error(rec, rec.line, "themes", message);
    }
    tags
}

/// A field's text for naming a record in errors, `?` where it is missing.
fn name_of(field: &raw::Field<String>) -> &str {
    field.as_ref().map_or("?", |v| v.get_ref().as_str())
}

/// Pairs each declared record with its raw fields, keeping only records whose id was readable.
fn each<'a, 'f, T>(
    recs: &'a [Record<'f>],
    raws: &'a Records<T>,
) -> impl Iterator<Item = (&'a Record<'f>, &'a T)> {
    recs.iter().zip(raws.iter().map(|r| r.get_ref()))
}

fn read_sources(
    report: &mut Report,
    recs: &[Record],
    raws: &Records<raw::RawSource>,
) -> Vec<Source> {
    let mut out = Vec::new();
    for (rec, r) in each(recs, raws) {
        let file = report.text(rec, "file", &r.file);
        let short = report.text(rec, "short", &r.short);
        let headline = report.stated(rec, "headline", &r.headline);
        let outlet = report.stated(rec, "outlet", &r.outlet);
        let author = report.stated(rec, "author", &r.author);
        let published = report.date(rec, "published", &r.published, true);
        let dateline = report.optional_text(rec, "dateline", &r.dateline);
        let note = report.text(rec, "note", &r.note);
        if let (
            Some(file),
            Some(short),
            Some(headline),
            Some(outlet),
            Some(author),
            Some(published),
            Some(note),
        ) = (file, short, headline, outlet, author, published, note)
        {
            out.push(Source {
                id: leak(&rec.id),
                file,
                short,
                headline,
                outlet,
                author,
                published,
                dateline,
                note,
            });
        }
    }
    out
}

fn read_themes(report: &mut Report, recs: &[Record], raws: &Records<raw::RawTheme>) -> Vec<Theme> {
    let mut out = Vec::new();
    for (rec, r) in each(recs, raws) {
        let label = report.text(rec, "label", &r.label);
        let description = report.text(rec, "description", &r.description);
        if let (Some(label), Some(description)) = (label, description) {
            out.push(Theme {
                id: leak(&rec.id),
                label,
                description,
            });
        }
    }
    out
}

fn read_actors(report: &mut Report, recs: &[Record], raws: &Records<raw::RawActor>) -> Vec<Actor> {
    let mut out = Vec::new();
    for (rec, r) in each(recs, raws) {
        let name = report.text(rec, "name", &r.name);
        let kind = report.vocabulary::<ActorKind>(rec, "kind", &r.kind);
        let country = report.optional_reference(rec, "country", &r.country, "actor");
        let role = report.text(rec, "role", &r.role);
        let (sources, evidence) = report.citations(rec, &r.sources, &r.evidence);
        if let (Some(name), Some(kind), Some(country), Some(role)) = (name, kind, country, role) {
            out.push(Actor {
                id: leak(&rec.id),
                name,
                kind,
                country,
                role,
                sources: Vec::leak(sources),
                evidence: Vec::leak(evidence),
            });
        }
    }
    out
}

fn read_coalitions(
    report: &mut Report,
    recs: &[Record],
    raws: &Records<raw::RawCoalition>,
) -> Vec<Coalition> {
    let mut out = Vec::new();
    for (rec, r) in each(recs, raws) {
        let name = report.text(rec, "name", &r.name);
        let short = report.text(rec, "short", &r.short);
        let side = report.optional_vocabulary::<Side>(rec, "side", &r.side);
        let leads = report.references(rec, "leads", &r.leads, "actor");
        let summary = report.text(rec, "summary", &r.summary);
        let (sources, evidence) = report.citations(rec, &r.sources, &r.evidence);
        if leads.is_empty() {
            report.error(
                rec,
                rec.line,
                "leads",
                "names no actor; every coalition has a lead",
            );
        }
        if let (Some(name), Some(short), Some(side), Some(summary)) = (name, short, side, summary) {
            out.push(Coalition {
                id: leak(&rec.id),
                name,
                short,
                side,
                leads: Vec::leak(leads),
                summary,
                sources: Vec::leak(sources),
                evidence: Vec::leak(evidence),
            });
        }
    }
    out
}

fn read_memberships(
    report: &mut Report,
    file: &DataFile,
    raws: &Records<raw::RawMembership>,
) -> Vec<Membership> {
    let mut out: Vec<Membership> = Vec::new();
    for (index, spanned) in raws.iter().enumerate() {
        let r = spanned.get_ref();
        let id = format!(
            "membership {}/{} (#{})",
            name_of(&r.coalition),
            name_of(&r.actor),
            index + 1
        );
        let rec = Record::named(file, spanned.span().start, id);
        let coalition = report.reference(&rec, "coalition", &r.coalition, "coalition");
        let actor = report.reference(&rec, "actor", &r.actor, "actor");
        let status = report.vocabulary(&rec, "status", &r.status);
        let note = report.text(&rec, "note", &r.note);
        let (sources, evidence) = report.citations(&rec, &r.sources, &r.evidence);
        if let (Some(coalition), Some(actor), Some(status), Some(note)) =
            (coalition, actor, status, note)
        {
            if out
                .iter()
                .any(|m| m.coalition == coalition && m.actor == actor)
            {
                let message = format!("`{actor}` already has a membership in `{coalition}`");
                report.error(&rec, rec.line, "actor", message);
            }
            out.push(Membership {
                coalition,
                actor,
                status,
                note,
                sources: Vec::leak(sources),
                evidence: Vec::leak(evidence),
            });
        }
    }
    out
}

fn read_events(report: &mut Report, recs: &[Record], raws: &Records<raw::RawEvent>) -> Vec<Event> {
    let mut out = Vec::new();
    for (rec, r) in each(recs, raws) {
        let date = report.span(rec, "date", &r.date);
        let date_note = report.optional_text(rec, "date_note", &r.date_note);
        let title = report.text(rec, "title", &r.title);
        let label = report.graphic_label(rec, "label", &r.label, check::EVENT_LABEL_MAX);
        let label_only_in_steps = r
            .label_only_in_steps
            .as_ref()
            .is_some_and(|only| *only.get_ref());
        if label_only_in_steps && r.label.is_none() {
            let line = Report::field_line(rec, &r.label_only_in_steps);
            report.error(
                rec,
                line,
                "label_only_in_steps",
                "there is no label to keep to the story's steps",
            );
        }
        let summary = report.text(rec, "summary", &r.summary);
        let tags = read_tags(
            report,
            rec,
            &r.actors,
            &r.coalitions,
            &r.themes,
            Some("event"),
        );
        let (sources, evidence) = report.citations(rec, &r.sources, &r.evidence);
        if let (Some((date, span)), Some(title), Some(summary)) = (date, title, summary) {
            if span != Span::On && date_note.is_none() {
                let message = "a loose date needs a note saying how it was read from the article";
                report.error(rec, rec.line, "date_note", message);
            } else {
                dates::check_note(report, rec, &r.date, date, date_note, &evidence);
            }
            out.push(Event {
                id: leak(&rec.id),
                date,
                span,
                planned: r.planned.as_ref().is_some_and(|p| *p.get_ref()),
                date_note,
                title,
                label,
                label_only_in_steps,
                summary,
                actors: Vec::leak(tags.actors),
                coalitions: Vec::leak(tags.coalitions),
                themes: Vec::leak(tags.themes),
                sources: Vec::leak(sources),
                evidence: Vec::leak(evidence),
            });
        }
    }
    out
}

fn read_quotations(
    report: &mut Report,
    recs: &[Record],
    raws: &Records<raw::RawQuotation>,
) -> Vec<Quotation> {
    let mut out = Vec::new();
    for (rec, r) in each(recs, raws) {
        let fragments = report.texts(rec, "fragments", &r.fragments);
        if r.speakers.is_none() {
            report.error(
                rec,
                rec.line,
                "speakers",
                "missing: name who said it, or write [] and say why in attribution",
            );
        }
        let speakers = report.references(rec, "speakers", &r.speakers, "actor");
        let attribution = report.text(rec, "attribution", &r.attribution);
        let date = report.optional_date(rec, "date", &r.date);
        let date_note = report.optional_text(rec, "date_note", &r.date_note);
        let tags = read_tags(
            report,
            rec,
            &r.actors,
            &r.coalitions,
            &r.themes,
            Some("quotation"),
        );
        let (sources, evidence) = report.citations(rec, &r.sources, &r.evidence);
        if let (Some(fragments), Some(attribution), Some(date)) = (fragments, attribution, date) {
            if let Some(day) = date {
                dates::check_note(report, rec, &r.date, day, date_note, &evidence);
            }
            out.push(Quotation {
                id: leak(&rec.id),
                fragments: Vec::leak(fragments),
                speakers: Vec::leak(speakers),
                attribution,
                date,
                date_note,
                actors: Vec::leak(tags.actors),
                coalitions: Vec::leak(tags.coalitions),
                themes: Vec::leak(tags.themes),
                sources: Vec::leak(sources),
                evidence: Vec::leak(evidence),
            });
        }
    }
    out
}

fn read_figures(
    report: &mut Report,
    recs: &[Record],
    raws: &Records<raw::RawFigure>,
) -> Vec<Figure> {
    let mut out = Vec::new();
    for (rec, r) in each(recs, raws) {
        let label = report.text(rec, "label", &r.label);
        let value = report.text(rec, "value", &r.value);
        let unit = report.text(rec, "unit", &r.unit);
        let count_label =
            report.graphic_label(rec, "count_label", &r.count_label, check::COUNT_LABEL_MAX);
        if r.number.is_none() {
            report.error(rec, rec.line, "number", "missing (every record needs it)");
        }
        let tags = read_tags(report, rec, &r.actors, &r.coalitions, &r.themes, None);
        let (sources, evidence) = report.citations(rec, &r.sources, &r.evidence);
        if let (Some(label), Some(value), Some(number), Some(unit)) =
            (label, value, &r.number, unit)
        {
            out.push(Figure {
                id: leak(&rec.id),
                label,
                value,
                number: *number.get_ref(),
                unit,
                count_label,
                actors: Vec::leak(tags.actors),
                coalitions: Vec::leak(tags.coalitions),
                themes: Vec::leak(tags.themes),
                sources: Vec::leak(sources),
                evidence: Vec::leak(evidence),
            });
        }
    }
    out
}

fn read_dimensions(
    report: &mut Report,
    recs: &[Record],
    raws: &Records<raw::RawDimension>,
) -> Vec<Dimension> {
    let mut out = Vec::new();
    for (rec, r) in each(recs, raws) {
        if let Some(label) = report.text(rec, "label", &r.label) {
            out.push(Dimension {
                id: leak(&rec.id),
                label,
            });
        }
    }
    out
}

/// Cells, checked so that every dimension has exactly one cell for each side.
fn read_cells(
    report: &mut Report,
    file: &DataFile,
    raws: &Records<raw::RawCell>,
    dimensions: &[Record],
) -> Vec<Cell> {
    let mut out: Vec<Cell> = Vec::new();
    for (index, spanned) in raws.iter().enumerate() {
        let r = spanned.get_ref();
        let id = format!(
            "cell {}/{} (#{})",
            name_of(&r.dimension),
            name_of(&r.side),
            index + 1
        );
        let rec = Record::named(file, spanned.span().start, id);
        let dimension = report.reference(&rec, "dimension", &r.dimension, "dimension");
        let side = report.vocabulary::<Side>(&rec, "side", &r.side);
        let text = report.text(&rec, "text", &r.text);
        let label = report.graphic_label(&rec, "label", &r.label, check::CELL_LABEL_MAX);
        let (sources, evidence) = report.citations(&rec, &r.sources, &r.evidence);
        if let (Some(dimension), Some(side), Some(text)) = (dimension, side, text) {
            if out
                .iter()
                .any(|c| c.dimension == dimension && c.side == side)
            {
                let message = format!("`{dimension}` already has a cell for `{}`", side.as_str());
                report.error(&rec, rec.line, "side", message);
            }
            out.push(Cell {
                dimension,
                side,
                text,
                label,
                sources: Vec::leak(sources),
                evidence: Vec::leak(evidence),
            });
        }
    }
    for dimension in dimensions {
        for side in Side::ALL {
            if !out
                .iter()
                .any(|c| c.dimension == dimension.id && c.side == *side)
            {
                let message = format!("has no cell for `{}`", side.as_str());
                report.error(dimension, dimension.line, "cell", message);
            }
        }
    }
    out
}

fn read_discrepancies(
    report: &mut Report,
    recs: &[Record],
    raws: &Records<raw::RawDiscrepancy>,
) -> Vec<Discrepancy> {
    let mut out = Vec::new();
    for (rec, r) in each(recs, raws) {
        let topic = report.text(rec, "topic", &r.topic);
        if r.account.len() < 2 {
            report.error(
                rec,
                rec.line,
                "account",
                "needs at least two accounts to set side by side",
            );
        }
        let mut accounts = Vec::new();
        for spanned in &r.account {
            let account = Record::named(rec.file, spanned.span().start, rec.id.clone());
            let says = report.text(&account, "says", &spanned.get_ref().says);
            let (sources, evidence) = report.citations(
                &account,
                &spanned.get_ref().sources,
                &spanned.get_ref().evidence,
            );
            if let Some(says) = says {
                accounts.push(Account {
                    says,
                    sources: Vec::leak(sources),
                    evidence: Vec::leak(evidence),
                });
            }
        }
        if let Some(topic) = topic {
            out.push(Discrepancy {
                id: leak(&rec.id),
                topic,
                accounts: Vec::leak(accounts),
            });
        }
    }
    out
}

fn read_hero(
    report: &mut Report,
    file: &DataFile,
    raw: &toml::Spanned<raw::RawHero>,
) -> Option<Hero> {
    let r = raw.get_ref();
    let rec = Record::named(file, raw.span().start, "hero".into());
    let (sources, evidence) = report.citations(&rec, &r.sources, &r.evidence);
    let kicker = report.text(&rec, "kicker", &r.kicker);
    let title = report.text(&rec, "title", &r.title);
    let summary = report.text(&rec, "summary", &r.summary);
    let as_of = report.date(&rec, "as_of", &r.as_of, false);
    Some(Hero {
        kicker: kicker?,
        title: title?,
        summary: summary?,
        as_of: as_of??,
        sources: Vec::leak(sources),
        evidence: Vec::leak(evidence),
    })
}

fn read_publication(
    report: &mut Report,
    file: &DataFile,
    raw: &toml::Spanned<raw::RawPublication>,
) -> Option<Publication> {
    let r = raw.get_ref();
    let rec = Record::named(file, raw.span().start, "publication".into());
    let day = |report: &mut Report, field: &str, value: &raw::Field<String>| {
        let date = report.date(&rec, field, value, false)??;
        if date.day.is_none() {
            let line = Report::field_line(&rec, value);
            report.error(&rec, line, field, "must be a day, such as 2026-11-22");
            return None;
        }
        Some(date)
    };
    let published = day(report, "published", &r.published);
    let license = report.text(&rec, "license", &r.license);
    if let Some(url) = license
        && !url.starts_with("https://")
    {
        let line = Report::field_line(&rec, &r.license);
        report.error(
            &rec,
            line,
            "license",
            "must be the licence's https:// address",
        );
    }
    let license_name = report.text(&rec, "license_name", &r.license_name);
    let published = published?;
    Some(Publication {
        published,
        // The log's latest entry, once it is read.
        modified: published,
        license: license?,
        license_name: license_name?,
    })
}

fn read_method(
    report: &mut Report,
    file: &DataFile,
    raw: &toml::Spanned<raw::RawMethod>,
) -> Option<Method> {
    let rec = Record::named(file, raw.span().start, "method".into());
    let paragraphs = report.texts(&rec, "paragraphs", &raw.get_ref().paragraphs)?;
    Some(Method {
        paragraphs: Vec::leak(paragraphs),
    })
}

/// Cross-record rules for actors: a country belongs to a country actor, and every actor is
/// referred to by some other record (otherwise it is in the data for nothing).
fn check_actors(report: &mut Report, recs: &[Record], actors: &[Actor]) {
    for actor in actors {
        let Some(rec) = recs.iter().find(|r| r.id == actor.id) else {
            continue;
        };
        if let Some(country) = actor.country
            && actors
                .iter()
                .any(|a| a.id == country && a.kind != ActorKind::Country)
        {
            report.error(
                rec,
                rec.line,
                "country",
                format!("`{country}` is not an actor of kind `country`"),
            );
        }
        if !report.is_referenced("actor", actor.id) {
            let message =
                "no event, quotation, figure, coalition or membership refers to this actor";
            report.error(rec, rec.line, "id", message);
        }
    }
}

/// The records a story step may draw on, to find their sources.
struct Citations<'a> {
    events: &'a [Event],
    quotations: &'a [Quotation],
    figures: &'a [Figure],
    coalitions: &'a [Coalition],
    cells: &'a [Cell],
    discrepancies: &'a [Discrepancy],
}

impl Citations<'_> {
    /// The sources a record cites; a comparison row cites those of its cells, a disagreement
    /// those of its accounts.
    fn of(&self, record: StepRecord) -> Vec<&'static str> {
        let id = record.id;
        let found: Option<&[&str]> = match record.kind {
            DrawnOn::Event => self.events.iter().find(|e| e.id == id).map(|e| e.sources),
            DrawnOn::Quotation => self
                .quotations
                .iter()
                .find(|q| q.id == id)
                .map(|q| q.sources),
            DrawnOn::Figure => self.figures.iter().find(|f| f.id == id).map(|f| f.sources),
            DrawnOn::Coalition => self
                .coalitions
                .iter()
                .find(|c| c.id == id)
                .map(|c| c.sources),
            DrawnOn::Dimension => {
                return self
                    .cells
                    .iter()
                    .filter(|c| c.dimension == id)
                    .flat_map(|c| c.sources.iter().copied())
                    .collect();
            }
            DrawnOn::Discrepancy => {
                return self
                    .discrepancies
                    .iter()
                    .filter(|d| d.id == id)
                    .flat_map(|d| d.accounts.iter().flat_map(|a| a.sources.iter().copied()))
                    .collect();
            }
        };
        found.map(<[&str]>::to_vec).unwrap_or_default()
    }
}

fn read_chapters(
    report: &mut Report,
    chapter_recs: &[Record],
    step_recs: &[Vec<Record>],
    raws: &Records<raw::RawChapter>,
    cited: &Citations,
) -> Vec<Chapter> {
    let mut out = Vec::new();
    for ((rec, r), steps_recs) in each(chapter_recs, raws).zip(step_recs) {
        let title = report.text(rec, "title", &r.title);
        if r.step.is_empty() {
            report.error(
                rec,
                rec.line,
                "step",
                "has no step; every chapter has at least one",
            );
        }
        let mut steps = Vec::new();
        for (step_rec, s) in each(steps_recs, &r.step) {
            let step_title = report.text(step_rec, "title", &s.title);
            let text = report.text(step_rec, "text", &s.text);
            let graphic = report.vocabulary::<GraphicKind>(step_rec, "graphic", &s.graphic);
            let state = report.text(step_rec, "state", &s.state);
            let records: Vec<StepRecord> = report
                .any_records(step_rec, "records", &s.records)
                .into_iter()
                .filter_map(|(kind, id)| match DrawnOn::parse(kind) {
                    Some(kind) => Some(StepRecord { id, kind }),
                    None => {
                        let kinds: Vec<&str> = DrawnOn::ALL.iter().map(|k| k.label()).collect();
                        let message = format!(
                            "`{id}` is a record of kind `{kind}`, which a step cannot draw on: name {}",
                            kinds.join(", ")
                        );
                        let line = s
                            .records
                            .as_ref()
                            .and_then(|list| list.get_ref().iter().find(|x| x.get_ref() == id))
                            .map_or(step_rec.line, |x| step_rec.file.line_of(x.span().start));
                        report.error(step_rec, line, "records", message);
                        None
                    }
                })
                .collect();
            let shows = graphic
                .zip(state)
                .and_then(|(g, s)| GraphicState::parse(g, s));
            if let (Some(graphic), Some(state), None) = (graphic, state, shows) {
                let line = Report::field_line(step_rec, &s.state);
                let message = format!(
                    "`{state}` is not a state of the {} graphic: {}",
                    graphic.as_str(),
                    graphic.states().join(", ")
                );
                report.error(step_rec, line, "state", message);
            }
            let mut sources: Vec<&'static str> = Vec::new();
            for record in &records {
                for source in cited.of(*record) {
                    if !sources.contains(&source) {
                        sources.push(source);
                    }
                }
            }
            if let (Some(step_title), Some(text), Some(shows)) = (step_title, text, shows) {
                steps.push(Step {
                    id: leak(&step_rec.id),
                    title: step_title,
                    text,
                    shows,
                    records: Vec::leak(records),
                    sources: Vec::leak(sources),
                });
            }
        }
        if let Some(title) = title {
            out.push(Chapter {
                id: leak(&rec.id),
                title,
                steps: Vec::leak(steps),
            });
        }
    }
    out
}
