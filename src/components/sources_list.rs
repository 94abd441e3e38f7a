use leptos::prelude::*;

use crate::data::SOURCES;
use crate::model::Source;

/// Every source article with what its text states about itself; "not stated" where it is silent.
#[component]
pub fn SourcesList() -> impl IntoView {
    view! {
        <section id="sources" class="ilrs-section ilrs-sources" aria-labelledby="sources-title">
            <h2 id="sources-title">"Sources"</h2>
            <ol class="ilrs-source-list">
                {SOURCES.iter().map(|source| view! { <SourceEntry source /> }).collect_view()}
            </ol>
        </section>
    }
}

#[component]
fn SourceEntry(source: &'static Source) -> impl IntoView {
    let title = match source.headline {
        Some(headline) => headline.to_string(),
        None => format!("Untitled report ({})", source.file),
    };
    view! {
        <li id=format!("source-{}", source.id) class="ilrs-source" data-source=source.id>
            <cite class="ilrs-source-title">{title}</cite>
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
                        {match source.published {
                            Some(date) => {
                                view! { <time datetime=date.iso()>{date.readable()}</time> }
                                    .into_any()
                            }
                            None => "not stated".into_any(),
                        }}
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
        </li>
    }
}

fn stated(value: Option<&'static str>) -> &'static str {
    value.unwrap_or("not stated")
}
