//! The build's files (feature `ssr`, native only), which `src/bin/prerender.rs` writes beside the
//! page Trunk built. The build uses every other part of the crate; nothing else uses the build.
//! Its files import one way: `files` and `settings` first, then `graphics` (the renderer), then
//! `share` and `structured`, then `head`, `render`, `folder_page` (and the pages on it),
//! `step_pages`, `record_pages` and `embed`.
//!
//! - `files`: the name of every file written;
//! - `settings`: the site's address and publisher, from the environment;
//! - `render`: the page and the embed page as HTML, filled into Trunk's template;
//! - `graphics`: the graphics' downloads (SVG and PNG) and the PNG renderer;
//! - `share`: the share cards and the Open Graph and Twitter tags;
//! - `structured`: JSON-LD, oEmbed, the sitemap and robots.txt;
//! - `feed`: the corrections log as an Atom feed;
//! - `folder_page`: what a page of its own one folder down shares (the log's, the tables');
//! - `corrections_page`: the corrections log's page of its own;
//! - `tables_page`: the graphics' data as tables;
//! - `head`: the story page's head (share tags and JSON-LD together);
//! - `step_pages`: a share page per story step;
//! - `record_pages`: a page per record, with its passages, "Cite this" and the fragments the
//!   main page's disclosures fetch;
//! - `embed`: the files a host loads (`embed.js`, the shadow stylesheet, the fragment, `csp.txt`).

pub mod corrections_page;
pub mod embed;
pub mod feed;
pub mod files;
pub mod folder_page;
pub mod graphics;
pub mod head;
pub mod record_pages;
pub mod render;
pub mod settings;
pub mod share;
pub mod step_pages;
pub mod structured;
pub mod tables_page;
