//! The corrections log as an Atom feed (`corrections.xml`), for readers and newsrooms who follow
//! changes to the piece. Announced in the page's head; valid Atom 1.0 (RFC 4287), checked by a
//! feed parser in the journeys.

use super::files::{CORRECTIONS_PAGE, FEED};
use super::settings::Settings;
use crate::data::{HERO, PUBLICATION, shown_corrections};
use crate::markup::escape;
use crate::model::{Correction, Date};

/// An entry's time as an Atom date: its day and its time of day, UTC.
fn stamp(date: Date, time: &str) -> String {
    format!("{}T{time}:00Z", date.iso())
}

/// The feed's permanent id: its own address where the site's is known, else a tag URI from the
/// day the piece was published.
fn feed_id(settings: &Settings) -> String {
    settings.absolute(FEED).unwrap_or_else(|| {
        format!(
            "tag:ilrs-explainer,{}:corrections",
            PUBLICATION.published.iso()
        )
    })
}

/// An entry's title: the first sentence of what it says ("We said the reports disagreed on how
/// many countries had signed the Artemis Accords, eight or nine besides the US.").
fn title(correction: &Correction) -> &'static str {
    let text = correction.text;
    text.match_indices(". ")
        .next()
        .map_or(text, |(i, _)| &text[..=i])
}

/// The feed, newest entry first: the entries readers are shown (not copy edits).
pub fn atom(settings: &Settings) -> String {
    let log = settings
        .absolute(CORRECTIONS_PAGE)
        .unwrap_or_else(|| CORRECTIONS_PAGE.to_string());
    let self_link = settings.absolute(FEED).unwrap_or_else(|| FEED.to_string());
    let author = settings.publisher_name();
    let newest = shown_corrections().last().map_or_else(
        || stamp(PUBLICATION.published, "00:00"),
        |c| stamp(c.date, c.time),
    );
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n\
         <feed xmlns=\"http://www.w3.org/2005/Atom\">\n\
         <title>{}</title>\n<subtitle>Every change to a claim the piece has published.</subtitle>\n\
         <id>{}</id>\n<updated>{}</updated>\n\
         <link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n\
         <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n\
         <author><name>{}</name></author>\n",
        escape(&format!("Corrections and updates: {}", HERO.title)),
        escape(&feed_id(settings)),
        newest,
        escape(&self_link),
        escape(&log),
        escape(author),
    );
    for correction in shown_corrections().rev() {
        let anchor = format!("correction-{}", correction.number);
        out.push_str(&format!(
            "<entry>\n<title>{}</title>\n<id>{}#{anchor}</id>\n<updated>{}</updated>\n\
             <link rel=\"alternate\" type=\"text/html\" href=\"{}#{anchor}\"/>\n\
             <content type=\"text\">{}</content>\n</entry>\n",
            escape(title(correction)),
            escape(&feed_id(settings)),
            stamp(correction.date, correction.time),
            escape(&log),
            escape(correction.text),
        ));
    }
    out + "</feed>\n"
}

/// The feed's discovery link for a page's head.
pub fn discovery_link() -> String {
    format!(
        "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"{FEED}\" title=\"{}\">",
        escape(&format!("Corrections and updates: {}", HERO.title))
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_feed_holds_every_entry_readers_see_newest_first_titled_by_a_sentence() {
        let settings =
            Settings::new(Some("https://news.example/ilrs/"), Some("The Paper")).unwrap();
        let feed = atom(&settings);
        assert!(feed.starts_with("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"));
        assert_eq!(feed.matches("<entry>").count(), shown_corrections().count());
        assert!(
            shown_corrections().count() < crate::data::CORRECTIONS.len(),
            "copy edits are left out"
        );
        assert!(feed.contains("<id>https://news.example/ilrs/corrections.xml</id>"));
        assert!(feed.contains("href=\"https://news.example/ilrs/corrections/#correction-"));
        let newest = shown_corrections().last().unwrap();
        assert!(feed.contains(&format!(
            "<updated>{}T{}:00Z</updated>",
            newest.date.iso(),
            newest.time
        )));
        assert!(
            !feed.contains("T00:00:00Z"),
            "every entry has its time of day"
        );
        assert!(feed.contains("<author><name>The Paper</name></author>"));
        for title in feed
            .split("<entry>\n<title>")
            .skip(1)
            .map(|e| &e[..e.find("</title>").unwrap()])
        {
            assert!(
                title.ends_with('.') && title.split(' ').count() > 4,
                "not a sentence: {title}"
            );
        }
        let newest = feed
            .find(&format!("#correction-{}<", newest.number))
            .unwrap();
        let oldest = feed
            .find(&format!(
                "#correction-{}<",
                shown_corrections().next().unwrap().number
            ))
            .unwrap();
        assert!(newest <= oldest, "newest first");
        let relative = atom(&Settings::default());
        assert!(relative.contains("<id>tag:ilrs-explainer,"));
        assert!(relative.contains("href=\"corrections.xml\""));
        assert!(discovery_link().starts_with(
            "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"corrections.xml\""
        ));
    }
}
