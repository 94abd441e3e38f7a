//! The shape of each file in `data/` as serde reads it. Every field is optional here so that the
//! validator, not serde, reports a missing one, with the record's id and line.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

pub type Field<T> = Option<Spanned<T>>;
pub type Ids = Field<Vec<Spanned<String>>>;
pub type Records<T> = Vec<Spanned<T>>;
/// A record's `[….evidence]` table: for each source it cites, one passage or a list of them.
pub type Evidence = Field<BTreeMap<String, Spanned<toml::Value>>>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourcesFile {
    #[serde(default)]
    pub source: Records<RawSource>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    pub id: Field<String>,
    pub file: Field<String>,
    pub short: Field<String>,
    pub headline: Field<String>,
    pub outlet: Field<String>,
    pub author: Field<String>,
    pub published: Field<String>,
    pub dateline: Field<String>,
    pub note: Field<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ThemesFile {
    #[serde(default)]
    pub theme: Records<RawTheme>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTheme {
    pub id: Field<String>,
    pub label: Field<String>,
    pub description: Field<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActorsFile {
    #[serde(default)]
    pub actor: Records<RawActor>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawActor {
    pub id: Field<String>,
    pub name: Field<String>,
    pub kind: Field<String>,
    pub country: Field<String>,
    pub role: Field<String>,
    pub sources: Ids,
    pub evidence: Evidence,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CoalitionsFile {
    #[serde(default)]
    pub coalition: Records<RawCoalition>,
    #[serde(default)]
    pub membership: Records<RawMembership>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCoalition {
    pub id: Field<String>,
    pub name: Field<String>,
    pub short: Field<String>,
    pub side: Field<String>,
    pub leads: Ids,
    pub summary: Field<String>,
    pub sources: Ids,
    pub evidence: Evidence,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawMembership {
    pub coalition: Field<String>,
    pub actor: Field<String>,
    pub status: Field<String>,
    pub note: Field<String>,
    pub sources: Ids,
    pub evidence: Evidence,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventsFile {
    #[serde(default)]
    pub event: Records<RawEvent>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEvent {
    pub id: Field<String>,
    pub date: Field<String>,
    pub planned: Field<bool>,
    pub date_note: Field<String>,
    pub title: Field<String>,
    pub label: Field<String>,
    pub label_only_in_steps: Field<bool>,
    pub summary: Field<String>,
    pub actors: Ids,
    pub coalitions: Ids,
    pub themes: Ids,
    pub sources: Ids,
    pub evidence: Evidence,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuotationsFile {
    #[serde(default)]
    pub quotation: Records<RawQuotation>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawQuotation {
    pub id: Field<String>,
    pub fragments: Field<Vec<Spanned<String>>>,
    pub speakers: Ids,
    pub attribution: Field<String>,
    pub date: Field<String>,
    pub date_note: Field<String>,
    pub actors: Ids,
    pub coalitions: Ids,
    pub themes: Ids,
    pub sources: Ids,
    pub evidence: Evidence,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FiguresFile {
    #[serde(default)]
    pub figure: Records<RawFigure>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFigure {
    pub id: Field<String>,
    pub label: Field<String>,
    pub value: Field<String>,
    pub number: Field<i64>,
    pub unit: Field<String>,
    pub count_label: Field<String>,
    pub actors: Ids,
    pub coalitions: Ids,
    pub themes: Ids,
    pub sources: Ids,
    pub evidence: Evidence,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ComparisonFile {
    #[serde(default)]
    pub dimension: Records<RawDimension>,
    #[serde(default)]
    pub cell: Records<RawCell>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDimension {
    pub id: Field<String>,
    pub label: Field<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCell {
    pub dimension: Field<String>,
    pub side: Field<String>,
    pub text: Field<String>,
    pub label: Field<String>,
    pub sources: Ids,
    pub evidence: Evidence,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DiscrepanciesFile {
    #[serde(default)]
    pub discrepancy: Records<RawDiscrepancy>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDiscrepancy {
    pub id: Field<String>,
    pub topic: Field<String>,
    #[serde(default)]
    pub account: Records<RawAccount>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawAccount {
    pub says: Field<String>,
    pub sources: Ids,
    pub evidence: Evidence,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StoryFile {
    pub hero: Spanned<RawHero>,
    pub method: Spanned<RawMethod>,
    pub publication: Spanned<RawPublication>,
    #[serde(default)]
    pub chapter: Records<RawChapter>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawChapter {
    pub id: Field<String>,
    pub title: Field<String>,
    #[serde(default)]
    pub step: Records<RawStep>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawStep {
    pub id: Field<String>,
    pub title: Field<String>,
    pub text: Field<String>,
    pub graphic: Field<String>,
    pub state: Field<String>,
    pub records: Ids,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawHero {
    pub kicker: Field<String>,
    pub title: Field<String>,
    pub summary: Field<String>,
    pub as_of: Field<String>,
    pub sources: Ids,
    pub evidence: Evidence,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPublication {
    pub published: Field<String>,
    pub license: Field<String>,
    pub license_name: Field<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawMethod {
    pub paragraphs: Field<Vec<Spanned<String>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CorrectionsFile {
    /// A line for readers above the log: why it holds what it holds.
    pub about: Field<String>,
    #[serde(default)]
    pub correction: Records<RawCorrection>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCorrection {
    pub date: Field<String>,
    pub time: Field<String>,
    pub kind: Field<String>,
    pub title: Field<String>,
    /// Records it adds (an update), or touches besides those whose wording `was` gives.
    pub records: Ids,
    /// The published wording it replaces: `was."{record}".{field} = "…"`.
    pub was: Field<BTreeMap<String, BTreeMap<String, Spanned<String>>>>,
    pub text: Field<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReadingsFile {
    #[serde(default)]
    pub reading: Records<RawReading>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawReading {
    pub record: Field<String>,
    pub reader: Field<String>,
    pub read: Field<String>,
    pub hash: Field<String>,
    /// The checklist's items the reader worked through (`model::Check`).
    pub checked: Ids,
}
