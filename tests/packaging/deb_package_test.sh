#!/usr/bin/env bash
# The Debian package as a person gets it: cpack builds it from this build tree, dpkg-deb unpacks
# it into a temporary root, and the programs run from there (never from the build tree). The
# desktop entry and AppStream metadata are validated as installed, and lintian checks the .deb.
# Usage: deb_package_test.sh CPACK BUILD_DIR VERSION
set -euo pipefail

cpack_exe=$1
build_dir=$(realpath "$2")
version=$3
app_id=io.github.quotawatch.Quotawatch

failures=0
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}
die() {
  echo "FAIL: $*" >&2
  exit 1
}
for tool in dpkg-deb dpkg-shlibdeps lintian desktop-file-validate appstreamcli file readelf strace; do
  command -v "$tool" >/dev/null || die "$tool is missing (scripts/install-deps.sh installs it)"
done

work=$(mktemp -d "${TMPDIR:-/tmp}/quotawatch-package-test.XXXXXX")
trap 'rm -rf "$work"' EXIT
root=$work/root

echo "== cpack -G DEB"
"$cpack_exe" -G DEB --config "$build_dir/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 ||
  { cat "$work/cpack.log"; die "cpack failed"; }
deb=$work/out/quotawatch_${version}_$(dpkg --print-architecture).deb
[ -f "$deb" ] || { ls "$work/out"; die "no $(basename "$deb")"; }
echo "$(basename "$deb"): $(stat -c %s "$deb") bytes"

echo "== control fields"
[ "$(dpkg-deb -f "$deb" Package)" = quotawatch ] || fail "Package is not quotawatch"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "Version is not $version"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
# From dpkg-shlibdeps (the libraries the programs link), and the SQLite driver named by hand.
for dep in libc6 libqt6core6 libqt6widgets6 libqt6network6 libqt6sql6 libqt6svg6 \
  libqt6keychain1 libsqlite3-0 libqt6sql6-sqlite; do
  [[ ", $depends," == *", $dep "* || ", $depends," == *", $dep,"* ]] ||
    fail "Depends lacks $dep"
done
# The server speaks HTTP itself (server/http): Qt HTTP Server is no longer linked.
[[ "$depends" != *libqt6httpserver6* ]] || fail "Depends names libqt6httpserver6, which nothing links"

