use leptos::prelude::*;

use super::copy::CopySnippet;
use super::core::{Piece, snippet_pieces};
use crate::data::HERO;
use crate::sections::Section;

/// "Embed this": both snippets, each with a copy button. The snippets point at the page they
/// are read on; the build does not know that address, so the page prints placeholders and the
/// snippet's island fills in the real one. Left out of embeds (page chrome).
#[component]
pub fn EmbedThis() -> impl IntoView {
    let [(iframe_id, iframe), (script_id, script), (amp_id, amp)] = snippet_pieces(HERO.title);
    view! {
        <div class="ilrs-page-only">
            <Section id="embed" title="Embed this">
                <p>
                    "Three ways to put this explainer in an article page. The frame is the safest: it sizes itself to its content, and works with pym.js hosts as well. The script embed puts it in the page itself, sealed off from the page's styles. AMP pages take the frame as an amp-iframe."
                </p>
                <Snippet id=iframe_id label="As an iframe" pieces=iframe />
                <Snippet id=script_id label="As a script embed" pieces=script />
                <Snippet id=amp_id label="On an AMP page" pieces=amp />
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
            </Section>
        </div>
    }
}

#[component]
fn Snippet(id: &'static str, label: &'static str, pieces: Vec<Piece>) -> impl IntoView {
    view! {
        <CopySnippet>
            <figcaption>{label}</figcaption>
            <pre tabindex="0" data-testid=format!("embed-{id}")>
                <code>
                    {pieces
                        .into_iter()
                        .map(|piece| match piece {
                            Piece::Text(text) => leptos::either::Either::Left(text),
                            fill => {
                                let placeholder = match fill {
                                    Piece::Origin => "ORIGIN-OF-THE-PAGE",
                                    _ => "./",
                                };
                                leptos::either::Either::Right(
                                    view! { <span data-fill=fill.fill()>{placeholder}</span> },
                                )
                            }
                        })
                        .collect_view()}
                </code>
            </pre>
            <p class="ilrs-snippet-actions">
                <button type="button" class="ilrs-button ilrs-copy" data-testid=format!("copy-embed-{id}")>
                    "Copy the code"
                </button>
                <span role="status"></span>
            </p>
        </CopySnippet>
    }
}
