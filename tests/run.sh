#!/usr/bin/env bash
# Runs every test: formatting, unit tests (Release, then under ASan+UBSan), each libFuzzer target
# for a bounded time, integration tests against a real stack (PostgreSQL, idp-fcgi, nginx on free
# ports, in a throwaway folder), the interop tests with npm `jose`, and the fault tests
# (tests/fault/run.sh: a stack of their own, killed and restarted under load).
# Ends with "N passed, M failed" (test cases) and exits non-zero when anything failed or could not
# start. Environment: IDP_FUZZ_SECONDS (per target, default 30), IDP_TEST_JOBS (default nproc).
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
JOBS=${IDP_TEST_JOBS:-$(nproc)}
FUZZ_SECONDS=${IDP_FUZZ_SECONDS:-30}
OUT=$ROOT/build/test-results
mkdir -p "$OUT"

# shellcheck source=../deploy/lib/packages.sh
source "$ROOT/deploy/lib/packages.sh"
# shellcheck source=../deploy/lib/stack.sh
source "$ROOT/deploy/lib/stack.sh"
# shellcheck source=../deploy/lib/ui.sh
source "$ROOT/deploy/lib/ui.sh"
# shellcheck source=../deploy/lib/bootstrap.sh
source "$ROOT/deploy/lib/bootstrap.sh"

PASSED=0
FAILED=0
FAILURES=()

record() {  # NAME PASSED FAILED
  PASSED=$((PASSED + $2))
  FAILED=$((FAILED + $3))
  if [ "$3" -gt 0 ]; then FAILURES+=("$1 ($3 failed)"); fi
  printf '  %-44s %4d passed %4d failed\n' "$1" "$2" "$3"
}

step() { printf '\n== %s\n' "$*"; }

