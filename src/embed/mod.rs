//! Embedding: everything that lets the piece live in a host's page. It uses the shared view parts
//! (`ui`) and helpers, never a feature: the story and the explorer use it.
//!
//! Pure (native tests):
//! - `contract`: the names host pages and tests rely on, and the events the host hears;
//! - `flags`: what a host asks for in the URL or the element's attributes;
//! - `messages`: the messages exchanged with a host frame (pym.js, AMP, our own) and the
//!   arithmetic that keeps the graphic in the host's viewport;
//! - `snippets`: the iframe, script and AMP snippets.
//!
//! In the browser:
//! - `place`: where the explainer runs, worked out once and given to the islands as context;
//! - `use_host_frame`: the host-frame protocol; `events`: the events the host hears;
//! - `copy`: the island of each snippet on the embed page.
//!
//! Prerendered: the page's "Embed this" section and the embed page (`embed_this`). The files a
//! host loads (`embed.js`, kept here; the shadow stylesheet; the fragment) are written by the
//! build (`site::embed`). Styles: `embed.css`.

pub mod contract;
pub mod copy;
#[cfg(feature = "ssr")]
mod embed_this;
pub mod events;
pub mod flags;
pub mod messages;
pub mod place;
pub mod snippets;
mod use_host_frame;

#[cfg(feature = "ssr")]
pub use embed_this::{EMBED_PAGE, EmbedPage, EmbedThis};
pub use use_host_frame::use_host_frame;