echo "== unpack"
dpkg-deb -x "$deb" "$root"
expected=(
  usr/bin/quotawatch usr/bin/quotawatch-cli usr/bin/quotawatch-server
  "usr/share/applications/$app_id.desktop"
  "usr/share/metainfo/$app_id.metainfo.xml"
  "usr/share/icons/hicolor/scalable/apps/$app_id.svg"
  usr/share/man/man1/quotawatch.1.gz usr/share/man/man1/quotawatch-cli.1.gz
  usr/share/man/man1/quotawatch-server.1.gz
  usr/lib/systemd/system/quotawatch-server.service
  usr/share/doc/quotawatch/copyright usr/share/doc/quotawatch/changelog.gz
)
for size in 16 22 24 32 48 64 128 256; do
  expected+=("usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for f in "${expected[@]}"; do
  [ -f "$root/$f" ] || fail "the package lacks /$f"
done
for size in 16 22 24 32 48 64 128 256; do
  png=$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png
  [ -f "$png" ] || continue
  file -b "$png" | grep -q "^PNG image data, $size x $size," ||
    fail "${size}x$size icon is $(file -b "$png")"
done
for program in quotawatch quotawatch-cli quotawatch-server; do
  page=$root/usr/share/man/man1/$program.1.gz
  [ -f "$page" ] || continue
  gzip -dc "$page" | grep -q '^\.SH NAME' || fail "$program(1) has no NAME section"
  gzip -dc "$page" | grep -q "^$program.* \\\\- " || fail "$program(1) has no whatis line"
  gzip -dc "$page" | grep -q '^\.SH SYNOPSIS' || fail "$program(1) has no SYNOPSIS (from --help)"
  gzip -dc "$page" | grep -q "^\\.TH .*\"Quotawatch $version\"" ||
    fail "$program(1) does not name Quotawatch $version"
done

echo "== the unpacked programs stand on their own"
for program in quotawatch quotawatch-cli quotawatch-server; do
  exe=$root/usr/bin/$program
  [ -x "$exe" ] || { fail "/usr/bin/$program is not executable"; continue; }
  [[ "$(realpath "$exe")" == "$root/"* ]] || fail "$exe resolves outside the unpacked root"
  if readelf -d "$exe" | grep -E -q '\((RPATH|RUNPATH)\)'; then
    fail "$program has an RPATH/RUNPATH: $(readelf -d "$exe" | grep -E 'RPATH|RUNPATH')"
  fi
  libs=$(ldd "$exe")
  ! grep -q 'not found' <<<"$libs" || fail "$program misses libraries: $(grep 'not found' <<<"$libs")"
  ! grep -q -F "$build_dir" <<<"$libs" || fail "$program loads libraries from the build tree"
  file -b "$exe" | grep -q ', stripped' || fail "$program is not stripped"
  # Hardened as Debian's own packages: every symbol bound at load time, so the relocations
  # are read-only. (_FORTIFY_SOURCE is in the flags too, but in this C++ code the compiler
  # proves nearly every libc call's size at compile time: no __*_chk import to look for.)
  readelf -d "$exe" | grep -E -q '\(FLAGS\).*\bBIND_NOW\b|\(FLAGS_1\).*\bNOW\b' ||
    fail "$program is not linked with -z now"
  readelf -l "$exe" | grep -q 'GNU_RELRO' || fail "$program has no RELRO segment"
done

# A clean environment: no build-tree server named, a home of its own for settings and history.
home=$work/home
mkdir -p "$home"
run() {
  env -i PATH=/usr/bin:/bin HOME="$home" XDG_CONFIG_HOME="$home/.config" \
    XDG_DATA_HOME="$home/.local/share" XDG_CACHE_HOME="$home/.cache" \
    XDG_RUNTIME_DIR="$home/run" QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 "$@"
}
mkdir -m 0700 "$home/run"

echo "== $root/usr/bin/quotawatch --version"
out=$(run "$root/usr/bin/quotawatch" --version) || fail "quotawatch --version exited $?"
echo "$out"
[ "$out" = "quotawatch $version" ] || fail "quotawatch --version printed '$out'"

echo "== $root/usr/bin/quotawatch-cli --help"
out=$(run "$root/usr/bin/quotawatch-cli" --help) || fail "quotawatch-cli --help exited $?"
head -3 <<<"$out"
grep -q '^Usage: quotawatch-cli' <<<"$out" || fail "quotawatch-cli --help printed no usage"

echo "== $root/usr/bin/quotawatch-server --version"
out=$(run "$root/usr/bin/quotawatch-server" --version) || fail "quotawatch-server --version exited $?"
[ "$out" = "quotawatch-server $version" ] || fail "quotawatch-server --version printed '$out'"

echo "== $root/usr/bin/quotawatch --demo --screenshot"
# The demo starts the quotawatch-server next to the app. strace records every program started,
# to prove that both are the unpacked ones and nothing ran from the build tree.
shot=$work/demo.png
run timeout 90 strace -f -qq -s 4096 -e trace=execve -e signal=none -o "$work/exec.log" \
  "$root/usr/bin/quotawatch" --demo --screenshot "$shot" >"$work/demo.log" 2>&1 ||
  { cat "$work/demo.log"; fail "quotawatch --demo --screenshot exited non-zero"; }
if [ -f "$shot" ]; then
  file -b "$shot" | grep -q '^PNG image data' || fail "the screenshot is $(file -b "$shot")"
  [ "$(head -c 8 "$shot" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] ||
    fail "the screenshot has no PNG signature"
else
  fail "no screenshot at $shot"
fi
started=$(grep -o 'execve("[^"]*", .*) = 0$' "$work/exec.log" | sed 's/^execve("\([^"]*\)".*/\1/' || true)
echo "started: $(tr '\n' ' ' <<<"$started")"
[ "$(head -1 <<<"$started")" = "$root/usr/bin/quotawatch" ] || fail "the app run was not the unpacked one"
grep -q -x -F "$root/usr/bin/quotawatch-server" <<<"$started" ||
  fail "the demo did not start the unpacked quotawatch-server"
! grep -q -F "$build_dir" <<<"$started" || fail "something ran from the build tree"

echo "== desktop-file-validate"
out=$(desktop-file-validate "$root/usr/share/applications/$app_id.desktop" 2>&1) ||
  fail "desktop-file-validate failed"
[ -z "$out" ] || { echo "$out"; fail "desktop-file-validate reported something"; }

echo "== appstreamcli validate --no-net"
out=$(appstreamcli validate --no-net --no-color "$root/usr/share/metainfo/$app_id.metainfo.xml" 2>&1) ||
  fail "appstreamcli validate failed"
echo "$out"
! grep -E -q '^[EWI]: ' <<<"$out" || fail "appstreamcli reported errors, warnings or infos"

echo "== versions agree"
grep -q "<release version=\"$version\"" "$root/usr/share/metainfo/$app_id.metainfo.xml" ||
  fail "the metainfo has no release $version"
newest=$(grep -o -m1 '<release version="[^"]*"' "$root/usr/share/metainfo/$app_id.metainfo.xml")
[ "$newest" = "<release version=\"$version\"" ] || fail "the newest metainfo release is $newest"
gzip -dc "$root/usr/share/doc/quotawatch/changelog.gz" | head -1 | grep -q "^quotawatch ($version) " ||
  fail "packaging/changelog's newest entry is not $version"

echo "== lintian"
# Errors fail (lintian exits non-zero on them); warnings are shown. None needs an override
# today; one would go in an overrides file installed to /usr/share/lintian/overrides/quotawatch,
# with a comment saying why.
lintian_rc=0
lintian --tag-display-limit 0 "$deb" >"$work/lintian.log" 2>&1 || lintian_rc=$?
cat "$work/lintian.log"
[ "$lintian_rc" -eq 0 ] || fail "lintian exited $lintian_rc"
! grep -q '^E: ' "$work/lintian.log" || fail "lintian reported errors"

if [ "$failures" -ne 0 ]; then
  echo "$failures check(s) failed" >&2
  exit 1
fi
echo "the package passed"
