use leptos::prelude::*;

use crate::data::{METHOD, SOURCES};
use crate::export::downloads;
use crate::model::Source;
use crate::ui::{Corrected, DateTag, Section};

/// How the data was made, every source article with what its text states about itself ("not
/// stated" where it is silent), and the data to download.
#[component]
pub fn SourcesList() -> impl IntoView {
    view! {
        <Section id="sources" title="Sources and method">
            {METHOD.paragraphs.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
            <ol class="ilrs-source-list">
                {SOURCES.iter().map(|source| view! { <SourceEntry source corrections=true /> }).collect_view()}
            </ol>
            <h3 id="downloads-title">"Download the data"</h3>
            <ul class="ilrs-downloads" aria-labelledby="downloads-title">
                {downloads()
                    .into_iter()
                    .map(|(file, what)| {
                        let href = file.clone();
                        view! {
                            <li>
                                <a href=href download="">
                                    {file}
                                </a>
                                " (" {what} ")"
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </Section>
    }
}

/// One article as the sources list describes it, with its anchor `source-{id}` (the record pages
/// list their articles with it too).
#[component]
pub fn SourceEntry(
    source: &'static Source,
    /// With the line linking to the corrections log's entries on it: only on the page that
    /// holds the log.
    #[prop(optional)]
    corrections: bool,
) -> impl IntoView {
    // A report without a headline goes by the name the citations give it.
    let title = source.headline.unwrap_or(source.short);
    view! {
        <li id=format!("source-{}", source.id) class="ilrs-source" data-source=source.id>
            <cite class="ilrs-source-title">{title}</cite>
            <p class="ilrs-source-short">
                {match source.headline {
                    Some(_) => format!("Cited as: {}", source.short),
                    None => "The text gives no headline: cited by this description.".to_string(),
                }}
            </p>
            <dl class="ilrs-source-facts">
                <div>
                    <dt>"Outlet"</dt>
                    <dd>{stated(source.outlet)}</dd>
                </div>
                <div>
                    <dt>"Author"</dt>
                    <dd>{stated(source.author)}</dd>
                </div>
                <div>
                    <dt>"Published"</dt>
                    <dd>
                        {source.published.map(|date| view! { <DateTag date /> })}
                        {source.published.is_none().then_some("not stated")}
                    </dd>
                </div>
                {source
                    .dateline
                    .map(|place| {
                        view! {
                            <div>
                                <dt>"Dateline"</dt>
                                <dd>{place}</dd>
                            </div>
                        }
                    })}
            </dl>
            <p class="ilrs-source-note">{source.note}</p>
            {corrections.then(|| view! { <Corrected record=source.id.to_string() /> })}
        </li>
    }
}

fn stated(value: Option<&'static str>) -> &'static str {
    value.unwrap_or("not stated")
}
