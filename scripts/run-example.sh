#!/usr/bin/env bash
# Newcomer's first command: install dependencies, build, and code the
# built-in example article, printing one JSON event record per line.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
build/sitrep code --date 2024-02-03 examples/article.txt
