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
