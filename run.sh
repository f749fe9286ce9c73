#!/usr/bin/env bash
# Builds and starts the ChainGraph service (GraphQL API, GraphiQL, health) on the embedded default store, which is
# created and seeded with the bundled Shenzhen sample on first use. --urls / ASPNETCORE_URLS work as usual.
set -euo pipefail
cd "$(dirname "$0")"
dotnet build src/ChainGraph.Api -c Release --verbosity quiet -nologo >&2
cd "artifacts/${CG_SLOT:+$CG_SLOT/}bin/ChainGraph.Api/release"
exec dotnet ChainGraph.Api.dll "$@"
