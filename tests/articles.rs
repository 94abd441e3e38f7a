//! The dataset against the five articles in `../shared/articles/`: quotations are verbatim, and
//! everything else is in the project's own words. Skips, saying so, where the folder is absent.

use std::path::{Path, PathBuf};

use ilrs_explainer::model::{Evidence, Vocabulary};

use ilrs_explainer::data::{
    ACTORS, CELLS, COALITIONS, DISCREPANCIES, EVENTS, FIGURES, HERO, MEMBERSHIPS, QUOTATIONS,
    SOURCES, source,
};

/// How many words in a row, copied from an article, count as copying (as the build's rule,
/// `build/copying.rs`, which refuses it field by field; this test reads the whole page too).
const COPIED_RUN: usize = 7;

fn articles_dir() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/articles");
    if dir.is_dir() {
        Some(dir)
    } else {
        println!("skipped: {} is not there", dir.display());
        None
    }
}

/// Text with typographic quotes, dashes, ellipses and runs of white space made plain, so that a
/// quotation matches its article whichever characters either uses.
fn plain(text: &str) -> String {
    let mapped: String = text
        .chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' | '\u{201B}' => '\'',
            '\u{201C}' | '\u{201D}' | '\u{201F}' => '"',
            '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' => '-',
            '\u{00A0}' => ' ',
            c => c,
        })
        .collect();
    mapped.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Lower-case words of letters and digits only.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

