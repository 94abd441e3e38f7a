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

impl Named<'_> {
    /// The file a kind of name is found in, and whether `name` is there.
    fn find(&self, kind: NamedKind, name: &str) -> (&DataFile, bool) {
        let (themes, actors) = (self.themes.1, self.actors.1);
        let (figures, dimensions) = (self.figures.1, self.dimensions.1);
        match kind {
            NamedKind::Actor => (self.actors.0, actors.iter().any(|a| a.id == name)),
            NamedKind::Figure => (self.figures.0, figures.iter().any(|f| f.id == name)),
            NamedKind::FigureUnit => (self.figures.0, figures.iter().any(|f| f.unit == name)),
            NamedKind::Dimension => (self.dimensions.0, dimensions.iter().any(|d| d.id == name)),
            NamedKind::Theme => (self.themes.0, themes.iter().any(|t| t.id == name)),
        }
    }
}

/// One error for each id the code names that the data does not have.
pub fn check(named: &Named) -> Vec<DataError> {
    NAMED
        .iter()
        .filter_map(|(kind, id)| {
            let (file, found) = named.find(*kind, id);
            (!found).then(|| DataError {
                file: file.path.clone(),
                line: 1,
                record: (*id).to_string(),
                field: kind.field().to_string(),
                message: format!(
                    "the code names `{id}` as {} (src/model/named.rs), but this file has none; \
                     rename it there too, or restore it here",
                    kind.what()
                ),
            })
        })
        .collect()
}
