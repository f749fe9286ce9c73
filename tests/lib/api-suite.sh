# Shared by the suites that drive the real API (tests/*/suite.sh); source it after `cd` to the repository root and
# after defining SUITE (the name used in messages).
#   npm_projects DIR...        npm ci in each project whose node_modules is missing or older than its lock file
#   build_release PROJECT...   dotnet build -c Release (bin folder in $bin)
#   start_api [ARG...]         starts the Release API on a free loopback port over a copy of the bundled sample
#                              (CHAINGRAPH_DATA=$work/data); sets $base and $api_pid; stopped on exit
#   fail_all MESSAGE           prints the message and "0 passed, 1 failed", exits 1
root=$PWD
work=$(mktemp -d)
api_pid=
bin="$root/artifacts/${CG_SLOT:+$CG_SLOT/}bin"
cleanup() {
  if [ -n "$api_pid" ]; then kill "$api_pid" 2>/dev/null; wait "$api_pid" 2>/dev/null; fi
  rm -rf "$work"
}
trap cleanup EXIT
fail_all() { echo "$SUITE: $1" >&2; echo "0 passed, 1 failed"; exit 1; }

npm_ready() { [ -d "$1/node_modules" ] && [ "$1/node_modules/.package-lock.json" -nt "$1/package-lock.json" ]; }
npm_projects() {
  for project in "$@"; do
    npm_ready "$project" || (cd "$project" && npm ci --no-audit --no-fund --loglevel=error) || fail_all "npm ci in $project failed"
  done
}

build_release() {
  for project in "$@"; do
    dotnet build "$project" -c Release --nologo --verbosity quiet >"$work/build.log" 2>&1 || { cat "$work/build.log"; fail_all "build of $project failed"; }
  done
}

# Port 0 lets Kestrel pick a free port; the address is read back from its startup log.
start_api() {
  mkdir -p "$work/data"
  CHAINGRAPH_DATA="$work/data" ASPNETCORE_ENVIRONMENT=Production \
    dotnet "$bin/ChainGraph.Api/release/ChainGraph.Api.dll" --urls http://127.0.0.1:0 \
      --Logging:LogLevel:Default=Warning --Logging:LogLevel:Microsoft.Hosting.Lifetime=Information "$@" \
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
}
