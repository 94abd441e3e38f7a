//! The name of every file the build writes under the site, in one place. Names that a part of the
//! page links to are defined beside that part (the page cannot import the build) and named again
//! here, so this list is whole.

pub use crate::data::CORRECTIONS_PAGE;
pub use crate::data::record_path;
pub use crate::embed::EMBED_PAGE;
pub use crate::embed::snippets::SHARE_CARD;
pub use crate::export::{JSON_FILE, PACKAGE_FILE};
pub use crate::graphics::TABLES_PAGE;
pub use crate::sections::FEED_FILE as FEED;
pub use crate::story::steps::step_path;

/// The page itself, which Trunk writes and the prerender fills.
pub const INDEX: &str = "index.html";
/// The script embed's loader: a stable name, so a newsroom's snippet never changes.
pub const EMBED_SCRIPT: &str = "embed.js";
/// The Content-Security-Policy the page works under.
pub const CSP: &str = "csp.txt";
/// The oEmbed document.
pub const OEMBED: &str = "oembed.json";
pub const SITEMAP: &str = "sitemap.xml";
pub const ROBOTS: &str = "robots.txt";
/// The script every step page runs first.
pub const STEP_SCRIPT: &str = "step.js";
/// The publisher's logo for the JSON-LD: the page's icon, drawn as a PNG.
pub const LOGO: &str = "logo.png";
/// The script of every record page (its citation's "Copy").
pub const RECORD_SCRIPT: &str = "record.js";

/// The share page of a story step.
pub fn step_page(id: &str) -> String {
    format!("{}index.html", step_path(id))
}

/// The graphics' data as tables.
pub fn tables_page() -> String {
    format!("{TABLES_PAGE}index.html")
}

/// The corrections log's page.
pub fn corrections_page() -> String {
    format!("{CORRECTIONS_PAGE}index.html")
}

/// The page of a record, by its key.
pub fn record_page(key: &str) -> String {
    format!("{}index.html", record_path(key))
}

/// The share card of a story step.
pub fn step_card(id: &str) -> String {
    format!("cards/{id}.png")
}

/// The stylesheet inside each embed's shadow root, named by its content's hash.
pub fn embed_stylesheet(hash: &str) -> String {
    format!("embed-{hash}.css")
}

/// The prerendered fragment the script embed loads, named by its content's hash (its islands
/// must match this build's wasm).
pub fn fragment(hash: &str) -> String {
    format!("fragment-{hash}.html")
}

/// A CSV download of one kind of record.
pub use crate::export::csv_name as csv_download;

/// A graphic's download (`svg` or `png`).
pub fn graphic(chart: crate::graphics::Chart, extension: &str) -> String {
    chart.download(extension)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_step_has_a_page_and_a_card_of_its_own() {
        assert_eq!(step_page("story-signing"), "step/story-signing/index.html");
        assert_eq!(step_card("story-signing"), "cards/story-signing.png");
        assert_eq!(
            record_page("ilrs-signing"),
            "record/ilrs-signing/index.html"
        );
        assert_eq!(
            record_page("cell:crew/artemis"),
            "record/cell-crew-artemis/index.html"
        );
    }
}
