//! What machines read of the piece: JSON-LD for search engines (a `NewsArticle` for the page,
//! a `Dataset` for its downloads), the oEmbed document that lets a CMS embed it from its link,
//! and the sitemap and robots.txt. Everything here comes from the data and the build settings.

use serde_json::{Value as Json, json};

use super::files::{LOGO, OEMBED, ROBOTS, SHARE_CARD, SITEMAP, record_path, step_path};
use super::graphics::LOGO_PIXELS;
use super::graphics::card_pixels;
use super::settings::Settings;
use crate::data::{HERO, PUBLICATION, SOURCES, paged_records};
use crate::embed::snippets::iframe_snippet;
use crate::export;
use crate::model::Source;
use crate::story::steps::all_steps;
/// How long a consumer may cache the oEmbed document, in seconds: a day.
pub const OEMBED_CACHE_AGE: u32 = 86_400;
/// The frame's size the oEmbed document states: the page's height message resizes it.
pub const OEMBED_SIZE: (u32, u32) = (600, 1600);

/// The organisation behind the piece: the configured publisher, else the piece itself, with its
/// address (the site's origin) and logo where the site's address is known.
pub fn organisation(settings: &Settings) -> Json {
    let mut organisation = json!({
        "@type": "Organization",
        "name": settings.publisher_name(),
    });
    if let (Some(origin), Some(logo)) = (settings.origin(), settings.absolute(LOGO)) {
        organisation["url"] = json!(origin);
        organisation["logo"] = json!({
            "@type": "ImageObject",
            "url": logo,
            "width": LOGO_PIXELS,
            "height": LOGO_PIXELS,
        });
    }
    organisation
}

/// Who wrote the piece: the configured author, a person, else the publisher.
pub fn author(settings: &Settings) -> Json {
    match &settings.author {
        Some(name) => json!({"@type": "Person", "name": name}),
        None => organisation(settings),
    }
}

/// A file's address: absolute where the site's address is known, else relative to the page.
fn address(settings: &Settings, path: &str) -> String {
    settings.absolute(path).unwrap_or_else(|| path.to_string())
}

/// One of the reports as a `NewsArticle`, with what its text states of it.
pub fn source_work(source: &Source) -> Json {
    let mut work = json!({
        "@type": "NewsArticle",
        "headline": source.headline.unwrap_or(source.short),
    });
    if let Some(outlet) = source.outlet {
        work["publisher"] = json!({"@type": "Organization", "name": outlet});
    }
    if let Some(author) = source.author {
        work["author"] = json!({"@type": "Person", "name": author});
    }
    if let Some(published) = source.published {
        work["datePublished"] = json!(published.iso());
    }
    work
}

/// The JSON-LD graph: the article and its dataset.
pub fn json_ld(settings: &Settings) -> Json {
    let description = HERO.description();
    let mut article = json!({
        "@type": "NewsArticle",
        "headline": HERO.title,
        "description": description,
        "image": [address(settings, SHARE_CARD)],
        "datePublished": PUBLICATION.published.iso(),
        "dateModified": PUBLICATION.modified.iso(),
        "author": author(settings),
        "publisher": organisation(settings),
    });
    if let Some(url) = settings.absolute("") {
        article["mainEntityOfPage"] = json!(url);
        article["url"] = json!(url);
    }
    let based_on: Vec<Json> = SOURCES.iter().map(source_work).collect();
    // The data files only: datapackage.json describes them and is no copy of the dataset.
    let distribution: Vec<Json> = export::downloads()
        .into_iter()
        .filter(|(file, _)| file != export::PACKAGE_FILE)
        .map(|(file, _)| {
            let format = if file.ends_with(".json") {
                "application/json"
            } else {
                "text/csv"
            };
            json!({
                "@type": "DataDownload",
                "name": file,
                "contentUrl": address(settings, &file),
                "encodingFormat": format,
            })
        })
        .collect();
    let dataset = json!({
        "@type": "Dataset",
        "name": export::TITLE,
        "description": export::DESCRIPTION,
        "license": PUBLICATION.license,
        "creator": organisation(settings),
        "isBasedOn": based_on,
        "distribution": distribution,
    });
    json!({"@context": "https://schema.org", "@graph": [article, dataset]})
}

