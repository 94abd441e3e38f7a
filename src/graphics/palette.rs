//! The light theme's colours, as the downloads and the share cards write them in. The page takes
//! the same colours from its custom properties (`style/base.css`), so that dark mode and a host's
//! overrides apply there; a test holds the two to the same values, so a colour changes in both
//! or the tests fail.

/// A custom property of the page and its light value.
pub struct Colour {
    /// The page's custom property (`--ilrs-…`), `None` for a tint the page mixes with
    /// `color-mix()`, which the PNG renderer does not read.
    pub property: Option<&'static str>,
    pub hex: &'static str,
}

impl Colour {
    /// A colour the page names as a custom property.
    const fn page(property: &'static str, hex: &'static str) -> Colour {
        Colour {
            property: Some(property),
            hex,
        }
    }

    /// A tint the page mixes from its colours.
    const fn mixed(hex: &'static str) -> Colour {
        Colour {
            property: None,
            hex,
        }
    }
}

pub const BG: Colour = Colour::page("--ilrs-bg", "#fbfaf7");
pub const TEXT: Colour = Colour::page("--ilrs-text", "#1d1f24");
pub const MUTED: Colour = Colour::page("--ilrs-muted", "#4f5560");
pub const ILRS: Colour = Colour::page("--ilrs-ilrs", "#b3261e");
pub const ARTEMIS: Colour = Colour::page("--ilrs-artemis", "#1f5fa8");
/// The timeline's lanes, lighter than the muted text on paper.
pub const LANE: Colour = Colour::mixed("#8a8f99");
/// The timeline's zoomed years: the text colour at a few percent over the background.
pub const ZOOM: Colour = Colour::mixed("#efece6");
/// The Moon: the muted colour mixed into the background.
pub const MOON: Colour = Colour::mixed("#c9c5bc");

/// Every colour the page also names as a custom property.
pub const NAMED: [&Colour; 5] = [&BG, &TEXT, &MUTED, &ILRS, &ARTEMIS];

#[cfg(test)]
mod tests {
    use super::*;

    /// The light block of the page's custom properties: the first `.ilrs { … }` rule.
    fn light_properties() -> String {
        let css = include_str!("../../style/base.css");
        let start = css
            .find(".ilrs {")
            .expect("base.css opens with the .ilrs rule");
        let end = start + css[start..].find('}').unwrap();
        css[start..end].to_string()
    }

    #[test]
    fn the_downloads_colours_are_the_pages_light_colours() {
        let block = light_properties();
        for colour in NAMED {
            let property = colour.property.unwrap();
            let declaration = format!("{property}: {};", colour.hex);
            assert!(
                block.contains(&declaration),
                "style/base.css should declare {declaration}"
            );
        }
    }
}
