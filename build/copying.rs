//! The project's own words stay its own: no text outside a quotation or a passage may share
//! [`COPIED_RUN`] words in a row with an article (case and punctuation aside). Needs the articles
//! themselves, which live beside the project (`../shared/articles/`); where they are absent the
//! build says so and skips this rule alone.

use std::collections::BTreeMap;
use std::path::Path;

use super::Dataset;
use super::errors::DataError;
use super::text::DataFile;
use crate::model::Vocabulary;

/// How many words in a row, copied from an article, count as copying.
pub const COPIED_RUN: usize = 7;

/// The articles' bodies (headline lines left out: a headline is cited as a title), by source id.
pub struct Articles {
    runs: BTreeMap<Vec<String>, &'static str>,
}

/// Lower-case words of letters and digits only.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

impl Articles {
    /// Reads each source's article from `dir`; `None` where the folder is absent.
    pub fn read(dir: &Path, data: &Dataset) -> Option<Result<Articles, String>> {
        if !dir.is_dir() {
            return None;
        }
        let mut texts = Vec::new();
        for source in &data.sources {
            let path = dir.join(source.file);
            match std::fs::read_to_string(&path) {
                Ok(text) => texts.push((source.id, source.headline, text)),
                Err(e) => return Some(Err(format!("cannot read {}: {e}", path.display()))),
            }
        }
        Some(Ok(Articles::new(&texts)))
    }

    /// The articles from their texts: (source id, headline, text).
    pub fn new(texts: &[(&'static str, Option<&str>, String)]) -> Articles {
        let mut runs = BTreeMap::new();
        for (source, headline, text) in texts {
            let body: Vec<&str> = text
                .lines()
                .filter(|line| Some(line.trim()) != *headline)
                .collect();
            for run in words(&body.join("\n")).windows(COPIED_RUN) {
                runs.entry(run.to_vec()).or_insert(*source);
            }
        }
        Articles { runs }
    }

    /// The first run of `text` an article holds, with the article's source id.
    fn copied(&self, text: &str) -> Option<(String, &'static str)> {
        words(text)
            .windows(COPIED_RUN)
            .find_map(|run| self.runs.get(run).map(|source| (run.join(" "), *source)))
    }
}

/// Every text of the project's own words, as (file, record, field, text).
fn own_words(data: &Dataset) -> Vec<(&'static str, String, &'static str, &'static str)> {
    let mut out: Vec<(&str, String, &str, &str)> = Vec::new();
    let mut push =
        |file, record: &str, field, text| out.push((file, record.to_string(), field, text));
    push("story.toml", "hero", "kicker", data.hero.kicker);
    push("story.toml", "hero", "title", data.hero.title);
    push("story.toml", "hero", "summary", data.hero.summary);
    for p in data.method.paragraphs {
        push("story.toml", "method", "paragraphs", p);
    }
    for s in &data.sources {
        push("sources.toml", s.id, "note", s.note);
    }
    for t in &data.themes {
        push("themes.toml", t.id, "description", t.description);
    }
    for a in &data.actors {
        push("actors.toml", a.id, "role", a.role);
    }
    for c in &data.coalitions {
        push("coalitions.toml", c.id, "summary", c.summary);
    }
    for m in &data.memberships {
        let record = format!("membership {}/{}", m.coalition, m.actor);
        push("coalitions.toml", &record, "note", m.note);
    }
    for e in &data.events {
        push("events.toml", e.id, "title", e.title);
        push("events.toml", e.id, "summary", e.summary);
        e.date_note
            .into_iter()
            .for_each(|n| push("events.toml", e.id, "date_note", n));
    }
    for q in &data.quotations {
        push("quotations.toml", q.id, "attribution", q.attribution);
        q.date_note
            .into_iter()
            .for_each(|n| push("quotations.toml", q.id, "date_note", n));
    }
    for f in &data.figures {
        push("figures.toml", f.id, "label", f.label);
        if let Some(count_label) = f.count_label {
            push("figures.toml", f.id, "count_label", count_label);
        }
    }
    for c in &data.cells {
        let record = format!("cell {}/{}", c.dimension, c.side.as_str());
        push("comparison.toml", &record, "text", c.text);
    }
    for d in &data.discrepancies {
        push("discrepancies.toml", d.id, "topic", d.topic);
        for a in d.accounts {
            push("discrepancies.toml", d.id, "says", a.says);
        }
    }
    for chapter in &data.chapters {
        push("story.toml", chapter.id, "title", chapter.title);
        for step in chapter.steps {
            push("story.toml", step.id, "title", step.title);
            push("story.toml", step.id, "text", step.text);
        }
    }
    out
}

/// The line where `text` is written in `file`, as TOML writes it; else where the record's id is.
fn line_of(file: &DataFile, record: &str, text: &str) -> usize {
    let written = text.replace('\\', "\\\\").replace('"', "\\\"");
    let id = format!("id = \"{}\"", record.rsplit(' ').next().unwrap_or(record));
    file.text
        .find(&written)
        .or_else(|| file.text.find(&id))
        .map_or(0, |at| file.line_of(at))
}

/// One error for each own-words text that copies an article.
pub fn check(data: &Dataset, files: &[DataFile], articles: &Articles) -> Vec<DataError> {
    own_words(data)
        .into_iter()
        .filter_map(|(name, record, field, text)| {
            let (run, source) = articles.copied(text)?;
            let file = files.iter().find(|f| f.path.ends_with(name))?;
            Some(DataError {
                file: file.path.clone(),
                line: line_of(file, &record, text),
                record,
                field: field.to_string(),
                message: format!(
                    "shares {COPIED_RUN} words in a row with the article of `{source}` (\"{run}\"): \
                     say it in the project's own words, or quote it as a quotation"
                ),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_run_of_seven_words_is_copying_and_six_is_not() {
        let articles = Articles::new(&[(
            "a",
            Some("The Headline Of The Article Is Here"),
            "The Headline Of The Article Is Here\nRussia and China agreed to build a station on the Moon.".into(),
        )]);
        assert_eq!(
            articles.copied("They say: Russia and China agreed to build a station."),
            Some(("russia and china agreed to build a".into(), "a"))
        );
        assert_eq!(
            articles.copied("Russia and China agreed to build one."),
            None
        );
        assert_eq!(
            articles.copied("the headline of the article is here"),
            None,
            "a headline is cited as a title"
        );
    }
}
