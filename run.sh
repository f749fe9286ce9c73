#!/usr/bin/env bash
# Builds and runs `chaingraph` on the embedded default store (created and seeded with the bundled
# Shenzhen sample on first use). With no arguments it shows what the store holds.
set -euo pipefail
cd "$(dirname "$0")"
dotnet build src/ChainGraph.Cli -c Release --verbosity quiet -nologo >&2
cli="artifacts/bin/ChainGraph.Cli/release/chaingraph.dll"
if [ $# -eq 0 ]; then set -- stats; fi
exec dotnet "$cli" "$@"
