//! Renders the app to HTML and writes it into the page template Trunk produced.

use leptos::prelude::*;

use crate::data::HERO;
use crate::embed::EmbedPage;
use crate::embed::contract::ROOT_ID;
use crate::markup::escape;
use crate::page::Page;

/// Where the template wants the app: the empty root element. Elements rather than comments,
/// because Trunk's release minifier drops comments (and the quotes around plain attributes).
pub const APP_MARKERS: [&str; 2] = [
    "<div id=\"ilrs-explainer\"></div>",
    "<div id=ilrs-explainer></div>",
];
/// Where the head's first script wants the built wasm's address (`index.html`).
pub const WASM_MARKER: &str = "@ILRS_WASM_URL@";

/// The template with the wasm's address, relative to the page, in place of [`WASM_MARKER`].
pub fn with_wasm_address(template: &str, wasm: &str) -> String {
    let name: String = wasm
        .chars()
        .filter(|c| !matches!(c, '"' | '\\' | '<'))
        .collect();
    template.replace(WASM_MARKER, &format!("./{name}"))
}

/// Where the template wants the page's title and description.
pub const HEAD_MARKERS: [&str; 2] = ["<meta name=\"ilrs-head\">", "<meta name=ilrs-head>"];

/// The whole explainer as HTML, its islands marked (`<leptos-island>`) for the wasm to start:
/// the page's body and the script embed's fragment alike.
pub fn render_app() -> String {
    render_view(|| view! { <Page /> })
}

/// The embed page's body: the snippets and their settings, with the snippets' islands; `site`
/// is the configured address the snippets show until their islands run.
pub fn render_embed_page(site: Option<&str>) -> String {
    let site = site.map(str::to_string);
    render_view(|| view! { <EmbedPage site=site /> })
}

/// A view as HTML, under the shared context the islands' markup needs, without the markers
/// left for hydration.
pub fn render_view<V: RenderHtml>(view: impl FnOnce() -> V) -> String {
    let context = hydration_context::SsrSharedContext::new();
    let owner = Owner::new_root(Some(std::sync::Arc::new(context)));
    without_markers(&owner.with(|| view().to_html()))
}

/// Leptos marks dynamic text and optional parts with `<!>` comments, for hydration to find
/// them. Nothing is hydrated (the islands start on their elements), so none is ever read, and
/// all go. (A literal `<` in text is always escaped, so `<!>` is never text.)
pub fn without_markers(html: &str) -> String {
    html.replace("<!>", "")
}

/// The embed page's title and description.
pub fn embed_page_head() -> (String, String) {
    (
        format!("Embed this: {}", HERO.title),
        format!(
            "The code to put the explainer \"{}\" in an article page: as a frame, as a script embed, or on an AMP page.",
            HERO.title
        ),
    )
}

/// Why a template could not be filled.
#[derive(Debug, PartialEq, Eq)]
pub struct TemplateError(pub String);

