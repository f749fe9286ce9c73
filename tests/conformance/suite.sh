#!/usr/bin/env bash
# Conformance with real clients: builds and starts the API on a copy of the bundled sample, then runs run.mjs
# (graphql-http audit, introspection round trip, graphql-js validation oracle, hostile requests, GraphiQL in headless
# Chromium) and checks that the committed GraphiQL bundle is what web/graphiql builds. Last line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/../.."
SUITE=conformance
. tests/lib/api-suite.sh

npm_projects tests/conformance web/graphiql
build_release src/ChainGraph.Api
# The audit fires its 61 requests at once, so the per-key rate limit is off.
start_api --ChainGraph:RateLimit:PermitsPerSecond=0
echo "API at $base (store seeded from the sample under $work/data)"

SERVER_URL="$base/graphql" SCREENSHOT_DIR="$root/artifacts/screenshots" node tests/conformance/run.mjs | tee "$work/run.log"
total=$(grep -E '^checks: [0-9]+ passed, [0-9]+ failed$' "$work/run.log" | tail -1 | sed 's/^checks: //')
passed=${total%% passed*}; failed=${total#*, }; failed=${failed%% failed*}
[ -n "$total" ] || { passed=0; failed=1; }

# The committed bundle must be exactly what the locked packages build (esbuild output is deterministic).
(cd web/graphiql && GRAPHIQL_OUT="$work/graphiql" npm run --silent build >"$work/graphiql-build.log" 2>&1)
if diff -r "$work/graphiql" src/ChainGraph.GraphQL.AspNetCore/graphiql >/dev/null 2>&1; then
  echo "PASS graphiql bundle: src/ChainGraph.GraphQL.AspNetCore/graphiql is what web/graphiql builds"; passed=$((passed + 1))
else
  echo "FAIL graphiql bundle: src/ChainGraph.GraphQL.AspNetCore/graphiql differs from a fresh build (cd web/graphiql && npm ci && npm run build)"
  cat "$work/graphiql-build.log"; failed=$((failed + 1))
fi

if grep -qE '^\s+at |Unhandled exception' "$work/api.log"; then
  echo "FAIL API log: unexpected exception"; grep -B2 -A8 -E '^\s+at |Unhandled exception' "$work/api.log" | head -40; failed=$((failed + 1))
else
  echo "PASS API log: no unexpected exception"; passed=$((passed + 1))
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
