//! A share page per story step, `step/{id}/index.html`: what a link to a step unfurls as (the
//! step's title, text and card) and, for a reader, the story opened at that step. Without
//! JavaScript it reads on its own: the step's text and drawing, its sources and a link to the
//! whole story. With it, `step.js` replaces the page with the story at the step at once.

use super::share::{Card, Settings, meta_tags, step_card_file};
use crate::data::{HERO, source};
use crate::markup::escape;
use crate::model::{Chapter, Step};
use crate::story::draw::{Chart, render, state_label};
use crate::story::steps::{all_steps, step_count, step_path};

/// The script every step page runs first: the story at the page's step, in place of the page in
/// the reader's history. A file of its own, so the page's Content-Security-Policy needs no hash.
pub const STEP_SCRIPT: &str = "\
// A step's share page: opens the story at the step (data-ilrs-story), in place of this page.
(function (story) {
  if (story) location.replace(new URL(story, location.href).href);
})(document.documentElement.getAttribute(\"data-ilrs-story\"));
";
/// Where [`STEP_SCRIPT`] sits, under the site.
pub const STEP_SCRIPT_FILE: &str = "step.js";

/// How a step page names the site's root: two folders up.
const UP: &str = "../../";

/// The story page's icon link, for the step pages to share (the icon is inline: a page without
/// one makes the browser ask for `/favicon.ico`).
pub fn icon_link(page: &str) -> &str {
    page.match_indices("<link ")
        .filter_map(|(at, _)| Some(&page[at..=at + page[at..].find('>')?]))
        .find(|tag| tag.contains(" rel=icon") || tag.contains(" rel=\"icon\""))
        .unwrap_or("")
}

/// The share page of `step`, the `number`th of the story's steps, in `chapter`; `css` is the
/// built stylesheet's name under the site, `icon` the story page's icon link.
pub fn step_page(
    settings: &Settings,
    css: &str,
    icon: &str,
    chapter: &Chapter,
    step: &Step,
    number: usize,
) -> String {
    let kind = step.shows.kind();
    let card_file = step_card_file(step.id);
    let alt = state_label(step.shows);
    let tags = meta_tags(
        settings,
        &Card {
            title: step.title,
            description: step.text,
            path: &step_path(step.id),
            image: &card_file,
            image_alt: &alt,
        },
    );
    let story = format!("{UP}#{}", step.id);
    let sources: Vec<&str> = step
        .sources
        .iter()
        .filter_map(|id| source(id))
        .map(|s| s.short)
        .collect();
    let chart = Chart::Story(kind);
    format!(
        "<!doctype html>\n<html lang=\"en\" data-ilrs-story=\"{story}\">\n<head>\
         <meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <meta name=\"color-scheme\" content=\"light dark\">\
         <script src=\"{UP}{STEP_SCRIPT_FILE}\"></script>\
         <title>{title} · {piece}</title>\
         <meta name=\"description\" content=\"{description}\">{tags}{icon}\
         <link rel=\"stylesheet\" href=\"{UP}{css}\">\
         </head>\n<body>\n<div id=\"ilrs-explainer\"><div class=\"ilrs\"><main class=\"ilrs-hero\">\
         <p class=\"ilrs-kicker\">{chapter_title}: step {number} of {count}</p>\
         <h1 class=\"ilrs-title\">{title}</h1>\
         <p class=\"ilrs-summary\">{text}</p>\
         <figure class=\"ilrs-lead-graphic\">\
         <figcaption class=\"ilrs-chart-title\">{chart_title}</figcaption>\
         <div class=\"ilrs-graphic\">{drawing}</div>\
         <p class=\"ilrs-chart-foot\">{source_line}</p></figure>\
         <p class=\"ilrs-byline\">The step rests on: {sources}.</p>\
         <p class=\"ilrs-byline\"><a href=\"{story}\">Read the whole story from this step</a>: \
         {piece}.</p>\
         </main></div></div>\n</body>\n</html>\n",
        title = escape(step.title),
        piece = escape(HERO.title),
        description = escape(step.text),
        chapter_title = escape(chapter.title),
        count = step_count(),
        text = escape(step.text),
        chart_title = escape(chart.title()),
        drawing = render(step.shows),
        source_line = escape(&chart.source_line()),
        sources = escape(&sources.join("; ")),
    )
}

/// Every step page, as (path under the site, contents), and the script they share.
pub fn files(settings: &Settings, css: &str, icon: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = all_steps()
        .enumerate()
        .map(|(i, (chapter, step))| {
            (
                format!("{}index.html", step_path(step.id)),
                step_page(settings, css, icon, chapter, step, i + 1),
            )
        })
        .collect();
    out.push((STEP_SCRIPT_FILE.to_string(), STEP_SCRIPT.to_string()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_step_page_carries_its_step_and_leads_to_the_story() {
        let settings = Settings::new(Some("https://news.example/ilrs/"), None).unwrap();
        let icon = "<link rel=icon href=\"data:image/svg+xml,x\">";
        assert_eq!(
            icon_link(&format!("<head><link rel=x>{icon}<meta></head>")),
            icon
        );
        let minified = "<link href=\"data:,\" rel=icon>";
        assert_eq!(icon_link(&format!("<link href=a.css>{minified}")), minified);
        let files = files(&settings, "explainer-1.css", icon);
        assert_eq!(files.len(), step_count() + 1);
        let (path, page) = &files[0];
        let (chapter, step) = all_steps().next().unwrap();
        assert_eq!(path, &format!("step/{}/index.html", step.id));
        assert!(page.contains(&format!("data-ilrs-story=\"../../#{}\"", step.id)));
        assert!(page.contains(&format!(
            "<h1 class=\"ilrs-title\">{}</h1>",
            escape(step.title)
        )));
        assert!(page.contains(&escape(step.text)));
        assert!(page.contains(&escape(chapter.title)));
        assert!(page.contains(&format!("<a href=\"../../#{}\">", step.id)));
        assert!(page.contains("<link rel=\"stylesheet\" href=\"../../explainer-1.css\">"));
        assert!(page.contains(&format!(
            "<meta property=\"og:url\" content=\"https://news.example/ilrs/step/{}/\">",
            step.id
        )));
        assert!(page.contains(&format!(
            "<meta property=\"og:image\" content=\"https://news.example/ilrs/cards/{}.png\">",
            step.id
        )));
        assert!(page.contains("<link rel=\"canonical\" href=\"https://news.example/ilrs/\">"));
        assert!(page.contains("<svg"), "the step's drawing");
        assert!(page.contains(icon));
        assert!(!page.contains("<script>"), "no inline script: {page}");
        assert_eq!(files.last().unwrap().0, STEP_SCRIPT_FILE);
    }
}
