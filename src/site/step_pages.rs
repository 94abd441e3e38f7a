//! A share page per story step, `step/{id}/index.html`: what a link to a step unfurls as (the
//! step's title, text and card) and, for a reader, the story opened at that step. Without
//! JavaScript it reads on its own: the step's text and drawing, its sources and a link to the
//! whole story. With it, `step.js` replaces the page with the story at the step at once.

use leptos::prelude::*;

use super::files::{STEP_SCRIPT, step_card, step_page as step_page_file, step_path};
use super::render::render_view;
use super::settings::Settings;
use super::share::{Card, meta_tags};
use crate::data::{HERO, source};
use crate::embed::contract::ROOT_ID;
use crate::graphics::{Chart, Figure, render, state_label};
use crate::markup::escape;
use crate::model::{Chapter, Step};
use crate::story::steps::{all_steps, step_count};

/// The script every step page runs first: the story at the page's step, in place of the page in
/// the reader's history. A file of its own, so the page's Content-Security-Policy needs no hash.
pub const STEP_SCRIPT_SOURCE: &str = "\
// A step's share page: opens the story at the step (data-ilrs-story), in place of this page.
(function (story) {
  if (story) location.replace(new URL(story, location.href).href);
})(document.documentElement.getAttribute(\"data-ilrs-story\"));
";

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
    chapter: &'static Chapter,
    step: &'static Step,
    number: usize,
) -> String {
    let card_file = step_card(step.id);
    let alt = state_label(step.shows);
    let tags = meta_tags(
        settings,
        &Card {
            title: step.title,
            description: step.text,
            path: &step_path(step.id),
            canonical: "",
            image: &card_file,
            image_alt: &alt,
        },
    );
    let story = format!("{UP}#{}", step.id);
    let body = render_view(|| view! { <StepBody chapter step number story=story.clone() /> });
    format!(
        "<!doctype html>\n<html lang=\"en\" data-ilrs-story=\"{story}\">\n<head>\
         <meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <meta name=\"color-scheme\" content=\"light dark\">\
         <script src=\"{UP}{STEP_SCRIPT}\"></script>\
         <title>{title} · {piece}</title>\
         <meta name=\"description\" content=\"{description}\">{tags}{icon}\
         <link rel=\"stylesheet\" href=\"{UP}{css}\">\
         </head>\n<body>\n{body}\n</body>\n</html>\n",
        title = escape(step.title),
        piece = escape(HERO.title),
        description = escape(step.text),
    )
}

/// A step page's body: where the step stands in the story, its text, its drawing with its source
/// line, the reports it rests on and the way into the whole story.
#[component]
fn StepBody(
    chapter: &'static Chapter,
    step: &'static Step,
    /// Its place in reading order, from 1.
    number: usize,
    /// The story at this step, relative to the page.
    story: String,
) -> impl IntoView {
    let sources: Vec<&str> = step
        .sources
        .iter()
        .filter_map(|id| source(id))
        .map(|s| s.short)
        .collect();
    let position = format!("{}: step {number} of {}", chapter.title, step_count());
    view! {
        <div id=ROOT_ID>
            <div class="ilrs">
                <main class="ilrs-hero">
                    <p class="ilrs-kicker">{position}</p>
                    <h1 class="ilrs-title">{step.title}</h1>
                    <p class="ilrs-summary">{step.text}</p>
                    <Figure
                        chart=Chart::Story(step.shows)
                        class="ilrs-lead-graphic"
                        drawing=render(step.shows)
                        downloads=false
                    />
                    <p class="ilrs-provenance">{format!("The step rests on: {}.", sources.join("; "))}</p>
                    <p class="ilrs-provenance">
                        <a href=story>"Read the whole story from this step"</a>
                        {format!(": {}.", HERO.title)}
                    </p>
                </main>
            </div>
        </div>
    }
}

/// Every step page, as (path under the site, contents), and the script they share.
pub fn files(settings: &Settings, css: &str, icon: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = all_steps()
        .enumerate()
        .map(|(i, (chapter, step))| {
            (
                step_page_file(step.id),
                step_page(settings, css, icon, chapter, step, i + 1),
            )
        })
        .collect();
    out.push((STEP_SCRIPT.to_string(), STEP_SCRIPT_SOURCE.to_string()));
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
        assert_eq!(files.last().unwrap().0, STEP_SCRIPT);
    }
}
