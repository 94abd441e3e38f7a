//! The dataset, validated and baked by `build.rs` from `data/`, with look-ups by id. Ids are
//! checked at build time, so a look-up that misses is a programming error, not bad data.

use crate::model::{
    Account, Actor, ActorKind, BudgetsState, Cell, Chapter, Coalition, CoalitionsState, Correction,
    CorrectionKind, Date, Dimension, Discrepancy, DrawnOn, Event, Evidence, Figure, GraphicState,
    Hero, Membership, Method, MoonState, Publication, Quotation, Side, Source, Span, Status, Step,
    StepRecord, Theme, TimelineState, Unread, Was,
};

include!(concat!(env!("OUT_DIR"), "/dataset.rs"));

pub fn source(id: &str) -> Option<&'static Source> {
    SOURCES.iter().find(|s| s.id == id)
}

pub fn actor(id: &str) -> Option<&'static Actor> {
    ACTORS.iter().find(|a| a.id == id)
}

pub fn coalition(id: &str) -> Option<&'static Coalition> {
    COALITIONS.iter().find(|c| c.id == id)
}

pub fn quotation(id: &str) -> Option<&'static Quotation> {
    QUOTATIONS.iter().find(|q| q.id == id)
}

pub fn theme(id: &str) -> Option<&'static Theme> {
    THEMES.iter().find(|t| t.id == id)
}

/// The members of a coalition, in file order.
pub fn members_of(coalition: &str) -> impl Iterator<Item = &'static Membership> {
    MEMBERSHIPS.iter().filter(move |m| m.coalition == coalition)
}

/// The comparison cell for one dimension and side.
pub fn cell(dimension: &str, side: Side) -> Option<&'static Cell> {
    CELLS
        .iter()
        .find(|c| c.dimension == dimension && c.side == side)
}

/// The names of the records with these ids, joined for reading: "Russia, China".
fn joined(ids: &[&str], name: impl Fn(&str) -> Option<&'static str>) -> String {
    ids.iter()
        .filter_map(|id| name(id))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The corrections log's page of its own, under the site: every entry readers are shown.
pub const CORRECTIONS_PAGE: &str = "corrections/";

/// The entries of the corrections log readers are shown (not copy edits), oldest first.
pub fn shown_corrections() -> impl DoubleEndedIterator<Item = &'static Correction> {
    CORRECTIONS.iter().filter(|c| c.kind.shown())
}

/// The entries readers are shown that touch the record with this key, oldest first.
pub fn corrections_of(key: &str) -> impl Iterator<Item = &'static Correction> {
    shown_corrections().filter(move |c| c.records.contains(&key))
}

/// An entry as a link names it, out of context: "Correction of 5 December 2026: the Accords
/// counts".
pub fn correction_name(correction: &Correction) -> String {
    use crate::model::Vocabulary;
    format!(
        "{} of {}: {}",
        correction.kind.label(),
        correction.date.readable(),
        correction.title
    )
}

/// Where a record stands on the page, by its key in the log: its own element where it has one,
/// else the part of the page that shows it.
pub fn record_anchor(key: &str) -> String {
    if let Some(rest) = key.strip_prefix("cell:") {
        return format!("#cell-{}", rest.replace('/', "-"));
    }
    if let Some(rest) = key.strip_prefix("membership:") {
        return format!("#{}", rest.split('/').next().unwrap_or(rest));
    }
    let anchor = match key {
        "hero" => Some("#top".to_string()),
        "method" => Some("#sources".to_string()),
        _ => None,
    };
    anchor
        .or_else(|| source(key).map(|s| format!("#source-{}", s.id)))
        .or_else(|| actor(key).map(|a| format!("#actor-{}", a.id)))
        .or_else(|| theme(key).map(|_| "#explore".to_string()))
        .or_else(|| {
            CHAPTERS
                .iter()
                .find(|c| c.id == key)
                .and_then(|c| c.steps.first())
                .map(|s| format!("#{}", s.id))
        })
        .unwrap_or_else(|| format!("#{key}"))
}

/// A record's own page under the site, by its key in the log: `record/{id}/`, and a comparison
/// cell's `record/cell-{dimension}-{side}/` (its anchor on the page, without the `#`).
pub fn record_path(key: &str) -> String {
    match key.strip_prefix("cell:") {
        Some(rest) => format!("record/cell-{}/", rest.replace('/', "-")),
        None => format!("record/{key}/"),
    }
}

