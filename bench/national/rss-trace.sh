#!/usr/bin/env bash
# Runs a command and samples its resident memory every 2 s: "seconds RSS-MiB last-progress-line" lines on TRACE_FILE,
# so peak memory can be laid against the phase (validating, writing, snapshot) that the command's stderr names.
# Usage: TRACE_FILE=trace.txt bench/national/rss-trace.sh COMMAND ARGS...   (stderr goes to TRACE_FILE.err)
set -uo pipefail
trace=${TRACE_FILE:?set TRACE_FILE}
# A new trace each run: appended to an old one, a run's phases read against another's marks.
: >"$trace"
"$@" 2>"$trace.err" &
pid=$!
start=$(date +%s)
while kill -0 "$pid" 2>/dev/null; do
  rss=$(awk '/VmRSS/ { print int($2 / 1024) }' "/proc/$pid/status" 2>/dev/null)
  last=$(tail -c 300 "$trace.err" 2>/dev/null | tr '\r' '\n' | grep -v '^$' | tail -1)
  echo "$(( $(date +%s) - start )) ${rss:-0} $last" >>"$trace"
  sleep 2
done
wait "$pid"
