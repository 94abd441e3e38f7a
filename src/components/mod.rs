//! Thin components: each reads the baked data or the pure core and renders it.

mod actors;
mod coalitions;
mod comparison;
mod discrepancies;
mod embed_this;
mod explorer;
mod figures;
pub mod graphics;
mod hero;
mod section;
mod source_links;
mod sources_list;
mod story;
mod tags;

pub use actors::Actors;
pub use coalitions::Coalitions;
pub use comparison::Comparison;
pub use discrepancies::Discrepancies;
pub use embed_this::EmbedThis;
pub use explorer::Explorer;
pub use figures::Figures;
pub use hero::Hero;
pub use section::Section;
pub use source_links::SourceLinks;
pub use sources_list::{DOWNLOADS, SourcesList};
pub use story::Story;
