#!/usr/bin/env bash
# Installs sitrep's build and test dependencies from Debian 12's packages.
# Safe to run again: apt skips what is already installed.
set -euo pipefail

packages=(
  build-essential cmake pkg-config git clang
  libgtest-dev libgmock-dev libbenchmark-dev
  nlohmann-json3-dev libcli11-dev libutf8proc-dev
  zlib1g-dev libzstd-dev zstd gzip
  libgeonames-dev iso-codes
  liblingua-en-tagger-perl
  libsqlite3-dev            # the event store (src/store, sitrep ingest / query)
  libcpp-httplib-dev        # the HTTP server (src/server, sitrep serve)
  nodejs                    # builds the web page (web/build.sh: npm ci, esbuild) and runs its tests; web/ wants Node 20
  npm                       # installs web/'s pinned packages (skipped when the installed nodejs brings its own npm)
  chromium                  # the browser the web tests drive headless (tests/web); never a downloaded one
  libpq-dev                 # the event store on PostgreSQL (--db postgresql://...): the C client library
  postgresql-15             # its tests start a throwaway server (initdb + pg_ctl from /usr/lib/postgresql/15/bin)
  # the Python module and its tests (python/, tests/python): pybind11, pandas, pytest, Dask, zstd for shards
  pybind11-dev python3-dev python3-pybind11 python3-pandas python3-pytest python3-dask python3-distributed python3-zstandard python3-venv python3-pip python3-setuptools python3-wheel
)

missing=()
for p in "${packages[@]}"; do
  # NodeSource's nodejs (Node 20 on these machines) bundles npm and conflicts with Debian's npm.
  if [ "$p" = npm ] && command -v npm >/dev/null; then continue; fi
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#packages[@]} packages already installed"
  exit 0
fi

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
