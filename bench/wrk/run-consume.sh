#!/usr/bin/env bash
# Consume throughput with wrk against the real quotawatch-server, for each durability mode:
# a fresh database with an enterprise (unlimited) tenant and an API key, the server on an
# ephemeral loopback port, a 1 s warm-up, then `wrk -t1 -c8 -d<S>s --latency` with
# consume.lua (unique event ids). Then it stops the server and checks exactness: the events
# stored equal every request counter, the token counters are 100 per event, and the
# acknowledged consumes (wrk's 2xx) are all there (at most one per connection more may have
# been counted, answered after wrk stopped reading). Prints one JSON object per mode; exits
# non-zero if a check fails.
#
#   bench/wrk/run-consume.sh [--server PATH] [--duration S] [--connections N] [--threads N]
#                            [--modes "process power"]
#
# One wrk thread by default: on this 2-core machine the server runs two threads (the event
# loop and the group commit), and a second wrk thread only takes CPU from them (about 10 %
# fewer consumes/s measured side by side); one thread keeps 8 connections busy.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"

server=""
duration=10
connections=8
threads=1
modes="process power"
while [ $# -gt 0 ]; do
  case "$1" in
    --server) server="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    --modes) modes="$2"; shift 2 ;;
    *) echo "run-consume: unknown argument $1" >&2; exit 2 ;;
  esac
done
if [ -z "$server" ]; then
  for candidate in "$root/build/release/server/quotawatch-server" \
                   "$root/build/ci/server/quotawatch-server"; do
    if [ -x "$candidate" ]; then server="$candidate"; break; fi
  done
fi
if [ -z "$server" ] || [ ! -x "$server" ]; then
  echo "run-consume: no quotawatch-server (build it, or pass --server PATH)" >&2
  exit 2
fi
for tool in wrk sqlite3; do
  command -v "$tool" >/dev/null || { echo "run-consume: $tool is missing (scripts/install-deps.sh)" >&2; exit 2; }
done

work="$(mktemp -d)"
pid=""
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill "$pid"; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
wrk_field() { sed -n 's/^WRK_JSON //p' "$1" | jq -r ".$2"; }

status=0
for mode in $modes; do
  db="$work/$mode.sqlite"
  tenant="$("$server" tenant add --db "$db" --name Bench --tier enterprise 2>/dev/null)"
  key="$("$server" key add --db "$db" --tenant "$tenant" 2>/dev/null)"
  "$server" serve --db "$db" --listen 127.0.0.1:0 --durability "$mode" \
    >"$work/$mode.out" 2>"$work/$mode.log" &
  pid=$!
  port=""
  for _ in $(seq 100); do
    port="$(sed -n 's|.*listening on http://127.0.0.1:\([0-9]*\).*|\1|p' "$work/$mode.out")"
    [ -n "$port" ] && break
    sleep 0.1
  done
  if [ -z "$port" ]; then
    echo "run-consume: the server did not start:" >&2; cat "$work/$mode.log" >&2; exit 1
  fi
  url="http://127.0.0.1:$port"
  export QW_API_KEY="$key"
  QW_RUN_ID=warm wrk -t"$threads" -c"$connections" -d1s -s "$here/consume.lua" "$url" \
    >"$work/$mode.warm" 2>&1
  load="$(cut -d' ' -f1 /proc/loadavg)"
  ticks0="$(cpu_ticks "$pid")"
  QW_RUN_ID=run wrk -t"$threads" -c"$connections" -d"${duration}s" --latency \
    -s "$here/consume.lua" "$url" >"$work/$mode.wrk" 2>&1
  ticks1="$(cpu_ticks "$pid")"
  kill "$pid"; wait "$pid" || true; pid=""

  acked=0
  for f in "$work/$mode.warm" "$work/$mode.wrk"; do
    acked=$((acked + $(wrk_field "$f" requests) - $(wrk_field "$f" non2xx)))
  done
  events="$(sqlite3 "$db" 'SELECT count(*) FROM events')"
  run_events="$(sqlite3 "$db" "SELECT count(*) FROM events WHERE id LIKE 'run-%'")"
  bad_requests="$(sqlite3 "$db" "SELECT count(*) FROM counters WHERE quota_id LIKE '%.requests' AND used <> $events")"
  bad_tokens="$(sqlite3 "$db" "SELECT count(*) FROM counters WHERE quota_id LIKE '%.tokens' AND used <> 100 * $events")"
  counters="$(sqlite3 "$db" 'SELECT count(*) FROM counters')"
  synchronous="$(sed -n 's/.*durability .*synchronous=\([A-Z]*\).*/\1/p' "$work/$mode.log" | head -1)"
  exact=true
  if [ "$bad_requests" != 0 ] || [ "$bad_tokens" != 0 ] || [ "$counters" = 0 ] ||
     [ "$events" -lt "$acked" ] || [ "$events" -gt $((acked + 2 * connections)) ]; then
    exact=false; status=1
  fi
  requests="$(wrk_field "$work/$mode.wrk" requests)"
  duration_us="$(wrk_field "$work/$mode.wrk" duration_us)"
  hz="$(getconf CLK_TCK)"
  jq -n --arg mode "$mode" --arg sync "$synchronous" --argjson load "$load" \
    --argjson c "$connections" --argjson t "$threads" \
    --argjson requests "$requests" --argjson duration_us "$duration_us" \
    --argjson non2xx "$(wrk_field "$work/$mode.wrk" non2xx)" \
    --argjson errors "$(sed -n 's/^WRK_JSON //p' "$work/$mode.wrk" | jq '.connect_errors + .read_errors + .write_errors + .timeouts')" \
    --argjson p50 "$(wrk_field "$work/$mode.wrk" p50_us)" \
    --argjson p99 "$(wrk_field "$work/$mode.wrk" p99_us)" \
    --argjson cpu_ticks "$((ticks1 - ticks0))" --argjson hz "$hz" \
    --argjson run_events "$run_events" --argjson events "$events" --argjson acked "$acked" \
    --argjson exact "$exact" \
    '{mode: $mode, synchronous: $sync, connections: $c, threads: $t, load1: $load,
      consumes_per_s: (($requests - $non2xx) / ($duration_us / 1e6) | floor),
      p50_ms: ($p50 / 1000), p99_ms: ($p99 / 1000), non2xx: $non2xx, socket_errors: $errors,
      server_cpu_us_per_consume: (if $run_events > 0 then ($cpu_ticks / $hz * 1e6 / $run_events | floor) else null end),
      acknowledged: $acked, stored_events: $events, exact: $exact}'
done
exit "$status"
