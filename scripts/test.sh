#!/usr/bin/env bash
# Runs every check and test: formatting and lints on both targets, native tests (data, validator,
# pure core, prerender), wasm-bindgen component tests in headless Chromium, a release build of
# the site, its data package validated by frictionless, its HTML by the Nu Html Checker, and the
# browser journeys against it (Chromium; the reader's main journeys in Firefox and WebKit too).
# Installs pinned tools that are missing.
source "$(dirname "${BASH_SOURCE[0]}")/tools.sh"
ensure_build_tools
ensure_chromium
ensure_other_engines
ensure_frictionless
ensure_java
cd "$ROOT"

# A fresh clone gains nothing from incremental compilation, which would add 2 GB to target/.
if [[ -n "${CI:-}" ]]; then export CARGO_INCREMENTAL=0; fi

say "formatting"
cargo fmt --all -- --check

say "prerendering the pages the wasm tests hydrate (tests/web/page.html, embed.html)"
cargo run --quiet --features ssr --bin prerender -- --fragment tests/web/page.html
cargo run --quiet --features ssr --bin prerender -- --embed-fragment tests/web/embed.html

say "clippy (native, then wasm32, then wasm32 as released: its split points are release-only)"
cargo clippy --quiet --all-targets --features ssr -- -D warnings
cargo clippy --quiet --all-targets --target wasm32-unknown-unknown --features hydrate -- -D warnings
cargo clippy --quiet --release --target wasm32-unknown-unknown --features hydrate,split -- -D warnings

say "native tests"
cargo test --features ssr

say "wasm-bindgen tests of every island in headless Chromium"
cargo test --target wasm32-unknown-unknown --features hydrate

# The journeys read the share tags, the oEmbed document and the sitemap, which need the site's
# address: an example one, which they map back onto their local server.
say "release build of the site"
ILRS_SITE_URL=https://news.example/ilrs/ ILRS_PUBLISHER="The Example Times" trunk build --release

# The package's descriptor, and every CSV's rows against its schema (types, patterns, keys).
say "validating the downloads' data package (frictionless)"
frictionless validate dist/datapackage.json

say "every built HTML page through the Nu Html Checker (errors only)"
node scripts/check-html.mjs dist

say "browser journeys (Chromium through Playwright; Firefox ESR and WebKitGTK in engines.test.mjs)"
node --test --test-concurrency=1 tests/e2e/
