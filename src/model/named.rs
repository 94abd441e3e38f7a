//! The data ids the code names, in one place: the drawings bring these records forward by name.
//! Everything else the code shows it finds by following the data. The build checks that each id
//! here exists in its file (`build/named.rs`), so renaming one in `data/` fails the build with the
//! file and the id instead of quietly emptying a graphic.

/// Where a named id must be found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NamedKind {
    Actor,
    Figure,
    Dimension,
    Theme,
    /// A figure's `unit`, not an id: some figure must have it.
    FigureUnit,
}

impl NamedKind {
    /// The field that holds it.
    pub fn field(self) -> &'static str {
        match self {
            NamedKind::FigureUnit => "unit",
            NamedKind::Actor | NamedKind::Figure | NamedKind::Dimension | NamedKind::Theme => "id",
        }
    }

    /// What it is, for a message.
    pub fn what(self) -> &'static str {
        match self {
            NamedKind::Actor => "an actor",
            NamedKind::Figure => "a figure",
            NamedKind::Dimension => "a comparison dimension",
            NamedKind::Theme => "a theme",
            NamedKind::FigureUnit => "a figure unit",
        }
    }
}

/// Declares each named id as a constant and lists them all in `NAMED`, so a name is written once.
macro_rules! named {
    ($($(#[$doc:meta])* $name:ident: $kind:ident = $id:literal;)+) => {
        $($(#[$doc])* pub const $name: &str = $id;)+
        /// Every id above, with where it must be found.
        pub const NAMED: &[(NamedKind, &str)] = &[$((NamedKind::$kind, $id)),+];
    };
}

named! {
    /// The actor the coalition graphic's "where Russia stands" state follows.
    RUSSIA: Actor = "russia";
    /// The figure the Moon diagram draws for comparison: the height of the ISS's orbit.
    ISS_ALTITUDE: Figure = "iss-altitude";
    /// The comparison row the Moon diagram and the lead graphic draw: where each side would build.
    WHERE: Dimension = "where";
    /// The theme of the figures the budget graphic ranks.
    BUDGETS: Theme = "budgets";
    /// The unit of a figure that is a rank, as the budget graphic reads it.
    RANK: FigureUnit = "rank";
}
