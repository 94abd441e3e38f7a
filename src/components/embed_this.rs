use leptos::prelude::*;

use super::Section;
use crate::core::embed::{iframe_snippet, script_snippet, site_base};
use crate::data::HERO;

/// "Embed this": both snippets, each with a copy button. The snippets point at the page they
/// are read on; the prerender does not know that address, so it writes relative ones, and the
/// browser fills in the real one after hydration. Left out of embeds (page chrome).
#[component]
pub fn EmbedThis() -> impl IntoView {
    let (base, set_base) = signal("./".to_string());
    Effect::new(move |_| {
        if let Ok(href) = window().location().href() {
            set_base.set(site_base(&href));
        }
    });
    view! {
        <div class="ilrs-page-only">
            <Section id="embed" title="Embed this">
                <p>
                    "Two ways to put this explainer in an article page. The frame is the safest: it sizes itself to its content, and works with pym.js and AMP hosts as well. The script embed puts it in the page itself, sealed off from the page's styles."
                </p>
                <Snippet
                    id="embed-iframe"
                    label="As an iframe"
                    code=Signal::derive(move || iframe_snippet(&base.get(), HERO.title))
                />
                <Snippet
                    id="embed-script"
                    label="As a script embed"
                    code=Signal::derive(move || script_snippet(&base.get()))
                />
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
fn Snippet(id: &'static str, label: &'static str, code: Signal<String>) -> impl IntoView {
    let (status, set_status) = signal(String::new());
    let copy = move |_| {
        let promise = window()
            .navigator()
            .clipboard()
            .write_text(&code.get_untracked());
        leptos::task::spawn_local(async move {
            set_status.set(match wasm_bindgen_futures::JsFuture::from(promise).await {
                Ok(_) => "Copied.".into(),
                Err(_) => "Copying is blocked here: select the code and copy it.".into(),
            });
        });
    };
    view! {
        <figure class="ilrs-snippet">
            <figcaption>{label}</figcaption>
            <pre tabindex="0" data-testid=id><code>{move || code.get()}</code></pre>
            <p class="ilrs-snippet-actions">
                <button type="button" class="ilrs-button ilrs-copy" data-testid=format!("copy-{id}") on:click=copy>
                    "Copy the code"
                </button>
                <span role="status">
                    {move || {
                        let text = status.get();
                        (!text.is_empty()).then_some(text)
                    }}
                </span>
            </p>
        </figure>
    }
}
