//! The graphics' downloads: for each graphic, a standalone SVG and a PNG drawn from it by resvg
//! at twice its size, with DejaVu Sans from the `dejavu` crate, so no system font is needed and
//! every build draws the same pixels.

use resvg::{tiny_skia, usvg};

use super::files;
use crate::graphics::measure::{FONT_FAMILY, font_files};
use crate::graphics::standalone::{self, CARD};
use crate::graphics::{Chart, Width};
use crate::model::{GraphicKind, Vocabulary};
use crate::story::steps::graphic_state;

/// The PNGs' scale: twice the drawing's units, sharp on high-density screens.
pub const SCALE: f32 = 2.0;

/// The graphics offered for download: the lead, and each of the story's in the state it shows
/// before the reader scrolls.
pub fn charts() -> Vec<Chart> {
    std::iter::once(Chart::Lead)
        .chain(
            GraphicKind::ALL
                .iter()
                .map(|kind| Chart::Story(graphic_state(*kind, None))),
        )
        .collect()
}

/// The publisher's logo in the JSON-LD: the page's icon (a moon, as `index.html` draws it inline),
/// at `LOGO_PIXELS` square.
pub const LOGO_SVG: &str = "<svg xmlns='http://www.w3.org/2000/svg' width='56' height='56' viewBox='0 0 32 32'>\
<circle cx='16' cy='16' r='14' fill='#d8d4ca'/><circle cx='11' cy='12' r='3' fill='#b9b4a8'/>\
<circle cx='20' cy='20' r='4' fill='#b9b4a8'/><circle cx='21' cy='9' r='2' fill='#b9b4a8'/></svg>";
/// The logo's size in pixels (56 at the PNGs' scale).
pub const LOGO_PIXELS: u32 = 112;

/// Every download file, as (path under the site, contents), drawn with `options`, and the logo.
pub fn files(options: &usvg::Options) -> Result<Vec<(String, Vec<u8>)>, String> {
    let mut out = vec![(
        files::LOGO.to_string(),
        png(LOGO_SVG, options).map_err(|e| format!("{}: {e}", files::LOGO))?,
    )];
    for chart in charts() {
        let svg = standalone::svg(chart, Width::Wide);
        let png_file = files::graphic(chart, "png");
        let png = png(&svg, options).map_err(|e| format!("{png_file}: {e}"))?;
        out.push((files::graphic(chart, "svg"), svg.into_bytes()));
        out.push((png_file, png));
    }
    Ok(out)
}

/// A card's size in pixels: the card's drawing (in CSS pixels) at the PNGs' scale.
pub fn card_pixels() -> (u32, u32) {
    let scale = f64::from(SCALE);
    ((CARD.0 * scale) as u32, (CARD.1 * scale) as u32)
}

/// The renderer's options: the shipped fonts only, loaded once for every file.
pub fn options() -> usvg::Options<'static> {
    let mut options = usvg::Options {
        font_family: FONT_FAMILY.to_string(),
        ..usvg::Options::default()
    };
    let fonts = options.fontdb_mut();
    for data in font_files() {
        fonts.load_font_data(data.to_vec());
    }
    options
}

/// Renders a standalone SVG to PNG.
pub fn png(svg: &str, options: &usvg::Options) -> Result<Vec<u8>, String> {
    let tree = usvg::Tree::from_str(svg, options).map_err(|e| e.to_string())?;
    let size = tree.size();
    let (w, h) = (
        (size.width() * SCALE).ceil() as u32,
        (size.height() * SCALE).ceil() as u32,
    );
    let mut pixmap = tiny_skia::Pixmap::new(w, h).ok_or("the drawing has no size")?;
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(SCALE, SCALE),
        &mut pixmap.as_mut(),
    );
    pixmap.encode_png().map_err(|e| e.to_string())
}

/// How many distinct colours a picture holds: a blank or flat one has very few.
#[cfg(test)]
pub(crate) fn distinct_colours(pixmap: &tiny_skia::Pixmap) -> usize {
    let mut colours: Vec<u32> = pixmap
        .pixels()
        .iter()
        .map(|p| u32::from_be_bytes([p.red(), p.green(), p.blue(), p.alpha()]))
        .collect();
    colours.sort_unstable();
    colours.dedup();
    colours.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_graphic_has_an_svg_and_a_png_with_ink_on_it() {
        let mut files = files(&options()).unwrap();
        assert_eq!(files.len(), 1 + 2 * charts().len());
        // The logo first, square.
        let (logo, bytes) = files.remove(0);
        assert_eq!(logo, files::LOGO);
        let pixmap = tiny_skia::Pixmap::decode_png(&bytes).unwrap();
        assert_eq!(
            (pixmap.width(), pixmap.height()),
            (LOGO_PIXELS, LOGO_PIXELS)
        );
        assert!(distinct_colours(&pixmap) > 2);
        for (name, bytes) in &files {
            if name.ends_with(".png") {
                assert_eq!(&bytes[1..4], b"PNG", "{name}");
                let pixmap = tiny_skia::Pixmap::decode_png(bytes).unwrap();
                assert_eq!(pixmap.width(), 1280, "{name}");
                // Not blank: the text and the shapes give it many distinct colours.
                let colours = distinct_colours(&pixmap);
                assert!(colours > 20, "{name} has {colours} colours");
            }
        }
    }

    #[test]
    fn the_png_draws_its_text_with_the_shipped_font() {
        // Text in a named family the font database lacks still draws, from the default family.
        let options = options();
        let with_text = png("<svg xmlns='http://www.w3.org/2000/svg' width='60' height='20'><text x='2' y='15' font-size='14'>Moon</text></svg>", &options).unwrap();
        let without = png(
            "<svg xmlns='http://www.w3.org/2000/svg' width='60' height='20'></svg>",
            &options,
        )
        .unwrap();
        let ink = |bytes: &[u8]| {
            tiny_skia::Pixmap::decode_png(bytes)
                .unwrap()
                .pixels()
                .iter()
                .filter(|p| p.alpha() > 0)
                .count()
        };
        assert!(ink(&with_text) > 50);
        assert_eq!(ink(&without), 0);
    }
}