/// The key of every record with a page of its own: the explorer's events and quotations, the
/// figures, the comparison's cells and the disagreements, in the page's order.
pub fn paged_records() -> Vec<String> {
    let mut keys: Vec<String> = EVENTS.iter().map(|e| e.id.to_string()).collect();
    keys.extend(QUOTATIONS.iter().map(|q| q.id.to_string()));
    keys.extend(FIGURES.iter().map(|f| f.id.to_string()));
    keys.extend(
        CELLS
            .iter()
            .map(|c| crate::model::cell_key(c.dimension, c.side)),
    );
    keys.extend(DISCREPANCIES.iter().map(|d| d.id.to_string()));
    keys
}

/// The actors' names, joined.
pub fn actor_names(ids: &[&str]) -> String {
    joined(ids, |id| actor(id).map(|a| a.name))
}

/// The actors' names as a sentence names them: "NASA", "NASA and Roscosmos", "A, B and C".
pub fn actor_names_in_words(ids: &[&str]) -> String {
    let names: Vec<&str> = ids
        .iter()
        .filter_map(|id| actor(id).map(|a| a.name))
        .collect();
    match names.split_last() {
        None => String::new(),
        Some((last, [])) => last.to_string(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
    }
}

/// Who said a quotation and how it opens, verbatim: the whole quotation where it is short, else
/// its first words with "…" after them. Two quotations of one speaker never share it, so it
/// names a quotation wherever one is linked or cited.
pub fn quotation_opening(quotation: &Quotation) -> (String, String) {
    /// A quotation this long or shorter is given whole.
    const WHOLE: usize = 12;
    /// How many words a longer one opens with.
    const OPENING: usize = 8;
    let who = actor_names_in_words(quotation.speakers);
    let who = if who.is_empty() {
        "Unnamed".to_string()
    } else {
        who
    };
    let quoted = quotation.fragments.join(" … ");
    let words: Vec<&str> = quoted.split_whitespace().collect();
    if words.len() <= WHOLE {
        return (who, words.join(" "));
    }
    let opening = words[..OPENING].join(" ");
    let opening = opening.trim_end_matches([',', ';', ':', '.', '…', ' ']);
    (who, format!("{opening}…"))
}

/// A quotation's name in plain text: `Dmitry Rogozin: “With the lunar project …”`.
pub fn quotation_title(quotation: &Quotation) -> String {
    let (who, opening) = quotation_opening(quotation);
    format!("{who}: “{opening}”")
}

/// The coalitions' short names, joined.
pub fn coalition_names(ids: &[&str]) -> String {
    joined(ids, |id| coalition(id).map(|c| c.short))
}

/// The themes' labels, joined.
pub fn theme_labels(ids: &[&str]) -> String {
    joined(ids, |id| theme(id).map(|t| t.label))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_a_sentence_end_with_and() {
        let ids: Vec<&str> = ACTORS.iter().take(3).map(|a| a.id).collect();
        let [a, b, c] = [0, 1, 2].map(|i| ACTORS[i].name);
        assert_eq!(actor_names_in_words(&ids[..1]), a);
        assert_eq!(actor_names_in_words(&ids[..2]), format!("{a} and {b}"));
        assert_eq!(actor_names_in_words(&ids), format!("{a}, {b} and {c}"));
        assert_eq!(actor_names_in_words(&[]), "");
    }

    #[test]
    fn a_quotations_name_is_its_own_and_marks_what_it_leaves_out() {
        let mut titles: Vec<String> = QUOTATIONS.iter().map(quotation_title).collect();
        for (quotation, title) in QUOTATIONS.iter().zip(&titles) {
            let (_, opening) = quotation_opening(quotation);
            let whole = quotation.fragments.join(" … ");
            let whole: Vec<&str> = whole.split_whitespace().collect();
            if opening.split_whitespace().count() == whole.len() && !opening.ends_with('…') {
                assert_eq!(opening, whole.join(" "), "{}", quotation.id);
            } else {
                let shown = opening.trim_end_matches('…');
                assert!(opening.ends_with('…'), "{title} does not say it goes on");
                assert!(
                    whole.join(" ").starts_with(shown),
                    "{title} is not how it opens"
                );
            }
        }
        let count = titles.len();
        titles.sort();
        titles.dedup();
        assert_eq!(titles.len(), count, "two quotations share a name");
    }

    #[test]
    fn all_five_articles_are_sources() {
        assert_eq!(SOURCES.len(), 5);
        let files: Vec<&str> = SOURCES.iter().map(|s| s.file).collect();
        for n in 0..5 {
            assert!(files.iter().any(|f| f.starts_with(&format!("00{n}_"))));
        }
    }

    #[test]
    fn what_the_texts_do_not_state_stays_not_stated() {
        let nbc = source("nbc-news").unwrap();
        assert_eq!(nbc.outlet, Some("NBC News"));
        assert_eq!(nbc.published, None);
        assert_eq!(source("agencies-declared-tuesday").unwrap().headline, None);
        assert_eq!(
            source("bbc-chinese").unwrap().published,
            Some(Date::day(2021, 3, 10))
        );
    }

    #[test]
    fn the_hero_cites_every_source() {
        assert_eq!(HERO.sources.len(), SOURCES.len());
        assert!(HERO.sources.iter().all(|id| source(id).is_some()));
    }

    #[test]
    fn the_dataset_is_as_large_as_the_articles_demand() {
        assert!(EVENTS.len() >= 40, "{} events", EVENTS.len());
        assert!(QUOTATIONS.len() >= 20, "{} quotations", QUOTATIONS.len());
    }

    #[test]
    fn events_are_in_date_order() {
        assert!(EVENTS.windows(2).all(|w| w[0].date <= w[1].date));
        assert_eq!(EVENTS.first().unwrap().date, Date::year(1961));
    }

    #[test]
    fn the_signing_is_dated_9_march_2021_and_cited_by_four_reports() {
        let signing = EVENTS.iter().find(|e| e.id == "mou-signed").unwrap();
        assert_eq!(signing.date.readable(), "9 March 2021");
        assert_eq!(signing.sources.len(), 4);
    }

    #[test]
    fn the_ilrs_has_two_founders_and_the_gateway_three_partners_besides_nasa() {
        let founders: Vec<&str> = members_of("ilrs")
            .filter(|m| m.status == Status::Founding)
            .map(|m| m.actor)
            .collect();
        assert_eq!(founders, ["china", "russia"]);
        let gateway_members = members_of("lunar-gateway")
            .filter(|m| m.status == Status::Member)
            .count();
        assert_eq!(gateway_members, 3);
    }

    #[test]
    fn every_dimension_has_a_cell_on_each_side() {
        for dimension in DIMENSIONS {
            assert!(cell(dimension.id, Side::Ilrs).is_some());
            assert!(cell(dimension.id, Side::Artemis).is_some());
        }
    }

    #[test]
    fn countries_are_actors_of_kind_country() {
        for actor in ACTORS {
            if let Some(country) = actor.country {
                assert_eq!(super::actor(country).unwrap().kind, ActorKind::Country);
            }
        }
    }

    #[test]
    fn discrepancies_set_at_least_two_accounts_side_by_side() {
        assert!(DISCREPANCIES.len() >= 5);
        assert!(DISCREPANCIES.iter().all(|d| d.accounts.len() >= 2));
    }

    #[test]
    fn every_record_has_been_read_by_a_second_reader() {
        let unread: Vec<&str> = UNREAD.iter().map(|u| u.record).collect();
        assert!(
            unread.is_empty(),
            "{} of {} records unread by a second reader (`prerender --unread` gives their \
             entries for data/readings.toml): {unread:?}",
            unread.len(),
            RECORD_COUNT
        );
    }

    #[test]
    fn the_corrections_log_is_numbered_dated_in_order_and_names_records_on_the_page() {
        assert!(!CORRECTIONS.is_empty());
        for (i, c) in CORRECTIONS.iter().enumerate() {
            assert_eq!(c.number, i + 1);
            assert!(c.date > PUBLICATION.published, "entry {}", c.number);
            assert!(
                !c.records.is_empty() || !c.was.is_empty(),
                "entry {}",
                c.number
            );
            for key in c.records {
                assert!(record_anchor(key).starts_with('#'), "{key}");
            }
            if matches!(
                c.kind,
                CorrectionKind::Correction | CorrectionKind::CopyEdit
            ) {
                assert!(
                    !c.was.is_empty(),
                    "entry {} gives no earlier wording",
                    c.number
                );
            }
        }
        assert!(CORRECTIONS.windows(2).all(|w| w[0].date <= w[1].date));
        assert_eq!(
            PUBLICATION.modified,
            shown_corrections().last().unwrap().date,
            "the piece last changed when readers were last told of a change"
        );
        let first = shown_corrections().next().unwrap().records[0];
        assert_eq!(corrections_of(first).next().map(|c| c.number), Some(1));
    }

    #[test]
    fn records_without_an_id_of_their_own_are_found_on_the_page_by_their_key() {
        assert_eq!(record_anchor("cell:crew/artemis"), "#cell-crew-artemis");
        assert_eq!(record_anchor("membership:ilrs/china"), "#ilrs");
        assert_eq!(record_anchor("nbc-news"), "#source-nbc-news");
        assert_eq!(record_anchor("russia"), "#actor-russia");
        assert_eq!(record_anchor("mou-signed"), "#mou-signed");
        assert_eq!(record_anchor("hero"), "#top");
    }
}
