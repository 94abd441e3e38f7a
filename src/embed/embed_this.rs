use leptos::prelude::*;

use super::copy::CopySnippet;
use super::messages::origin_of;
use super::snippets::{Piece, snippet_pieces};
use crate::data::HERO;
use crate::ui::Section;

/// The page with the snippets, beside the explainer's page in the built site.
pub const EMBED_PAGE: &str = "embed.html";

/// The page's "Embed this": where a newsroom finds the code. The snippets themselves are on a
/// page of their own ([`EmbedPage`]): readers of the story never download them. Left out of
/// embeds (page chrome).
#[component]
pub fn EmbedThis() -> impl IntoView {
    view! {
        <div class="ilrs-page-only">
            <Section id="embed" title="Embed this">
                <p>
                    "To put this explainer in your own article page, as a frame, a script embed or an AMP frame, "
                    <a href=EMBED_PAGE>"copy the code from its embed page"</a> "."
                </p>
            </Section>
        </div>
    }
}

/// The embed page: the three snippets, each with a copy button, and the settings they take.
/// The snippets point at the site the page is read on, which each snippet's island fills in.
/// Before that (and for a reader without JavaScript) they show `site`, the address the build
/// was given, or placeholders without one.
#[component]
pub fn EmbedPage(
    /// The site's configured address, ending in `/`.
    site: Option<String>,
) -> impl IntoView {
    let origin = site.as_deref().and_then(origin_of);
    let (base, origin) = (
        site.unwrap_or_else(|| "./".into()),
        origin.unwrap_or_else(|| "ORIGIN-OF-THE-PAGE".into()),
    );
    let labels = ["As an iframe", "As a script embed", "On an AMP page"];
    let snippets = snippet_pieces(HERO.title)
        .into_iter()
        .zip(labels)
        .map(|((id, pieces), label)| {
            view! { <Snippet id label pieces base=base.clone() origin=origin.clone() /> }
        })
        .collect_view();
    view! {
        <div class="ilrs">
            <header class="ilrs-hero">
                <p class="ilrs-kicker">"For publishers"</p>
                <h1 class="ilrs-title">"Embed this explainer"</h1>
                <p class="ilrs-summary">
                    "Three ways to put " <a href="./">{HERO.title}</a>
                    " in an article page. The frame is the safest: it sizes itself to its content, and works with pym.js hosts as well. The script embed puts it in the page itself, sealed off from the page's styles. AMP pages take the frame as an amp-iframe."
                </p>
            </header>
            <main class="ilrs-main">
                <Section id="embed" title="The code">
                    {snippets}
                    <p>
                        "The frame's snippet carries a link to the page with its share card, for hosts that strip iframes; its script hides the link where the frame stands. On an AMP page, add AMP's "
                        <code>"amp-iframe"</code>
                        " component to the page's head; the frame grows to its content, and the card shows until it loads."
                    </p>
                    <p>
                        "Settings go on the frame's address: " <code>"dark=on"</code> " or "
                        <code>"dark=off"</code> " to force the colours, " <code>"flat"</code>
                        " for the story as one column, " <code>"step=story-budgets"</code>
                        " (any step's id) to open the story there, and the explorer's filters, such as "
                        <code>"kind=quotation"</code> ". The script embed takes the first three as "
                        <code>"data-dark"</code> ", " <code>"data-flat"</code> " and "
                        <code>"data-step"</code> " on its element."
                    </p>
                    <p>
                        "A page with a fixed header: the script embed pins the story's graphic to the top of the reader's window, where such a header would hide its title and top labels. Give the header's height as "
                        <code>"--ilrs-sticky-top"</code>
                        " on the element, and the graphic sticks under the header, with every step's words still read whole beneath it. For a header 60 pixels tall:"
                    </p>
                    <pre tabindex="0" data-testid="embed-sticky-top">
                        <code>"<ilrs-explainer style=\"--ilrs-sticky-top: 60px\">…</ilrs-explainer>"</code>
                    </pre>
                    <p>
                        "A frame cannot see its host's header: it reads the story flat, or follows pym.js's reports of where it stands in the window."
                    </p>
                    <p>
                        <a href="./">"Back to the explainer"</a>
                    </p>
                </Section>
            </main>
        </div>
    }
}

/// One snippet with its copy button; `base` and `origin` stand in its places to fill.
#[component]
fn Snippet(
    id: &'static str,
    label: &'static str,
    pieces: Vec<Piece>,
    base: String,
    origin: String,
) -> impl IntoView {
    view! {
        <CopySnippet>
            <figure>
            <figcaption>{label}</figcaption>
            <pre tabindex="0" data-testid=format!("embed-{id}")>
                <code>
                    {pieces
                        .into_iter()
                        .map(|piece| match piece {
                            Piece::Text(text) => leptos::either::Either::Left(text),
                            fill => {
                                let placeholder = match fill {
                                    Piece::Origin => origin.clone(),
                                    _ => base.clone(),
                                };
                                leptos::either::Either::Right(
                                    view! { <span data-fill=fill.fill()>{placeholder}</span> },
                                )
                            }
                        })
                        .collect_view()}
                </code>
            </pre>
            </figure>
            <p class="ilrs-snippet-actions">
                <button type="button" class="ilrs-button ilrs-copy" data-testid=format!("copy-embed-{id}")>
                    "Copy the code"
                </button>
                <span role="status"></span>
            </p>
        </CopySnippet>
    }
}
