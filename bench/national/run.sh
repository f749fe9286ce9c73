#!/usr/bin/env bash
# Issue 16 item 5: the national-scale figures (10M enterprises, 100M supply relations), recorded once by hand — never in
# CI. Needs ~50 GB of free disk beside WORKDIR and ~16 GB of memory; takes about an hour on two cores. Prints, per step,
# wall time and peak RSS (GNU time), the load average, and writes an RSS trace of the import by phase (import.trace).
# Usage: bench/national/run.sh [WORKDIR] [ENTERPRISES] [RELATIONS]   (default /tmp/chaingraph-national 10000000 100000000)
set -euo pipefail
cd "$(dirname "$0")/../.."
work=${1:-/tmp/chaingraph-national}
enterprises=${2:-10000000}
relations=${3:-100000000}
mkdir -p "$work"
dotnet build src/ChainGraph.Cli -c Release -v q -nologo >/dev/null
dotnet build src/ChainGraph.Api -c Release -v q -nologo >/dev/null
bin="artifacts/${CG_SLOT:+$CG_SLOT/}bin"
cli="dotnet $bin/ChainGraph.Cli/release/chaingraph.dll"
timed() { local name=$1; shift; /usr/bin/time -f "$name: %e s wall, %U s user, %S s sys, peak RSS %M KiB" "$@"; }

echo "== generate --preset scale --seed 42 --enterprises $enterprises --relations $relations ($(uptime))"
[ -f "$work/data/supplies.csv" ] || timed generate $cli generate --preset scale --seed 42 --enterprises "$enterprises" \
  --relations "$relations" --out "$work/data" >/dev/null 2>"$work/generate.err"
grep generate: "$work/generate.err" | tail -1
du -sh "$work/data"

echo "== import into a new store ($(uptime))"
rm -rf "$work/store.db"*   # the result cache beside the store is a folder
TRACE_FILE="$work/import.trace" timed import bench/national/rss-trace.sh $cli import "$work/data" --store "$work/store.db"
tail -n 1 "$work/import.trace.err"
du -sh "$work/store.db" "$work/store.db.snapshot"
echo "peak RSS by phase (MiB):"
awk '{ phase = $0; sub(/^[0-9]+ [0-9]+ /, "", phase); sub(/:.*/, "", phase)
  if ($2 > peak[phase]) peak[phase] = $2; if (!(phase in seen)) { seen[phase] = 1; order[++n] = phase } }
  END { for (i = 1; i <= n; i++) print "  " order[i], peak[order[i]] }' "$work/import.trace"

echo "== service ready: API start to the first chain-map answer ($(uptime))"
bench/import/ready.sh "$work/store.db" ic

echo "== targets --chain ic, cold then warm ($(uptime))"
timed "targets cold" $cli targets --chain ic --top 3 --store "$work/store.db" >"$work/targets.txt"
timed "targets warm" $cli targets --chain ic --top 3 --store "$work/store.db" | cmp - "$work/targets.txt" && echo "warm output identical"
echo "== done ($(uptime))"
