//! The ILRS explainer. The page is rendered once, at build time (feature `ssr`); in the browser
//! (feature `hydrate`) only its islands come alive: the story's step engine, the explorer, and
//! the copy buttons. So the wasm holds the interactive code and none of the page's prose.
//!
//! Shared: the dataset's types (`model`) and baked data (`data`), `markup`, `url`, and where the
//! explainer runs (`place`). By feature: `story`, `explorer`, `embed`, and the static
//! `sections`. The whole page is `page`; the build's files are `site`; the browser entry is
//! `start`.

pub mod data;
pub mod dom;
pub mod embed;
pub mod explorer;
pub mod markup;
pub mod model;
pub mod place;
pub mod share_link;
pub mod story;
pub mod url;
pub mod watch;

#[cfg(feature = "ssr")]
pub mod page;
#[cfg(feature = "ssr")]
pub mod sections;
#[cfg(feature = "ssr")]
pub mod site;

#[cfg(feature = "hydrate")]
pub mod start;
