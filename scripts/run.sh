#!/usr/bin/env bash
# Installs what is missing, builds, and starts Quotawatch on its embedded demo.
# Until the desktop dashboard lands this starts the reference server with a demo tenant
# and prints how to sign in; extra arguments go to `quotawatch-server demo`.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh
cmake --preset release
cmake --build --preset release -j "$(nproc)" --target quotawatch-server quotawatch quotawatch-cli
exec ./build/release/server/quotawatch-server demo "$@"
