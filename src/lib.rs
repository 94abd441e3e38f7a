//! The ILRS explainer. The page is rendered once, at build time (feature `ssr`); in the browser
//! (feature `hydrate`) only its islands come alive: the story's step engine, the explorer, and
//! the copy buttons. So the wasm holds the interactive code and none of the page's prose.
//!
//! The floor plan, each kind of code in one home; a folder may use those listed before it:
//! - the data: `model` (the dataset's types, shared with `build.rs`) and `data` (the baked
//!   dataset and its look-ups);
//! - helpers: `markup` (escaping), `url` (percent-encoding), `dom` and `watch` (for islands);
//! - `embed`: where the explainer runs and how it talks to a host page (flags, messages,
//!   snippets, the embed page);
//! - `ui`: shared view parts (`Section`, `SourceLinks`, `Tags`, `When`, the evidence disclosure,
//!   the share control);
//! - `graphics`: every drawing, its states and its figure markup, drawn at build time;
//! - `export`: the data downloads (JSON and CSV) and the data package describing them;
//! - the features, which never use each other: `story`, `explorer`, and the static `sections`;
//! - `page`, the whole page; `site`, the build's files; `start`, the browser entry.

// The story's prerendered view nests deep enough in Leptos's typed views to pass the default
// query depth when the library's tests are compiled.
#![recursion_limit = "256"]

pub mod chunk;
pub mod data;
pub mod dom;
pub mod embed;
pub mod explorer;
pub mod markup;
pub mod model;
pub mod story;
pub mod ui;
pub mod url;
pub mod watch;

#[cfg(feature = "ssr")]
pub mod export;
#[cfg(feature = "ssr")]
pub mod graphics;
#[cfg(feature = "ssr")]
pub mod page;
#[cfg(feature = "ssr")]
pub mod sections;
#[cfg(feature = "ssr")]
pub mod site;

#[cfg(feature = "hydrate")]
pub mod start;
