#!/usr/bin/env bash
# npm test: every check, each counted; ends with each stage's seconds and one plain "N passed, N failed" line.
# Unit and browser tests count one per test; typecheck, lint, data check, build and HTML validation count one each.
# Stages that need nothing from each other run at the same time, so both cores stay busy: typecheck, lint, the data
# check and the unit tests; then the build; then the browser tests beside the HTML validation, both on out/. A stage
# run beside another prints its output whole when it ends. Each stage's seconds are printed with its CPU seconds.
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
mkdir -p reports
passed=0 failed=0
declare -a failures=() stages=()
suite_start=$SECONDS
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT

count_json() { # count_json FILE PASSED_EXPR FAILED_EXPR
  node -e '
    const fs = require("fs"); const file = process.argv[1];
    if (!fs.existsSync(file)) { console.log("0 1"); process.exit(0); }
    const r = JSON.parse(fs.readFileSync(file, "utf8"));
    const p = eval(process.argv[2]), f = eval(process.argv[3]);
    console.log(`${p} ${f}`);' "$1" "$2" "$3"
}

# CPU seconds (user + system) of the processes this shell has waited for: on a shared machine wall time varies with
# the load, CPU time much less.
# (`times` written straight to a file: in a pipe or $(…) it would run in a new subshell and count nothing.)
cpu_of() { tail -1 "$1" | awk '{ split($1, u, /[ms]/); split($2, s, /[ms]/); printf "%.0f", u[1] * 60 + u[2] + s[1] * 60 + s[2] }'; }

declare -A pids=() files=()
begin() { # begin NAME COMMAND...: starts a stage in the background; its output, status and seconds go to $logs
  local name=$1; shift
  local file="$logs/${#files[@]}"
  files[$name]=$file
  echo "── $name: started"
  ( start=$SECONDS; "$@" > "$file.log" 2>&1; echo $? > "$file.status"; times > "$file.times"; echo "$((SECONDS - start)) s, $(cpu_of "$file.times") CPU-s" > "$file.seconds" ) &
  pids[$name]=$!
}
finish() { # finish NAME: waits for a stage, prints its output; returns its status (its seconds in $stage_seconds)
  local name=$1 file=${files[$1]}
  wait "${pids[$name]}"
  echo; echo "── $name"; cat "$file.log"
  stage_seconds=$(cat "$file.seconds")
  return "$(cat "$file.status")"
}
check() { # check NAME: finish a stage that counts as one check
  local name=$1
  if finish "$name"; then passed=$((passed + 1)); echo "── $name: ok ($stage_seconds)";
  else failed=$((failed + 1)); failures+=("$name"); echo "── $name: FAILED ($stage_seconds)"; fi
  stages+=("$name: $stage_seconds")
}

# The typecheck below is the project's one type check (tsconfig.json covers app/, components/, lib/, scripts/, tests/):
# the builds of npm test (npm run build, and the ones unit tests run on fixture data) skip Next's second pass over the
# same files (next.config.ts). A type error fails the typecheck stage, and so npm test.
export NEXT_SKIP_TYPECHECK=1
begin "typecheck" npx tsc --noEmit
begin "lint" npx eslint . --max-warnings=0
begin "data check" npx tsx scripts/check-data.ts
# The unit tests beside them: their longest file is one next build on fixture data, which leaves a core idle at the end.
rm -f reports/vitest.json
begin "unit tests (vitest, with coverage of lib/)" npx vitest run --coverage --reporter=default --reporter=json --outputFile.json=reports/vitest.json
check "typecheck"
check "lint"
check "data check"
finish "unit tests (vitest, with coverage of lib/)"
read -r up uf < <(count_json reports/vitest.json "r.numPassedTests" "r.numFailedTests + (r.numTotalTests === 0 ? 1 : 0) + (r.success === false && r.numFailedTests === 0 ? 1 : 0)")
passed=$((passed + up)); failed=$((failed + uf)); [ "$uf" -gt 0 ] && failures+=("unit tests")
node scripts/coverage-summary.mjs || true
stages+=("unit tests ($up passed): $stage_seconds")

# Built for the test address (config/site-origin.mjs), whatever SITE_ORIGIN the shell has. Not beside the unit tests:
# every next build of the project works in .next/ and locks it, and two unit tests run one.
begin "build" npm run build --silent -- --test
check "build"

if [ -f out/vi/index.html ]; then
  begin "valid HTML (html-validate and the Nu HTML checker on out/)" node scripts/validate-html.mjs
  echo; echo "── browser tests (Playwright on out/, Debian chromium-headless-shell)"
  rm -f reports/playwright.json
  browser_start=$SECONDS
  bash -c 'npx playwright test; status=$?; times > "$0"; exit $status' "$logs/browser.times"
  read -r ep ef < <(count_json reports/playwright.json "r.stats.expected" "r.stats.unexpected + r.stats.flaky + (r.errors || []).length")
  passed=$((passed + ep)); failed=$((failed + ef)); [ "$ef" -gt 0 ] && failures+=("browser tests")
  stages+=("browser tests ($ep passed): $((SECONDS - browser_start)) s, $(cpu_of "$logs/browser.times") CPU-s")
  check "valid HTML (html-validate and the Nu HTML checker on out/)"
else
  failed=$((failed + 2)); failures+=("valid HTML (no build to check)" "browser tests (no build to test)")
fi

echo; echo "── seconds per stage, wall and CPU (stages side by side overlap), load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
printf '   %s\n' "${stages[@]}" "total: $((SECONDS - suite_start)) s"
echo
[ ${#failures[@]} -gt 0 ] && echo "Failed: ${failures[*]}"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
