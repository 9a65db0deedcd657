#!/usr/bin/env bash
# Builds the web page that `sitrep serve` embeds: installs the pinned npm
# packages (package-lock.json) when they changed, then bundles web/src into
# OUTDIR (default web/dist) with esbuild. Usage: web/build.sh [OUTDIR]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$(realpath -m "${1:-$here/dist}")"
cd "$here"
# Never download a browser: the tests drive Debian's /usr/bin/chromium.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
# npm ci wipes node_modules, so it runs only when the lock file changed since the
# last install (two build trees may call this script one after the other).
stamp=node_modules/.sitrep-lock
if ! cmp -s package-lock.json "$stamp" 2>/dev/null; then
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json "$stamp"
fi
node build.mjs "$out"
