#!/usr/bin/env bash
# Start-up, measured from outside the process: each case runs N times (after one warm-up run
# that is not counted), and the median and minimum wall time (process start to exit) are
# printed with the median of each phase `quotawatch --timing` reports (ms since the process
# started; see docs/performance.md, "Start-up").
#
#   bench/startup/measure-startup.sh [-n N] [-b BUILD_DIR] [-s SECONDS] [demo] [cached] [idle]
#
#   demo    `quotawatch --demo --screenshot FILE` end to end (target: under 600 ms).
#   cached  A returning user (saved session, history on disk): the first frame painted from
#           the cached status (target: under 300 ms), then the first live one. Runs on a
#           private D-Bus session with a real Secret Service (tests/support/with-session-bus.sh),
#           a real quotawatch-server, and the refresh token the app itself stored.
#   idle    Not a start-up: the app signed in (same set-up as cached), minimised, polling every
#           60 s, sampled for SECONDS (default 60) after it settled: wake-ups per second (the
#           voluntary and involuntary context switches of all its threads, counted by
#           `perf stat`, which also sees threads that begin and end inside the sample) and
#           VmRSS (targets: under 0.2 wake-ups/s, under 60 MB). Sample whole poll periods
#           (60, 120, 180 s): a shorter one may or may not hold a poll.
# Without a case, demo and cached. Prints the load average before and after: figures from a busy machine
# are not comparable.
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$(pwd)"

runs=10
seconds=60
build="build/ci"
cases=()
while [ $# -gt 0 ]; do
  case "$1" in
    -n) runs="$2"; shift 2 ;;
    -b) build="$2"; shift 2 ;;
    -s) seconds="$2"; shift 2 ;;
    demo|cached|idle) cases+=("$1"); shift ;;
    --inside-session) inside="$2"; shift 2 ;;
    *) echo "usage: $0 [-n N] [-b BUILD_DIR] [-s SECONDS] [demo] [cached] [idle]" >&2; exit 2 ;;
  esac
