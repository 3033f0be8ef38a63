#!/usr/bin/env bash
# Runs a command the way a desktop session would: on a private D-Bus session bus
# (dbus-run-session) with Debian's gnome-keyring-daemon serving the Secret Service, its login
# keyring unlocked, all in a fresh temporary home and XDG directories that go away afterwards.
# With --x11 it also starts an X server (Xvfb) and runs Qt on xcb, whose tray goes over D-Bus.
#
# The command sees QW_SESSION_ROOT (the temporary root holding home/ and the XDG directories),
# QW_KEYRING_PID and QW_KEYRING_PASSWORD. A missing component fails with a message: the
# tests that need the bus never skip.
#
#   tests/support/with-session-bus.sh [--x11] COMMAND [ARGS...]
set -euo pipefail

self="$(readlink -f "$0")"

if [ "${1:-}" = "--inside-bus" ]; then
  shift
  root="$QW_SESSION_ROOT"
  password="$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
  # --unlock reads the password on stdin and creates the login keyring with it (the
  # default collection); --foreground keeps it our child so it ends with us.
  printf '%s' "$password" |
    gnome-keyring-daemon --unlock --components=secrets --foreground \
      >"$root/keyring.log" 2>&1 &
  keyring=$!
  owned=0
  for _ in $(seq 200); do
    if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
         org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
         grep -q 'boolean true'; then
      owned=1
      break
    fi
    if ! kill -0 "$keyring" 2>/dev/null; then
      break
    fi
    sleep 0.05
  done
  if [ "$owned" != 1 ]; then
    echo "with-session-bus: gnome-keyring-daemon did not come up on the session bus:" >&2
    cat "$root/keyring.log" >&2 || true
    kill "$keyring" 2>/dev/null || true
    exit 1
  fi
  export QW_KEYRING_PID="$keyring" QW_KEYRING_PASSWORD="$password"
  set +e
  "$@"
  rc=$?
  set -e
  # A test may have stopped the daemon (SIGSTOP) to play a keychain that does not answer.
  kill -CONT "$keyring" 2>/dev/null || true
  kill "$keyring" 2>/dev/null || true
  wait "$keyring" 2>/dev/null || true
  exit "$rc"
fi

x11=0
if [ "${1:-}" = "--x11" ]; then
  x11=1
  shift
fi
if [ $# -eq 0 ]; then
  echo "usage: with-session-bus.sh [--x11] COMMAND [ARGS...]" >&2
  exit 2
fi

missing=()
need() { command -v "$1" >/dev/null 2>&1 || missing+=("$1 (Debian package $2)"); }
need dbus-run-session dbus-bin
need dbus-daemon dbus-daemon
need dbus-send dbus-bin
need gnome-keyring-daemon gnome-keyring
need secret-tool libsecret-tools
if [ "$x11" = 1 ]; then
  need Xvfb xvfb
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "with-session-bus: cannot run the desktop session tests: missing ${missing[*]}." >&2
  echo "with-session-bus: scripts/install-deps.sh installs them." >&2
  exit 1
fi

root="$(mktemp -d "${TMPDIR:-/tmp}/qw-session.XXXXXX")"
xvfb=""
# shellcheck disable=SC2317 # run by the EXIT trap
cleanup() {
  if [ -n "$xvfb" ]; then
    kill "$xvfb" 2>/dev/null || true
    wait "$xvfb" 2>/dev/null || true
  fi
  rm -rf "$root"
}
trap cleanup EXIT
mkdir -p "$root/home" "$root/data" "$root/config" "$root/cache" "$root/runtime"
chmod 700 "$root/runtime"
export HOME="$root/home" XDG_DATA_HOME="$root/data" XDG_CONFIG_HOME="$root/config"
export XDG_CACHE_HOME="$root/cache" XDG_RUNTIME_DIR="$root/runtime" QW_SESSION_ROOT="$root"
# No desktop's own choices leak in (QtKeychain picks KWallet on KDE; a portal theme, ...).
unset DBUS_SESSION_BUS_ADDRESS XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION \
  KDE_SESSION_VERSION GNOME_DESKTOP_SESSION_ID QT_QPA_PLATFORMTHEME

if [ "$x11" = 1 ]; then
  # -displayfd: the server picks a free display itself, so parallel tests never collide.
  Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$root/display" \
    >"$root/xvfb.log" 2>&1 &
  xvfb=$!
  for _ in $(seq 200); do
    [ -s "$root/display" ] && break
    kill -0 "$xvfb" 2>/dev/null || break
    sleep 0.05
  done
  if [ ! -s "$root/display" ]; then
    echo "with-session-bus: Xvfb did not start:" >&2
    cat "$root/xvfb.log" >&2 || true
    exit 1
  fi
  display="$(tr -d ' \n' <"$root/display")"
  export DISPLAY=":$display" QT_QPA_PLATFORM=xcb
else
  unset DISPLAY WAYLAND_DISPLAY
fi

set +e
dbus-run-session -- "$self" --inside-bus "$@"
rc=$?
set -e
exit "$rc"
