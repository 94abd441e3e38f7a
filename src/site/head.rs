//! The story page's head: its share tags and its structured data, the one place that puts the
//! two together.

use super::feed::discovery_link;
use super::settings::Settings;
use super::share::{Card, meta_tags};
use super::structured::json_ld_script;
use crate::data::HERO;
use crate::embed::snippets::SHARE_CARD;
use crate::graphics::lead_label;

/// The story page's head: its share tags, its structured data and the corrections feed.
pub fn head_tags(settings: &Settings) -> String {
    let card = Card {
        title: HERO.title,
        description: HERO.description(),
        path: "",
        canonical: "",
        image: SHARE_CARD,
        image_alt: &lead_label(),
    };
    meta_tags(settings, &card) + &json_ld_script(settings) + &discovery_link()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tags_name_the_card_only_where_the_site_is_known() {
        let without = head_tags(&Settings::default());
        assert!(without.contains("<meta property=\"og:type\" content=\"article\">"));
        assert!(without.contains("<meta name=\"twitter:card\" content=\"summary\">"));
        assert!(!without.contains("og:image") && !without.contains("canonical"));
        let with = head_tags(&Settings::new(Some("https://a.b/x/"), Some("P & Q")).unwrap());
        for tag in [
            "<meta property=\"og:url\" content=\"https://a.b/x/\">",
            "<meta property=\"og:image\" content=\"https://a.b/x/cards/share.png\">",
            "<meta property=\"og:image:width\" content=\"1200\">",
            "<meta property=\"og:image:height\" content=\"630\">",
            "<meta property=\"og:site_name\" content=\"P &amp; Q\">",
            "<link rel=\"canonical\" href=\"https://a.b/x/\">",
        ] {
            assert!(with.contains(tag), "{tag} in {with}");
        }
        assert!(with.contains("<meta property=\"og:image:alt\" content=\"Two coalitions"));
    }
}
