#!/usr/bin/env bash
# Whole-process benchmark of `chaingraph analyze` against python-igraph (issue 3 §1 figures):
#   1. a 1M-edge directed edge list: articulation points, bridges, weak and strong components (target ≤ 0.5× igraph)
#   2. exact betweenness on a 10k-node directed graph (target: at least as fast as igraph)
# Both sides read the same CSV and write the same JSON; their answers are compared before timing.
#   3. with --scale: the 1M-node / 10M-edge list, plain and with betweenness sampled from 256 sources (no peer:
#      reading 10M edges in Python alone takes longer than our whole run), wall time, CPU time and peak memory
# Results: bench/out/analyze/*.md (hyperfine tables); summarised in bench/analyze/RESULTS-analyze.md.
# Usage: bench/analyze/run.sh [RUNS] [--scale]   (needs dotnet, hyperfine, /usr/bin/python3 with python3-igraph)
set -euo pipefail
cd "$(dirname "$0")/../.."

runs=10
scale=false
for arg in "$@"; do
  case $arg in
    --scale) scale=true ;;
    *) runs=$arg ;;
  esac
done
out=bench/out/analyze
slot=${CG_SLOT:-bench}
mkdir -p "$out"

CG_SLOT=$slot dotnet build src/ChainGraph.Cli -c Release --nologo --verbosity quiet
dll=artifacts/$slot/bin/ChainGraph.Cli/release/chaingraph.dll
ours="dotnet $dll analyze --directed"
peer="/usr/bin/python3 bench/analyze/igraph_analyze.py"

[ -f "$out/edges-1m.csv" ] || /usr/bin/python3 bench/analyze/generate.py "$out/edges-1m.csv" 250000 1000000 42
[ -f "$out/edges-10k.csv" ] || /usr/bin/python3 bench/analyze/generate.py "$out/edges-10k.csv" 10000 50000 7

echo "== same answers"
$ours --edges "$out/edges-1m.csv" --out "$out/ours-1m.json"
$peer "$out/edges-1m.csv" "$out/igraph-1m.json"
/usr/bin/python3 bench/analyze/compare.py "$out/ours-1m.json" "$out/igraph-1m.json"
$ours --betweenness --edges "$out/edges-10k.csv" --out "$out/ours-10k.json"
$peer "$out/edges-10k.csv" "$out/igraph-10k.json" --betweenness
/usr/bin/python3 bench/analyze/compare.py "$out/ours-10k.json" "$out/igraph-10k.json"

echo "== 1M edges: articulation points, bridges, weak + strong components"
hyperfine --warmup 1 --runs "$runs" --export-markdown "$out/analyze-1m.md" --export-json "$out/analyze-1m.json" \
  -n chaingraph "$ours --edges $out/edges-1m.csv --out /dev/null" \
  -n python-igraph "$peer $out/edges-1m.csv /dev/null"

echo "== 10k nodes: the above plus exact betweenness"
hyperfine --warmup 1 --runs "$(( (runs + 1) / 2 ))" --export-markdown "$out/betweenness-10k.md" --export-json "$out/betweenness-10k.json" \
  -n chaingraph "$ours --betweenness --edges $out/edges-10k.csv --out /dev/null" \
  -n python-igraph "$peer $out/edges-10k.csv /dev/null --betweenness"

/usr/bin/python3 - "$out" <<'PY'
import json, sys
for name in ("analyze-1m", "betweenness-10k"):
    results = {r["command"]: r for r in json.load(open(f"{sys.argv[1]}/{name}.json"))["results"]}
    ours, peer = results["chaingraph"]["mean"], results["python-igraph"]["mean"]
    print(f"{name}: chaingraph {ours:.3f} s, python-igraph {peer:.3f} s, ratio {ours / peer:.2f}")
PY

if $scale; then
  [ -f "$out/edges-10m.csv" ] || /usr/bin/python3 bench/analyze/generate.py "$out/edges-10m.csv" 1000000 10000000 3
  echo "== 10M edges (1M nodes), one run each"
  /usr/bin/time -f "plain: %e s wall, %U s CPU, %M KB peak" $ours --edges "$out/edges-10m.csv" --out "$out/ours-10m.json"
  /usr/bin/time -f "betweenness, 256 sampled sources: %e s wall, %U s CPU, %M KB peak" \
    $ours --betweenness --samples 256 --seed 1 --edges "$out/edges-10m.csv" --out "$out/ours-10m-betweenness.json"
fi
