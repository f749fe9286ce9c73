#!/usr/bin/env bash
# Issue 5 figures: the API under wrk (32 connections, 2 threads) on the bundled sample and, if a scale-preset store
# exists (bench/import/run.sh makes one), on 1M enterprises / 10M relations. Prints requests/s and p50/p90/p99 for
# each query and the server's peak memory (VmHWM).  Usage: bench/api/run.sh [SCALE_STORE] [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
scale_store=${1:-/tmp/chaingraph-bench/scale.db}
seconds=${2:-15}
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
dotnet build src/ChainGraph.Api -c Release -v q -nologo >/dev/null
api=artifacts/bin/ChainGraph.Api/release/ChainGraph.Api.dll
port=5190

run_server() { # $1: extra args
  if curl -s -o /dev/null "http://127.0.0.1:$port/health"; then echo "port $port is already in use"; exit 1; fi
  CHAINGRAPH_DATA=$(mktemp -d) dotnet "$api" --urls "http://127.0.0.1:$port" --ChainGraph:RateLimit:PermitsPerSecond 1000000 \
    --ChainGraph:RateLimit:Burst 1000000 $1 > /tmp/chaingraph-bench-api.log 2>&1 &
  server=$!
  trap 'kill $server 2>/dev/null || true' EXIT
  for _ in $(seq 1 600); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && return; sleep 0.5; done
  echo "server did not start"; cat /tmp/chaingraph-bench-api.log; exit 1
}
bench() { # $1: label, $2: GraphQL document (JSON-escaped)
  local body="{\"query\":\"$2\"}"
  curl -sf -X POST -H 'Content-Type: application/json' -d "$body" "http://127.0.0.1:$port/graphql" >/dev/null   # warm the caches
  # 5 s of the same load first (not reported): JIT tiering and the collections that follow a snapshot load settle.
  BODY="$body" wrk -t2 -c32 -d5s -s bench/api/post.lua "http://127.0.0.1:$port/graphql" >/dev/null
  echo "-- $1"
  BODY="$body" wrk -t2 -c32 -d"${seconds}s" --latency -s bench/api/post.lua "http://127.0.0.1:$port/graphql" | grep -E "Requests/sec|^p[0-9]+:|non-200"
}
stop_server() { echo "server peak memory: $(grep VmHWM /proc/$server/status)"; kill $server; wait $server 2>/dev/null || true; }

echo "== bundled sample"
run_server ""
id=$(curl -sf -X POST -H 'Content-Type: application/json' -d '{"query":"{ chain(id: \"nev\") { owners { id } } }"}' "http://127.0.0.1:$port/graphql" | sed -E 's/.*"id":"([^"]+)".*/\1/')
bench "chain map of nev" '{ chain(id: \"nev\") { name map { segments { position segment { name key } enterpriseCount { local province country overseas } supplyShare { local province country overseas } } } links { kind segment { name } } } }'
bench "enterprise lookup" "{ enterprise(id: \\\"$id\\\") { id name district annualOutput tier labels } }"
stop_server

if [ -f "$scale_store" ]; then
  echo "== scale preset ($scale_store)"
  run_server "--ChainGraph:Store:Path $scale_store"
  # The first request waits for the 1M-enterprise snapshot to load (it starts loading when the server starts).
  curl -s --max-time 600 -w ' (first answer after %{time_total} s)' -X POST -H 'Content-Type: application/json' -d '{"query":"{ snapshot { enterprises supplies } }"}' "http://127.0.0.1:$port/graphql"; echo
  id=$(curl -sf -X POST -H 'Content-Type: application/json' -d '{"query":"{ enterprises(first: 1) { nodes { id } } }"}' "http://127.0.0.1:$port/graphql" | sed -E 's/.*"id":"([^"]+)".*/\1/')
  bench "enterprise lookup" "{ enterprise(id: \\\"$id\\\") { id name district annualOutput tier labels } }"
  filter='{ enterprises(where: { chainId: \"nev\", location: LOCAL, minOutput: 1 }, first: 20) { totalCount pageInfo { hasNextPage endCursor } nodes { id name annualOutput } } }'
  curl -s -o /dev/null -w "filtered enterprises, uncached first run: %{time_total} s\n" -X POST -H 'Content-Type: application/json' -d "{\"query\":\"$filter\"}" "http://127.0.0.1:$port/graphql"
  bench "filtered enterprises, first page (filter result cached per snapshot)" "$filter"
  stop_server
fi
