#!/usr/bin/env bash
# The pages in a real browser and the briefing PDF: builds the API and the CLI, starts the API on a copy of the bundled
# sample (temporary CHAINGRAPH_DATA), creates an analyst key, runs run.mjs (the chain map of nev in Debian's chromium
# via playwright-core; screenshots under artifacts/screenshots), then renders the briefing PDF with the CLI and checks
# its text (pdftotext) against the HTML page. Also checks that the committed bundle is what web/chainmap builds.
# Last line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/../.."
SUITE=web
. tests/lib/api-suite.sh
passed=0; failed=0
pass() { echo "PASS $1"; passed=$((passed + 1)); }
fail() { echo "FAIL $1"; failed=$((failed + 1)); }

npm_projects tests/web web/chainmap
for tool in chromium pdftotext pdfinfo; do command -v "$tool" >/dev/null || fail_all "$tool is missing: run scripts/setup.sh"; done
build_release src/ChainGraph.Api src/ChainGraph.Cli
cli() { CHAINGRAPH_DATA="$work/data" dotnet "$bin/ChainGraph.Cli/release/chaingraph.dll" "$@"; }
start_api
key=$(cli keys create --role analyst --name web-suite --json | sed -E 's/.*"key":"([^"]+)".*/\1/')
[ -n "$key" ] || fail_all "could not create an analyst key"
echo "API at $base (store seeded from the sample under $work/data)"

# Briefing endpoints: analyst only.
# (Without a key, the loopback caller holds ChainGraph:Auth:LoopbackRole, analyst by default: a viewer key is the check.)
viewer=$(cli keys create --role viewer --name web-suite-viewer --json | sed -E 's/.*"key":"([^"]+)".*/\1/')
status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $viewer" "$base/briefings/nev")
[ "$status" = 403 ] && pass "briefing with a viewer key: 403" || fail "briefing with a viewer key answered $status"
curl -sf -H "Authorization: Bearer $key" "$base/briefings/nev" >"$work/briefing.html" && grep -q '新能源汽车' "$work/briefing.html" \
  && pass "GET /briefings/nev with an analyst key" || fail "GET /briefings/nev"
curl -sf -H "Authorization: Bearer $key" "$base/briefings" | grep -q 'data-chain="nev"' && pass "GET /briefings (cover) lists nev" || fail "GET /briefings (cover)"
# The briefing in English (?lang=en): page and PDF; any other language is a 400 naming the valid ones.
curl -sf -H "Authorization: Bearer $key" "$base/briefings/nev?lang=en" >"$work/briefing-en.html" \
  && grep -q '<html lang="en"' "$work/briefing-en.html" && grep -q 'Chain security briefing' "$work/briefing-en.html" \
  && grep -qE 'class="why">(sound|watch|warning|danger): ' "$work/briefing-en.html" && ! grep -q '产业链安全简报\|环节总览\|缺失环节' "$work/briefing-en.html" \
  && pass "GET /briefings/nev?lang=en: English page and English map" || fail "GET /briefings/nev?lang=en"
status=$(curl -s -o "$work/lang.json" -w '%{http_code}' -H "Authorization: Bearer $key" "$base/briefings/nev?lang=fr")
[ "$status" = 400 ] && grep -q 'zh, en' "$work/lang.json" && pass "briefing ?lang=fr: 400 naming zh, en" || fail "briefing ?lang=fr answered $status: $(cat "$work/lang.json")"
status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $key" "$base/briefings/nev.pdf?lang=fr")
[ "$status" = 400 ] && pass "briefing PDF ?lang=fr: 400" || fail "briefing PDF ?lang=fr answered $status"
if curl -sf -H "Authorization: Bearer $key" "$base/briefings/nev.pdf?lang=en" -o "$work/nev-en.pdf" && curl -sf -H "Authorization: Bearer $key" "$base/briefings/nev.pdf" -o "$work/nev-zh.pdf"; then
  en=$(pdftotext -layout "$work/nev-en.pdf" - | tr -d ' \n\t\f'); zh=$(pdftotext -layout "$work/nev-zh.pdf" - | tr -d ' \n\t\f')
  [[ "$en" == *Chainsecuritybriefing* && "$en" != *产业链安全简报* && "$zh" == *产业链安全简报* ]] \
    && pass "briefing PDF ?lang=en is English, the default Chinese (the cache keeps both)" || fail "briefing PDF languages: en starts '${en:0:60}', zh '${zh:0:30}'"
