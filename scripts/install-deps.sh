#!/usr/bin/env bash
# Installs every Debian 12 package Quotawatch needs to build, test and run.
# A no-op (no apt call at all) when everything is already present.
set -euo pipefail

packages=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev
  qt6-websockets-dev qtkeychain-qt6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n # Qt's own catalogues (qtbase_de, qtbase_fr) for the translated app
  libqt6sql6-sqlite libsqlite3-dev qt6-svg-dev libgl1-mesa-dev
  # PostgreSQL back end: Qt's driver, and the server the tests run throwaway clusters of
  # (initdb/pg_ctl); HAProxy for the scale-out example's test
  libqt6sql6-psql postgresql haproxy
  libgtest-dev libgmock-dev libbenchmark-dev
  tzdata clang-format
  xvfb xauth
  openssl # throwaway certificate authorities for the TLS tests
  libssl-dev # the server checks that --tls-key belongs to --tls-cert (libcrypto)
  # packaging/nginx's example, proven in front of the real server (tests/packaging): the
  # test runs its own nginx as the current user on loopback ports; the system one is never
  # started (see the policy-rc.d below)
  nginx
  # The Debian package (cpack, tests/packaging): man pages from --help, dpkg-shlibdeps, its checks
  appstream desktop-file-utils dpkg-dev file help2man lintian strace
  wrk sqlite3 jq # bench/wrk/run-consume.sh: load, then the exactness check on the database
  # bench/startup/measure-startup.sh idle: the kernel's count of the app's context switches
  # over the sample, every thread included (/proc misses threads that come and go)
  linux-perf
  dbus gnome-keyring libsecret-tools
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
# No service starts while packages install (nginx's would take port 80, and fail the whole
# install where port 80 is taken): Debian's policy-rc.d convention, as container images have
# it. One that is there already is left alone; ours goes away afterwards.
policy=/usr/sbin/policy-rc.d
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\n# install-deps.sh: no service starts during the install\nexit 101\n' |
    "${sudo_cmd[@]}" tee "$policy" >/dev/null
  "${sudo_cmd[@]}" chmod 755 "$policy"
  trap '"${sudo_cmd[@]}" rm -f "$policy"' EXIT
fi
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
