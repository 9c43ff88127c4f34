#!/bin/sh
# docgraph installed like a library, checked from the build tree BUILD:
#   1. `cmake --install` into a staging prefix: the tool, both libraries (soname), headers,
#      dictionaries, docgraph.pc, the CMake package, man pages and completions;
#   2. the example compiled through pkg-config, and through find_package(docgraph), against
#      the staged prefix, and run: it finds the staged dictionaries by itself (never the
#      source tree's);
#   3. the staged tool run on input/: --version names the fingerprint, and the graph files
#      are written;
#   4. the man pages render without a warning, the completions parse;
#   5. with cpack: `cpack -G DEB`, its control fields and contents (dpkg-deb -I/-c), then the
#      package unpacked into a throwaway root and its tool run from there.
# usage: tests/install.sh BUILD OUT   (exit 77 = skipped: a tool is missing)
set -eu
build=$(cd "$1" && pwd) out=$2
mkdir -p "$out" && out=$(cd "$out" && pwd)
src=$(cd "$(dirname "$0")/.." && pwd)
rm -rf "$out" && mkdir -p "$out"
fail() { echo "FAIL: $*"; exit 1; }
has() { [ -e "$1" ] || fail "missing $1"; }

stage=$out/stage
cmake --install "$build" --prefix "$stage" >/dev/null
libdir=$(cd "$stage" && ls -d lib*/ | head -1)
libdir=${libdir%/}
for f in bin/docgraph "$libdir/libdocgraph.a" "$libdir/libdocgraph.so.0" "$libdir/pkgconfig/docgraph.pc" \
         "$libdir/cmake/docgraph/docgraphConfig.cmake" include/docgraph/graph.h \
         share/docgraph/dicts/countries.tsv share/docgraph/dicts/rules \
         share/man/man1/docgraph.1 share/man/man5/docgraph-dicts.5 \
         share/bash-completion/completions/docgraph share/zsh/vendor-completions/_docgraph; do
  has "$stage/$f"
done
soname=$(objdump -p "$stage/$libdir/libdocgraph.so.0" | awk '/SONAME/ {print $2}')
[ "$soname" = libdocgraph.so.0 ] || fail "soname $soname"

# 2. the example through pkg-config; it must find the staged dictionaries with no help
export PKG_CONFIG_PATH="$stage/$libdir/pkgconfig"
[ "$(pkg-config --modversion docgraph)" = "$(sed -n 's/^project(docgraph VERSION \([0-9.]*\).*/\1/p' "$src/CMakeLists.txt")" ] ||
  fail "pkg-config --modversion docgraph"
cc -Wall -Werror "$src/examples/graph_counts.c" $(pkg-config --cflags --libs docgraph) \
  -Wl,-rpath,"$stage/$libdir" -o "$out/graph_counts" || fail "the example does not build"
(cd "$out" && env -u DOCGRAPH_DICTS ./graph_counts "$src/input" >graph.graphml 2>counts.txt) ||
  fail "the example failed: $(cat "$out/counts.txt")"
grep -q "entities" "$out/counts.txt" && xmllint --noout "$out/graph.graphml" || fail "example output"
ldd "$out/graph_counts" | grep -q "$stage/$libdir/libdocgraph.so.0" || fail "the example is not linked to the staged library"

# ... and through the CMake package (find_package(docgraph))
cmake -S "$src/examples" -B "$out/example-cmake" -DCMAKE_PREFIX_PATH="$stage" >"$out/cmake.log" 2>&1 &&
  cmake --build "$out/example-cmake" >>"$out/cmake.log" 2>&1 || fail "find_package(docgraph): $(tail -5 "$out/cmake.log")"
LD_LIBRARY_PATH="$stage/$libdir" "$out/example-cmake/graph_counts" "$src/input" >/dev/null 2>&1 ||
  fail "the example built with CMake does not run"

# 3. the staged tool: its own dictionaries, the same fingerprint as the build tree's
v=$(env -u DOCGRAPH_DICTS "$stage/bin/docgraph" --version)
echo "$v" | grep -q "dictionaries [0-9a-f]\{16\} ($stage/share/docgraph/dicts)" || fail "--version: $v"
echo "$v" | grep -q "MeCab" && echo "$v" | grep -q "igraph" || fail "--version libraries: $v"
env -u DOCGRAPH_DICTS "$stage/bin/docgraph" run -q -T svg --view all "$src/input" -o "$out/run" ||
  fail "the staged tool cannot run"
has "$out/run/graph.graphml"

# 4. man pages and completions
for m in "$stage/share/man/man1/docgraph.1" "$stage/share/man/man5/docgraph-dicts.5"; do
  w=$(groff -man -ww -z -Tutf8 "$m" 2>&1) || fail "$m does not render"
  [ -z "$w" ] || fail "$m: $w"
done
MANWIDTH=80 man -l "$stage/share/man/man1/docgraph.1" 2>/dev/null | grep -q "docgraph help COMMAND" ||
  fail "man docgraph does not show the synopsis"
bash -n "$stage/share/bash-completion/completions/docgraph" || fail "bash completion"
words=$(bash -c ". '$stage/share/bash-completion/completions/docgraph'; COMP_WORDS=(docgraph graph -f ne); COMP_CWORD=3; _docgraph; echo \${COMPREPLY[*]}")
[ "$words" = neo4j ] || fail "bash completion of -f ne: $words"
if command -v zsh >/dev/null; then zsh -n "$stage/share/zsh/vendor-completions/_docgraph" || fail "zsh completion"; fi

# 5. the Debian package
if ! command -v cpack >/dev/null || ! command -v dpkg-deb >/dev/null; then
  echo "install ok (no cpack or dpkg-deb: the .deb not checked)"
  exit 0
fi
(cd "$out" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$out/pkg" >cpack.log 2>&1) ||
  fail "cpack: $(tail -5 "$out/cpack.log")"
deb=$(ls "$out"/pkg/docgraph_*.deb)
info=$(dpkg-deb -I "$deb")
for dep in libigraph libmecab2 libxml2 libgvc mecab-ipadic-utf8 libc6; do
  echo "$info" | grep -q "Depends:.*$dep" || fail ".deb does not depend on $dep: $info"
done
contents=$(dpkg-deb -c "$deb")
for f in ./usr/bin/docgraph ./usr/lib/libdocgraph.so.0.1.0 ./usr/lib/pkgconfig/docgraph.pc \
         ./usr/lib/cmake/docgraph/docgraphConfig.cmake ./usr/include/docgraph/graph.h \
         ./usr/share/docgraph/dicts/countries.tsv ./usr/share/man/man1/docgraph.1 \
         ./usr/share/bash-completion/completions/docgraph; do
  echo "$contents" | grep -q " $f\$" || echo "$contents" | grep -q " $f " || fail ".deb lacks $f"
done
root=$out/root
dpkg-deb -x "$deb" "$root"
env -u DOCGRAPH_DICTS "$root/usr/bin/docgraph" --version | grep -q "($root/usr/share/docgraph/dicts)" ||
  fail "the packaged tool does not find its own dictionaries"
env -u DOCGRAPH_DICTS "$root/usr/bin/docgraph" graph -f json "$src/input" >"$out/deb.json" ||
  fail "the packaged tool cannot run"
echo "install ok: staged prefix, pkg-config example, man pages, completions, $(basename "$deb")"
