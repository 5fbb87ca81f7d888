#!/usr/bin/env bash
# npm test: every check, in order, each counted; ends with one plain "N passed, N failed" line.
# Unit and browser tests count one per test; typecheck, lint, data check and build count one each.
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
mkdir -p reports
passed=0 failed=0
declare -a failures=() stages=()
suite_start=$SECONDS

step() { # step NAME COMMAND...
  local name=$1; shift
  echo; echo "── $name"
  local start=$SECONDS
  if "$@"; then passed=$((passed + 1)); echo "── $name: ok ($((SECONDS - start)) s)";
  else failed=$((failed + 1)); failures+=("$name"); echo "── $name: FAILED ($((SECONDS - start)) s)"; fi
  stages+=("$name: $((SECONDS - start)) s")
}

count_json() { # count_json FILE PASSED_EXPR FAILED_EXPR
  node -e '
    const fs = require("fs"); const file = process.argv[1];
    if (!fs.existsSync(file)) { console.log("0 1"); process.exit(0); }
    const r = JSON.parse(fs.readFileSync(file, "utf8"));
    const p = eval(process.argv[2]), f = eval(process.argv[3]);
    console.log(`${p} ${f}`);' "$1" "$2" "$3"
}

step "typecheck" npx tsc --noEmit
# The typecheck above is the project's one type check (tsconfig.json covers app/, components/, lib/, scripts/, tests/):
# once it passed, the builds below (npm run build, and the ones unit tests run on fixture data) skip Next's second
# pass over the same files (next.config.ts). Had it failed, they check again and fail on their own.
[ ${#failures[@]} -eq 0 ] && export NEXT_SKIP_TYPECHECK=1
step "lint" npx eslint . --max-warnings=0
step "data check" npx tsx scripts/check-data.ts

echo; echo "── unit tests (vitest, with coverage of lib/)"
rm -f reports/vitest.json
unit_start=$SECONDS
npx vitest run --coverage --reporter=default --reporter=json --outputFile.json=reports/vitest.json
read -r up uf < <(count_json reports/vitest.json "r.numPassedTests" "r.numFailedTests + (r.numTotalTests === 0 ? 1 : 0) + (r.success === false && r.numFailedTests === 0 ? 1 : 0)")
passed=$((passed + up)); failed=$((failed + uf)); [ "$uf" -gt 0 ] && failures+=("unit tests")
node scripts/coverage-summary.mjs || true
stages+=("unit tests ($up passed): $((SECONDS - unit_start)) s")

# Built for the test address (config/site-origin.mjs), whatever SITE_ORIGIN the shell has.
step "build" npm run build --silent -- --test
step "valid HTML (html-validate and the Nu HTML checker on out/)" node scripts/validate-html.mjs
if [ -f out/vi/index.html ]; then
  echo; echo "── browser tests (Playwright on out/, Debian chromium)"
  rm -f reports/playwright.json
  browser_start=$SECONDS
  npx playwright test
  read -r ep ef < <(count_json reports/playwright.json "r.stats.expected" "r.stats.unexpected + r.stats.flaky + (r.errors || []).length")
  passed=$((passed + ep)); failed=$((failed + ef)); [ "$ef" -gt 0 ] && failures+=("browser tests")
  stages+=("browser tests ($ep passed): $((SECONDS - browser_start)) s")
else
  failed=$((failed + 1)); failures+=("browser tests (no build to test)")
fi

echo; echo "── seconds per stage"
printf '   %s\n' "${stages[@]}" "total: $((SECONDS - suite_start)) s"
echo
[ ${#failures[@]} -gt 0 ] && echo "Failed: ${failures[*]}"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
