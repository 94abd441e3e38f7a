#!/usr/bin/env bash
# Serves the explainer at http://127.0.0.1:8080/, rebuilding on every change.
# Installs the pinned tools it needs on first run. Extra arguments go to `trunk serve`
# (e.g. --release, --port 9000).
source "$(dirname "${BASH_SOURCE[0]}")/tools.sh"
ensure_build_tools
cd "$ROOT"
say "serving on http://127.0.0.1:8080/ (Ctrl-C stops)"
exec trunk serve "$@"
