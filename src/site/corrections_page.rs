//! The corrections log's page of its own, `corrections/index.html`: every entry readers are
//! shown, newest first, each at `#correction-{n}`, what we had published and where the claim
//! now stands. The page's own note (`sections::Corrections`) shows the latest few and links
//! here; so do the hero's "last updated" line, each touched record and the feed.

use leptos::prelude::*;

use super::files::{CORRECTIONS_PAGE, FEED, SHARE_CARD};
use super::render::render_view;
use super::settings::Settings;
use super::share::{Card, meta_tags};
use crate::data::HERO;
use crate::embed::contract::ROOT_ID;
use crate::markup::escape;
use crate::sections::CorrectionsLog;

/// How the log's page names the site's root: one folder up.
const UP: &str = "../";

const TITLE: &str = "Corrections and updates";

/// The log's page, with `css` the built stylesheet's name and `icon` the story page's icon link.
pub fn page(settings: &Settings, css: &str, icon: &str) -> String {
    let description = format!("Every change to a claim in {}, newest first.", HERO.title);
    let tags = meta_tags(
        settings,
        &Card {
            title: TITLE,
            description: &description,
            path: CORRECTIONS_PAGE,
            canonical: CORRECTIONS_PAGE,
            image: SHARE_CARD,
            image_alt: HERO.title,
        },
    );
    let body = render_view(|| {
        view! {
            <div id=ROOT_ID>
                <div class="ilrs ilrs-record-page">
                    <main class="ilrs-hero">
                        <p class="ilrs-kicker"><a href=UP>{HERO.title}</a></p>
                        <h1 class="ilrs-title">{TITLE}</h1>
                        <CorrectionsLog up=UP />
                        <p class="ilrs-provenance">
                            <a href=format!("{UP}{FEED}") type="application/atom+xml">"Follow the corrections as a feed"</a>
                            " · "
                            <a href=UP>"Back to the explainer"</a>
                        </p>
                    </main>
                </div>
            </div>
        }
    });
    format!(
        "<!doctype html>\n<html lang=\"en\">\n<head>\
         <meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <meta name=\"color-scheme\" content=\"light dark\">\
         <title>{TITLE} · {piece}</title>\
         <meta name=\"description\" content=\"{description}\">{tags}{icon}\
         <link rel=\"alternate\" type=\"application/atom+xml\" href=\"{UP}{FEED}\" title=\"{TITLE}\">\
         <link rel=\"stylesheet\" href=\"{UP}{css}\">\
         </head>\n<body>\n{body}\n</body>\n</html>\n",
        piece = escape(HERO.title),
        description = escape(&description),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::shown_corrections;

    #[test]
    fn the_log_page_lists_every_entry_readers_see_newest_first_and_links_what_they_touch() {
        let settings =
            Settings::new(Some("https://news.example/ilrs/"), Some("The Paper")).unwrap();
        let html = page(&settings, "explainer-1.css", "");
        let ids: Vec<usize> = html
            .match_indices("id=\"correction-")
            .map(|(i, m)| {
                let rest = &html[i + m.len()..];
                rest[..rest.find('"').unwrap()].parse().unwrap()
            })
            .collect();
        let mut expected: Vec<usize> = shown_corrections().map(|c| c.number).collect();
        expected.reverse();
        assert_eq!(ids, expected, "every entry readers see, newest first");
        assert!(
            html.contains(
                "<link rel=\"canonical\" href=\"https://news.example/ilrs/corrections/\""
            )
        );
        assert!(
            html.contains("href=\"../record/"),
            "entries link to the records' pages"
        );
        assert!(html.contains("href=\"../explainer-1.css\""));
        assert!(
            !html.contains("entry 1<"),
            "no link is named by a number alone"
        );
    }
}
