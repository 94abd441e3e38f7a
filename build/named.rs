//! The ids the code names (`src/model/named.rs`) must exist in the data: renaming one in `data/`
//! fails the build with the file and the id, instead of quietly emptying a graphic.

use super::errors::DataError;
use super::text::DataFile;
use crate::model::named::{NAMED, NamedKind};
use crate::model::{Actor, Dimension, Figure, Theme};

/// What the named ids are checked against, with the files they come from.
pub struct Named<'a> {
    pub themes: (&'a DataFile, &'a [Theme]),
    pub actors: (&'a DataFile, &'a [Actor]),
    pub figures: (&'a DataFile, &'a [Figure]),
    pub dimensions: (&'a DataFile, &'a [Dimension]),
}

/// One error for each id the code names that the data does not have.
pub fn check(named: &Named) -> Vec<DataError> {
    NAMED
        .iter()
        .filter_map(|(kind, id)| {
            let (file, found, field, what) = match kind {
                NamedKind::Actor => (
                    named.actors.0,
                    named.actors.1.iter().any(|a| a.id == *id),
                    "id",
                    "an actor",
                ),
                NamedKind::Figure => (
                    named.figures.0,
                    named.figures.1.iter().any(|f| f.id == *id),
                    "id",
                    "a figure",
                ),
                NamedKind::FigureUnit => (
                    named.figures.0,
                    named.figures.1.iter().any(|f| f.unit == *id),
                    "unit",
                    "a figure unit",
                ),
                NamedKind::Dimension => (
                    named.dimensions.0,
                    named.dimensions.1.iter().any(|d| d.id == *id),
                    "id",
                    "a comparison dimension",
                ),
                NamedKind::Theme => (
                    named.themes.0,
                    named.themes.1.iter().any(|t| t.id == *id),
                    "id",
                    "a theme",
                ),
            };
            (!found).then(|| DataError {
                file: file.path.clone(),
                line: 1,
                record: (*id).to_string(),
                field: field.to_string(),
                message: format!(
                    "the code names `{id}` as {what} (src/model/named.rs), but this file has none; \
                     rename it there too, or restore it here"
                ),
            })
        })
        .collect()
}
