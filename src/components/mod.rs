//! Thin components: each reads the baked data or the pure core and renders it.

mod hero;
mod sources_list;

pub use hero::Hero;
pub use sources_list::SourcesList;
