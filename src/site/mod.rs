//! Build-time site assembly (feature `ssr`, native only): the prerendered page and the files that
//! sit beside it in the built site.

pub mod embed;
pub mod export;
pub mod graphics;
pub mod render;
pub mod share;
pub mod step_pages;
pub mod structured;
