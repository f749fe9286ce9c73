#!/usr/bin/env bash
# GraphQL over HTTP on loopback (issue 4): the Release API on the bundled sample against graphql-js (graphql-http's
# Node handler: one process as shipped, one with parse/validate cached like the API's engine, and a 2-process
# node:cluster) serving the same schema and the same data, all in one run.
# wrk: 2 threads, 32 connections, a warm-up then SECONDS of measurement per server, POSTing one small query
# (post.lua). Prints requests/s, latency percentiles, peak memory and the ratios as a Markdown table.
# The server and wrk share the machine's 2 cores, as they would for any single-box measurement.
# Usage: bench/graphql/http.sh [SECONDS] [WARMUP_SECONDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-15}
warmup=${2:-5}
work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
peer=bench/graphql/peer
[ "$peer/node_modules/.package-lock.json" -nt "$peer/package-lock.json" ] || (cd "$peer" && npm ci --no-audit --no-fund --loglevel=error)
dotnet build src/ChainGraph.Api -c Release -v q -nologo >/dev/null
api_dll=artifacts/${CG_SLOT:+$CG_SLOT/}bin/ChainGraph.Api/release/ChainGraph.Api.dll

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
wait_for() { # $1: URL that answers once the server is up
  for _ in $(seq 1 240); do curl -sf -o /dev/null "$1" && return; sleep 0.25; done
  echo "no answer from $1"; cat "$work"/*.log; exit 1
}
post() { curl -sf -X POST -H 'Content-Type: application/json' -H 'Accept: application/graphql-response+json' --data-binary "$2" "$1"; }

# A typical small lookup: one chain by id with its segments (13 segments x 5 fields on the sample), with a variable.
query='query Chain($id: ID!) { chain(id: $id) { id name category segments { id name stage key position } } }'
body=$(QUERY="$query" python3 -c 'import json, os; print(json.dumps({"query": os.environ["QUERY"], "variables": {"id": "nev"}, "operationName": "Chain"}))')

api_port=$(free_port)
CHAINGRAPH_DATA="$work/data" dotnet "$api_dll" --urls "http://127.0.0.1:$api_port" --Logging:LogLevel:Default=Warning \
  --ChainGraph:RateLimit:PermitsPerSecond=0 >"$work/api.log" 2>&1 &
api_pid=$!; pids+=("$api_pid")
wait_for "http://127.0.0.1:$api_port/health"

# Exported once from the API: its schema, and every chain with the fields the query reads.
curl -sf "http://127.0.0.1:$api_port/graphql?sdl" >"$work/schema.graphql"
post "http://127.0.0.1:$api_port/graphql" '{"query":"{ chains { id name category segments { id name stage key position } } }"}' >"$work/chains.json"

peer_port=$(free_port)
node "$peer/server.mjs" "$work/schema.graphql" "$work/chains.json" "$peer_port" >"$work/peer.log" 2>&1 &
peer_pid=$!; pids+=("$peer_pid")
cached_port=$(free_port)
CACHE=1 node "$peer/server.mjs" "$work/schema.graphql" "$work/chains.json" "$cached_port" >"$work/cached.log" 2>&1 &
cached_pid=$!; pids+=("$cached_pid")
cluster_port=$(free_port)
WORKERS=2 node "$peer/server.mjs" "$work/schema.graphql" "$work/chains.json" "$cluster_port" >"$work/cluster.log" 2>&1 &
cluster_pid=$!; pids+=("$cluster_pid")
wait_for "http://127.0.0.1:$peer_port/graphql?query=%7B__typename%7D"
wait_for "http://127.0.0.1:$cached_port/graphql?query=%7B__typename%7D"
wait_for "http://127.0.0.1:$cluster_port/graphql?query=%7B__typename%7D"

ours=$(post "http://127.0.0.1:$api_port/graphql" "$body")
for port in "$peer_port" "$cached_port" "$cluster_port"; do
  theirs=$(post "http://127.0.0.1:$port/graphql" "$body")
  if [ "$ours" != "$theirs" ]; then
    echo "the servers answer differently:"; echo "API:        $ours"; echo "graphql-js: $theirs"; exit 1
  fi
done
echo "same answer from every server ($(printf %s "$ours" | wc -c) bytes): ${ours:0:120}..."

peak_kib() { # VmHWM of a process and its children, in KiB
  local total=0 pid
  for pid in "$1" $(pgrep -P "$1" || true); do
    total=$((total + $(awk '/VmHWM/ { print $2 }' "/proc/$pid/status" 2>/dev/null || echo 0)))
  done
  echo "$total"
}
declare -A throughput
measure() { # $1: label, $2: port, $3: pid
  BODY="$body" wrk -t2 -c32 -d"${warmup}s" -s bench/graphql/post.lua "http://127.0.0.1:$2/graphql" >/dev/null
  local line
  line=$(BODY="$body" wrk -t2 -c32 -d"${seconds}s" -s bench/graphql/post.lua "http://127.0.0.1:$2/graphql" | grep '^RESULT')
  eval "local ${line#RESULT }"
  throughput[$1]=$rps
  printf '| %s | %s | %s | %s | %s | %s | %s | %d |\n' "$1" "$rps" "$p50_ms" "$p90_ms" "$p99_ms" "$p999_ms" "$((errors + non2xx))" "$(( $(peak_kib "$3") / 1024 ))"
}

echo
echo "wrk -t2 -c32, ${warmup} s warm-up + ${seconds} s per server; $(nproc) cores shared by server and wrk; $(date -u +%Y-%m-%dT%H:%MZ)"
echo
echo '| server | req/s | p50 ms | p90 ms | p99 ms | p99.9 ms | errors | peak MiB |'
echo '|---|---:|---:|---:|---:|---:|---:|---:|'
measure "ChainGraph API (.NET, Kestrel)" "$api_port" "$api_pid"
measure "graphql-js + graphql-http (1 process)" "$peer_port" "$peer_pid"
measure "graphql-js + graphql-http (1 process, cached parse/validate)" "$cached_port" "$cached_pid"
measure "graphql-js + graphql-http (cluster x2)" "$cluster_port" "$cluster_pid"
echo
ratio() { python3 -c "print(f'{$1 / $2:.2f}')"; }
echo "ratio API / graphql-js (1 process): $(ratio "${throughput[ChainGraph API (.NET, Kestrel)]}" "${throughput[graphql-js + graphql-http (1 process)]}")x"
echo "ratio API / graphql-js (1 process, cached parse/validate): $(ratio "${throughput[ChainGraph API (.NET, Kestrel)]}" "${throughput[graphql-js + graphql-http (1 process, cached parse/validate)]}")x"
echo "ratio API / graphql-js (cluster x2): $(ratio "${throughput[ChainGraph API (.NET, Kestrel)]}" "${throughput[graphql-js + graphql-http (cluster x2)]}")x"
