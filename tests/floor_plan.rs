//! The floor plan, held: which folders of `src/` may use which (see the README's "Where things
//! live"). Reads the sources as text, so a new `use` that breaks the plan fails here, naming the
//! file and the line.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`.
fn sources(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(sources(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out.sort();
    out
}

/// The top-level module a source file belongs to: `story` for `src/story/view.rs`, `url` for
/// `src/url.rs`.
fn module_of(path: &Path) -> String {
    let rest = path.strip_prefix("src").unwrap();
    let first = rest
        .components()
        .next()
        .unwrap()
        .as_os_str()
        .to_string_lossy();
    first.trim_end_matches(".rs").to_string()
}

/// The crate's top-level modules a file names (`crate::story`, `ilrs_explainer::site`), with
/// the line of each.
fn uses(text: &str, prefix: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let mut rest = line;
        while let Some(at) = rest.find(prefix) {
            let after = &rest[at + prefix.len()..];
            let name: String = after
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() {
                out.push((n + 1, name));
            }
            rest = after;
        }
    }
    out
}

/// Every breach of `rule`: (file, line, the module it uses).
fn breaches(rule: impl Fn(&str, &str) -> bool) -> Vec<String> {
    let mut found = Vec::new();
    for path in sources(Path::new("src")) {
        let text = std::fs::read_to_string(&path).unwrap();
        let from = module_of(&path);
        for (line, to) in uses(&text, "crate::") {
            if to != from && !rule(&from, &to) {
                found.push(format!("{}:{line} uses {to}", path.display()));
            }
        }
    }
    found
}

const FEATURES: [&str; 3] = ["story", "explorer", "sections"];

#[test]
fn the_story_and_the_explorer_use_neither_each_other_nor_the_sections_nor_the_build() {
    let found = breaches(|from, to| {
        !(["story", "explorer"].contains(&from) && (FEATURES.contains(&to) || to == "site"))
    });
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn the_embed_the_drawings_and_the_shared_parts_use_no_feature_and_not_the_build() {
    let found = breaches(|from, to| {
        !(["embed", "graphics", "ui", "export", "model", "data"].contains(&from)
            && (FEATURES.contains(&to) || to == "site" || to == "page"))
    });
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn nothing_outside_the_build_uses_the_build() {
    let found = breaches(|from, to| !(to == "site" && from != "site"));
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn no_two_files_of_the_build_use_each_other() {
    let dir = Path::new("src/site");
    let mut edges = BTreeSet::new();
    for path in sources(dir) {
        let me = path.file_stem().unwrap().to_string_lossy().to_string();
        let text = std::fs::read_to_string(&path).unwrap();
        for prefix in ["super::", "crate::site::"] {
            for (_, other) in uses(&text, prefix) {
                if dir.join(format!("{other}.rs")).exists() && other != me {
                    edges.insert((me.clone(), other));
                }
            }
        }
    }
    let both: Vec<_> = edges
        .iter()
        .filter(|(a, b)| edges.contains(&(b.clone(), a.clone())))
        .collect();
    assert!(both.is_empty(), "{both:?}");
    assert!(
        !edges.is_empty(),
        "the reading found no use at all: the test reads nothing"
    );
}

#[test]
fn the_reading_finds_uses_where_there_are_some() {
    // The rules above pass on an empty reading too; this one does not.
    let text = "use crate::story::steps;\nlet x = crate::site::files::INDEX;";
    assert_eq!(
        uses(text, "crate::"),
        [(1, "story".to_string()), (2, "site".to_string())]
    );
    assert!(!breaches(|_, to| to != "data").is_empty());
}
