//! The files that let other pages embed the explainer, written beside the built page: `embed.js`
//! (a stable name, so a newsroom's snippet never changes), the stylesheet it puts inside each
//! shadow root, and `csp.txt`, the Content-Security-Policy the page works under.

use std::fmt::Write;
use std::path::Path;

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use sha2::{Digest, Sha256};

use super::files;

use crate::embed::contract::EMBED_ROOT_CLASS;

/// The built site's hashed asset names the embed needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assets {
    pub js: String,
    pub wasm: String,
    pub css: String,
}

impl Assets {
    /// Finds the wasm-bindgen module, its wasm and the stylesheet among the built files.
    pub fn find(dir: &Path) -> Result<Assets, String> {
        let names: Vec<String> = std::fs::read_dir(dir)
            .map_err(|e| format!("cannot list {}: {e}", dir.display()))?
            .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
            .collect();
        let one = |what: &str, test: &dyn Fn(&str) -> bool| {
            let found: Vec<&String> = names.iter().filter(|n| test(n)).collect();
            match found.as_slice() {
                [name] => Ok((*name).clone()),
                _ => Err(format!(
                    "expected exactly one {what} in {}, found {found:?}",
                    dir.display()
                )),
            }
        };
        Ok(Assets {
            js: one("wasm-bindgen module", &|n| {
                n.starts_with("ilrs-explainer-") && n.ends_with(".js")
            })?,
            wasm: one("wasm", &|n| n.ends_with("_bg.wasm"))?,
            css: one("explainer's stylesheet", &|n| {
                n.starts_with("explainer-") && n.ends_with(".css")
            })?,
        })
    }
}

/// The stylesheet inside each shadow root: the page's own rules, with `rem` (which would follow
/// the host page's root font size) made relative to a fixed size, behind a root that inherits
/// nothing from the host.
pub fn shadow_css(main_css: &str) -> String {
    let mut out = format!(
        "/* The explainer inside a shadow root (embed.js). Inherits nothing from the host page. */\n\
         .{EMBED_ROOT_CLASS}{{all:initial;display:block;--ilrs-rem:16px}}\n"
    );
    // Media queries' rem is the browser's initial size, not the host's, and `var()` is not
    // allowed there: their conditions are copied as they are. The CSS may be minified onto one
    // line, so conditions are found in the text, not by line.
    let mut rest = main_css;
    while let Some(at) = rest.find("@media") {
        out.push_str(&without_rem(&rest[..at]));
        let condition_end = rest[at..].find('{').map_or(rest.len(), |i| at + i);
        out.push_str(&rest[at..condition_end]);
        rest = &rest[condition_end..];
    }
    out.push_str(&without_rem(rest));
    out.push('\n');
    out
}

/// `1.5rem` becomes `calc(1.5 * var(--ilrs-rem))`.
fn without_rem(line: &str) -> String {
    let bytes = line.as_bytes();
    let mut out = String::with_capacity(line.len());
    let mut i = 0;
    while i < bytes.len() {
        let starts_number = (bytes[i].is_ascii_digit() || bytes[i] == b'.')
            && (i == 0 || !(bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'-'));
        if starts_number {
            let end = (i..bytes.len())
                .find(|&j| !(bytes[j].is_ascii_digit() || bytes[j] == b'.'))
                .unwrap_or(bytes.len());
            let unit_end = end + 3;
            let is_rem = line.get(end..unit_end) == Some("rem")
                && bytes
                    .get(unit_end)
                    .is_none_or(|b| !b.is_ascii_alphanumeric());
            if is_rem {
                let _ = write!(out, "calc({} * var(--ilrs-rem))", &line[i..end]);
                i = unit_end;
                continue;
            }
            out.push_str(&line[i..end]);
            i = end;
            continue;
        }
        let c = line[i..].chars().next().unwrap_or(' ');
        out.push(c);
        i += c.len_utf8();
    }
    out
}

/// A short content hash for a file name (FNV-1a, hex): the stylesheet changes name when it
/// changes, so it can be cached for good.
pub fn content_hash(bytes: &[u8]) -> String {
    let hash = bytes.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{hash:016x}")
}

