#!/usr/bin/env bash
# The ML.NET risk models side by side with the hand-written ones they replaced (issue 13), on the same stores, in one run:
# builds commit 9f47cc7 (the last with the hand-written IRLS/GBDT trainers) in WORK/hand, generates the sample and scale
# stores with it, trains the hand-written models, then this tree's ML.NET models with LightGBM and with FastTree, and the
# generator's true process on each test window. Prints bench/RESULTS.md's table. Release builds; ~15 min on 2 free cores.
# Usage: bench/risk/compare.sh [WORK_DIR]   (default /tmp/chaingraph-risk-compare)
set -euo pipefail
cd "$(dirname "$0")/../.."
w=${1:-/tmp/chaingraph-risk-compare}
mkdir -p "$w/hand" "$w/sample"
slot=${CG_SLOT:-bench}
git archive 9f47cc7 | tar -x -C "$w/hand"
(cd "$w/hand" && CG_SLOT=hand dotnet build src/ChainGraph.Cli -c Release --verbosity quiet -nologo)
dotnet build src/ChainGraph.Cli -c Release --verbosity quiet -nologo
hand="$w/hand/artifacts/hand/bin/ChainGraph.Cli/release/chaingraph.dll"
ours="artifacts/$slot/bin/ChainGraph.Cli/release/chaingraph.dll"
timed() { local label=$1; shift; /usr/bin/time -f "$label: %e s wall, %M KB peak" dotnet "$@" > /dev/null; }

cp "$w/hand/import/samples/shenzhen/"*.csv "$w/sample/"
rm -f "$w/sample.db"; dotnet "$hand" import "$w/sample" --store "$w/sample.db" > /dev/null
for n in 50000 200000; do
  rm -rf "$w/scale-$n" "$w/scale-$n.db"
  dotnet "$hand" generate --preset scale --enterprises $n --relations $((n * 8)) --seed 42 --out "$w/scale-$n" > /dev/null
  dotnet "$hand" import "$w/scale-$n" --store "$w/scale-$n.db" > /dev/null
done
for set in sample scale-50000 scale-200000; do
  horizon=(); [ $set = sample ] || horizon=(--horizon-months 6)
  timed "$set hand-written" "$hand" train --store "$w/$set.db" "${horizon[@]}" --out "$w/hand-$set.json"
  for t in lightgbm fasttree; do
    timed "$set $t" "$ours" train --store "$w/$set.db" "${horizon[@]}" --trainer $t --out "$w/$t-$set.zip"
  done
done
python3 bench/risk/true_process_auc.py "$w/sample" 2025-10-01 2026-10-01
for n in 50000 200000; do python3 bench/risk/true_process_auc.py "$w/scale-$n" 2026-04-01 2026-10-01 -0.9; done
for set in sample scale-50000 scale-200000; do
  echo "== $set"
  python3 bench/risk/summarize.py hand-written="$w/hand-$set.json" lightgbm="$w/lightgbm-$set.zip" fasttree="$w/fasttree-$set.zip"
done
