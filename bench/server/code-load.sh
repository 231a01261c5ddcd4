#!/usr/bin/env bash
# Load test of POST /api/code: a ~2 KB article, 32 concurrent connections over loopback, with wrk
# (Debian package). Starts `hadath serve` (Release) on an empty store, warms it up, measures, stops it.
# Usage: bench/server/code-load.sh [seconds=30] [connections=32] [threads=2]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-30}; connections=${2:-32}; threads=${3:-2}
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
dotnet build src/Hadath.Cli -c Release -o "$work/bin" -v quiet -nologo >/dev/null
python3 bench/server/make-body.py samples/libya-2019-12-russia-concern.txt "$work/body.json" 2048
"$work/bin/hadath" serve --db "$work/bench.duckdb" --urls http://127.0.0.1:5099 >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 50); do curl -sf -o /dev/null http://127.0.0.1:5099/api/info && break; sleep 0.2; done
curl -sf -X POST --data-binary @"$work/body.json" http://127.0.0.1:5099/api/code | python3 -c 'import json,sys; print("events per request:", len(json.load(sys.stdin)))'
echo "warm-up 10 s"; BODY="$work/body.json" wrk -t"$threads" -c"$connections" -d10s -s bench/server/code.lua http://127.0.0.1:5099/api/code >/dev/null
echo "measure ${seconds} s, ${connections} connections, ${threads} wrk threads, $(nproc) cores"
BODY="$work/body.json" wrk -t"$threads" -c"$connections" -d"${seconds}s" -s bench/server/code.lua http://127.0.0.1:5099/api/code