/// `embed.js`, kept as a script of its own (`src/embed/embed.js`), as `template` (that file, or
/// the minified copy a release build's hook stages) with this build's file names written in: the
/// wasm-bindgen module and its wasm, the shadow stylesheet and the fragment, each relative to the
/// script's own address.
pub fn embed_js(
    template: &str,
    assets: &Assets,
    shadow_css: &str,
    fragment: &str,
) -> Result<String, String> {
    let mut script = template.to_string();
    for (place, name) in [
        ("@ILRS_JS@", assets.js.as_str()),
        ("@ILRS_WASM@", assets.wasm.as_str()),
        ("@ILRS_CSS@", shadow_css),
        ("@ILRS_FRAGMENT@", fragment),
    ] {
        let quoted = format!("\"{place}\"");
        if script.matches(&quoted).count() != 1 {
            return Err(format!("embed.js must hold {quoted} exactly once"));
        }
        let name: String = name.chars().filter(|c| !matches!(c, '"' | '\\')).collect();
        script = script.replace(&quoted, &format!("\"{name}\""));
    }
    Ok(script)
}

/// The source of `embed.js`, for builds whose hook did not stage a minified copy.
pub const EMBED_JS: &str = include_str!("../embed/embed.js");

/// The inline scripts of a page (those without `src`), as written; data blocks (JSON-LD) are not
/// scripts a browser runs, so they need no hash.
pub fn inline_scripts(html: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        let after = &rest[start..];
        let Some(open_end) = after.find('>') else {
            break;
        };
        let Some(close) = after.find("</script>") else {
            break;
        };
        let open = &after[..open_end];
        if !open.contains(" src=") && !open.contains("application/ld+json") && open_end < close {
            found.push(&after[open_end + 1..close]);
        }
        rest = &after[close + "</script>".len()..];
    }
    found
}

/// The Content-Security-Policy the page works under: its own origin only, wasm compilation, and
/// each inline script by its hash.
pub fn content_security_policy(html: &str) -> String {
    let hashes: Vec<String> = inline_scripts(html)
        .iter()
        .map(|script| {
            format!(
                "'sha256-{}'",
                BASE64.encode(Sha256::digest(script.as_bytes()))
            )
        })
        .collect();
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' {}; style-src 'self'; \
         img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; \
         form-action 'none'",
        hashes.join(" ")
    )
}

