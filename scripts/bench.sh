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
