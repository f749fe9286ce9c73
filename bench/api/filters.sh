#!/usr/bin/env bash
# Issue 16: the uncached enterprise filter (≤ 50 ms at 1M firms). Starts the API (Release) on STORE in PROCESSES fresh
# processes, one after the other; in each it waits for the snapshot (the first answer waits for the load), then asks
# five filters once each (uncached: the first request of the process is the first filter, JIT included), then the
# same five again (answered from the snapshot's cache), and prints curl's time_total for each and the server's peak
# memory. Settings as bench/api/run.sh: rate limits lifted. PREPARE_TARGETS=false stops the service preparing the
# targets models after the load (the default, true, keeps one core busy for seconds after the snapshot answers);
# SETTLE=N waits N seconds after the snapshot answers before the first filter (bench/api/run.sh asks its filter after
# about 20 s of lookups).
# Usage: [CG_SLOT=slot] [PREPARE_TARGETS=true|false] [SETTLE=seconds] bench/api/filters.sh [STORE] [PROCESSES]
set -euo pipefail
cd "$(dirname "$0")/../.."
store=${1:-/tmp/chaingraph-bench/scale.db}
processes=${2:-3}
[ -f "$store" ] || { echo "no store at $store (bench/import/run.sh makes one)"; exit 1; }
dotnet build src/ChainGraph.Api -c Release -v q -nologo >/dev/null
api=artifacts/${CG_SLOT:+$CG_SLOT/}bin/ChainGraph.Api/release/ChainGraph.Api.dll
log=$(mktemp /tmp/chaingraph-filters.XXXXXX.log)

filters=(
  '{ chainId: \"nev\", location: LOCAL, minOutput: 1 }'
  '{ chainId: \"ic\", location: LOCAL }'
  '{ chainId: \"nev\", location: LOCAL, minOutput: 2 }'
  '{ location: OVERSEAS, minOutput: 5 }'
  '{ chainId: \"terminal\", location: LOCAL, minOutput: 1 }'
)

free_port() { /usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

ask() { # $1: port, $2: GraphQL document (JSON-escaped); prints time_total in ms and the answer's totalCount
  local out
  out=$(curl -s --max-time 600 -w '\n%{time_total}' -X POST -H 'Content-Type: application/json' -d "{\"query\":\"$2\"}" \
    "http://127.0.0.1:$1/graphql")
  local total; total=$(head -n1 <<<"$out" | sed -nE 's/.*"totalCount":([0-9]+).*/\1/p')
  printf '%7.1f ms  (totalCount %s)' "$(awk -v t="$(tail -n1 <<<"$out")" 'BEGIN { print t * 1000 }')" "${total:-?}"
}

one_process() {
  local port; port=$(free_port)
  CHAINGRAPH_DATA=$(mktemp -d) dotnet "$api" --urls "http://127.0.0.1:$port" --ChainGraph:RateLimit:PermitsPerSecond 1000000 \
    --ChainGraph:RateLimit:Burst 1000000 --ChainGraph:Store:Path "$store" \
    --ChainGraph:Analysis:PrepareTargets "${PREPARE_TARGETS:-true}" >"$log" 2>&1 &
  server=$!
  trap 'kill $server 2>/dev/null || true' EXIT
  for _ in $(seq 1 600); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.2; done
  curl -s -o /dev/null --max-time 600 -w "snapshot answered after %{time_total} s\n" -X POST -H 'Content-Type: application/json' \
    -d '{"query":"{ snapshot { enterprises supplies } }"}' "http://127.0.0.1:$port/graphql"
  sleep "${SETTLE:-0}"
  for pass in uncached cached; do
    for f in "${filters[@]}"; do
      local query="{ enterprises(where: $f, first: 20) { totalCount pageInfo { hasNextPage endCursor } nodes { id name annualOutput } } }"
      echo "  $pass $(ask "$port" "$query")  $(sed 's/\\"/"/g' <<<"$f")"
    done
  done
  echo "  server peak memory: $(grep VmHWM /proc/$server/status | tr -s ' \t' ' ')"
  kill $server; wait $server 2>/dev/null || true
}

echo "store $store, PrepareTargets ${PREPARE_TARGETS:-true}, settle ${SETTLE:-0} s, load $(cut -d' ' -f1-3 /proc/loadavg)"
for p in $(seq 1 "$processes"); do
  echo "== process $p"
  one_process
done
echo "load after $(cut -d' ' -f1-3 /proc/loadavg)"
rm -f "$log"