# Runs a Boost.Test binary and records its test cases.
run_boost() {  # NAME LOG BINARY [ARGS…]
  local name=$1 log=$2
  shift 2
  "$@" --report_level=short >"$log" 2>&1
  local rc=$?
  local passed failed
  passed=$(grep -oE '[0-9]+ test cases? out of [0-9]+ passed' "$log" | head -1 | grep -oE '^[0-9]+')
  failed=$(grep -oE '[0-9]+ test cases? out of [0-9]+ failed' "$log" | head -1 | grep -oE '^[0-9]+')
  if [ -z "$passed" ] && [ -z "$failed" ]; then
    passed=0
    failed=1  # crashed or did not start
  fi
  passed=${passed:-0}
  failed=${failed:-0}
  if [ $rc -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
  record "$name" "$passed" "$failed"
  [ "$failed" -eq 0 ] || tail -n 40 "$log" | sed 's/^/    /'
}

build() {  # DIR CMAKE_ARGS… -- TARGETS…
  local dir=$1
  shift
  local args=() targets=()
  while [ $# -gt 0 ] && [ "$1" != -- ]; do args+=("$1"); shift; done
  shift
  targets=("$@")
  cmake -S "$ROOT" -B "$dir" "${args[@]}" >"$dir.configure.log" 2>&1 || { cat "$dir.configure.log"; return 1; }
  cmake --build "$dir" -j "$JOBS" --target "${targets[@]}" >"$dir.build.log" 2>&1 || {
    grep -E 'error|Error' "$dir.build.log" | head -40
    return 1
  }
}

step "Packages"
ensure_packages "${IDP_PACKAGES[@]}" "${IDP_TEST_PACKAGES[@]}" && ensure_node ||
  { echo "could not install packages"; echo "0 passed, 1 failed"; exit 1; }

step "Formatting (clang-format)"
unformatted=$(cd "$ROOT" && git ls-files -- '*.cpp' '*.hpp' | xargs -r clang-format --dry-run 2>&1 | grep -c 'warning:')
if [ "$unformatted" -eq 0 ]; then record "clang-format" 1 0; else
  (cd "$ROOT" && git ls-files -- '*.cpp' '*.hpp' | xargs -r clang-format --dry-run 2>&1 | grep 'warning:' | head -10)
  record "clang-format" 0 1
fi

step "Web pages (web-admin: Vite build, Vitest)"
if build_ui "$ROOT" >"$OUT/web-admin-build.log" 2>&1; then record "web-admin build" 1 0; else
  tail -n 20 "$OUT/web-admin-build.log" | sed 's/^/    /'
  record "web-admin build" 0 1
fi
(cd "$ROOT/web-admin" && NO_COLOR=1 FORCE_COLOR=0 npm test) >"$OUT/web-admin-test.log" 2>&1
# A terminal that asks for colour still gets escape sequences from some reporters: drop them.
line=$(sed 's/\x1b\[[0-9;]*m//g' "$OUT/web-admin-test.log" | grep -E '^ +Tests +' | tail -1)
passed=$(echo "$line" | grep -oE '[0-9]+ passed' | grep -oE '[0-9]+')
failed=$(echo "$line" | grep -oE '[0-9]+ failed' | grep -oE '[0-9]+')
if [ -z "$passed$failed" ]; then failed=1; tail -n 20 "$OUT/web-admin-test.log" | sed 's/^/    /'; fi
record "web-admin unit tests (vitest)" "${passed:-0}" "${failed:-0}"

UNIT_TARGETS=(unit_base unit_json unit_http unit_crypto unit_jose unit_domain unit_oauth unit_oidc unit_outbound
  unit_http_request unit_identity unit_control unit_main)

step "Build (Release, -Wall -Wextra -Wpedantic)"
mkdir -p "$ROOT/build"
if build "$ROOT/build/test-release" -DCMAKE_BUILD_TYPE=Release -- all; then
  record "build release" 1 0
  warnings=$(grep -c 'warning:' "$ROOT/build/test-release.build.log")
  if [ "$warnings" -eq 0 ]; then record "no compiler warnings" 1 0; else
    grep 'warning:' "$ROOT/build/test-release.build.log" | head -10
    record "no compiler warnings" 0 1
  fi
  step "Unit tests"
  for t in "${UNIT_TARGETS[@]}"; do
    bin=$ROOT/build/test-release/tests/unit/$t
    [ -x "$bin" ] && run_boost "$t" "$OUT/$t.log" "$bin"
  done
  step "Conformance (JSON-Schema-Test-Suite, JSONPath Compliance Test Suite)"
  grep -hE '^(JSON-Schema-Test-Suite|JSONPath Compliance Test Suite)' "$OUT/unit_json.log" |
    sed 's/^/  /'
else
  record "build release" 0 1
fi

step "Unit tests under AddressSanitizer + UndefinedBehaviorSanitizer"
if build "$ROOT/build/test-asan" -DCMAKE_BUILD_TYPE=Debug -DIDP_SANITIZE=ON -- "${UNIT_TARGETS[@]}"; then
  for t in "${UNIT_TARGETS[@]}"; do
    bin=$ROOT/build/test-asan/tests/unit/$t
    [ -x "$bin" ] && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
      run_boost "$t (asan+ubsan)" "$OUT/$t.asan.log" "$bin"
  done
else
  record "build asan+ubsan" 0 1
fi

step "Fuzz targets (libFuzzer, ${FUZZ_SECONDS}s each)"
if build "$ROOT/build/test-fuzz" -DIDP_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++-14 \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -- all; then
  for bin in "$ROOT"/build/test-fuzz/tests/fuzz/fuzz_*; do
    [ -x "$bin" ] || continue
    name=$(basename "$bin")
    corpus_seed=$ROOT/tests/fuzz/corpus/${name#fuzz_}
    work=$ROOT/build/test-fuzz/corpus/${name#fuzz_}
    mkdir -p "$work" "$ROOT/build/test-fuzz/artifacts"
    "$bin" -max_total_time="$FUZZ_SECONDS" -timeout=10 -rss_limit_mb=2048 \
      -artifact_prefix="$ROOT/build/test-fuzz/artifacts/$name-" "$work" "$corpus_seed" \
      >"$OUT/$name.log" 2>&1
    if [ $? -eq 0 ]; then
      record "$name ($(grep -oE 'Done [0-9]+ runs' "$OUT/$name.log" | grep -oE '[0-9]+') runs)" 1 0
    else
      tail -n 30 "$OUT/$name.log" | sed 's/^/    /'
      record "$name" 0 1
    fi
  done
else
  record "build fuzz targets" 0 1
fi

step "Integration tests (PostgreSQL + idp-fcgi + nginx)"
STACK=$ROOT/build/test-stack
export IDP_OUTBOUND_ALLOW_PRIVATE=true  # the tests' peers (jwks_uri, sector documents) are local
BIN=$ROOT/build/test-release/fcgi-app/main/idp-fcgi
stop_stack "$STACK" 2>/dev/null
rm -rf "$STACK"
HTTPS_PORT=$(free_port)
MTLS_PORT=$(free_port)
PG_PORT=$(free_port)
if [ -x "$BIN" ] && start_stack "$ROOT" "$STACK" "$BIN" 127.0.0.1 "$HTTPS_PORT" "$MTLS_PORT" \
  "$PG_PORT" 2 2 >"$OUT/stack.log" 2>&1 &&
  bootstrap_admin "$ROOT" "$STACK" "$BIN" "https://localhost:$HTTPS_PORT" \
    "https://localhost:$MTLS_PORT" >>"$OUT/stack.log" 2>&1 &&
  bootstrap_console "$STACK" >>"$OUT/stack.log" 2>&1; then
  record "stack starts and is bootstrapped as deploy/run.sh does" 1 0
  export IDP_TEST_ROOT=$ROOT IDP_TEST_VAR=$STACK IDP_TEST_BIN=$BIN
  export IDP_TEST_BASE_URL=https://localhost:$HTTPS_PORT IDP_TEST_MTLS_URL=https://localhost:$MTLS_PORT
  export IDP_TEST_CA=$STACK/pki/ca.crt
  for bin in "$ROOT"/build/test-release/tests/integration/integration_*; do
    [ -x "$bin" ] && run_boost "$(basename "$bin")" "$OUT/$(basename "$bin").log" "$bin" --log_level=message
  done
  grep -ho 'worker replaced after [0-9]* ms' "$OUT"/integration_*.log | sed 's/^/  measured: a killed /' 

  step "Interop (npm jose)"
  if [ -x "$ROOT/tests/interop/run.sh" ] && [ -x "$ROOT/build/test-release/tests/interop/jose_cli" ]; then
    "$ROOT/tests/interop/run.sh" "$ROOT/build/test-release/tests/interop/jose_cli" >"$OUT/interop.log" 2>&1
    line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$OUT/interop.log" | tail -1)
    if [ -n "$line" ]; then
      record "interop (jose)" "$(echo "$line" | cut -d' ' -f1)" "$(echo "$line" | cut -d' ' -f3)"
    else
      tail -n 30 "$OUT/interop.log" | sed 's/^/    /'
      record "interop (jose)" 0 1
    fi
  fi

  step "Interop (npm openid-client: each client authentication method, response type and mode; logout)"
  "$ROOT/tests/interop/oidc/run.sh" "$IDP_TEST_BASE_URL" "$IDP_TEST_CA" "$BIN" "$STACK/idp.json" \
    >"$OUT/interop-openid-client.log" 2>&1
  line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$OUT/interop-openid-client.log" | tail -1)
  grep '^FAILED' "$OUT/interop-openid-client.log" | sed 's/^/    /'
  if [ -n "$line" ]; then
    record "interop (openid-client)" "$(echo "$line" | cut -d' ' -f1)" "$(echo "$line" | cut -d' ' -f3)"
  else
    tail -n 20 "$OUT/interop-openid-client.log" | sed 's/^/    /'
    record "interop (openid-client)" 0 1
  fi

  step "Browser (default sign-in pages and admin console in Chromium, playwright-core)"
  IDP_BROWSER_OUT=$ROOT/build/browser-out "$ROOT/tests/browser/run.sh" "$IDP_TEST_BASE_URL" \
    "$IDP_TEST_CA" "$BIN" "$STACK/idp.json" >"$OUT/browser.log" 2>&1
  line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$OUT/browser.log" | tail -1)
  grep -E '^(FAILED|skipped)' "$OUT/browser.log" | sed 's/^/    /'
  if [ -n "$line" ]; then
    record "browser (sign-in pages, admin console)" "$(echo "$line" | cut -d' ' -f1)" "$(echo "$line" | cut -d' ' -f3)"
  else
    tail -n 20 "$OUT/browser.log" | sed 's/^/    /'
    record "browser (sign-in pages, admin console)" 0 1
  fi
else
  tail -n 30 "$OUT/stack.log" | sed 's/^/    /'
  record "stack starts" 0 1
fi
stop_stack "$STACK" >/dev/null 2>&1

step "Fault tests (workers killed, PostgreSQL restarted, reloads under load; malformed requests)"
if [ -x "$BIN" ]; then
  IDP_FAULT_BIN=$BIN "$ROOT/tests/fault/run.sh" >"$OUT/fault.log" 2>&1
  if grep -qE '^(PASS|FAIL) ' "$OUT/fault.log"; then
    # One recorded line per check; the lines under a failed check say what went wrong.
    while IFS= read -r line; do
      case $line in
        'PASS '*) record "${line#PASS }" 1 0; show=0 ;;
        'FAIL '*) record "${line#FAIL }" 0 1; show=1 ;;
        '    '*) [ "${show:-0}" = 1 ] && echo "  $line" ;;
        *) show=0 ;;
      esac
    done <"$OUT/fault.log"
  else
    tail -n 20 "$OUT/fault.log" | sed 's/^/    /'
    record "fault tests" 0 1
  fi