done
[ ${#cases[@]} -gt 0 ] || cases=(demo cached)
session_cases=()
for c in "${cases[@]}"; do
  [ "$c" = demo ] || session_cases+=("$c")
done
case "$build" in
  /*) ;;                     # an absolute build directory as it is
  *) build="$root/$build" ;; # a relative one from the source tree
esac
app="$build/app/quotawatch"
server="$build/server/quotawatch-server"
for exe in "$app" "$server"; do
  [ -x "$exe" ] || { echo "measure-startup: $exe is not built" >&2; exit 1; }
done
export QT_QPA_PLATFORM=offscreen QUOTAWATCH_SERVER="$server"

# Runs the app with the given arguments N+1 times (the first is a warm-up); appends
# "<wall ms> <cpu ms> <timing json>" lines to $1. CPU: user + system of the app and of the
# children it reaped (the demo's server), from wait4().
measure() {
  local out="$1"; shift
  python3 - "$out" "$runs" "$work/app.log" "$app" "$@" --timing <<'PY'
import os, subprocess, sys, time
out, runs, log, cmd = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4:]
with open(out, "a") as results, open(log, "a") as errors:
    for i in range(runs + 1):
        start = time.monotonic()
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=errors)
        json_line = proc.stdout.read().decode().strip()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = (time.monotonic() - start) * 1000
        if os.waitstatus_to_exitcode(status) != 0:
            sys.exit(f"measure-startup: run {i} failed; see {log}")
        cpu = (usage.ru_utime + usage.ru_stime) * 1000
        if i > 0:
            results.write(f"{wall:.1f} {cpu:.1f} {json_line}\n")
PY
}

# "name: median wall ms (min), CPU, phases" from the lines measure() wrote.
report() {
  python3 - "$1" "$2" <<'PY'
import json, statistics, sys
name, path = sys.argv[1], sys.argv[2]
walls, cpus, phases, order = [], [], {}, []
for line in open(path):
    wall, cpu, js = line.split(" ", 2)
    walls.append(float(wall))
    cpus.append(float(cpu))
    for p in json.loads(js)["phases"]:
        if p["phase"] not in phases:
            order.append(p["phase"])
        phases.setdefault(p["phase"], []).append(p["ms"])
print(f"{name}: {len(walls)} runs, wall median {statistics.median(walls):.0f} ms, "
      f"min {min(walls):.0f} ms; CPU median {statistics.median(cpus):.0f} ms")
print("  phases (median ms since process start): " +
      ", ".join(f"{p} {statistics.median(phases[p]):.0f}" for p in order))
PY
}

demo_case() {
  local out="$work/demo.txt"
  : >"$out"
  # A fresh configuration and data directory: nobody has signed in, nothing is cached.
  XDG_CONFIG_HOME="$work/demo-config" XDG_DATA_HOME="$work/demo-data" \
    measure "$out" --demo --screenshot "$work/demo.png"
  report "demo screenshot, end to end" "$out"
}

# Inside the private session bus: a server and a user signed in once, as the app leaves it.
signed_in_setup() {
  local db="$work/server.sqlite" tenant port token key
  tenant=$("$server" tenant add --db "$db" --name "Acme" --tier free)
  printf 'correct horse' | "$server" user add --db "$db" --tenant "$tenant" \
    --email me@acme.test --role customer --password-stdin >/dev/null
  "$server" serve --db "$db" --listen 127.0.0.1:0 >"$work/serve.out" 2>"$work/serve.log" &
  serve=$!
  trap 'kill $serve 2>/dev/null || true' EXIT
  for _ in $(seq 200); do
    port=$(sed -n 's|.*listening on http://127.0.0.1:\([0-9]*\).*|\1|p' "$work/serve.out" 2>/dev/null)
    [ -n "$port" ] && break
    sleep 0.05
  done
  [ -n "$port" ] || { echo "measure-startup: the server did not start" >&2; exit 1; }
  # A remembered sign-in: the settings, and the refresh token in the keychain under the
  # app's own service and key.
  mkdir -p "$XDG_CONFIG_HOME/Quotawatch"
  printf '[server]\nurl=http://127.0.0.1:%s\naccount=me@acme.test\nremember=true\n' "$port" \
    >"$XDG_CONFIG_HOME/Quotawatch/quotawatch.conf"
  printf '[polling]\nintervalSeconds=60\n' >>"$XDG_CONFIG_HOME/Quotawatch/quotawatch.conf"
  token=$(curl -sf -H 'Content-Type: application/json' \
    -d '{"email":"me@acme.test","password":"correct horse"}' \
    "http://127.0.0.1:$port/api/auth/login" |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["refreshToken"])')
  key="quotawatch/http://127.0.0.1:$port/me@acme.test"
  # (origin: ours, to remove once the app has stored the next token: a lookup may return
  # either item, and the server revokes a session whose used token comes back.)
  printf '%s' "$token" | secret-tool store --label="Quotawatch" server Quotawatch user "$key" \
    type plaintext origin measure-startup
  # The first start signs in and keeps a history with the status in it: every start after
  # it is a returning one.
  "$app" --screenshot "$work/first.png" 2>>"$work/app.log" || {
    echo "measure-startup: the first sign-in failed" >&2; tail -20 "$work/app.log" >&2; exit 1; }
  secret-tool clear origin measure-startup
}

cached_case_inside() {
  local out="$work/cached.txt"
  : >"$out"
  measure "$out" --screenshot "$work/cached.png"
  report "returning user, first frame from the cache" "$out"
}

# "tid count name" for each thread of the process: its voluntary + involuntary context switches.
switches() {
  for status in /proc/"$1"/task/*/status; do
    awk -v tid="$(basename "$(dirname "$status")")" \
      '/^Name:/ { name = $2 } /^(voluntary|nonvoluntary)_ctxt_switches/ { n += $2 }
       END { print tid, n, name }' "$status" 2>/dev/null || true
  done
}

idle_case_inside() {
  "$app" --minimized 2>>"$work/app.log" &
  local pid=$!
  # Signed in, first poll and analytics done, and the pool threads that did that work idle
  # long enough to have ended (Qt's thread pool lets them go after 30 s): a thread ending
  # during the sample would take its count with it.
  sleep 35
  switches "$pid" >"$work/switches.before"
  # The process's context switches over the sample, counted by the kernel for every thread,
  # also those that begin and end inside it (Qt's pool threads live 30 s: a 60 s poll starts
  # new ones, and reading /proc before and after misses them).
  local counted=""
  if perf stat -e context-switches -x, -o "$work/perf.txt" -p "$pid" -- sleep "$seconds" \
      2>>"$work/app.log"; then
    counted=$(awk -F, '$3 == "context-switches" { print $1 }' "$work/perf.txt")
  else
    echo "measure-startup: perf stat failed (see $work/app.log); counting the threads in /proc," \
      "which misses threads that begin and end within the sample" >&2
    sleep "$seconds"
  fi
  switches "$pid" >"$work/switches.after"
  local rss
  rss=$(awk '/^VmRSS/ { print $2 }' /proc/"$pid"/status)
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  # Per thread: what it did in the sample (a thread that began in it: all of its count).
  python3 - "$work/switches.before" "$work/switches.after" "$seconds" "$rss" "$counted" <<'PY'
import sys
def threads(path):
    return {f[0]: (int(f[1]), " ".join(f[2:])) for f in (l.split() for l in open(path)) if f}
before, after = threads(sys.argv[1]), threads(sys.argv[2])
seconds, rss, counted = float(sys.argv[3]), float(sys.argv[4]), sys.argv[5]
per = {tid: (n - before.get(tid, (0, ""))[0], name) for tid, (n, name) in after.items()}
seen = sum(d for d, _ in per.values())
wakeups = int(counted) if counted.isdigit() else seen
how = "all threads, by perf" if counted.isdigit() else "threads alive at both ends, from /proc"
gone = len(set(before) - set(after))
print(f"idle, minimised, polling every 60 s: {wakeups / seconds:.3f} wake-ups/s over "
      f"{seconds:.0f} s ({how}; {len(after)} threads at the end, {gone} ended meanwhile), "
      f"VmRSS {rss / 1024:.1f} MB")
print("  per thread alive at both ends: " + ", ".join(
    f"{name} {d / seconds:.2f}/s" for d, name in sorted(per.values(), reverse=True)))
PY
}

if [ -n "${inside:-}" ]; then
  work="$inside"
  signed_in_setup
  for c in "${cases[@]}"; do
    case "$c" in
      cached) cached_case_inside ;;
      idle) idle_case_inside ;;
    esac
  done
  exit 0
fi
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) CPUs)"
work="$(mktemp -d "${TMPDIR:-/tmp}/qw-startup.XXXXXX")"
trap 'rm -rf "$work"' EXIT
for c in "${cases[@]}"; do
  [ "$c" != demo ] || demo_case
done
if [ ${#session_cases[@]} -gt 0 ]; then
  tests/support/with-session-bus.sh "$0" -n "$runs" -b "$build" -s "$seconds" \
    --inside-session "$work" "${session_cases[@]}"
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
