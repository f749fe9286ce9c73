#!/usr/bin/env bash
# Runs every test suite after installing what they need. The last line is the total: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"

scripts/setup.sh || { echo "setup failed"; echo "0 passed, 1 failed"; exit 1; }

results=artifacts/test-results
rm -rf "$results"
dotnet build ChainGraph.sln -c Release --no-restore --verbosity quiet -nologo || { echo "build failed"; echo "0 passed, 1 failed"; exit 1; }
dotnet test ChainGraph.sln -c Release --no-build --verbosity quiet -nologo \
  --logger "trx" --logger "console;verbosity=minimal" --results-directory "$results"
status=$?

passed=0; failed=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
# A crashed test host leaves no counters: count it as a failure rather than a silent pass.
if [ $status -ne 0 ] && [ $failed -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
