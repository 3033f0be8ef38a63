#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, runs every test; then the same
# under AddressSanitizer + UndefinedBehaviorSanitizer. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh

echo "== clang-format check"
git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run --Werror

jobs=$(nproc)
echo "== build and test (ci preset: RelWithDebInfo, -Werror)"
cmake --preset ci
cmake --build --preset ci -j "$jobs"
ctest --preset ci -j "$jobs"

echo "== benchmarks (a short run of each through the script that writes docs/performance.md's figures)"
./scripts/perf-report.py --build build/ci --quick

echo "== build and test (asan preset: AddressSanitizer + UBSan)"
cmake --preset asan
cmake --build --preset asan -j "$jobs"
ctest --preset asan -j "$jobs"
