//! How the piece travels when its link is shared: the share cards drawn at build time (the
//! page's and one per step), and the Open Graph and Twitter tags that point at them.

use super::files::{OEMBED, SHARE_CARD, step_card};
use super::graphics::{card_pixels, png};
use super::settings::Settings;
use crate::data::HERO;
use crate::graphics::standalone::card;
use crate::graphics::{Chart, draw};
use crate::markup::escape;
use crate::model::{Chapter, Step};
use crate::story::steps::all_steps;

/// What a shared link shows: a page's title, description, card and address.
pub struct Card<'a> {
    pub title: &'a str,
    pub description: &'a str,
    /// The page's path under the site (`""` for the story page).
    pub path: &'a str,
    /// The canonical page's path: the story's (`""`) for a step's page, a record's own.
    pub canonical: &'a str,
    /// The card's file under the site.
    pub image: &'a str,
    /// The card's text alternative.
    pub image_alt: &'a str,
}

/// Meta tags for a head: Open Graph and Twitter's large card for `card`, the canonical link to
/// the canonical page (a step page's is the story, a record page's its own) and the oEmbed discovery link,
/// those last with the card's address and `og:url` only where the site's address is known.
pub fn meta_tags(settings: &Settings, card: &Card) -> String {
    let mut tags = vec![
        ("og:type", "article".to_string()),
        ("og:title", card.title.to_string()),
        ("og:description", card.description.to_string()),
        // A large-image card only where there is an image (the site's address is known).
        (
            "twitter:card",
            if settings.site.is_some() {
                "summary_large_image"
            } else {
                "summary"
            }
            .to_string(),
        ),
    ];
    if let Some(publisher) = &settings.publisher {
        tags.push(("og:site_name", publisher.clone()));
    }
    // Who wrote it, for the parsers that read a page's author from its head.
    if let Some(author) = settings.author.as_ref().or(settings.publisher.as_ref()) {
        tags.push(("author", author.clone()));
    }
    let mut links = String::new();
    if let (Some(url), Some(image), Some(canonical), Some(oembed)) = (
        settings.absolute(card.path),
        settings.absolute(card.image),
        settings.absolute(card.canonical),
        settings.absolute(OEMBED),
    ) {
        tags.extend([
            ("og:url", url),
            ("og:image", image),
            ("og:image:width", card_pixels().0.to_string()),
            ("og:image:height", card_pixels().1.to_string()),
            ("og:image:alt", card.image_alt.to_string()),
        ]);
        links = format!(
            "<link rel=\"canonical\" href=\"{}\"><link rel=\"alternate\" type=\"application/json+oembed\" href=\"{}\" title=\"{}\">",
            escape(&canonical),
            escape(&oembed),
            escape(HERO.title)
        );
    }
    let mut out = String::new();
    for (name, content) in tags {
        // Open Graph names its tags with `property`, Twitter with `name`.
        let key = if name.starts_with("og:") {
            "property"
        } else {
            "name"
        };
        out.push_str(&format!(
            "<meta {key}=\"{name}\" content=\"{}\">",
            escape(&content)
        ));
    }
    out + &links
}

/// The share card's PNG, drawn with the graphics' renderer `options`.
pub fn card_png(settings: &Settings, options: &resvg::usvg::Options) -> Result<Vec<u8>, String> {
    let svg = card(
        |canvas| Chart::Lead.draw(canvas),
        HERO.kicker,
        HERO.title,
        &settings.publisher_line(),
    );
    png(&svg, options)
}

/// Every share card, as (path under the site, PNG): the page's and one per story step.
pub fn cards(
    settings: &Settings,
    options: &resvg::usvg::Options,
) -> Result<Vec<(String, Vec<u8>)>, String> {
    let mut out = vec![(SHARE_CARD.to_string(), card_png(settings, options)?)];
    for (chapter, step) in all_steps() {
        let file = step_card(step.id);
        let png =
            step_card_png(settings, chapter, step, options).map_err(|e| format!("{file}: {e}"))?;
        out.push((file, png));
    }
    Ok(out)
}

/// A step's card: its chapter and title above the step's own graphic in the step's state.
pub fn step_card_png(
    settings: &Settings,
    chapter: &Chapter,
    step: &Step,
    options: &resvg::usvg::Options,
) -> Result<Vec<u8>, String> {
    let svg = card(
        |canvas| draw(canvas, step.shows),
        &format!("{} · {}", HERO.kicker, chapter.title),
        step.title,
        &settings.publisher_line(),
    );
    png(&svg, options)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_card_is_1200_by_630_with_ink_on_it() {
        let options = crate::site::graphics::options();
        let png = card_png(&Settings::new(None, Some("The Paper")).unwrap(), &options).unwrap();
        let pixmap = resvg::tiny_skia::Pixmap::decode_png(&png).unwrap();
        assert_eq!((pixmap.width(), pixmap.height()), (1200, 630));
        let colours = crate::site::graphics::distinct_colours(&pixmap);
        assert!(colours > 20, "{colours} colours");
    }
}
