#!/usr/bin/env bash
# Installs what is missing, builds, and starts the Quotawatch dashboard on its embedded demo:
# a local reference server with a demo tenant and live traffic, signed in automatically.
# Extra arguments go to `quotawatch` (for example --screenshot FILE).
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh
cmake --preset release
cmake --build --preset release -j "$(nproc)" --target quotawatch quotawatch-server quotawatch-cli

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "run.sh: no display (neither DISPLAY nor WAYLAND_DISPLAY is set)." >&2
  echo "  On a desktop session this opens the dashboard. Headless, render it to a file instead:" >&2
  echo "  QT_QPA_PLATFORM=offscreen ./build/release/app/quotawatch --demo --screenshot dashboard.png" >&2
  exit 1
fi
exec ./build/release/app/quotawatch --demo "$@"
