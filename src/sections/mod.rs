//! The static sections: prerendered at build time and never in the wasm (this module is
//! compiled only with `ssr`). Each reads the baked data and renders it. Styles: `sections.css`.

mod actors;
mod coalitions;
mod comparison;
mod discrepancies;
mod evidence;
mod figures;
mod hero;
mod section;
mod source_links;
mod sources_list;
mod tags;

pub use actors::Actors;
pub use coalitions::Coalitions;
pub use comparison::Comparison;
pub use discrepancies::Discrepancies;
pub use evidence::EvidenceDisclosure;
pub use figures::Figures;
pub use hero::Hero;
pub use section::Section;
pub use source_links::SourceLinks;
pub use sources_list::SourcesList;
pub use tags::Tags;
