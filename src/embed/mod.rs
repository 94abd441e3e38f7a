//! Embedding: the URL flags and the messages exchanged with a host frame, pure (`core`, with the
//! contract's names in `core::contract`); the host-frame protocol in the browser
//! (`use_host_frame`); the events the host hears (`events`); the page's "Embed this" section and
//! the embed page it links to (`embed_this`, prerendered), with the island of each snippet
//! (`copy`). The files a host loads (`embed.js`, kept here as `embed.js`; the shadow stylesheet;
//! the fragment) are written by the build (`site::embed`). Styles: `embed.css`.

pub mod copy;
pub mod core;
#[cfg(feature = "ssr")]
mod embed_this;
pub mod events;
mod use_host_frame;

#[cfg(feature = "ssr")]
pub use embed_this::{EMBED_PAGE, EmbedPage, EmbedThis};
pub use use_host_frame::use_host_frame;