else
  record "fault tests (no idp-fcgi binary)" 0 1
fi

step "Deploy (./deploy/run.sh end to end)"
if [ -x "$BIN" ]; then
  DEPLOY_VAR=$ROOT/build/test-deploy
  IDP_VAR_DIR=$DEPLOY_VAR "$ROOT/deploy/run.sh" stop >/dev/null 2>&1
  rm -rf "$DEPLOY_VAR"
  "$ROOT/tests/deploy_test.sh" "$ROOT/build/test-release" "$DEPLOY_VAR" "$(free_port)" "$(free_port)" \
    "$(free_port)" >"$OUT/deploy.log" 2>&1
  line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$OUT/deploy.log" | tail -1)
  grep '^FAILED' "$OUT/deploy.log" | sed 's/^/    /'
  if [ -n "$line" ]; then
    record "deploy/run.sh" "$(echo "$line" | cut -d' ' -f1)" "$(echo "$line" | cut -d' ' -f3)"
  else
    tail -n 20 "$OUT/deploy.log" | sed 's/^/    /'
    record "deploy/run.sh" 0 1
  fi
  IDP_VAR_DIR=$DEPLOY_VAR "$ROOT/deploy/run.sh" stop >/dev/null 2>&1
fi

echo
if [ ${#FAILURES[@]} -gt 0 ]; then
  echo "Failed: ${FAILURES[*]}"
fi
echo "$PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]
