//! The static sections of the page: prerendered at build time and never in the wasm (this module
//! is compiled only with `ssr`). Each reads the baked data and renders it with the shared view
//! parts (`ui`) and, for the hero's lead graphic, the drawings (`graphics`); none is used by
//! another feature. Styles: `sections.css`.

mod actors;
mod coalitions;
mod comparison;
mod corrections;
mod discrepancies;
mod figures;
mod hero;
mod sources_list;

pub use actors::Actors;
pub use coalitions::Coalitions;
pub use comparison::Comparison;
pub use corrections::{Corrections, CorrectionsLog, FEED_FILE, record_name};
pub use discrepancies::Discrepancies;
pub use figures::Figures;
pub use hero::Hero;
pub use sources_list::{SourceEntry, SourcesList};
