//! The documentation's links, held: every relative link in `README.md` and `docs/*.md`
//! (`[text](path)`, `[text](path#anchor)`) points at a file or folder that exists, resolved from
//! the folder of the file that holds it, as GitHub resolves it. Web addresses (`https:`,
//! `mailto:`, any scheme) and in-page anchors (`#...`) are not checked, nor is an anchor's
//! heading: only the file part. Links inside code (fenced blocks, backticks) are not links.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

/// The repository's root, where `README.md` is.
fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `README.md` and every `.md` file in `docs/`.
fn documents() -> Vec<PathBuf> {
    let root = root();
    let mut out = vec![root.join("README.md")];
    let mut docs: Vec<PathBuf> = std::fs::read_dir(root.join("docs"))
        .expect("docs/ exists")
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "md"))
        .collect();
    docs.sort();
    out.extend(docs);
    out
}

/// The text outside code: fenced blocks dropped, backtick spans blanked (a link's text may be
/// code, as in [`x.rs`](x.rs); the link around it stays). Line breaks are kept, so line numbers
/// still hold.
fn outside_code(text: &str) -> String {
    let mut prose = String::new();
    let mut fence: Option<String> = None;
    for line in text.lines() {
        let trimmed = line.trim_start();
        let ticks: String = trimmed
            .chars()
            .take_while(|c| *c == '`' || *c == '~')
            .collect();
        if ticks.len() >= 3 && ticks.chars().all(|c| c == ticks.chars().next().unwrap()) {
            match &fence {
                None => fence = Some(ticks),
                Some(open) if ticks.starts_with(open.as_str()) => fence = None,
                Some(_) => {}
            }
            prose.push('\n');
            continue;
        }
        if fence.is_none() {
            prose.push_str(line);
        }
        prose.push('\n');
    }
    // Backtick spans, which may run over a line break: blank what is between a run of n
    // backticks and the next run of exactly n; a run with no match is left as it is.
    let chars: Vec<char> = prose.chars().collect();
    let mut out = String::with_capacity(prose.len());
    let mut i = 0;
    while i < chars.len() {
        if chars[i] != '`' {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let run = chars[i..].iter().take_while(|c| **c == '`').count();
        let mut j = i + run;
        let mut close = None;
        while j < chars.len() {
            if chars[j] == '`' {
                let other = chars[j..].iter().take_while(|c| **c == '`').count();
                if other == run {
                    close = Some(j);
                    break;
                }
                j += other;
            } else {
                j += 1;
            }
        }
        match close {
            Some(j) => {
                out.extend(
                    chars[i..j + run]
                        .iter()
                        .map(|c| if *c == '\n' { '\n' } else { ' ' }),
                );
                i = j + run;
            }
            None => {
                out.extend(&chars[i..i + run]);
                i += run;
            }
        }
    }
    out
}

/// Every link target in `text`: (line, target), the target as written, without a title.
fn links(text: &str) -> Vec<(usize, String)> {
    let prose = outside_code(text);
    let mut out = Vec::new();
    for (n, line) in prose.lines().enumerate() {
        let mut rest = line;
        while let Some(at) = rest.find("](") {
            let after = &rest[at + 2..];
            let Some(end) = after.find(')') else { break };
            let inside = after[..end].trim();
            let target = match inside.strip_prefix('<') {
                Some(bracketed) => bracketed.split('>').next().unwrap_or(""),
                None => inside.split_whitespace().next().unwrap_or(""),
            };
            out.push((n + 1, target.to_string()));
            rest = &after[end..];
        }
    }
    out
}

/// Whether `target` names something outside the repository (a scheme: `https:`, `mailto:`, ...)
/// or only a place in the same page (`#...`), which this test does not check.
fn is_external_or_in_page(target: &str) -> bool {
    if target.is_empty() || target.starts_with('#') {
        return true;
    }
    match target.find(':') {
        Some(colon) => {
            let scheme = &target[..colon];
            !scheme.is_empty()
                && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        }
        None => false,
    }
}

/// The path `target` names, from the document `doc`: its fragment and query dropped, relative
/// to the document's folder, or to the repository's root where it starts with `/`.
fn resolve(doc: &Path, target: &str) -> PathBuf {
    let file = target.split(['#', '?']).next().unwrap_or("");
    let file = file.replace("%20", " ");
    match file.strip_prefix('/') {
        Some(from_root) => root().join(from_root),
        None => doc.parent().unwrap().join(file),
    }
}

/// Every broken link: "file:line: target".
fn broken() -> (usize, Vec<String>) {
    let root = root();
    let mut checked = 0;
    let mut found = Vec::new();
    for doc in documents() {
        let text = std::fs::read_to_string(&doc).unwrap();
        let name = doc
            .strip_prefix(&root)
            .unwrap_or(&doc)
            .display()
            .to_string();
        for (line, target) in links(&text) {
            if is_external_or_in_page(&target) {
                continue;
            }
            checked += 1;
            if !resolve(&doc, &target).exists() {
                found.push(format!("{name}:{line}: ({target})"));
            }
        }
    }
    (checked, found)
}

#[test]
fn every_relative_link_in_the_readme_and_the_docs_resolves() {
    let (checked, found) = broken();
    assert!(
        found.is_empty(),
        "{} broken link(s), each resolved from its file's folder:\n{}",
        found.len(),
        found.join("\n")
    );
    assert!(
        checked > 0,
        "no relative link found in README.md or docs/: the test reads nothing"
    );
}

#[test]
fn the_reading_finds_links_where_there_are_some() {
    // The rule above passes on an empty reading too; this one does not.
    let text = "See [Testing](docs/testing.md#the-suites) and [`web.rs`](../tests/web.rs \"title\").\n\
                [site](https://example.com), [here](#top), [mail](mailto:a@b.c)\n\
                ```sh\n[not a link](nowhere.md)\n```\n\
                `[code, not a link](nowhere.md)` [<spaced>](<a b.md>)\n";
    let found = links(text);
    assert_eq!(
        found,
        [
            (1, "docs/testing.md#the-suites".to_string()),
            (1, "../tests/web.rs".to_string()),
            (2, "https://example.com".to_string()),
            (2, "#top".to_string()),
            (2, "mailto:a@b.c".to_string()),
            (6, "a b.md".to_string()),
        ]
    );
    let relative: Vec<_> = found
        .iter()
        .filter(|(_, target)| !is_external_or_in_page(target))
        .map(|(_, target)| target.as_str())
        .collect();
    assert_eq!(
        relative,
        ["docs/testing.md#the-suites", "../tests/web.rs", "a b.md"]
    );
    let doc = root().join("docs").join("testing.md");
    assert_eq!(
        resolve(&doc, "../README.md#where-things-live"),
        root().join("docs").join("../README.md")
    );
    assert!(resolve(&doc, "../README.md#where-things-live").exists());
    assert!(!resolve(&doc, "README.md").exists());
}
