#!/usr/bin/env bash
# Installs what the test tiers beyond the unit tests need on a fresh machine, once:
#   - Neovim 0.7 (Debian's `neovim`): the second, independent LSP client of the protocol tests;
#   - code-server, Chromium and fonts for the end-to-end tests (scripts/setup-e2e.sh).
# Idempotent and quick when everything is there; `npm test` calls it first. Run as root on a fresh
# machine (it uses apt-get).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

if ! command -v nvim >/dev/null 2>&1; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "setup-tests: Neovim is missing; run this script as root (or: sudo apt-get install -y neovim)" >&2
    exit 1
  fi
  echo "setup-tests: installing Debian's neovim"
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y neovim
fi

bash "$ROOT/scripts/setup-e2e.sh"