/// The JSON-LD as the page's head carries it. `</` is escaped, so no value can close the element.
pub fn json_ld_script(settings: &Settings) -> String {
    let text = json_ld(settings).to_string().replace("</", "<\\/");
    format!("<script type=\"application/ld+json\">{text}</script>")
}

/// The oEmbed 1.0 document (type `rich`: the iframe snippet), where the site's address is known.
/// A static file: it cannot honour a consumer's `maxwidth` or `maxheight`.
pub fn oembed(settings: &Settings) -> Option<String> {
    let site = settings.absolute("")?;
    let document = json!({
        "version": "1.0",
        "type": "rich",
        "title": HERO.title,
        "provider_name": settings.publisher_name(),
        "provider_url": site,
        "html": iframe_snippet(&site, HERO.title),
        "width": OEMBED_SIZE.0,
        "height": OEMBED_SIZE.1,
        "thumbnail_url": address(settings, SHARE_CARD),
        "thumbnail_width": card_pixels().0,
        "thumbnail_height": card_pixels().1,
        "cache_age": OEMBED_CACHE_AGE,
    });
    Some(document.to_string())
}

/// The sitemap: the story page, every step's share page and every record's page, where the
/// site's address is known.
pub fn sitemap(settings: &Settings) -> Option<String> {
    let page = settings.absolute("")?;
    let modified = PUBLICATION.modified.iso();
    let mut urls = vec![page];
    urls.extend(all_steps().filter_map(|(_, step)| settings.absolute(&step_path(step.id))));
    urls.extend(
        paged_records()
            .iter()
            .filter_map(|key| settings.absolute(&record_path(key))),
    );
    let entries: String = urls
        .iter()
        .map(|url| {
            format!(
                "<url><loc>{}</loc><lastmod>{modified}</lastmod></url>\n",
                crate::markup::escape(url)
            )
        })
        .collect();
    Some(format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n{entries}</urlset>\n"
    ))
}

/// robots.txt: everything may be crawled; the sitemap named where it exists.
pub fn robots(settings: &Settings) -> String {
    let mut out = String::from("User-agent: *\nAllow: /\n");
    if let Some(sitemap) = settings.absolute(SITEMAP) {
        out.push_str(&format!("\nSitemap: {sitemap}\n"));
    }
    out
}

