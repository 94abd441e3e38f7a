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

/// Property tests of the pure parts, native only (proptest does not build for wasm32).
#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::flags::{is_child_id, parse_flags};
    use super::messages::{origin_of, parse_pym_viewport};
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn any_bytes_as_flags_or_a_host_message_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
            let text = String::from_utf8_lossy(&bytes);
            let flags = parse_flags(&text);
            if let Some(id) = &flags.child_id {
                prop_assert!(is_child_id(id));
            }
            let _ = parse_pym_viewport(&text, "explainer");
            let _ = origin_of(&text);
        }

        #[test]
        fn a_viewport_message_reads_back_what_pym_js_wrote(
            width in 0u32..5000, height in 1u32..5000, top in -100_000i32..100_000, tenths in 0u32..10,
        ) {
            let top = f64::from(top) + f64::from(tenths) / 10.0 * f64::from(top.signum());
            let message = format!("pymxPYMxc1xPYMxviewport-iframe-positionxPYMx{width} {height} {top} 0 {top} {width}");
            let v = parse_pym_viewport(&message, "c1").expect("a well-formed message");
            prop_assert_eq!(v.width, f64::from(width));
            prop_assert_eq!(v.height, f64::from(height));
            prop_assert!((v.frame_top - top).abs() < 1e-9, "{} read as {}", top, v.frame_top);
        }
    }
}
