//! How the piece travels when its link is shared: the site's address and publisher (build
//! settings, from the environment), the share card drawn at build time, and the tags in the
//! page's head that point at it.

use crate::data::HERO;
use crate::markup::escape;
use crate::model::{Chapter, Step};
use crate::story::draw::standalone::{CARD, card};
use crate::story::draw::{Chart, draw, lead_label};
use crate::story::steps::all_steps;

/// The environment variable naming where the built site is served (`https://…/`).
pub const SITE_VARIABLE: &str = "ILRS_SITE_URL";
/// The environment variable naming the publisher, for the card and the tags.
pub const PUBLISHER_VARIABLE: &str = "ILRS_PUBLISHER";

/// The share card of the page, under the site.
pub const CARD_FILE: &str = "cards/share.png";
/// The oEmbed document, under the site.
pub const OEMBED_FILE: &str = "oembed.json";

/// What the build knows of where the site lives and who publishes it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Settings {
    /// The site's address, ending in `/`; without it nothing that needs an absolute URL is
    /// written (the card's address, the canonical link).
    pub site: Option<String>,
    pub publisher: Option<String>,
}

impl Settings {
    /// Reads the settings from the two variables' values. A site that is not an absolute http(s)
    /// address is refused, with the reason.
    pub fn new(site: Option<&str>, publisher: Option<&str>) -> Result<Settings, String> {
        let site = match site.map(str::trim).filter(|s| !s.is_empty()) {
            None => None,
            Some(url) => {
                let rest = url
                    .strip_prefix("https://")
                    .or_else(|| url.strip_prefix("http://"));
                let valid = rest.is_some_and(|rest| {
                    let host = rest.split('/').next().unwrap_or("");
                    !host.is_empty() && !url.contains(['?', '#', '"', '<', '>', ' ', '\''])
                });
                if !valid {
                    return Err(format!(
                        "{SITE_VARIABLE} must be the site's absolute address, such as \
                         https://news.example/ilrs/ (got {url:?})"
                    ));
                }
                Some(if url.ends_with('/') {
                    url.to_string()
                } else {
                    format!("{url}/")
                })
            }
        };
        let publisher = publisher
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(str::to_string);
        Ok(Settings { site, publisher })
    }

    /// The settings from the environment, and the one-line warning to print when the site's
    /// address is missing.
    pub fn from_env() -> Result<(Settings, Option<String>), String> {
        let site = std::env::var(SITE_VARIABLE).ok();
        let publisher = std::env::var(PUBLISHER_VARIABLE).ok();
        let settings = Settings::new(site.as_deref(), publisher.as_deref())?;
        let warning = settings.site.is_none().then(|| {
            format!(
                "{SITE_VARIABLE} is not set: the built site has no canonical link, share-card images \
                 in its tags, oEmbed document or sitemap (they need absolute addresses); set it to \
                 where the site is served"
            )
        });
        Ok((settings, warning))
    }

    /// `path` (relative to the site) as an absolute address, if the site's address is known.
    pub fn absolute(&self, path: &str) -> Option<String> {
        self.site.as_ref().map(|site| format!("{site}{path}"))
    }

    /// The line under the card's drawing.
    pub fn publisher_line(&self) -> String {
        match &self.publisher {
            Some(publisher) => format!("{publisher} · The ILRS explainer"),
            None => "The ILRS explainer".to_string(),
        }
    }
}

/// The first sentence of a text, for a description a card can show whole.
pub fn first_sentence(text: &str) -> &str {
    match text.find(". ") {
        Some(end) => &text[..=end],
        None => text,
    }
}

/// What a shared link shows: a page's title, description, card and address.
pub struct Card<'a> {
    pub title: &'a str,
    pub description: &'a str,
    /// The page's path under the site (`""` for the story page).
    pub path: &'a str,
    /// The card's file under the site.
    pub image: &'a str,
    /// The card's text alternative.
    pub image_alt: &'a str,
}

