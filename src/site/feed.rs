//! The corrections log as an Atom feed (`corrections.xml`), for readers and newsrooms who follow
//! changes to the piece. Announced in the page's head; valid Atom 1.0 (RFC 4287), checked by a
//! feed parser in the journeys.

use super::files::FEED;
use super::settings::Settings;
use crate::data::{CORRECTIONS, HERO, PUBLICATION};
use crate::markup::escape;
use crate::model::{Correction, Date, Vocabulary};
use crate::sections::record_name;

/// A day as an Atom date: midnight UTC (the log keeps days, not times).
fn stamp(date: Date) -> String {
    format!("{}T00:00:00Z", date.iso())
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

/// An entry's title: its kind and the records it touches.
fn title(correction: &Correction) -> String {
    let names: Vec<String> = correction
        .records
        .iter()
        .map(|key| record_name(key))
        .collect();
    format!("{}: {}", correction.kind.label(), names.join("; "))
}

/// The feed, newest entry first.
pub fn atom(settings: &Settings) -> String {
    let page = settings.absolute("").unwrap_or_else(|| "./".to_string());
    let self_link = settings.absolute(FEED).unwrap_or_else(|| FEED.to_string());
    let author = settings.publisher_name();
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n\
         <feed xmlns=\"http://www.w3.org/2005/Atom\">\n\
         <title>{}</title>\n<subtitle>Every change to a claim the piece has published.</subtitle>\n\
         <id>{}</id>\n<updated>{}</updated>\n\
         <link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n\
         <link rel=\"alternate\" type=\"text/html\" href=\"{}#corrections\"/>\n\
         <author><name>{}</name></author>\n",
        escape(&format!("Corrections and updates: {}", HERO.title)),
        escape(&feed_id(settings)),
        stamp(PUBLICATION.modified),
        escape(&self_link),
        escape(&page),
        escape(author),
    );
    for correction in CORRECTIONS.iter().rev() {
        let anchor = format!("correction-{}", correction.number);
        let body = match correction.was {
            Some(was) => format!("We said: “{was}” {}", correction.text),
            None => correction.text.to_string(),
        };
        out.push_str(&format!(
            "<entry>\n<title>{}</title>\n<id>{}#{anchor}</id>\n<updated>{}</updated>\n\
             <link rel=\"alternate\" type=\"text/html\" href=\"{}#{anchor}\"/>\n\
             <content type=\"text\">{}</content>\n</entry>\n",
            escape(&title(correction)),
            escape(&feed_id(settings)),
            stamp(correction.date),
            escape(&page),
            escape(&body),
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
    fn the_feed_holds_every_entry_newest_first_with_absolute_links_where_known() {
        let settings =
            Settings::new(Some("https://news.example/ilrs/"), Some("The Paper")).unwrap();
        let feed = atom(&settings);
        assert!(feed.starts_with("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"));
        assert_eq!(feed.matches("<entry>").count(), CORRECTIONS.len());
        assert!(feed.contains("<id>https://news.example/ilrs/corrections.xml</id>"));
        assert!(feed.contains(&format!(
            "<updated>{}T00:00:00Z</updated>",
            PUBLICATION.modified.iso()
        )));
        assert!(feed.contains("<author><name>The Paper</name></author>"));
        if let Some(last) = CORRECTIONS.last() {
            let newest = feed.find(&format!("#correction-{}<", last.number)).unwrap();
            let oldest = feed.find("#correction-1<").unwrap();
            assert!(newest <= oldest, "newest first");
        }
        let relative = atom(&Settings::default());
        assert!(relative.contains("<id>tag:ilrs-explainer,"));
        assert!(relative.contains("href=\"corrections.xml\""));
        assert!(discovery_link().starts_with(
            "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"corrections.xml\""
        ));
    }
}
