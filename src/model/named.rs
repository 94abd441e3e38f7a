//! The data ids the code names, in one place: the drawings bring these records forward by name.
//! Everything else the code shows it finds by following the data. The build checks that each id
//! here exists in its file (`build/named.rs`), so renaming one in `data/` fails the build with the
//! file and the id instead of quietly emptying a graphic.

/// The actor the coalition graphic's "where Russia stands" state follows.
pub const RUSSIA: &str = "russia";
/// The figure the Moon diagram draws for scale: the height of the ISS's orbit.
pub const ISS_ALTITUDE: &str = "iss-altitude";
/// The comparison row the Moon diagram and the lead graphic draw: where each side would build.
pub const WHERE: &str = "where";
/// The theme of the figures the budget graphic ranks.
pub const BUDGETS: &str = "budgets";
/// The unit of a figure that is a rank, as the budget graphic reads it.
pub const RANK: &str = "rank";

/// The themes the timeline's states bring forward.
pub mod theme {
    pub const AGREEMENT: &str = "agreement";
    pub const US_RUSSIA: &str = "us-russia";
    pub const CHINA_RUSSIA: &str = "china-russia";
    pub const CAPABILITIES: &str = "capabilities";
    pub const MILITARY: &str = "military";
    pub const DIPLOMACY: &str = "diplomacy";
}

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

/// Every id above, with where it must be found.
pub const NAMED: &[(NamedKind, &str)] = &[
    (NamedKind::Actor, RUSSIA),
    (NamedKind::Figure, ISS_ALTITUDE),
    (NamedKind::Dimension, WHERE),
    (NamedKind::Theme, BUDGETS),
    (NamedKind::FigureUnit, RANK),
    (NamedKind::Theme, theme::AGREEMENT),
    (NamedKind::Theme, theme::US_RUSSIA),
    (NamedKind::Theme, theme::CHINA_RUSSIA),
    (NamedKind::Theme, theme::CAPABILITIES),
    (NamedKind::Theme, theme::MILITARY),
    (NamedKind::Theme, theme::DIPLOMACY),
];