else
  fail "GET /briefings/nev.pdf?lang=en"
fi

# The browser run.
shots="$root/artifacts/screenshots"
BASE_URL="$base" ANALYST_KEY="$key" SCREENSHOT_DIR="$shots" node tests/web/run.mjs | tee "$work/run.log"
total=$(grep -E '^checks: [0-9]+ passed, [0-9]+ failed$' "$work/run.log" | tail -1 | sed 's/^checks: //')
if [ -n "$total" ]; then
  passed=$((passed + ${total%% passed*})); rest=${total#*, }; failed=$((failed + ${rest%% failed*}))
else
  fail "browser run printed no result"
fi

# The PDF from the CLI: one A4 page per chain; its text holds the chain name, the top chokepoint's Chinese name and
# the figures of the HTML page.
if cli briefing --chain nev --out "$work/nev.pdf" --html "$work/nev.html" >"$work/cli.log" 2>&1; then
  pass "chaingraph briefing --chain nev --out nev.pdf"
  pdftotext -layout "$work/nev.pdf" "$work/nev.txt"
  flat=$(tr -d ' \n\t\f' <"$work/nev.txt")
  pages=$(pdfinfo "$work/nev.pdf" | awk '/^Pages:/ { print $2 }')
  [ "$pages" = 1 ] && pass "briefing PDF has one page as designed" || fail "briefing PDF has $pages pages, designed for 1"
  [[ "$flat" == *新能源汽车* ]] && pass "PDF text has the chain name" || fail "PDF text lacks 新能源汽车"
  top=$(curl -s -H "Authorization: Bearer $key" -H 'Content-Type: application/json' "$base/graphql" \
    -d '{"query":"{ checklist(chainId: \"nev\", types: [CHOKEPOINT, FOREIGN_CHOKEPOINT, SOLE_SOURCE], first: 1) { nodes { enterprises { name } } } }"}' \
    | sed -E 's/.*"name":"([^"]+)".*/\1/')
  [ -n "$top" ] && [[ "$flat" == *"$(tr -d ' ' <<<"$top")"* ]] && pass "PDF text has the top chokepoint ($top)" || fail "PDF text lacks the top chokepoint '$top'"
  figures=$(grep -oE '<li data-figure="[a-z]+"><b>[0-9]+</b> <span>[^<]+</span>' "$work/briefing.html" | sed -E 's/.*<b>([0-9]+)<\/b> <span>([^<]+)<\/span>/\1\2/')
  missing=$(for f in $figures; do [[ "$flat" == *"$f"* ]] || echo "$f"; done)
  [ -n "$figures" ] && [ -z "$missing" ] && pass "PDF text has the figures of the HTML page ($(echo $figures | tr '\n' ' '))" || fail "PDF lacks figures: $missing"
  cp "$work/nev.pdf" "$root/artifacts/screenshots/briefing-nev.pdf" 2>/dev/null
else
  cat "$work/cli.log"; fail "chaingraph briefing failed"
fi
if cli briefing --chain all --out "$work/all.pdf" >"$work/cli-all.log" 2>&1; then
  chains=$(curl -s -H 'Content-Type: application/json' "$base/graphql" -d '{"query":"{ chains { id } }"}' | grep -o '"id"' | wc -l)
  pages=$(pdfinfo "$work/all.pdf" | awk '/^Pages:/ { print $2 }')
  [ "$pages" = $((chains + 1)) ] && pass "cover + one page per chain: $pages pages" || fail "all-chains PDF has $pages pages, expected $((chains + 1))"
else
  cat "$work/cli-all.log"; fail "chaingraph briefing --chain all failed"
fi

# The committed bundle must be exactly what the locked packages build.
(cd web/chainmap && CHAINMAP_OUT="$work/chainmap" npm run --silent build >"$work/chainmap-build.log" 2>&1)
if diff -r "$work/chainmap" src/ChainGraph.Api/wwwroot/chainmap >/dev/null 2>&1; then
  pass "chainmap bundle: src/ChainGraph.Api/wwwroot/chainmap is what web/chainmap builds"
else
  fail "chainmap bundle differs from a fresh build (cd web/chainmap && npm ci && npm run build)"; cat "$work/chainmap-build.log"
fi

if grep -qE '^\s+at |Unhandled exception' "$work/api.log"; then
  fail "API log: unexpected exception"; grep -B2 -A8 -E '^\s+at |Unhandled exception' "$work/api.log" | head -40
else
  pass "API log: no unexpected exception"
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
