#!/usr/bin/env bash
# Reproduces the held-out figures of docs/risk-model.md: trains on the bundled sample and on two generated scale sets,
# and prints the true process's ROC AUC on each test window (the ceiling). Release build; about 3 minutes on 2 cores.
# Usage: bench/risk/run.sh [WORK_DIR]   (default /tmp/chaingraph-risk-bench)
set -euo pipefail
cd "$(dirname "$0")/../.."
work=${1:-/tmp/chaingraph-risk-bench}
mkdir -p "$work"
dotnet build src/ChainGraph.Cli -c Release --verbosity quiet -nologo
cli() { dotnet "artifacts/${CG_SLOT:-}/bin/ChainGraph.Cli/release/chaingraph.dll" "$@"; }

echo "== bundled sample (12-month horizon)"
CHAINGRAPH_DATA="$work/sample" cli train --out "$work/sample/risk-model.zip"
python3 bench/risk/true_process_auc.py import/samples/shenzhen 2025-10-01 2026-10-01

for size in "50000 400000" "200000 1600000"; do
  set -- $size
  echo "== scale preset: $1 enterprises, $2 relations (one year of events, 6-month horizon)"
  rm -rf "$work/scale-$1" "$work/scale-$1.db"
  cli generate --preset scale --enterprises "$1" --relations "$2" --seed 42 --out "$work/scale-$1"
  cli import "$work/scale-$1" --store "$work/scale-$1.db" > /dev/null
  /usr/bin/time -f "train: %e s wall, %M KB peak" dotnet "artifacts/${CG_SLOT:-}/bin/ChainGraph.Cli/release/chaingraph.dll" \
    train --store "$work/scale-$1.db" --horizon-months 6 --out "$work/scale-$1.zip"
  python3 bench/risk/true_process_auc.py "$work/scale-$1" 2026-04-01 2026-10-01 -0.9
done
