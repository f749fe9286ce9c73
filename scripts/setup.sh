#!/usr/bin/env bash
# Installs what the build and the tests need; safe to run again (each step checks first).
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

apt_packages=()
/usr/bin/python3 -c 'import networkx' 2>/dev/null || apt_packages+=(python3-networkx)
/usr/bin/python3 -c 'import igraph' 2>/dev/null || apt_packages+=(python3-igraph)
command -v hyperfine >/dev/null || apt_packages+=(hyperfine)
command -v pdftotext >/dev/null || apt_packages+=(poppler-utils)
if [ ${#apt_packages[@]} -gt 0 ]; then
  echo "setup: installing ${apt_packages[*]}" >&2
  as_root apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${apt_packages[@]}" >/dev/null
fi

dotnet restore ChainGraph.sln --verbosity quiet

# GraphQL conformance suite and GraphiQL (tests/conformance, web/graphiql): Debian's Chromium with CJK fonts for the
# headless browser check, and each npm project's locked packages.
browser_packages=()
command -v chromium >/dev/null || browser_packages+=(chromium)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || browser_packages+=(fonts-noto-cjk)
if [ ${#browser_packages[@]} -gt 0 ]; then
  echo "setup: installing ${browser_packages[*]}" >&2
  as_root apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${browser_packages[@]}" >/dev/null
fi
for project in tests/conformance web/graphiql tests/web web/chainmap; do
  if [ ! "$project/node_modules/.package-lock.json" -nt "$project/package-lock.json" ]; then
    (cd "$project" && npm ci --no-audit --no-fund --loglevel=error)
  fi
done
