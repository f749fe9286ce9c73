#!/usr/bin/env bash
# QuikGraph as an in-process peer of our CSR algorithms (issue 13): weak + strong component counts on the 1M-edge list
# of bench/analyze (250k nodes) and on a chain-sized graph (10k nodes, 50k edges), next to python-igraph, in one run.
# Each side reads the same CSV; the counts are compared first. Reports whole-process wall time and peak memory
# (/usr/bin/time, best of RUNS) and the algorithm-only seconds each side prints.
# Usage: bench/quikgraph/run.sh [RUNS]   (needs dotnet, /usr/bin/python3 with python3-igraph)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}
out=bench/out/quikgraph
slot=${CG_SLOT:-bench}
mkdir -p "$out" bench/out/analyze
CG_SLOT=$slot dotnet build bench/ChainGraph.Benchmarks -c Release --nologo --verbosity quiet
peer() { dotnet "artifacts/$slot/bin/ChainGraph.Benchmarks/release/ChainGraph.Benchmarks.dll" quikgraph "$@"; }
[ -f bench/out/analyze/edges-1m.csv ] || /usr/bin/python3 bench/analyze/generate.py bench/out/analyze/edges-1m.csv 250000 1000000 42
[ -f bench/out/analyze/edges-10k.csv ] || /usr/bin/python3 bench/analyze/generate.py bench/out/analyze/edges-10k.csv 10000 50000 7
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for size in 1m 10k; do
  edges=bench/out/analyze/edges-$size.csv
  echo "== $edges: same counts"
  peer "$edges" ours 2>/dev/null | tee "$out/ours-$size.json"
  peer "$edges" quikgraph 2>/dev/null | tee "$out/quikgraph-$size.json"
  /usr/bin/python3 bench/analyze/igraph_analyze.py "$edges" "$out/igraph-$size.json" --components 2>/dev/null; cat "$out/igraph-$size.json"; echo
  cmp <(tr -d ' \n' < "$out/ours-$size.json") <(tr -d ' \n' < "$out/quikgraph-$size.json")
  for engine in ours quikgraph igraph; do
    for run in $(seq "$runs"); do
      if [ $engine = igraph ]; then
        /usr/bin/time -f "$size $engine: %e s wall, %M KB peak" /usr/bin/python3 bench/analyze/igraph_analyze.py "$edges" /dev/null --components
      else
        /usr/bin/time -f "$size $engine: %e s wall, %M KB peak" dotnet "artifacts/$slot/bin/ChainGraph.Benchmarks/release/ChainGraph.Benchmarks.dll" quikgraph "$edges" $engine > /dev/null
      fi
    done
  done
done 2>&1 | tee "$out/run.log"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
