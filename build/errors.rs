//! A problem found in `data/`, located precisely enough for an editor to fix it at once.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    /// The file as an editor opens it, e.g. `data/sources.toml`.
    pub file: String,
    /// 1-based line of the field (or of the record, when the field is missing).
    pub line: usize,
    /// The record's `id`, or a description of the record when it has none.
    pub record: String,
    pub field: String,
    pub message: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}: record `{}`, field `{}`: {}",
            self.file, self.line, self.record, self.field, self.message
        )
    }
}
