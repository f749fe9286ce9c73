#!/usr/bin/env bash
# Issue 16: the service is ready when it answers the first chain-map query after start. Starts the built API on STORE
# (its persisted snapshot, when current, is read instead of the database's tables), times start -> first answer for
# CHAIN's map, prints it with the API's resident and peak memory, and stops the API.
# Usage: bench/import/ready.sh STORE [CHAIN]   (default chain nev; build src/ChainGraph.Api in Release first)
set -euo pipefail
cd "$(dirname "$0")/../.."
store=$1
chain=${2:-nev}
api_log=$(mktemp)
ready_query="{\"query\":\"{ chain(id: \\\"$chain\\\") { name map { segments { segment { name } } } } }\"}"
started=$(date +%s.%N)
${CG_WRAP:-} dotnet "artifacts/${CG_SLOT:+$CG_SLOT/}bin/ChainGraph.Api/release/ChainGraph.Api.dll" --urls http://127.0.0.1:0 \
  --ChainGraph:Store:Path="$store" --Logging:LogLevel:Default=${CG_LOGLEVEL:-Warning} --Logging:LogLevel:Microsoft.Hosting.Lifetime=Information \
  >"$api_log" 2>&1 &
api_pid=$!
base=
until [ -n "$base" ]; do base=$(grep -oE 'http://127\.0\.0\.1:[0-9]+' "$api_log" | head -1 || true); sleep 0.05; done
until curl -sf "$base/graphql" -H 'Content-Type: application/json' -d "$ready_query" | grep -q '"segments"'; do sleep 0.05; done
ended=$(date +%s.%N)
memory() { echo $(( $(awk "/$1/ { print \$2 }" "/proc/$api_pid/status") / 1024 )); }
echo "ready: $(awk "BEGIN { printf \"%.2f\", $ended - $started }") s to the first chain-map answer; API RSS $(memory VmRSS) MiB, peak $(memory VmHWM) MiB"
kill $api_pid; wait $api_pid 2>/dev/null || true
[ -z "${CG_KEEPLOG:-}" ] || cp "$api_log" "$CG_KEEPLOG"
rm -f "$api_log"
