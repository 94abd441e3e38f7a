#!/usr/bin/env bash
# Builds the release site and prints its figures: page weight (brotli) and Lighthouse mobile
# scores, with the LCP of the page with its scripts removed beside it. Figures, not a pass/fail.
# LIGHTHOUSE_RUNS=N sets the runs per page (default 3); SKIP_LIGHTHOUSE=1 prints the weight only.
source "$(dirname "${BASH_SOURCE[0]}")/tools.sh"
ensure_build_tools
ensure_chromium
cd "$ROOT"
say "release build"
trunk build --release
say "measuring"
node tests/bench/page.mjs
say "explorer: filter plus counts over 10,000 synthetic records (release wasm, headless Chromium)"
ILRS_PRERENDERED_FRAGMENT="$ROOT/target/ilrs/prerendered-fragment.html" \
  cargo test --release --target wasm32-unknown-unknown --features hydrate --test explore_bench -- --nocapture 2>&1 |
  grep "explorer bench"
say "explorer: a click to the DOM updated (real data, release build)"
node --test --test-name-pattern="figure" tests/e2e/explorer.test.mjs 2>&1 | grep "click to DOM"
