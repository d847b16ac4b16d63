#!/usr/bin/env bash
# Load test of `pacta serve` on loopback: the State page (and optionally other paths)
# with wrk, several runs, median requests/s and p99 latency, and the server's memory.
#
#   scripts/loadtest.sh [PATH ...]        default PATH: /states/ZWE
#   RUNS=5 DURATION=10s CONNECTIONS=32 THREADS=1 SERVER_THREADS=2 scripts/loadtest.sh
#
# Targets (issue 5): ≥ 20,000 requests/s, p99 ≤ 5 ms, RSS < 100 MiB on a 2-core machine.
# Sends traffic to 127.0.0.1 only; every run is bounded by DURATION; the server started
# here is stopped by its PID at the end. Needs wrk (apt-get install -y wrk).
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-5}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-1}
SERVER_THREADS=${SERVER_THREADS:-}
PATHS=("$@")
[ ${#PATHS[@]} -eq 0 ] && PATHS=(/states/ZWE)

command -v wrk >/dev/null || { echo "loadtest: wrk is not installed (apt-get install -y wrk)" >&2; exit 2; }

cargo build --release -p pacta --quiet
log=$(mktemp)
db=$(mktemp -d)
./target/release/pacta serve --addr 127.0.0.1:0 --database "sqlite://$db/pacta.db" ${SERVER_THREADS:+--threads "$SERVER_THREADS"} >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$log" "$db"' EXIT
for _ in $(seq 100); do
  grep -q "serving" "$log" && break
  sleep 0.1
done
base=$(grep -o 'http://127.0.0.1:[0-9]*' "$log" | head -1)
[ -n "$base" ] || { echo "loadtest: the server did not start:" >&2; cat "$log" >&2; exit 1; }

# wrk prints latencies as 812.00us, 1.23ms or 1.01s; convert to ms.
to_ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) { sub(/us$/, "", v); print v/1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v); print v+0 } else { sub(/s$/, "", v); print v*1000 } }'; }
median() { sort -g | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

echo "machine: $(nproc) cores, $(uname -m); server: $base; wrk -t$THREADS -c$CONNECTIONS -d$DURATION, $RUNS runs per path"
for path in "${PATHS[@]}"; do
  curl -fsS -o /dev/null "$base$path" || { echo "loadtest: $path does not answer 200" >&2; exit 1; }
  rps_all=(); p99_all=()
  for run in $(seq "$RUNS"); do
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$base$path")
    rps=$(awk '/^Requests\/sec:/ { print $2 }' <<<"$out")
    p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")
    errors=$(awk '/Non-2xx|Socket errors/ { print }' <<<"$out")
    echo "  $path run $run: $rps req/s, p99 $p99 ms ${errors:+($errors)}"
    rps_all+=("$rps"); p99_all+=("$p99")
  done
  echo "$path: median $(printf '%s\n' "${rps_all[@]}" | median) req/s, median p99 $(printf '%s\n' "${p99_all[@]}" | median) ms"
done
rss=$(awk '/^VmRSS/ { print $2 }' "/proc/$server/status")
hwm=$(awk '/^VmHWM/ { print $2 }' "/proc/$server/status")
echo "server memory: RSS $((rss / 1024)) MiB now, peak $((hwm / 1024)) MiB"