/// Meta tags for a head: Open Graph and Twitter's large card for `card`, the canonical link to
/// the story page (every step page's canonical is the story) and the oEmbed discovery link,
/// those last with the card's address and `og:url` only where the site's address is known.
pub fn meta_tags(settings: &Settings, card: &Card) -> String {
    let mut tags = vec![
        ("og:type", "article".to_string()),
        ("og:title", card.title.to_string()),
        ("og:description", card.description.to_string()),
        ("twitter:card", "summary_large_image".to_string()),
    ];
    if let Some(publisher) = &settings.publisher {
        tags.push(("og:site_name", publisher.clone()));
    }
    let mut links = String::new();
    if let (Some(url), Some(image), Some(story), Some(oembed)) = (
        settings.absolute(card.path),
        settings.absolute(card.image),
        settings.absolute(""),
        settings.absolute(OEMBED_FILE),
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
            escape(&story),
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

/// The story page's head: its share tags and its structured data.
pub fn head_tags(settings: &Settings) -> String {
    let card = Card {
        title: HERO.title,
        description: first_sentence(HERO.summary),
        path: "",
        image: CARD_FILE,
        image_alt: &lead_label(),
    };
    meta_tags(settings, &card) + &super::structured::json_ld_script(settings)
}

/// The share card's PNG, drawn with the graphics' renderer `options`.
pub fn card_png(settings: &Settings, options: &resvg::usvg::Options) -> Result<Vec<u8>, String> {
    let svg = card(
        |canvas| Chart::Lead.draw(canvas),
        HERO.kicker,
        HERO.title,
        &settings.publisher_line(),
    );
    super::graphics::png(&svg, options)
}

/// A card's size in pixels: the card's drawing (in CSS pixels) at the PNGs' scale.
pub fn card_pixels() -> (u32, u32) {
    let scale = f64::from(super::graphics::SCALE);
    ((CARD.0 * scale) as u32, (CARD.1 * scale) as u32)
}

/// Every share card, as (path under the site, PNG): the page's and one per story step.
pub fn cards(
    settings: &Settings,
    options: &resvg::usvg::Options,
) -> Result<Vec<(String, Vec<u8>)>, String> {
    let mut out = vec![(CARD_FILE.to_string(), card_png(settings, options)?)];
    for (chapter, step) in all_steps() {
        let file = step_card_file(step.id);
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
    super::graphics::png(&svg, options)
}

/// The card of the step with this id, under the site.
pub fn step_card_file(id: &str) -> String {
    format!("cards/{id}.png")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_site_address_must_be_absolute_and_ends_in_a_slash() {
        let s = Settings::new(Some("https://news.example/ilrs"), Some(" The Paper ")).unwrap();
        assert_eq!(s.site.as_deref(), Some("https://news.example/ilrs/"));
        assert_eq!(s.publisher.as_deref(), Some("The Paper"));
        assert_eq!(
            s.absolute(CARD_FILE).as_deref(),
            Some("https://news.example/ilrs/cards/share.png")
        );
        assert_eq!(Settings::new(None, None).unwrap(), Settings::default());
        assert_eq!(
            Settings::new(Some("  "), Some("")).unwrap(),
            Settings::default()
        );
        for bad in [
            "news.example",
            "ftp://news.example/",
            "https://",
            "https://a.b/?x=1",
            "https://a.b/\"><script>",
        ] {
            let error = Settings::new(Some(bad), None).unwrap_err();
            assert!(error.starts_with(SITE_VARIABLE), "{error}");
        }
    }

    #[test]
    fn the_tags_name_the_card_only_where_the_site_is_known() {
        let without = head_tags(&Settings::default());
        assert!(without.contains("<meta property=\"og:type\" content=\"article\">"));
        assert!(without.contains("<meta name=\"twitter:card\" content=\"summary_large_image\">"));
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
        assert_eq!(first_sentence("One. Two."), "One.");
    }

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
