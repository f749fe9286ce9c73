#!/usr/bin/env bash
# Where a 1M/10M import's time goes: imports a folder into a new store and prints the seconds since start at which each
# phase the CLI reports (validating / writing a file, indexing, committing, saving the snapshot, preparing targets)
# begins and ends. The session figures in bench/RESULTS.md ("Import at 1M / 10M, where the time goes") come from it.
# Usage: bench/import/phases.sh [DATA] [STORE]   (default /tmp/chaingraph-bench/scale and /tmp/chaingraph-phases.db)
set -euo pipefail
cd "$(dirname "$0")/../.."
data=${1:-/tmp/chaingraph-bench/scale}
store=${2:-/tmp/chaingraph-phases.db}
dotnet build src/ChainGraph.Cli -c Release -v q -nologo >/dev/null
rm -rf "$store"*
start=$EPOCHREALTIME
# Progress lines differ only in their figures while a phase runs: print the first and the last of each run of them.
dotnet artifacts/bin/ChainGraph.Cli/release/chaingraph.dll import "$data" --store "$store" 2>&1 \
  | while IFS= read -r line; do printf '%s %s\n' "$EPOCHREALTIME" "$line"; done \
  | awk -v start="$start" '
      { at = $1; text = substr($0, length($1) + 2); key = text; gsub(/[0-9][0-9,]*/, "#", key)
        stamped = sprintf("%7.1f %s", at - start, text)
        if (key != last) { if (runs > 1) print previous; print stamped; runs = 0 }
        runs++; previous = stamped; last = key }
      END { if (runs > 1) print previous }' \
  | grep -v -E '^ *[0-9.]+   ([a-z_]+\.csv|file|total) '
