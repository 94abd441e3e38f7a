//! A page of its own one folder under the site's root, in the story's name and style: the
//! corrections log's (`corrections_page`) and the graphics' tables (`tables_page`). Here, what
//! they share: the share tags, the head, and the frame around their content.

use leptos::prelude::*;

use super::files::SHARE_CARD;
use super::render::render_view;
use super::settings::Settings;
use super::share::{Card, meta_tags};
use crate::data::HERO;
use crate::embed::contract::ROOT_ID;
use crate::markup::escape;

/// How such a page names the site's root: one folder up.
pub const UP: &str = "../";

/// What sets one such page apart.
pub struct FolderPage<'a> {
    /// Its folder under the site (`corrections/`), which is its address.
    pub path: &'static str,
    pub title: &'static str,
    /// For its `<meta name="description">` and share tags.
    pub description: &'a str,
    /// More of its head, after the share tags and the icon, before the stylesheet.
    pub head: &'a str,
}

/// The page: `content` under its title, with `css` the built stylesheet's name and `icon` the
/// story page's icon link.
pub fn folder_page<V: RenderHtml>(
    settings: &Settings,
    css: &str,
    icon: &str,
    page: &FolderPage,
    content: impl FnOnce() -> V,
) -> String {
    let tags = meta_tags(
        settings,
        &Card {
            title: page.title,
            description: page.description,
            path: page.path,
            canonical: page.path,
            image: SHARE_CARD,
            image_alt: HERO.title,
        },
    );
    let title = page.title;
    let body = render_view(|| {
        view! {
            <div id=ROOT_ID>
                <div class="ilrs ilrs-record-page">
                    <main class="ilrs-hero">
                        <p class="ilrs-kicker"><a href=UP>{HERO.title}</a></p>
                        <h1 class="ilrs-title">{title}</h1>
                        {content()}
                    </main>
                </div>
            </div>
        }
    });
    format!(
        "<!doctype html>\n<html lang=\"en\">\n<head>\
         <meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <meta name=\"color-scheme\" content=\"light dark\">\
         <title>{title} · {piece}</title>\
         <meta name=\"description\" content=\"{description}\">{tags}{icon}{head}\
         <link rel=\"stylesheet\" href=\"{UP}{css}\">\
         </head>\n<body>\n{body}\n</body>\n</html>\n",
        piece = escape(HERO.title),
        description = escape(page.description),
        head = page.head,
    )
}
