#!/usr/bin/env bash
# Configures and builds sitrep in build/ (Release). The CLI ends up at build/sitrep.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DSITREP_TESTS=OFF >/dev/null
cmake --build build -j"$(nproc)" --target sitrep
