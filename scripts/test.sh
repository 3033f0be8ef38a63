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

echo "== benchmarks (a short run, to show they work; figures are in docs/performance.md)"
./build/ci/bench/bench_history --benchmark_min_time=0.05
./build/ci/bench/bench_consume --benchmark_min_time=0.2
QT_QPA_PLATFORM=offscreen ./build/ci/bench/bench_chart --benchmark_min_time=0.05 \
  --benchmark_filter='Decimated'
./build/ci/bench/bench_admin_tenants --benchmark_filter='/100/'
QT_QPA_PLATFORM=offscreen ./build/ci/bench/bench_tenants_view --benchmark_min_time=0.05
./build/ci/bench/bench_export --benchmark_min_time=0.05
./build/ci/bench/bench_export_cli --benchmark_filter='/100000/'
./bench/startup/measure-startup.sh -n 2 -s 20 -b build/ci demo cached idle

echo "== build and test (asan preset: AddressSanitizer + UBSan)"
cmake --preset asan
cmake --build --preset asan -j "$jobs"
ctest --preset asan -j "$jobs"
