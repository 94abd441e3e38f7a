#!/usr/bin/env bash
# Builds the release site and prints its figures, all from one run: what a page load and a page
# with one script embed transfer (brotli, counted by the browser), the wasm's size, first paint,
# time to answer and long tasks on three profiles (medians of 5) beside the same page with its
# scripts off, the elements at load and the page's length at 375x667, where the mid phone's long
# tasks go (tests/bench/trace.mjs: parse, style, layout, script, wasm compile, GC), how long a
# reader who jumps to the explorer waits for its code (tests/bench/explorer-chunk.mjs), Lighthouse
# mobile, where a load's bytes go
# (tests/bench/weight.mjs), and the explorer's filter timings. Figures, not a pass/fail.
#
#   ./scripts/bench.sh                 this build
#   ./scripts/bench.sh --baseline REV  the same figures for REV (a commit) measured in the same run
#
# LOAD_RUNS=N sets the loads per profile (default 5), LIGHTHOUSE_RUNS=N the Lighthouse runs
# (default 3); SKIP_LIGHTHOUSE=1 leaves Lighthouse out. The baseline is built in a worktree at
# $TMPDIR/ilrs-bench-baseline (ILRS_BENCH_BASELINE moves it), with its own target folder in this
# clone's; `node tests/bench/load.mjs --baseline /tmp/ilrs-bench-baseline/dist` measures the
# loads again.
source "$(dirname "${BASH_SOURCE[0]}")/tools.sh"
ensure_build_tools
ensure_chromium
cd "$ROOT"

baseline_args=()
if [ "${1:-}" = "--baseline" ]; then
  rev="${2:?--baseline needs a commit}"
  # Outside the clone: Cargo reads every .cargo/config.toml from the build's folder up, and this
  # clone's (relocations for the wasm's split) must not reach a baseline built without it.
  base="${ILRS_BENCH_BASELINE:-${TMPDIR:-/tmp}/ilrs-bench-baseline}"
  say "building $rev in $base (a worktree of its own, its own target folder)"
  git worktree remove --force "$base" 2>/dev/null || true
  git worktree prune
  git worktree add --force --detach "$base" "$rev" >/dev/null
  # The post-build hook runs the pinned npm tools from the tree it builds: share this one's.
  ln -sfn "$ROOT/node_modules" "$base/node_modules"
  (cd "$base" && CARGO_TARGET_DIR="$ROOT/target/bench-baseline-target" trunk build --release)
  baseline_args=(--baseline "$base/dist")
fi

say "release build"
trunk build --release
say "loads: bytes transferred, first paint, time to answer, long tasks"
node tests/bench/load.mjs "${baseline_args[@]}"
say "where the long tasks go on the mid phone (a Chromium trace of each load)"
node tests/bench/trace.mjs "${baseline_args[@]}"
say "the explorer's chunk: how long a reader who jumps to the explorer waits for it"
node tests/bench/explorer-chunk.mjs
say "page weight and Lighthouse"
node tests/bench/page.mjs
say "where a page load's bytes go: the files, index.html's parts and attributes, the wasm's sections"
node tests/bench/weight.mjs
say "explorer: filter plus counts over 10,000 synthetic records (release wasm, headless Chromium)"
cargo test --release --target wasm32-unknown-unknown --features hydrate --test explore_bench -- --nocapture 2>&1 |
  grep "explorer bench"
say "explorer: a click to the DOM updated (real data, release build)"
node --test --test-name-pattern="figure" tests/e2e/explorer.test.mjs 2>&1 | grep "click to DOM"
