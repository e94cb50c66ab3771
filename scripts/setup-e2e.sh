#!/usr/bin/env bash
# Installs what the end-to-end tests and `npm start` need: Debian's Chromium (driven by
# playwright-core), the libraries code-server builds against, ripgrep, an emoji font (the phase
# markers must render), and code-server itself under .e2e/code-server (outside the project's
# node_modules, so a plain `npm install` stays light). Idempotent: it exits at once when all is there.
set -euo pipefail

CODE_SERVER_VERSION="4.100.3"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PREFIX="$ROOT/.e2e/code-server"
BIN="$PREFIX/node_modules/.bin/code-server"
APT_PACKAGES=(chromium libkrb5-dev ripgrep fonts-noto-color-emoji)

log() { printf 'setup-e2e: %s\n' "$*"; }

missing_apt() {
  local p
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || printf '%s ' "$p"
  done
}

# code-server is usable when its binary reports the pinned version and its postinstall has built
# the VS Code server dependencies (npm 11 may skip dependency install scripts without saying so).
code_server_ready() {
  [ -x "$BIN" ] || return 1
  "$BIN" --version 2>/dev/null | grep -q "^$CODE_SERVER_VERSION" || return 1
  [ -d "$PREFIX/node_modules/code-server/lib/vscode/node_modules" ] || return 1
  [ -x "$PREFIX/node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg" ] || return 1
  return 0
}

MISSING="$(missing_apt)"
if [ -z "$MISSING" ] && code_server_ready; then
  log "everything is installed (code-server $CODE_SERVER_VERSION, chromium)"
  exit 0
fi

if [ -n "$MISSING" ]; then
  if [ "$(id -u)" -ne 0 ]; then
    log "missing Debian packages: $MISSING; run this script as root (or: sudo apt-get install -y $MISSING)"
    exit 1
  fi
  log "installing Debian packages: $MISSING"
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y "${APT_PACKAGES[@]}"
fi

if ! code_server_ready; then
  # @vscode/ripgrep's postinstall downloads rg unless it finds this archive in its cache; the machine
  # has no access to that download, so Debian's rg is packed into the cache under the expected name.
  CACHE="${TMPDIR:-/tmp}/vscode-ripgrep-cache-1.15.11"
  ARCHIVE="$CACHE/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
  if [ ! -s "$ARCHIVE" ]; then
    log "packing Debian's ripgrep into $ARCHIVE"
    mkdir -p "$CACHE"
    STAGE="$(mktemp -d)"
    cp "$(command -v rg)" "$STAGE/rg"
    tar -czf "$ARCHIVE" -C "$STAGE" rg
    rm -rf "$STAGE"
  fi
  log "installing code-server $CODE_SERVER_VERSION into $PREFIX (about two minutes)"
  mkdir -p "$PREFIX"
  [ -f "$PREFIX/package.json" ] || printf '{ "name": "rfc-author-e2e-code-server", "private": true }\n' > "$PREFIX/package.json"
  npm_config_yes=true npm install --prefix "$PREFIX" --unsafe-perm --no-audit --no-fund \
    --foreground-scripts "code-server@$CODE_SERVER_VERSION"
  if ! code_server_ready; then
    # The install scripts were skipped: run code-server's own postinstall explicitly.
    log "code-server's postinstall did not run; running it now"
    (cd "$PREFIX/node_modules/code-server" && npm_config_yes=true npm run postinstall --unsafe-perm --foreground-scripts)
  fi
  if ! code_server_ready; then
    log "code-server $CODE_SERVER_VERSION is installed but does not start; see the output above"
    exit 1
  fi
fi
log "ready: $("$BIN" --version | head -1)"
