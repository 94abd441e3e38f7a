//! The corrections log's page of its own, `corrections/index.html`: every entry readers are
//! shown, newest first, each at `#correction-{n}`, what we had published and where the claim
//! now stands. The page's own note (`sections::Corrections`) shows the latest few and links
//! here; so do the hero's "last updated" line, each touched record and the feed.

use leptos::prelude::*;

use super::files::{CORRECTIONS_PAGE, FEED};
use super::folder_page::{FolderPage, UP, folder_page};
use super::settings::Settings;
use crate::data::HERO;
use crate::sections::CorrectionsLog;

const TITLE: &str = "Corrections and updates";

/// The log's page, with `css` the built stylesheet's name and `icon` the story page's icon link.
pub fn page(settings: &Settings, css: &str, icon: &str) -> String {
    let description = format!("Every change to a claim in {}, newest first.", HERO.title);
    let head = format!(
        "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"{UP}{FEED}\" title=\"{TITLE}\">"
    );
    let page = FolderPage {
        path: CORRECTIONS_PAGE,
        title: TITLE,
        description: &description,
        head: &head,
    };
    folder_page(settings, css, icon, &page, || {
        view! {
            <CorrectionsLog up=UP />
            <p class="ilrs-provenance">
                <a href=format!("{UP}{FEED}") type="application/atom+xml">"Follow the corrections as a feed"</a>
                " · "
                <a href=UP>"Back to the explainer"</a>
            </p>
        }
    })
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
