#!/usr/bin/env bash
# The README's first command: install the Debian packages docgraph needs, build it, and
# run it on the sample documents in input/, writing diagrams and graph files to output/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build/release -DCMAKE_BUILD_TYPE=Release -DDG_TESTS=OFF >/dev/null
cmake --build build/release -j"$(nproc)"
./build/release/docgraph run input -o output
ls -l output
