use leptos::prelude::*;

use crate::data::DISCREPANCIES;
use crate::ui::{Corrected, EvidenceDisclosure, Section, SourceLinks, account_fragment};

/// The points on which the sources disagree, each account beside the others.
#[component]
pub fn Discrepancies() -> impl IntoView {
    view! {
        <Section id="disagreements" title="Where the sources disagree">
            {DISCREPANCIES
                .iter()
                .map(|d| {
                    view! {
                        // One line each, opening in place: the topic, then the accounts.
                        <article id=d.id class="ilrs-discrepancy" data-discrepancy=d.id>
                            <details class="ilrs-fold">
                            <summary>
                                <h3>{d.topic}</h3>
                            </summary>
                            <ul>
                                {d
                                    .accounts
                                    .iter()
                                    .enumerate()
                                    .map(|(i, account)| {
                                        view! {
                                            <li>
                                                <p>{account.says}</p>
                                                <SourceLinks ids=account.sources />
                                                <EvidenceDisclosure
                                                    evidence=account.evidence
                                                    record=d.id.to_string()
                                                    fragment=account_fragment(i + 1)
                                                />
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                            <Corrected record=d.id.to_string() />
                            </details>
                        </article>
                    }
                })
                .collect_view()}
        </Section>
    }
}