/// Fills the template's markers: the head with `title`, `description` and `head_tags` (the
/// share tags), the root element with the prerendered app.
pub fn fill_template(
    template: &str,
    title: &str,
    description: &str,
    head_tags: &str,
    app_html: &str,
) -> Result<String, TemplateError> {
    let find = |markers: [&'static str; 2], what: &str| {
        let found: Vec<&str> = markers
            .into_iter()
            .filter(|m| template.contains(m))
            .collect();
        match found.as_slice() {
            [marker] if template.matches(*marker).count() == 1 => Ok(*marker),
            _ => Err(TemplateError(format!(
                "index.html must hold {} exactly once ({what})",
                markers[0]
            ))),
        }
    };
    let head_marker = find(HEAD_MARKERS, "where the title and description go")?;
    let app_marker = find(APP_MARKERS, "the empty element the app is rendered into")?;
    let head = format!(
        "<title>{}</title><meta name=\"description\" content=\"{}\">{head_tags}",
        escape(title),
        escape(description)
    );
    let app = format!("<div id=\"{ROOT_ID}\">{app_html}</div>");
    Ok(template
        .replace(head_marker, &head)
        .replace(app_marker, &app))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_head_learns_the_wasms_address() {
        let template = include_str!("../../index.html");
        assert_eq!(template.matches(WASM_MARKER).count(), 1);
        let page = with_wasm_address(template, "ilrs-explainer-1_bg.wasm");
        assert!(page.contains("(\"./ilrs-explainer-1_bg.wasm\",navigator.userAgent)"));
        assert!(!page.contains(WASM_MARKER));
    }
    use crate::data::SOURCES;
    use crate::model::Vocabulary;

    /// Text as it appears in a text node: only `&`, `<` and `>` need escaping there.
    fn as_text_node(text: &str) -> String {
        text.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    }

    #[test]
    fn the_prerendered_app_holds_the_hero_and_every_source() {
        let html = render_app();
        assert!(
            html.contains(&as_text_node(HERO.title)),
            "hero title missing"
        );
        for source in SOURCES {
            assert!(html.contains(&format!("data-source=\"{}\"", source.id)));
            assert!(
                html.contains(&as_text_node(source.note)),
                "{} note missing",
                source.id
            );
        }
        assert!(html.contains("9 March 2021") || html.contains("10 March 2021"));
    }

    /// A file name is the shared folder's, not the reader's: a source without a headline is
    /// named by its short name alone, never by its file, not even in a tooltip.
    #[test]
    fn the_prerendered_page_never_names_a_sources_file() {
        let html = render_app();
        for source in SOURCES {
            assert!(
                !html.contains(source.file),
                "{} shows {}",
                source.id,
                source.file
            );
            if let Some(headline) = source.headline {
                let tooltip = format!("title=\"{}\"", crate::markup::escape(headline));
                assert!(html.contains(&tooltip), "{} lacks its headline", source.id);
            }
        }
    }

    /// The log promises that what it touches carries a line linking to it: every entry is
    /// linked from somewhere on the page outside the log's note (a record, a step's sources, a
    /// source, the hero), to its place on the log's page, not only listed.
    #[test]
    fn every_correction_is_linked_from_what_it_touches() {
        let html = render_app();
        let log_starts = html.find("<section id=\"corrections\"").expect("the log");
        let log_ends = log_starts + html[log_starts..].find("</section>").expect("its end");
        let outside = format!("{}{}", &html[..log_starts], &html[log_ends..]);
        for correction in crate::data::shown_corrections() {
            let link = format!("href=\"corrections/#correction-{}\"", correction.number);
            assert!(
                outside.contains(&link),
                "nothing on the page links to {link}"
            );
        }
    }

    #[test]
    fn the_prerendered_page_shows_every_record() {
        use crate::data::{
            ACTORS, CELLS, COALITIONS, DIMENSIONS, DISCREPANCIES, EVENTS, FIGURES, MEMBERSHIPS,
            QUOTATIONS,
        };
        let html = render_app();
        let count = |needle: &str| html.matches(needle).count();
        for event in EVENTS {
            assert_eq!(
                count(&format!("data-record=\"{}\"", event.id)),
                1,
                "{}",
                event.id
            );
            assert!(html.contains(&as_text_node(event.title)), "{}", event.id);
        }
        for quotation in QUOTATIONS {
            assert_eq!(count(&format!("data-record=\"{}\"", quotation.id)), 1);
            assert!(
                html.contains(&as_text_node(&quotation.fragments.join(" … "))),
                "{}",
                quotation.id
            );
        }
        for actor in ACTORS {
            assert_eq!(
                count(&format!("data-actor=\"{}\"", actor.id)),
                1,
                "{}",
                actor.id
            );
        }
        for coalition in COALITIONS {
            assert_eq!(count(&format!("data-coalition=\"{}\"", coalition.id)), 1);
        }
        for figure in FIGURES {
            assert_eq!(count(&format!("data-figure=\"{}\"", figure.id)), 1);
        }
        for dimension in DIMENSIONS {
            assert_eq!(count(&format!("data-dimension=\"{}\"", dimension.id)), 1);
        }
        for discrepancy in DISCREPANCIES {
            assert_eq!(
                count(&format!("data-discrepancy=\"{}\"", discrepancy.id)),
                1
            );
            for account in discrepancy.accounts {
                assert!(html.contains(&as_text_node(account.says)));
            }
        }
        assert_eq!(count("<li data-status=\""), MEMBERSHIPS.len());
        assert_eq!(count("<td id=\"cell-"), CELLS.len());
        for cell in CELLS {
            let hook = format!("data-cell=\"{}/{}\"", cell.dimension, cell.side.as_str());
            assert_eq!(count(&hook), 1, "{hook}");
        }
    }

    #[test]
    fn only_quotations_are_marked_up_as_quotations() {
        let html = render_app();
        assert_eq!(
            html.matches("<blockquote cite=\"#source-").count(),
            crate::data::QUOTATIONS.len()
        );
        // The passages stay on the records' pages, fetched when a disclosure opens.
        assert!(!html.contains("data-evidence"));
        assert_eq!(
            html.matches("<blockquote").count(),
            crate::data::QUOTATIONS.len()
        );
        // Inline, a quotation is named by how it opens (where a step or a correction links to
        // it): every `<q>` holds the opening of a quotation of the dataset, nothing else.
        let openings: Vec<String> = crate::data::QUOTATIONS
            .iter()
            .map(|q| crate::markup::escape(&crate::data::quotation_opening(q).1))
            .collect();
        let inline: Vec<&str> = html
            .split("<q>")
            .skip(1)
            .map(|rest| rest.split_once("</q>").map_or(rest, |(quoted, _)| quoted))
            .collect();
        assert!(!inline.is_empty() && !html.contains("<q "));
        for quoted in inline {
            assert!(openings.iter().any(|o| o == quoted), "<q>{quoted}</q>");
        }
    }

    #[test]
    fn dates_read_as_a_reader_expects_them() {
        let html = render_app();
        assert!(html.contains("<time datetime=\"2021-03-09\">9 March 2021</time>"));
        assert!(html.contains("<time datetime=\"2020-09\">September 2020</time>"));
    }

    #[test]
    fn unstated_facts_read_not_stated() {
        assert!(render_app().contains("<dd>not stated</dd>"));
    }

    #[test]
    fn the_wasm_tests_start_the_pages_as_they_are_now() {
        // tests/web.rs embeds these copies; the test command rewrites them before the wasm tests.
        for (file, flag, html) in [
            ("page.html", "--fragment", render_app()),
            ("embed.html", "--embed-fragment", render_embed_page(None)),
        ] {
            let path = format!("{}/tests/web/{file}", env!("CARGO_MANIFEST_DIR"));
            let copy = std::fs::read_to_string(&path).unwrap_or_default();
            assert!(
                copy == html,
                "{path} is not the page as it renders now: run \
                 `cargo run --features ssr --bin prerender -- {flag} tests/web/{file}`"
            );
        }
    }

    #[test]
    fn no_hydration_marker_is_left_in_the_page() {
        let html = "<p>a<!>b</p><leptos-island data-component=\"X_1\"><div><!>\
                    <leptos-children><i>c<!></i></leptos-children><!></div></leptos-island><!>";
        assert_eq!(
            without_markers(html),
            "<p>ab</p><leptos-island data-component=\"X_1\"><div>\
             <leptos-children><i>c</i></leptos-children></div></leptos-island>"
        );
        let page = render_app();
        assert!(page.contains("<leptos-island"));
        assert!(!page.contains("<!>"));
    }

    #[test]
    fn the_snippets_are_on_the_embed_page_and_the_page_links_to_it() {
        let page = render_app();
        let embed = render_embed_page(None);
        for id in ["iframe", "script", "amp"] {
            let hook = format!("data-testid=\"embed-{id}\"");
            assert!(embed.contains(&hook), "{hook}");
            assert!(!page.contains(&hook), "{hook} on the story's page");
        }
        assert!(page.contains("<a href=\"embed.html\">"));
        assert!(embed.contains("<h1 class=\"ilrs-title\">Embed this explainer</h1>"));
        assert!(embed.contains(&format!("<a href=\"./\">{}</a>", as_text_node(HERO.title))));
        assert_eq!(embed.matches("data-component=\"CopySnippet_").count(), 3);
        // Placeholders until an island fills them; the configured address where there is one.
        assert!(embed.contains("<span data-fill=\"base\">./</span>?embed"));
        let configured = render_embed_page(Some("https://news.example/ilrs/"));
        assert!(
            configured.contains("<span data-fill=\"base\">https://news.example/ilrs/</span>?embed")
        );
        assert!(configured.contains("<span data-fill=\"origin\">https://news.example</span>"));
        assert!(!configured.contains("./</span>") && !configured.contains("ORIGIN-OF-THE-PAGE"));
    }

    #[test]
    fn the_template_gets_title_description_and_app() {
        for (head, app) in HEAD_MARKERS.into_iter().zip(APP_MARKERS) {
            let template = format!("<head>{head}</head><body>{app}</body>");
            let page =
                fill_template(&template, HERO.title, HERO.summary, "", "<p>app</p>").unwrap();
            assert!(page.contains("<title>Two roads to the Moon"));
            assert!(page.contains("<div id=\"ilrs-explainer\"><p>app</p></div>"));
        }
        let template = format!(
            "<head>{}</head><body>{}</body>",
            HEAD_MARKERS[0], APP_MARKERS[0]
        );
        let page = fill_template(&template, HERO.title, HERO.summary, "", "<p>app</p>").unwrap();
        assert!(page.contains("<title>Two roads to the Moon"));
        assert!(page.contains("<meta name=\"description\""));
        assert!(page.contains("<div id=\"ilrs-explainer\"><p>app</p></div>"));
    }

    #[test]
    fn a_template_without_its_markers_is_refused() {
        assert!(fill_template("<html></html>", "t", "d", "", "x").is_err());
        let twice = format!("{}{}{}", HEAD_MARKERS[0], APP_MARKERS[0], APP_MARKERS[1]);
        assert!(fill_template(&twice, "t", "d", "", "x").is_err());
    }

    #[test]
    fn escaping_neutralises_markup() {
        assert_eq!(
            escape("<q a=\"b\">&'"),
            "&lt;q a=&quot;b&quot;&gt;&amp;&#39;"
        );
    }
}
