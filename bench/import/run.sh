#!/usr/bin/env bash
# Issue 2 / issue 3 scale figures: generate the scale preset, import it (time and peak memory), load it back as a
# snapshot and run the whole-graph steps, and measure python-igraph loading the same supplies.csv in the same run.
# Usage: bench/import/run.sh [WORKDIR]   (default /tmp/chaingraph-bench; needs ~3 GB of disk)
set -euo pipefail
cd "$(dirname "$0")/../.."
work=${1:-/tmp/chaingraph-bench}
mkdir -p "$work"
scripts/setup.sh >/dev/null
dotnet build src/ChainGraph.Cli -c Release -v q -nologo >/dev/null
dotnet build bench/ChainGraph.Benchmarks -c Release -v q -nologo >/dev/null
cli="dotnet artifacts/bin/ChainGraph.Cli/release/chaingraph.dll"
bench="dotnet artifacts/bin/ChainGraph.Benchmarks/release/ChainGraph.Benchmarks.dll"

echo "== sample import (fresh store each run)"
hyperfine --warmup 1 --runs 5 --prepare "rm -rf $work/sample.db*" "$cli import import/samples/shenzhen --store $work/sample.db"

echo "== generate scale preset (1M enterprises, 10M relations)"
[ -f "$work/scale/supplies.csv" ] || $cli generate --preset scale --seed 42 --out "$work/scale" 2>/dev/null

echo "== import scale preset into a new store"
rm -rf "$work/scale.db"*
/usr/bin/time -f "import: %e s wall, peak RSS %M KiB" $cli import "$work/scale" --store "$work/scale.db" 2>&1 >/dev/null | grep -E "^import:|error"

echo "== re-import the same files (idempotent: nothing changes)"
/usr/bin/time -f "re-import: %e s wall, peak RSS %M KiB" $cli import "$work/scale" --store "$work/scale.db" 2>&1 >/dev/null | grep -E "^re-import:|error"

echo "== snapshot and whole-graph steps"
/usr/bin/time -f "scale run: %e s wall, peak RSS %M KiB" $bench scale --store "$work/scale.db"

echo "== peer: python-igraph loading the same supplies.csv"
/usr/bin/time -f "igraph: %e s wall, peak RSS %M KiB" /usr/bin/python3 bench/import/igraph_load.py "$work/scale/supplies.csv"

# Issue 16: the service is ready when it answers the first chain-map query after start (the persisted snapshot was
# written by the import above, so the start reads it instead of the database's tables).
echo "== service ready: API start to the first chain-map answer"
dotnet build src/ChainGraph.Api -c Release -v q -nologo >/dev/null
bench/import/ready.sh "$work/scale.db" nev
