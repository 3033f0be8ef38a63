#!/usr/bin/env bash
# The source tarball: cpack makes it from the source tree, with the sources and without build
# trees, git metadata or editor leftovers.
# Usage: source_package_test.sh CPACK BUILD_DIR VERSION
set -euo pipefail

cpack_exe=$1
build_dir=$(realpath "$2")
version=$3

failures=0
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

work=$(mktemp -d "${TMPDIR:-/tmp}/quotawatch-source-test.XXXXXX")
trap 'rm -rf "$work"' EXIT

"$cpack_exe" --config "$build_dir/CPackSourceConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 ||
  { cat "$work/cpack.log"; echo "FAIL: cpack failed" >&2; exit 1; }
tarball=$work/out/quotawatch-$version.tar.gz
[ -f "$tarball" ] || { ls "$work/out"; echo "FAIL: no $(basename "$tarball")" >&2; exit 1; }
tar -tzf "$tarball" | sort >"$work/list"
echo "$(basename "$tarball"): $(stat -c %s "$tarball") bytes, $(wc -l <"$work/list") entries"

top=quotawatch-$version
for f in CMakeLists.txt CMakePresets.json README.md cmake/QuotawatchPackaging.cmake \
  app/quotawatch/main.cpp packaging/CMakeLists.txt packaging/quotawatch-server.service \
  resources/io.github.quotawatch.Quotawatch.svg tests/packaging/deb_package_test.sh \
  scripts/install-deps.sh; do
  grep -q -x "$top/$f" "$work/list" || fail "the tarball lacks $f"
done
unwanted=$(grep -E "^$top/(build|build-[^/]*|\.git)(/|$)|/_CPack_Packages/|/\.cache/|/compile_commands\.json$|\.user$|~$|\.swp$" \
  "$work/list" || true)
[ -z "$unwanted" ] || fail "the tarball holds what it must not: $(head -5 <<<"$unwanted")"
outside=$(grep -v "^$top/" "$work/list" || true)
[ -z "$outside" ] || fail "entries outside $top/: $(head -5 <<<"$outside")"

if [ "$failures" -ne 0 ]; then
  echo "$failures check(s) failed" >&2
  exit 1
fi
echo "the source tarball passed"
