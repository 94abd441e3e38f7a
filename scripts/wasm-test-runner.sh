#!/usr/bin/env bash
# Cargo's runner for the wasm32 target (.cargo/config.toml), so that
#   cargo test --target wasm32-unknown-unknown --features hydrate
# works from a fresh clone: it installs the pinned wasm-bindgen-test-runner and Debian's
# Chromium and ChromeDriver where they are missing, then runs the tests in headless Chromium.
source "$(dirname "${BASH_SOURCE[0]}")/tools.sh"
ensure_cargo_tool wasm-bindgen wasm-bindgen-cli "$(wasm_bindgen_version)" >&2
ensure_chromium >&2
exec "$TOOLS_ROOT/bin/wasm-bindgen-test-runner" "$@"
