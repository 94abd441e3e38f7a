//! The explorer: every event and quotation with faceted filters, live counts, search, a year
//! range and the state in the URL. The pure core is `filter` (what a match is), `index` (the
//! one-pass filter with counts), `search` (folding text), `query` (the URL) and `records` (the
//! dataset's records, for the prerender); `view` prerenders it and `island` runs it, over the
//! `use_url_state` hook. Styles: `explorer.css`.

pub mod filter;
pub mod index;
pub mod island;
pub mod query;
#[cfg(feature = "ssr")]
pub mod records;
pub mod search;
mod use_url_state;
#[cfg(feature = "ssr")]
mod view;

#[cfg(feature = "ssr")]
pub use view::Explorer;
