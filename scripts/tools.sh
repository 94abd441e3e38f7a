# Sourced by the other scripts: puts the project's pinned tools on PATH and installs any that are
# missing. Every step checks first, so a second run does nothing and takes seconds.
#
# Pinned here: trunk, wasm-bindgen-cli (= Cargo.lock's wasm-bindgen), wasm-split-cli, the npm tools in
# package-lock.json (wasm-opt from binaryen, playwright-core, puppeteer-core, lighthouse, axe-core),
# Debian's chromium + chromium-driver, firefox-esr, webkit2gtk-driver and xvfb for the browser
# tests, a Java runtime for the Nu Html Checker
# (vnu-jar), and frictionless (PyPI, in a venv of its own)
# to validate the downloads' datapackage.json.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.21.14"
WASM_SPLIT_VERSION="0.2.4"
# frictionless and its dependencies: pinned in scripts/frictionless-requirements.txt.
FRICTIONLESS_REQUIREMENTS="$ROOT/scripts/frictionless-requirements.txt"
# Cargo-installed tools live outside the clone so a fresh clone reuses them.
TOOLS_ROOT="${ILRS_TOOLS_ROOT:-${XDG_CACHE_HOME:-$HOME/.cache}/ilrs-explainer-tools}"
export PATH="$ROOT/node_modules/.bin:$TOOLS_ROOT/bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
# Trunk must not look online for a newer version of itself or its tools.
export TRUNK_SKIP_VERSION_CHECK=true TRUNK_OFFLINE=true

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

ensure_rust() {
  command -v rustup >/dev/null || die "rustup is missing: install Rust from your distribution or rustup, then run this again"
  # Installs the channel and the wasm32 target named in rust-toolchain.toml, if missing.
  (cd "$ROOT" && rustup toolchain install >/dev/null 2>&1 || true)
  if ! (cd "$ROOT" && rustup target list --installed | grep -qx wasm32-unknown-unknown); then
    say "adding the wasm32-unknown-unknown target"
    (cd "$ROOT" && rustup target add wasm32-unknown-unknown)
  fi
}

# ensure_cargo_tool BINARY CRATE VERSION [cargo install flags...]
ensure_cargo_tool() {
  local bin="$1" crate="$2" version="$3"
  shift 3
  if "$TOOLS_ROOT/bin/$bin" --version 2>/dev/null | grep -qF " $version"; then
    return
  fi
  # A tool with no --version (wasm-split-cli): what cargo install recorded.
  if [ -x "$TOOLS_ROOT/bin/$bin" ] && grep -qF "\"$crate $version (" "$TOOLS_ROOT/.crates.toml" 2>/dev/null; then
    return
  fi
  say "installing $crate $version into $TOOLS_ROOT (once; takes minutes)"
  cargo install "$crate" --version "=$version" --root "$TOOLS_ROOT" --force "$@"
}

ensure_build_tools() {
  ensure_rust
  ensure_cargo_tool trunk trunk "$TRUNK_VERSION" --locked
  # Not --locked: one of its locked dependencies is no longer on the registry.
  ensure_cargo_tool wasm-bindgen wasm-bindgen-cli "$(wasm_bindgen_version)"
  # Splits the explorer's code out of the wasm (scripts/split-wasm.mjs); the version that reads
  # the split points of Leptos's wasm_split_helpers in Cargo.lock.
  ensure_cargo_tool wasm-split-cli wasm_split_cli_support "$WASM_SPLIT_VERSION" --locked --features build-binary
  ensure_npm_tools
}

ensure_npm_tools() {
  command -v node >/dev/null && command -v npm >/dev/null \
    || die "Node.js 20+ and npm are missing: run  apt-get install -y nodejs npm  (or install Node 20 LTS)"
  local major
  major="$(node -p 'process.versions.node.split(".")[0]')"
  [ "$major" -ge 20 ] || die "Node.js $(node --version) is too old: the pinned Playwright needs 20 or newer"
  local stamp="$ROOT/node_modules/.ilrs-lock"
  local want
  want="$(sha256sum "$ROOT/package-lock.json" | cut -d' ' -f1)"
  if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    say "installing the pinned npm tools (npm ci)"
    (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error)
    echo "$want" >"$stamp"
  fi
}

# Installs Debian packages when run as root (with apt); otherwise stops with the command to run.
# $1 says what needs them, for the message; the rest are the packages.
apt_install() {
  local why="$1"
  shift
  local cmd="apt-get update && apt-get install -y $*"
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    say "installing Debian's $*"
    DEBIAN_FRONTEND=noninteractive sh -c "$cmd"
  else
    die "$why; as root, run:  $cmd"
  fi
}

ensure_chromium() {
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    return
  fi
  apt_install "the browser tests need Debian's Chromium and its driver" chromium chromium-driver
}

# frictionless, which validates the downloads' datapackage.json and every CSV's rows against its
# schema. Installed from PyPI into a venv under the tools folder (never into the system's Python)
# and linked into its bin/, which is on PATH, at the versions the requirements file pins (every
# dependency too). The stamp holds that file's hash, so a second run reads one file and starts
# the venv's Python once (which fails if the Python it was made from has gone).
ensure_frictionless() {
  local venv="$TOOLS_ROOT/frictionless" stamp="$TOOLS_ROOT/frictionless/.ilrs-requirements"
  local want
  want="$(sha256sum "$FRICTIONLESS_REQUIREMENTS" | cut -d' ' -f1)"
  if [ "$(cat "$stamp" 2>/dev/null)" = "$want" ] && [ -x "$TOOLS_ROOT/bin/frictionless" ] \
    && "$venv/bin/python" -c '' 2>/dev/null; then
    return
  fi
  # Debian ships venv (with ensurepip) apart from Python itself.
  if ! python3 -c 'import venv, ensurepip' >/dev/null 2>&1; then
    apt_install "validating the data package needs Python 3 with venv" python3 python3-venv
  fi
  say "installing $(grep '^frictionless==' "$FRICTIONLESS_REQUIREMENTS") into $venv (once)"
  python3 -m venv --clear "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check --no-deps -r "$FRICTIONLESS_REQUIREMENTS"
  "$venv/bin/pip" check --disable-pip-version-check >/dev/null
  mkdir -p "$TOOLS_ROOT/bin"
  ln -sf "$venv/bin/frictionless" "$TOOLS_ROOT/bin/frictionless"
  echo "$want" >"$stamp"
}

# A Java runtime for the Nu Html Checker (vnu-jar, from package-lock.json), which checks every
# built HTML page: Debian's, installed when run as root; otherwise the script prints the command.
ensure_java() {
  if command -v java >/dev/null && java -version >/dev/null 2>&1; then
    return
  fi
  apt_install "checking the built HTML needs a Java runtime" default-jre-headless
}

# The other two engines the journeys run in (tests/e2e/engines.test.mjs): Debian's Firefox ESR,
# driven by puppeteer-core (package-lock.json) over WebDriver BiDi, and WebKitGTK's MiniBrowser
# with its WebDriver, on a virtual X display. Installed when run as root; otherwise the script
# prints the command.
ensure_other_engines() {
  local missing=()
  [ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
  [ -x /usr/bin/WebKitWebDriver ] || missing+=(webkit2gtk-driver)
  [ -x /usr/bin/Xvfb ] || missing+=(xvfb)
  [ "${#missing[@]}" = 0 ] && return
  apt_install "the journeys in Firefox and WebKit need Debian's ${missing[*]}" "${missing[@]}"
}
