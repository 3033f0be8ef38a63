#!/usr/bin/env bash
# Consume throughput with 1, 2 and 4 quotawatch-server processes on one PostgreSQL database.
#
#   bench/pg/run-scale.sh [build-dir] [seconds] [connections] [tenants]
#   QW_PG_SYNCHRONOUS_COMMIT=off bench/pg/run-scale.sh ...   (default on)
#
# Starts a throwaway PostgreSQL cluster (Debian's initdb/pg_ctl, durable settings: fsync and
# synchronous_commit on) in a temporary directory, as `nobody` when run as root; creates an
# enterprise tenants (no limits, so every consume is counted; by default one per connection,
# as a fleet of clients would be: consumes of one tenant serialise on its lock) with an API
# key each; then for each process count N starts N servers and runs one wrk per server, the
# connections split evenly (8 in all by default), each request a new event id (consume.lua). Prints, per N, the
# consumes/s summed over the servers, the worst p99, non-2xx answers, and the machine's load
# average before and after (this is a shared 2-core machine: read the figures with the load).
# Everything (cluster, servers) runs on loopback and is stopped on exit.
set -euo pipefail
cd "$(dirname "$0")/../.."

build=${1:-build/ci}
seconds=${2:-10}
connections=${3:-8}
tenants=${4:-$connections}
sync=${QW_PG_SYNCHRONOUS_COMMIT:-on}
server="$build/server/quotawatch-server"
[ -x "$server" ] || { echo "run-scale: no $server (build the quotawatch-server target)" >&2; exit 1; }
command -v wrk >/dev/null || { echo "run-scale: wrk is not installed (apt-get install wrk)" >&2; exit 1; }
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$bindir/initdb" ] || { echo "run-scale: PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }

work=$(mktemp -d /tmp/qw-pg-bench.XXXXXX)
as_owner=()
if [ "$(id -u)" -eq 0 ]; then
  chown nobody:nogroup "$work"
  as_owner=(runuser -u nobody --)
fi
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  "${as_owner[@]}" "$bindir/pg_ctl" -D "$work/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"${as_owner[@]}" "$bindir/initdb" -D "$work/data" -U quotawatch --auth=trust --encoding=UTF8 \
  --no-locale >/dev/null
"${as_owner[@]}" "$bindir/pg_ctl" -D "$work/data" -l "$work/postgres.log" -w -o \
  "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$work -c max_connections=50 -c synchronous_commit=$sync" \
  start >/dev/null
db="postgresql://quotawatch@127.0.0.1:$port/postgres"

head -c 48 /dev/urandom | base64 > "$work/token.secret"
chmod 0600 "$work/token.secret"
keys=()
for t in $(seq 1 "$tenants"); do
  tenant=$("$server" tenant add --db "$db" --name "Bench $t" --tier enterprise 2>/dev/null)
  keys+=("$("$server" key add --db "$db" --tenant "$tenant" 2>/dev/null)")
done
QW_KEYS=$(IFS=,; echo "${keys[*]}")
export QW_KEYS

echo "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (synchronous_commit=$sync); $(nproc) cores; wrk ${seconds}s, $connections connections in all over $tenants tenants"
printf '%-10s %12s %10s %9s %-18s %-18s\n' processes consumes/s worst-p99 non-2xx load-before load-after
for n in 1 2 4; do
  pids=()
  ports=()
  for i in $(seq 1 "$n"); do
    out="$work/server-$n-$i.out"
    "$server" serve --db "$db" --listen 127.0.0.1:0 --secret-file "$work/token.secret" \
      --poll-limit 1000000/1 >"$out" 2>"$work/server-$n-$i.log" &
    pids+=($!)
    for _ in $(seq 1 200); do
      grep -q 'listening on' "$out" 2>/dev/null && break
      sleep 0.05
    done
    ports+=("$(sed -n 's/.*listening on http:\/\/127\.0\.0\.1:\([0-9]*\).*/\1/p' "$out" | head -1)")
  done
  per=$(( connections / n )); [ "$per" -ge 1 ] || per=1
  load_before=$(cut -d' ' -f1-3 /proc/loadavg)
  wrks=()
  for i in $(seq 0 $((n - 1))); do
    QW_RUN="$n-$i-$$" QW_KEY_OFFSET=$((i * per)) wrk -t"$per" -c"$per" -d"${seconds}s" --latency -s bench/pg/consume.lua \
      "http://127.0.0.1:${ports[$i]}" >"$work/wrk-$n-$i.txt" 2>&1 &
    wrks+=($!)
  done
  for w in "${wrks[@]}"; do wait "$w"; done
  load_after=$(cut -d' ' -f1-3 /proc/loadavg)
  total=0; worst=0; bad=0
  for i in $(seq 0 $((n - 1))); do
    f="$work/wrk-$n-$i.txt"
    rps=$(awk '/Requests\/sec/ {print $2}' "$f")
    p99=$(awk '$1=="99%" {print $2}' "$f")
    non2xx=$(awk '/Non-2xx/ {print $5}' "$f")
    total=$(python3 -c "print(round($total + ${rps:-0}))")
    ms=$(python3 -c "
v='${p99:-0ms}'
print(float(v[:-2]) if v.endswith('ms') else float(v[:-2])/1000 if v.endswith('us') else float(v[:-1])*1000)")
    worst=$(python3 -c "print(max($worst, $ms))")
    bad=$((bad + ${non2xx:-0}))
  done
  printf '%-10s %12s %8sms %9s %-18s %-18s\n' "$n" "$total" "$worst" "$bad" "$load_before" "$load_after"
  for p in "${pids[@]}"; do kill "$p"; done
  wait "${pids[@]}" 2>/dev/null || true
done
