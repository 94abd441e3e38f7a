//! Publishes the piece: writes the wording of every claim as it stands, on the day given, to
//! `data/published/{day}.toml`. From then on the build refuses a change to a published claim
//! without an entry in `data/corrections.toml` whose `was` is the wording published here.
//!
//!     cargo run --features ssr --bin publish -- 2026-12-07 21:50
//!     cargo run --features ssr --bin publish -- 2026-11-22 11:16 --from-git 1eab0cf
//!
//! The first takes `data/` as it stands (and builds first: a dataset the build refuses cannot be
//! published). The second takes the data files as they were at a commit, for a publication made
//! before this record of publications was kept.

#[path = "../../build/claims.rs"]
mod claims;

use std::path::Path;
use std::process::{Command, ExitCode};

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(message) => {
            println!("{message}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: Vec<String>) -> Result<String, String> {
    let usage = "usage: publish YYYY-MM-DD HH:MM [--from-git REVISION]   (the time in UTC)";
    let (day, at, from_git) = match args.as_slice() {
        [day, at] => (day.clone(), at.clone(), None),
        [day, at, flag, revision] if flag == "--from-git" => {
            (day.clone(), at.clone(), Some(revision.clone()))
        }
        _ => return Err(usage.into()),
    };
    if !is_day(&day) {
        return Err(format!("`{day}` is not a day (YYYY-MM-DD); {usage}"));
    }
    if !claims::is_time(&at) {
        return Err(format!("`{at}` is not a time of day (HH:MM, UTC); {usage}"));
    }
    let folder = Path::new("data/published");
    let latest = std::fs::read_dir(folder)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok()?.file_name().into_string().ok())
                .filter_map(|name| name.strip_suffix(".toml").map(str::to_string))
                .max()
        })
        .unwrap_or(None);
    if from_git.is_none()
        && let Some(latest) = &latest
        && *latest > day
    {
        return Err(format!(
            "the piece was last published on {latest}: a publication cannot come before it"
        ));
    }
    let (claims, from) = match &from_git {
        Some(revision) => {
            let claims = claims::claims(|file| git_show(revision, file))?;
            (claims, format!("taken from commit {revision}"))
        }
        None => {
            let claims =
                claims::claims(|file| std::fs::read_to_string(Path::new("data").join(file)).ok())?;
            (claims, "as data/ then held it".to_string())
        }
    };
    if claims.is_empty() {
        return Err("no claims found: run it from the project's root".into());
    }
    let text = claims::write(&day, &at, &from, &claims);
    let path = folder.join(format!("{day}.toml"));
    if std::fs::read_to_string(&path).is_ok_and(|old| old == text) {
        return Ok(format!("{} already holds this publication", path.display()));
    }
    // What changed since the publication before, for the one who publishes to check against
    // the log (the build has checked that each change has its entry).
    let before = latest
        .filter(|latest| *latest < day)
        .and_then(|latest| std::fs::read_to_string(folder.join(format!("{latest}.toml"))).ok())
        .map(|text| claims::read(&text))
        .transpose()?;
    let changed = before.as_ref().map(|before| {
        let now: std::collections::BTreeMap<_, _> =
            claims.iter().map(|(k, c)| (k, &c.wording)).collect();
        let gone = before
            .claims
            .keys()
            .filter(|k| !now.contains_key(k))
            .count();
        let changed = now
            .iter()
            .filter(|(k, wording)| before.claims.get(**k).is_some_and(|w| w != **wording))
            .count();
        let new = now
            .keys()
            .filter(|k| !before.claims.contains_key(**k))
            .count();
        format!(
            "; since {}: {changed} changed, {new} new, {gone} withdrawn",
            before.day
        )
    });
    std::fs::create_dir_all(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(format!(
        "published {} claims on {day}{}: {} (commit it)",
        claims.len(),
        changed.unwrap_or_default(),
        path.display()
    ))
}

/// A data file as it was at a commit; `None` where it did not exist.
fn git_show(revision: &str, file: &str) -> Option<String> {
    let output = Command::new("git")
        .args(["show", &format!("{revision}:data/{file}")])
        .output()
        .ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).into_owned())
}

fn is_day(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit())
}
