#!/usr/bin/env bash
# Runs every test suite after installing what they need. The last line is the total: "N passed, N failed".
# Suites: the .NET test projects (dotnet test), then every tests/*/suite.sh (browser, conformance, ...),
# each of which ends its output with its own "N passed, N failed" line.
set -uo pipefail
cd "$(dirname "$0")"

passed=0; failed=0
finish() { echo "$passed passed, $failed failed"; [ "$failed" -eq 0 ]; exit $?; }

scripts/setup.sh || { echo "setup failed"; failed=1; finish; }

results=artifacts/${CG_SLOT:+$CG_SLOT/}test-results
rm -rf "$results"
if ! dotnet build ChainGraph.sln -c Release --no-restore --verbosity quiet -nologo; then
  echo "build failed"; failed=1; finish
fi
dotnet test ChainGraph.sln -c Release --no-build --verbosity quiet -nologo \
  --logger "trx" --logger "console;verbosity=minimal" --results-directory "$results"
status=$?
dotnet_failed=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); dotnet_failed=$((dotnet_failed + ${f:-0}))
done
# A crashed test host leaves no counters: count it as a failure rather than a silent pass.
if [ $status -ne 0 ] && [ $dotnet_failed -eq 0 ]; then dotnet_failed=1; fi
failed=$((failed + dotnet_failed))

for suite in tests/*/suite.sh; do
  [ -e "$suite" ] || continue
  echo "== $suite"
  log=$(mktemp)
  bash "$suite" 2>&1 | tee "$log"
  suite_status=${PIPESTATUS[0]}
  last=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$log" | tail -1)
  rm -f "$log"
  if [ -z "$last" ]; then failed=$((failed + 1)); echo "$suite printed no total"; continue; fi
  p=${last%% passed*}; f=${last#*, }; f=${f%% failed*}
  passed=$((passed + p)); failed=$((failed + f))
  if [ "$suite_status" -ne 0 ] && [ "$f" -eq 0 ]; then failed=$((failed + 1)); fi
done

finish
