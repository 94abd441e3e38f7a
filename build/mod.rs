//! Build-time dataset: reads `data/`, validates every record and returns the typed [`Dataset`]
//! that `bake` turns into Rust statics. Included by `build.rs` and by the native tests.

pub mod bake;
mod check;
pub mod errors;
mod raw;
mod text;

use std::path::Path;

use check::{Report, leak};
pub use errors::DataError;
use text::DataFile;

use crate::model::{Hero, Source};

/// Everything the page shows, validated.
pub struct Dataset {
    pub sources: Vec<Source>,
    pub hero: Hero,
}

/// The files of `data/`, in the order they are read (later kinds refer to earlier ones).
pub const FILES: [&str; 2] = ["sources.toml", "story.toml"];

/// Reads and validates the dataset. Each file is taken from the first folder in `dirs` that has
/// it, so a test can lay one broken file over the real `data/`. Errors name files as `dirs` does.
pub fn load_dirs(dirs: &[&Path]) -> Result<Dataset, Vec<DataError>> {
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
    load(&files)
}

fn load(files: &[DataFile]) -> Result<Dataset, Vec<DataError>> {
    let [sources_file, story_file] = files else {
        unreachable!("load_dirs reads exactly FILES")
    };
    let mut report = Report::default();
    let parsed_sources = toml::from_str::<raw::SourcesFile>(&sources_file.text)
        .map_err(|e| vec![sources_file.parse_error(&e)])?;
    let parsed_story = toml::from_str::<raw::StoryFile>(&story_file.text)
        .map_err(|e| vec![story_file.parse_error(&e)])?;

    let sources = read_sources(&mut report, sources_file, &parsed_sources);
    let hero = read_hero(&mut report, story_file, &parsed_story);

    match hero {
        Some(hero) if report.errors.is_empty() => Ok(Dataset { sources, hero }),
        _ => Err(report.errors),
    }
}

fn read_sources(report: &mut Report, file: &DataFile, raw: &raw::SourcesFile) -> Vec<Source> {
    let mut sources = Vec::new();
    for (index, spanned) in raw.source.iter().enumerate() {
        let r = spanned.get_ref();
        let rec = report.record(file, "source", index, spanned.span().start, &r.id);
        let file_name = report.text(&rec, "file", &r.file);
        let headline = report.stated(&rec, "headline", &r.headline);
        let outlet = report.stated(&rec, "outlet", &r.outlet);
        let author = report.stated(&rec, "author", &r.author);
        let published = report.date(&rec, "published", &r.published, true);
        let dateline = report.optional_text(&rec, "dateline", &r.dateline);
        let note = report.text(&rec, "note", &r.note);
        if let (
            Some(file),
            Some(headline),
            Some(outlet),
            Some(author),
            Some(published),
            Some(note),
        ) = (file_name, headline, outlet, author, published, note)
        {
            sources.push(Source {
                id: leak(&rec.id),
                file,
                headline,
                outlet,
                author,
                published,
                dateline,
                note,
            });
        }
    }
    if sources.is_empty() && report.errors.is_empty() {
        let rec = check::Record {
            file,
            line: 1,
            id: "-".into(),
        };
        report.error(&rec, 1, "source", "the dataset cites no source at all");
    }
    sources
}

fn read_hero(report: &mut Report, file: &DataFile, raw: &raw::StoryFile) -> Option<Hero> {
    let r = raw.hero.get_ref();
    let rec = check::Record {
        file,
        line: file.line_of(raw.hero.span().start),
        id: "hero".into(),
    };
    let sources = report.references(&rec, "sources", &r.sources, "source");
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
    })
}
