#!/usr/bin/env bash
# Install the Debian packages docgraph needs to build and run; with --test, also what the
# tests need (NetworkX, python-igraph and R igraph for interop and the README's snippets,
# man-db and zsh for the installed man pages and completions, valgrind, Chromium and
# ChromeDriver for the report, hyperfine for the benchmark, clang and its libFuzzer
# runtime for fuzz/, and a one-node Slurm (munge, slurmctld, slurmd, slurm-client: started
# by scripts/slurm-local.sh, never as services), GNU parallel and Snakemake for the
# shard-and-merge recipes).
# Idempotent: packages already present are skipped, so a second run is quick.
set -euo pipefail

pkgs=(
  build-essential cmake pkg-config
  mecab libmecab-dev mecab-ipadic-utf8
  libxml2-dev libxml2-utils
  libigraph-dev
  libgraphviz-dev graphviz
  check
  libutf8proc-dev
  libuchardet-dev libpoppler-glib-dev libzip-dev libcairo2-dev
  libsqlite3-dev sqlite3
  fonts-ipafont-gothic
  python3
)
if [ "${1:-}" = "--test" ]; then
  pkgs+=(python3-networkx python3-igraph r-cran-igraph man-db zsh hyperfine time valgrind bc
         chromium chromium-driver clang libclang-rt-14-dev
         munge slurmctld slurmd slurm-client parallel snakemake)
fi

missing=()
for p in "${pkgs[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#pkgs[@]} packages present"
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "install-deps: not root and no sudo; install these packages: ${missing[*]}" >&2
    exit 77
  fi
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