fn article(dir: &Path, source_id: &str) -> String {
    let file = source(source_id).expect("cited sources exist").file;
    std::fs::read_to_string(dir.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"))
}

#[test]
fn every_quotation_is_verbatim_in_every_source_it_cites() {
    let Some(dir) = articles_dir() else { return };
    let mut wrong = Vec::new();
    for quotation in QUOTATIONS {
        for source_id in quotation.sources {
            let text = plain(&article(&dir, source_id));
            for fragment in quotation.fragments {
                if !text.contains(&plain(fragment)) {
                    wrong.push(format!(
                        "{} is not verbatim in {source_id}: {fragment}",
                        quotation.id
                    ));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// Every record's passages, named by the record they support.
fn every_record_evidence() -> Vec<(String, &'static [Evidence])> {
    let mut all: Vec<(String, &'static [Evidence])> = vec![("hero".into(), HERO.evidence)];
    all.extend(
        ACTORS
            .iter()
            .map(|a| (format!("actor {}", a.id), a.evidence)),
    );
    all.extend(
        COALITIONS
            .iter()
            .map(|c| (format!("coalition {}", c.id), c.evidence)),
    );
    all.extend(MEMBERSHIPS.iter().map(|m| {
        let name = format!("membership {}/{}", m.coalition, m.actor);
        (name, m.evidence)
    }));
    all.extend(
        EVENTS
            .iter()
            .map(|e| (format!("event {}", e.id), e.evidence)),
    );
    all.extend(
        QUOTATIONS
            .iter()
            .map(|q| (format!("quotation {}", q.id), q.evidence)),
    );
    all.extend(
        FIGURES
            .iter()
            .map(|f| (format!("figure {}", f.id), f.evidence)),
    );
    all.extend(CELLS.iter().map(|c| {
        let name = format!("cell {}/{}", c.dimension, c.side.as_str());
        (name, c.evidence)
    }));
    for d in DISCREPANCIES {
        for (n, a) in d.accounts.iter().enumerate() {
            all.push((
                format!("discrepancy {} account {}", d.id, n + 1),
                a.evidence,
            ));
        }
    }
    all
}

#[test]
fn every_passage_is_verbatim_in_the_article_it_cites() {
    let Some(dir) = articles_dir() else { return };
    let mut wrong = Vec::new();
    let mut count = 0;
    for (record, evidence) in every_record_evidence() {
        for e in evidence {
            let text = plain(&article(&dir, e.source));
            for passage in e.passages {
                count += 1;
                if !text.contains(&plain(passage)) {
                    wrong.push(format!("{record}: not verbatim in {}: {passage}", e.source));
                }
            }
        }
    }
    assert!(
        count > 300,
        "only {count} passages: is the dataset's evidence read?"
    );
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_verbatim_check_catches_a_changed_word() {
    let Some(dir) = articles_dir() else { return };
    let text = plain(&article(&dir, "nbc-news"));
    let real = "NASA had invited Russia to join a U.S.-led lunar project known as Artemis.";
    assert!(text.contains(&plain(real)));
    assert!(!text.contains(&plain(&real.replace("invited", "asked"))));
}

#[test]
fn every_headline_is_the_articles_own() {
    let Some(dir) = articles_dir() else { return };
    for s in SOURCES {
        if let Some(headline) = s.headline {
            assert!(plain(&article(&dir, s.id)).contains(headline), "{}", s.id);
        }
    }
}

/// Every run of [`COPIED_RUN`] words in the articles' bodies (headlines are cited as titles).
#[cfg(feature = "ssr")]
fn article_runs(dir: &Path) -> std::collections::BTreeSet<String> {
    let mut runs = std::collections::BTreeSet::new();
    for s in SOURCES {
        let text = article(dir, s.id);
        let body: String = text
            .lines()
            .filter(|line| Some(line.trim()) != s.headline)
            .collect::<Vec<_>>()
            .join("\n");
        for window in words(&body).windows(COPIED_RUN) {
            runs.insert(window.join(" "));
        }
    }
    runs
}

#[cfg(feature = "ssr")]
fn copied_runs(runs: &std::collections::BTreeSet<String>, place: &str, text: &str) -> Vec<String> {
    words(text)
        .windows(COPIED_RUN)
        .map(|w| w.join(" "))
        .filter(|run| runs.contains(run))
        .map(|run| format!("{place}: \"{run}\""))
        .collect()
}

// Each own-words field of the data is held to the same rule by the build itself, field by
// field with file, line and record (`build/copying.rs`, fixture `copied-sentence`); this file
// reads the rendered page as a whole.

/// The page's text with quotations (`<blockquote>`) and cited titles (`<cite>`) taken out.
#[cfg(feature = "ssr")]
fn page_text_outside_quotations() -> String {
    text_outside_quotations(ilrs_explainer::site::render::render_app())
}

/// An HTML page's text with quotations (`<blockquote>`, `<q>`) and cited titles (`<cite>`) taken
/// out.
#[cfg(feature = "ssr")]
fn text_outside_quotations(mut html: String) -> String {
    for tag in ["blockquote", "q", "cite"] {
        while let Some(start) = html.find(&format!("<{tag}")) {
            let close = format!("</{tag}>");
            let end = html[start..]
                .find(&close)
                .map_or(html.len(), |e| start + e + close.len());
            html.replace_range(start..end, " ");
        }
    }
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                text.push(' ');
            }
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
}

#[cfg(feature = "ssr")]
#[test]
fn the_page_outside_quotations_copies_no_run_of_article_words() {
    let Some(dir) = articles_dir() else { return };
    let text = page_text_outside_quotations();
    assert!(text.contains(HERO.title), "the page text was extracted");
    let copied = copied_runs(&article_runs(&dir), "page", &text);
    assert!(
        copied.is_empty(),
        "article wording outside quotations:\n{}",
        copied.join("\n")
    );
}

/// Every record page and fragment the build writes, as (path, HTML).
#[cfg(feature = "ssr")]
fn record_pages() -> Vec<(String, String)> {
    use ilrs_explainer::site::{record_pages, settings::Settings};
    let settings = Settings::new(Some("https://news.example/ilrs/"), None).unwrap();
    record_pages::files(&settings, "explainer.css", "")
        .into_iter()
        .filter(|(path, _)| path.ends_with(".html"))
        .collect()
}

/// The passages a page shows: each `<blockquote data-evidence>`'s source id and text.
#[cfg(feature = "ssr")]
fn passages_in(html: &str) -> Vec<(String, String)> {
    const OPEN: &str = "<blockquote data-evidence=\"\" cite=\"#source-";
    html.split(OPEN)
        .skip(1)
        .map(|rest| {
            let (id, rest) = rest.split_once("\">").expect("the cite attribute closes");
            let text = rest.split("</blockquote>").next().unwrap_or_default();
            let text = text
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
            (id.to_string(), text)
        })
        .collect()
}

#[cfg(feature = "ssr")]
#[test]
fn every_passage_on_a_record_page_is_verbatim_in_its_article() {
    let Some(dir) = articles_dir() else { return };
    let (mut count, mut wrong) = (0, Vec::new());
    let pages = record_pages();
    for (path, html) in &pages {
        for (source_id, passage) in passages_in(html) {
            count += 1;
            if !plain(&article(&dir, &source_id)).contains(&plain(&passage)) {
                wrong.push(format!("{path}: not verbatim in {source_id}: {passage}"));
            }
        }
    }
    // Each passage twice: on its page and in the fragment the main page fetches.
    let expected: usize = ilrs_explainer::site::record_pages::Record::all()
        .iter()
        .flat_map(|r| r.parts.iter())
        .flat_map(|p| p.evidence.iter())
        .map(|e| e.passages.len())
        .sum();
    assert_eq!(
        count,
        2 * expected,
        "every passage read, on {} files",
        pages.len()
    );
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[cfg(feature = "ssr")]
#[test]
fn the_record_pages_outside_quotations_copy_no_run_of_article_words() {
    let Some(dir) = articles_dir() else { return };
    let runs = article_runs(&dir);
    let mut copied = Vec::new();
    for (path, html) in record_pages() {
        // The body: the head's description and JSON-LD quote a quotation's words, marked as such.
        if path.ends_with("index.html")
            && let Some((_, body)) = html.split_once("<body>")
        {
            copied.extend(copied_runs(
                &runs,
                &path,
                &text_outside_quotations(body.to_string()),
            ));
        }
    }
    assert!(
        copied.is_empty(),
        "article wording outside quotations:\n{}",
        copied.join("\n")
    );
}

#[test]
fn the_copy_check_would_catch_a_copied_sentence() {
    // The check above is only worth something if a copied run is found: this one is from an article.
    let copied = "the latest instance of steadily deepening ties between Beijing and Moscow";
    assert!(words(copied).len() >= COPIED_RUN);
    let Some(dir) = articles_dir() else { return };
    let text = words(&article(&dir, "national-interest")).join(" ");
    assert!(text.contains(&words(copied)[..COPIED_RUN].join(" ")));
}
