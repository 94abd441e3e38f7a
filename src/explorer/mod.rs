//! The explorer: every event and quotation with faceted filters, live counts, search, a year
//! range and the state in the URL. It uses the drawings (`graphics`), the shared view parts
//! (`ui`) and the embed's place and events; never the story, the static sections or the build.
//!
//! - the pure core (native tests): `filter` (what a match is), `index` (the one-pass filter with
//!   counts), `search` (folding text), `query` (the URL), `records` (the dataset's records, for
//!   the prerender);
//! - `view` prerenders it; `island` runs it, over the `use_url_state` hook; `on_approach` starts
//!   it, in release builds only once the reader comes near (its code is a chunk of its own);
//! - `explorer.css`.

pub mod filter;
pub mod index;
pub mod island;
mod on_approach;
pub mod query;
#[cfg(feature = "ssr")]
pub mod records;
pub mod search;
mod use_url_state;
#[cfg(feature = "ssr")]
mod view;

pub use on_approach::start_explorer;
pub use use_url_state::{UseUrlStateOptions, use_url_state, use_url_state_with_options};
#[cfg(feature = "ssr")]
pub use view::Explorer;
