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
pub const FAINT: Colour = Colour::page("--ilrs-faint", "#6a707a");
pub const ILRS: Colour = Colour::page("--ilrs-ilrs", "#b3261e");
pub const ARTEMIS: Colour = Colour::page("--ilrs-artemis", "#1f5fa8");
/// The timeline's lanes, lighter than the muted text on paper.
pub const LANE: Colour = Colour::mixed("#8a8f99");
/// The timeline's zoomed years: the text colour at a few percent over the background.
pub const ZOOM: Colour = Colour::mixed("#efece6");
/// The Moon: the muted colour mixed into the background.
pub const MOON: Colour = Colour::mixed("#c9c5bc");

/// `colour` (`#rrggbb`) at `share` (0 to 1) over the background, as the page's
/// `color-mix(in srgb, colour share, var(--ilrs-bg))` mixes it: for the downloads, whose renderer
/// does not read `color-mix()`.
pub fn tint(colour: &Colour, share: f64) -> String {
    let channel =
        |hex: &str, at: usize| f64::from(u8::from_str_radix(&hex[at..at + 2], 16).unwrap_or(0));
    let mut out = String::from("#");
    for at in [1, 3, 5] {
        let mixed = channel(colour.hex, at) * share + channel(BG.hex, at) * (1.0 - share);
        out.push_str(&format!("{:02x}", mixed.round() as u8));
    }
    out
}

/// Every colour the page also names as a custom property.
pub const NAMED: [&Colour; 6] = [&BG, &TEXT, &MUTED, &FAINT, &ILRS, &ARTEMIS];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tint_mixes_a_colour_into_the_background() {
        assert_eq!(tint(&MUTED, 1.0), MUTED.hex);
        assert_eq!(tint(&ILRS, 0.0), BG.hex);
        // Halfway from #fbfaf7 to #1d1f24.
        assert_eq!(tint(&TEXT, 0.5), "#8c8d8e");
    }

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
