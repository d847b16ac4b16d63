#!/usr/bin/env bash
# Property-based API testing: schemathesis (PyPI) generates requests from
# /api/v1/openapi.json and checks every answer of a release `pacta serve` on loopback.
#
#   scripts/schemathesis.sh [CHECKS]      default CHECKS: all
#
# Installs schemathesis into target/schemathesis-venv on first use. The server started
# here is stopped by its PID at the end; traffic goes to 127.0.0.1 only; MAX_TIME bounds it.
set -euo pipefail
cd "$(dirname "$0")/.."
CHECKS=${1:-all}
MAX_TIME=${MAX_TIME:-300}

venv=$PWD/target/schemathesis-venv
if [ ! -x "$venv/bin/schemathesis" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet schemathesis
fi
cargo build --release -p pacta --quiet
log=$(mktemp)
db=$(mktemp -d)
./target/release/pacta serve --addr 127.0.0.1:0 --database "sqlite://$db/pacta.db" >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$log" "$db"' EXIT
for _ in $(seq 100); do
  grep -q "serving" "$log" && break
  sleep 0.1
done
base=$(grep -o 'http://127.0.0.1:[0-9]*' "$log" | head -1)
# Run from the temporary directory: schemathesis keeps a cache in its working directory.
cd "$db"
"$venv/bin/schemathesis" run "$base/api/v1/openapi.json" --url "$base" \
  --checks "$CHECKS" --max-time "$MAX_TIME" --workers 2 --continue-on-failure