/// Writes `embed.js`, the shadow stylesheet, the prerendered fragment and `csp.txt` into the
/// built site, whose `assets` [`Assets::find`] found. The fragment's name carries its hash: its
/// islands must match this build's wasm.
pub fn write(
    dir: &Path,
    assets: &Assets,
    page: &str,
    fragment: &str,
) -> Result<Vec<String>, String> {
    let main_css = std::fs::read_to_string(dir.join(&assets.css))
        .map_err(|e| format!("cannot read {}: {e}", assets.css))?;
    let css = shadow_css(&main_css);
    let css_name = files::embed_stylesheet(&content_hash(css.as_bytes()));
    // In a release build, scripts/minify-glue.mjs stages embed.js minified, its file names
    // still to be written in; otherwise the source as it is.
    let template = std::fs::read_to_string(dir.join(files::EMBED_SCRIPT))
        .ok()
        .filter(|staged| staged.contains("@ILRS_JS@"))
        .unwrap_or_else(|| EMBED_JS.to_string());
    let fragment_name = files::fragment(&content_hash(fragment.as_bytes()));
    let files = [
        (css_name.clone(), css),
        (
            files::EMBED_SCRIPT.to_string(),
            embed_js(&template, assets, &css_name, &fragment_name)?,
        ),
        (fragment_name, fragment.to_string()),
        (files::CSP.to_string(), content_security_policy(page) + "\n"),
    ];
    for (name, contents) in &files {
        std::fs::write(dir.join(name), contents)
            .map_err(|e| format!("cannot write {name}: {e}"))?;
    }
    Ok(files.into_iter().map(|(name, _)| name).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::embed::contract::{
        EAGER_ATTRIBUTE, ELEMENT_FLAGS, EMBED_ATTRIBUTE, EMBED_TAG, READY_ATTRIBUTE,
    };

    #[test]
    fn rem_follows_a_fixed_size_except_in_media_queries() {
        assert_eq!(
            without_rem(
                "  margin: 0 0.35rem 1rem 0; font-size: clamp(1.75rem, 5vw + .5rem, 2.75rem);"
            ),
            "  margin: 0 calc(0.35 * var(--ilrs-rem)) calc(1 * var(--ilrs-rem)) 0; font-size: \
             clamp(calc(1.75 * var(--ilrs-rem)), 5vw + calc(.5 * var(--ilrs-rem)), calc(2.75 * var(--ilrs-rem)));"
        );
        assert_eq!(
            without_rem("--ilrs-measure: 38rem;"),
            "--ilrs-measure: calc(38 * var(--ilrs-rem));"
        );
        assert_eq!(
            without_rem("h2 { width: 1remx; } .a2rem {}"),
            "h2 { width: 1remx; } .a2rem {}"
        );
        let css = shadow_css("@media (min-width: 60rem) {\n  .a { top: 1rem; }\n}");
        assert!(css.contains("@media (min-width: 60rem) {"));
        assert!(css.contains(".a { top: calc(1 * var(--ilrs-rem)); }"));
        // Minified onto one line, as a release build writes it.
        let css = shadow_css(".b{margin:.5rem}@media (min-width:60rem){.a{top:1rem}}.c{left:2rem}");
        assert!(css.contains(".b{margin:calc(.5 * var(--ilrs-rem))}@media (min-width:60rem){"));
        assert!(
            css.contains("{.a{top:calc(1 * var(--ilrs-rem))}}.c{left:calc(2 * var(--ilrs-rem))}")
        );
        assert!(css.starts_with("/* The explainer inside a shadow root"));
    }

    #[test]
    fn the_policy_names_each_inline_script_by_its_hash() {
        let page = "<head><script>alert(1)</script><script src=\"x.js\"></script>\
                    <script type=\"module\">\nlet a = 1;\n</script></head>";
        assert_eq!(inline_scripts(page), ["alert(1)", "\nlet a = 1;\n"]);
        let policy = content_security_policy(page);
        // printf 'alert(1)' | openssl dgst -sha256 -binary | base64
        assert!(
            policy.contains("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"),
            "{policy}"
        );
        assert!(policy.contains("script-src 'self' 'wasm-unsafe-eval' 'sha256-"));
    }

    #[test]
    fn embed_js_names_the_built_assets() {
        let assets = Assets {
            js: "ilrs-explainer-1.js".into(),
            wasm: "ilrs-explainer-1_bg.wasm".into(),
            css: "explainer-1.css".into(),
        };
        let js = embed_js(EMBED_JS, &assets, "embed-2.css", "fragment-3.html").unwrap();
        assert!(js.contains(
            "var BUILD = { js: \"ilrs-explainer-1.js\", wasm: \"ilrs-explainer-1_bg.wasm\", \
             css: \"embed-2.css\", fragment: \"fragment-3.html\" };"
        ));
        assert!(!js.contains("@ILRS_"));
        assert!(embed_js("var a = 1;", &assets, "e.css", "f.html").is_err());
        assert!(js.contains("attachShadow({ mode: \"open\" })"));
        assert!(js.contains(&format!("var MARK = \"{EMBED_ATTRIBUTE}\";")));
        assert!(js.contains(&format!("var TAG = \"{EMBED_TAG}\";")));
        assert!(js.contains(&format!("var ROOT = \"{EMBED_ROOT_CLASS}\";")));
        assert!(js.contains(&format!("var READY = \"{READY_ATTRIBUTE}\";")));
        let flags: Vec<String> = ELEMENT_FLAGS.iter().map(|f| format!("\"{f}\"")).collect();
        assert!(js.contains(&format!("var FLAGS = [{}];", flags.join(", "))));
        assert!(js.contains(&format!("var EAGER = \"{EAGER_ATTRIBUTE}\";")));
    }
}