/// The files above, as (path under the site, contents); the oEmbed document and the sitemap
/// only where the site's address is known.
pub fn files(settings: &Settings) -> Vec<(String, String)> {
    let mut out = vec![(ROBOTS.to_string(), robots(settings))];
    if let Some(oembed) = oembed(settings) {
        out.push((OEMBED.to_string(), oembed));
    }
    if let Some(sitemap) = sitemap(settings) {
        out.push((SITEMAP.to_string(), sitemap));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::site::settings::PIECE;
    use crate::story::steps::step_count;

    fn site() -> Settings {
        Settings::new(Some("https://news.example/ilrs/"), Some("The Paper")).unwrap()
    }

    #[test]
    fn the_json_ld_holds_the_article_and_the_dataset() {
        let script = json_ld_script(&site());
        let inner = script
            .strip_prefix("<script type=\"application/ld+json\">")
            .and_then(|s| s.strip_suffix("</script>"))
            .unwrap();
        assert!(!inner.contains("</"));
        let parsed: Json = serde_json::from_str(inner).unwrap();
        assert_eq!(parsed["@context"], "https://schema.org");
        let article = &parsed["@graph"][0];
        assert_eq!(article["@type"], "NewsArticle");
        assert_eq!(article["headline"], HERO.title);
        assert_eq!(
            article["image"][0],
            "https://news.example/ilrs/cards/share.png"
        );
        assert_eq!(article["datePublished"], PUBLICATION.published.iso());
        assert_eq!(article["dateModified"], PUBLICATION.modified.iso());
        assert_eq!(article["publisher"]["name"], "The Paper");
        assert_eq!(article["publisher"]["url"], "https://news.example/");
        assert_eq!(
            article["publisher"]["logo"]["url"],
            "https://news.example/ilrs/logo.png"
        );
        // No author configured: the publisher wrote it; one configured: that person.
        assert_eq!(article["author"]["@type"], "Organization");
        assert_eq!(article["author"]["name"], "The Paper");
        let mut signed = site();
        signed.author = Some("Ada Lovelace".into());
        let by = &json_ld(&signed)["@graph"][0]["author"];
        assert_eq!(by, &json!({"@type": "Person", "name": "Ada Lovelace"}));
        assert_eq!(article["mainEntityOfPage"], "https://news.example/ilrs/");
        let dataset = &parsed["@graph"][1];
        assert_eq!(dataset["@type"], "Dataset");
        assert!(dataset["license"].as_str().unwrap().starts_with("https://"));
        assert_eq!(dataset["creator"]["name"], "The Paper");
        assert_eq!(
            dataset["isBasedOn"].as_array().unwrap().len(),
            SOURCES.len()
        );
        let files: Vec<&str> = dataset["distribution"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["contentUrl"].as_str().unwrap())
            .collect();
        let expected: Vec<String> = export::files()
            .into_iter()
            .filter(|(name, _)| name != export::PACKAGE_FILE)
            .map(|(name, _)| format!("https://news.example/ilrs/{name}"))
            .collect();
        assert_eq!(files, expected);
        for download in dataset["distribution"].as_array().unwrap() {
            let format = download["encodingFormat"].as_str().unwrap();
            assert!(format == "application/json" || format == "text/csv");
        }
        // Without the site's address the files are named relative to the page.
        let relative = json_ld(&Settings::default());
        assert_eq!(
            relative["@graph"][1]["distribution"][0]["contentUrl"],
            "data.json"
        );
        assert_eq!(relative["@graph"][0]["publisher"]["name"], PIECE);
    }

    #[test]
    fn the_oembed_document_is_a_rich_one_with_the_frame() {
        assert_eq!(oembed(&Settings::default()), None);
        let parsed: Json = serde_json::from_str(&oembed(&site()).unwrap()).unwrap();
        assert_eq!(parsed["version"], "1.0");
        assert_eq!(parsed["type"], "rich");
        assert_eq!(parsed["provider_name"], "The Paper");
        assert_eq!(parsed["width"], 600);
        assert_eq!(parsed["height"], 1600);
        assert_eq!(parsed["cache_age"], OEMBED_CACHE_AGE);
        // Whole numbers, as the spec's consumers parse them.
        assert_eq!(parsed["thumbnail_width"], 1200);
        assert_eq!(parsed["thumbnail_height"], 630);
        assert_eq!(
            parsed["thumbnail_url"],
            "https://news.example/ilrs/cards/share.png"
        );
        let html = parsed["html"].as_str().unwrap();
        assert!(html.starts_with("<iframe src=\"https://news.example/ilrs/?embed\""));
    }

    #[test]
    fn the_sitemap_lists_the_page_every_step_page_and_every_record_page() {
        assert_eq!(sitemap(&Settings::default()), None);
        let map = sitemap(&site()).unwrap();
        assert_eq!(
            map.matches("<loc>").count(),
            1 + step_count() + paged_records().len()
        );
        assert!(map.contains("<loc>https://news.example/ilrs/record/cell-crew-artemis/</loc>"));
        assert!(map.contains("<loc>https://news.example/ilrs/</loc>"));
        assert!(map.contains("<loc>https://news.example/ilrs/step/story-signing/</loc>"));
        assert!(robots(&site()).ends_with("Sitemap: https://news.example/ilrs/sitemap.xml\n"));
        assert!(!robots(&Settings::default()).contains("Sitemap"));
        let names: Vec<String> = files(&site()).into_iter().map(|(n, _)| n).collect();
        assert_eq!(names, ["robots.txt", "oembed.json", "sitemap.xml"]);
    }
}
