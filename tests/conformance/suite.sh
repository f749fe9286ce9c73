#!/usr/bin/env bash
# Conformance with real clients: builds and starts the API on a copy of the bundled sample, then runs run.mjs
# (graphql-http audit, introspection round trip, graphql-js validation oracle, hostile requests, GraphiQL in headless
# Chromium) and checks that the committed GraphiQL bundle is what web/graphiql builds. Last line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
work=$(mktemp -d)
api_pid=
cleanup() {
  if [ -n "$api_pid" ]; then kill "$api_pid" 2>/dev/null; wait "$api_pid" 2>/dev/null; fi
  rm -rf "$work"
}
trap cleanup EXIT
fail_all() { echo "conformance: $1" >&2; echo "0 passed, 1 failed"; exit 1; }

# npm ci when node_modules is missing or older than the lock file.
npm_ready() { [ -d "$1/node_modules" ] && [ "$1/node_modules/.package-lock.json" -nt "$1/package-lock.json" ]; }
for project in tests/conformance web/graphiql; do
  npm_ready "$project" || (cd "$project" && npm ci --no-audit --no-fund --loglevel=error) || fail_all "npm ci in $project failed"
done

dotnet build src/ChainGraph.Api -c Release --nologo --verbosity quiet >"$work/build.log" 2>&1 || { cat "$work/build.log"; fail_all "build failed"; }
dll="$root/artifacts/${CG_SLOT:+$CG_SLOT/}bin/ChainGraph.Api/release/ChainGraph.Api.dll"

# Port 0 lets Kestrel pick a free port; the address is read back from its startup log. The audit fires its 61
# requests at once, so the per-key rate limit is off.
mkdir -p "$work/data"
CHAINGRAPH_DATA="$work/data" ASPNETCORE_ENVIRONMENT=Production \
  dotnet "$dll" --urls http://127.0.0.1:0 --Logging:LogLevel:Default=Warning --Logging:LogLevel:Microsoft.Hosting.Lifetime=Information \
    --ChainGraph:RateLimit:PermitsPerSecond=0 \
  >"$work/api.log" 2>&1 &
api_pid=$!
base=
for _ in $(seq 120); do
  base=$(grep -oE 'Now listening on: http://127\.0\.0\.1:[0-9]+' "$work/api.log" | head -1 | sed 's/Now listening on: //')
  [ -n "$base" ] && curl -sf "$base/health" >/dev/null && break
  kill -0 "$api_pid" 2>/dev/null || { cat "$work/api.log"; fail_all "the API exited during startup"; }
  sleep 0.5
done
curl -sf "$base/health" >/dev/null || { cat "$work/api.log"; fail_all "the API did not become healthy"; }
echo "API at $base (store seeded from the sample under $work/data)"

SERVER_URL="$base/graphql" SCREENSHOT_DIR="$root/artifacts/screenshots" node tests/conformance/run.mjs | tee "$work/run.log"
total=$(grep -E '^checks: [0-9]+ passed, [0-9]+ failed$' "$work/run.log" | tail -1 | sed 's/^checks: //')
passed=${total%% passed*}; failed=${total#*, }; failed=${failed%% failed*}
[ -n "$total" ] || { passed=0; failed=1; }

# The committed bundle must be exactly what the locked packages build (esbuild output is deterministic).
(cd web/graphiql && GRAPHIQL_OUT="$work/graphiql" npm run --silent build >"$work/graphiql-build.log" 2>&1)
if diff -r "$work/graphiql" src/ChainGraph.Api/wwwroot/graphiql >/dev/null 2>&1; then
  echo "PASS graphiql bundle: src/ChainGraph.Api/wwwroot/graphiql is what web/graphiql builds"; passed=$((passed + 1))
else
  echo "FAIL graphiql bundle: src/ChainGraph.Api/wwwroot/graphiql differs from a fresh build (cd web/graphiql && npm ci && npm run build)"
  cat "$work/graphiql-build.log"; failed=$((failed + 1))
fi

if grep -qE '^\s+at |Unhandled exception' "$work/api.log"; then
  echo "FAIL API log: unexpected exception"; grep -B2 -A8 -E '^\s+at |Unhandled exception' "$work/api.log" | head -40; failed=$((failed + 1))
else
  echo "PASS API log: no unexpected exception"; passed=$((passed + 1))
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
