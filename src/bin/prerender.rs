//! Run by Trunk's post-build hook (`scripts/post-build.mjs`): writes the prerendered page into the
//! built `index.html`, and beside it the embed page with the snippets (`embed.html`, from the
//! same template); the data downloads (`data.json`, one CSV per kind, and `datapackage.json`,
//! which describes them); the graphics' (`graphics/*.svg`, `*.png`); the embed's files
//! (`embed.js`, its stylesheet, the prerendered fragment, `csp.txt`); the share cards
//! (`cards/share.png`, one per step), the share tags and structured data in the page's head, a
//! share page per story step (`step/{id}/index.html`), a page per record with the fragments of
//! its passages (`record/{key}/index.html`, `passages.html`), `oembed.json`, `sitemap.xml` and
//! `robots.txt`. The hook precompresses them afterwards. Reads `TRUNK_STAGING_DIR` (or its first
//! argument) and the site's settings `ILRS_SITE_URL` and `ILRS_PUBLISHER` (see `site::settings`).
//! Every file's name is in `site::files`.
//!
//! `prerender --fragment FILE` writes only the app's HTML, and `prerender --embed-fragment FILE`
//! only the embed page's, for the hydration tests. `prerender --unread` prints, for each record no
//! second reader has read as it stands, an entry to complete in `data/readings.toml`.

use std::path::PathBuf;
use std::process::ExitCode;

use ilrs_explainer::data::{HERO, UNREAD};
use ilrs_explainer::export;
use ilrs_explainer::model::{Check, Vocabulary};
use ilrs_explainer::site::files::{EMBED_PAGE, INDEX};
use ilrs_explainer::site::{
    corrections_page, embed, feed, files, graphics, head, record_pages, render, settings, share,
    step_pages, structured, tables_page,
};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--unread") {
        // Entries for data/readings.toml, to fill in once a second reader has read each record
        // and worked through every item of the checklist.
        let checklist: Vec<String> = Check::ALL
            .iter()
            .map(|c| format!("\"{}\"", c.as_str()))
            .collect();
        for unread in UNREAD {
            println!(
                "[[reading]]\nrecord = \"{}\"\nreader = \"\"\nread = \"\"\nhash = \"{}\"\nchecked = [{}]\n",
                unread.record,
                unread.hash,
                checklist.join(", ")
            );
        }
        return ExitCode::SUCCESS;
    }
    if let [flag, out] = args.as_slice()
        && let Some(html) = match flag.as_str() {
            "--fragment" => Some(render::render_app()),
            "--embed-fragment" => Some(render::render_embed_page(None)),
            _ => None,
        }
    {
        return match std::fs::write(out, html) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("prerender: cannot write {out}: {e}");
                ExitCode::FAILURE
            }
        };
    }
    let Some(dir) = args
        .first()
        .cloned()
        .or_else(|| std::env::var("TRUNK_STAGING_DIR").ok())
        .map(PathBuf::from)
    else {
        eprintln!("prerender: give the built site's folder as an argument or in TRUNK_STAGING_DIR");
        return ExitCode::FAILURE;
    };
    let settings = match settings::Settings::from_env() {
        Ok((settings, warning)) => {
            if let Some(warning) = warning {
                eprintln!("prerender: warning: {warning}");
            }
            settings
        }
        Err(message) => {
            eprintln!("prerender: {message}");
            return ExitCode::FAILURE;
        }
    };
    // The second readings, as the build counted them.
    let records = ilrs_explainer::data::RECORD_COUNT;
    println!(
        "prerender: second readings: {} of {records} records unread{}",
        UNREAD.len(),
        if UNREAD.is_empty() {
            ""
        } else {
            " (prerender --unread lists them)"
        }
    );
    let index = dir.join(INDEX);
    let result = embed::Assets::find(&dir).and_then(|assets| {
        let template = std::fs::read_to_string(&index)
            .map_err(|e| format!("cannot read {}: {e}", index.display()))?;
        // The head's script that starts the wasm's download, given the built wasm's name.
        let template = render::with_wasm_address(&template, &assets.wasm);
        let app = render::render_app();
        let page = render::fill_template(
            &template,
            HERO.title,
            HERO.summary,
            &head::head_tags(&settings),
            &app,
        )
        .map_err(|e| e.0)?;
        let write = |file: &std::path::Path, html: &str| {
            std::fs::write(file, html).map_err(|e| format!("cannot write {}: {e}", file.display()))
        };
        write(&index, &page)?;
        // The embed page: the same template (stylesheet, scripts), its own head and body.
        let (title, description) = render::embed_page_head();
        let embed_page = render::fill_template(
            &template,
            &title,
            &description,
            "",
            &render::render_embed_page(settings.site.as_deref()),
        )
        .map_err(|e| e.0)?;
        write(&dir.join(EMBED_PAGE), &embed_page)?;
        embed::write(&dir, &assets, &page, &app)?;
        Ok((assets, page))
    });
    let (assets, page) = match result {
        Ok(found) => found,
        Err(message) => {
            eprintln!("prerender: {message}");
            return ExitCode::FAILURE;
        }
    };
    // The data downloads and the data package that describes them.
    for (name, contents) in export::files() {
        if let Err(e) = std::fs::write(dir.join(&name), contents) {
            eprintln!("prerender: cannot write {name}: {e}");
            return ExitCode::FAILURE;
        }
    }
    // The step pages, the record pages, the oEmbed document, the sitemap and robots.txt.
    let icon = step_pages::icon_link(&page);
    let mut pages = step_pages::files(&settings, &assets.css, icon);
    pages.extend(record_pages::files(&settings, &assets.css, icon));
    pages.extend(structured::files(&settings));
    pages.push((files::FEED.to_string(), feed::atom(&settings)));
    pages.push((
        files::corrections_page(),
        corrections_page::page(&settings, &assets.css, icon),
    ));
    pages.push((
        files::tables_page(),
        tables_page::page(&settings, &assets.css, icon),
    ));
    // The graphics' downloads and the share cards, drawn with the shipped fonts, loaded once.
    let options = graphics::options();
    let drawn = graphics::files(&options).and_then(|mut files| {
        files.extend(
            pages
                .into_iter()
                .map(|(name, text)| (name, text.into_bytes())),
        );
        files.extend(share::cards(&settings, &options)?);
        files.into_iter().try_for_each(|(name, contents)| {
            let path = dir.join(&name);
            if let Some(folder) = path.parent() {
                std::fs::create_dir_all(folder).map_err(|e| format!("{name}: {e}"))?;
            }
            std::fs::write(&path, contents).map_err(|e| format!("{name}: {e}"))
        })
    });
    if let Err(message) = drawn {
        eprintln!("prerender: cannot write the drawn files: {message}");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
