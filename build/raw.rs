//! The shape of each file in `data/` as serde reads it. Every field is optional here so that the
//! validator, not serde, reports a missing one, with the record's id and line.

use serde::Deserialize;
use toml::Spanned;

pub type Field<T> = Option<Spanned<T>>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourcesFile {
    #[serde(default)]
    pub source: Vec<Spanned<RawSource>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    pub id: Field<String>,
    pub file: Field<String>,
    pub headline: Field<String>,
    pub outlet: Field<String>,
    pub author: Field<String>,
    pub published: Field<String>,
    pub dateline: Field<String>,
    pub note: Field<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StoryFile {
    pub hero: Spanned<RawHero>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawHero {
    pub kicker: Field<String>,
    pub title: Field<String>,
    pub summary: Field<String>,
    pub as_of: Field<String>,
    pub sources: Field<Vec<Spanned<String>>>,
}
