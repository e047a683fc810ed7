#!/usr/bin/env bash
# Fault tests against a stack of their own (PostgreSQL, idp-fcgi, nginx on free loopback ports
# under build/fault-stack): workers killed under token load, PostgreSQL restarted under load,
# nginx and idp-fcgi reloaded under load, and a generated corpus of malformed requests.
#
#   tests/fault/run.sh [CHECK…]     CHECK: worker_kills database_restart reloads malformed_requests
#
# Prints "PASS name" or "FAIL name" per check (details indented below), then "N passed, M failed";
# exits non-zero when a check failed or the stack did not start.
# Environment: IDP_FAULT_BIN (idp-fcgi; default build/test-release, else built into
# build/fault-build), IDP_FAULT_STACK (build/fault-stack), IDP_FAULT_WORKERS (2),
# IDP_FAULT_THREADS (4), IDP_FAULT_CONNECTIONS (16), IDP_FAULT_SEED (corpus seed),
# IDP_FAULT_KEEP=1 (leave the stack running; its environment is in build/fault-stack/env.sh).
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
HERE=$ROOT/tests/fault
STACK=${IDP_FAULT_STACK:-$ROOT/build/fault-stack}
BIN=${IDP_FAULT_BIN:-$ROOT/build/test-release/fcgi-app/main/idp-fcgi}
WORKERS=${IDP_FAULT_WORKERS:-2}
THREADS=${IDP_FAULT_THREADS:-4}
TENANT_SRC=$ROOT/tests/data/idp-server-config/examples/e2e/test-tenant
TENANT_ID=67e7eae6-62b0-4500-9eff-87459f63fc66
CHECKS=("$@")
[ ${#CHECKS[@]} -gt 0 ] || CHECKS=(worker_kills database_restart reloads malformed_requests)

# shellcheck source=../../deploy/lib/stack.sh
source "$ROOT/deploy/lib/stack.sh"
# shellcheck source=../../deploy/lib/bootstrap.sh
source "$ROOT/deploy/lib/bootstrap.sh"

say() { printf '==> %s\n' "$*" >&2; }
give_up() { printf 'FAIL fault: %s\n0 passed, 1 failed\n' "$*"; exit 1; }

if [ ! -x "$BIN" ]; then
  BUILD=$ROOT/build/fault-build
  BIN=$BUILD/fcgi-app/main/idp-fcgi
  say "building idp-fcgi (Release) into $BUILD"
  mkdir -p "$BUILD"
  { [ -f "$BUILD/CMakeCache.txt" ] ||
    cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=Release -DIDP_TESTS=OFF; } >"$BUILD.log" 2>&1 &&
    cmake --build "$BUILD" --target idp-fcgi -j"$(nproc)" >>"$BUILD.log" 2>&1 ||
    give_up "idp-fcgi did not build (see $BUILD.log)"
fi

cleanup() { [ "${IDP_FAULT_KEEP:-}" = 1 ] || stop_stack "$STACK" >/dev/null 2>&1; }
trap cleanup EXIT
trap 'exit 130' INT TERM

stop_stack "$STACK" >/dev/null 2>&1
rm -rf "$STACK"
mkdir -p "$STACK"
HTTPS_PORT=$(free_port)
MTLS_PORT=$(free_port)
PG_PORT=$(free_port)
BASE=https://localhost:$HTTPS_PORT
say "starting the stack at $BASE ($WORKERS workers x $THREADS threads) under $STACK"
start_stack "$ROOT" "$STACK" "$BIN" 127.0.0.1 "$HTTPS_PORT" "$MTLS_PORT" "$PG_PORT" "$WORKERS" \
  "$THREADS" >"$STACK/stack.log" 2>&1 || { tail -n 20 "$STACK/stack.log" >&2; give_up "the stack did not start"; }

# idp-server's e2e test tenant with its issuer on this stack; its client_secret_basic client gets
# opaque access tokens (cheaper to issue than signed JWTs, so more of them per second of load).
say "importing the e2e test tenant; bootstrapping the admin tenant"
IMPORT=$STACK/import
mkdir -p "$IMPORT"
for part in initial.json tenants authorization-server clients user; do
  cp -r "$TENANT_SRC/$part" "$IMPORT/"
done
find "$IMPORT" -name '*.json' -print0 | xargs -0 sed -i "s|https://api.local.test|$BASE|g"
CLIENT_FILE=$IMPORT/clients/clientSecretBasic.json
node -e 'const fs = require("fs"), f = process.argv[1], c = JSON.parse(fs.readFileSync(f));
  c.extension = { ...(c.extension || {}), access_token_type: "opaque" };
  fs.writeFileSync(f, JSON.stringify(c, null, 2));' "$CLIENT_FILE"
"$BIN" import "$IMPORT" --settings "$STACK/idp.json" >"$STACK/import.log" 2>&1 ||
  { cat "$STACK/import.log" >&2; give_up "the e2e tenant import failed"; }
bootstrap_admin "$ROOT" "$STACK" "$BIN" "$BASE" "https://localhost:$MTLS_PORT" \
  >"$STACK/bootstrap.log" 2>&1 || { cat "$STACK/bootstrap.log" >&2; give_up "the admin bootstrap failed"; }

client_field() { node -p "require('$CLIENT_FILE').$1"; }
export IDP_FAULT_BASE_URL=$BASE IDP_FAULT_CA=$STACK/pki/ca.crt IDP_FAULT_VAR=$STACK
export IDP_FAULT_TENANT=$TENANT_ID IDP_FAULT_WORKERS=$WORKERS IDP_FAULT_THREADS=$THREADS
IDP_FAULT_CLIENT_ID=$(client_field client_id)
IDP_FAULT_CLIENT_SECRET=$(client_field client_secret)
export IDP_FAULT_CLIENT_ID IDP_FAULT_CLIENT_SECRET
export -p | grep ' IDP_FAULT_' >"$STACK/env.sh"

PASSED=0
FAILED=0
for check in "${CHECKS[@]}"; do
  say "$check"
  out=$STACK/$check.out
  started=$SECONDS
  timeout 120 node "$HERE/$check.mjs" >"$out" 2>&1
  rc=$?
  cat "$out"
  if grep -q '^PASS ' "$out" && ! grep -q '^FAIL ' "$out" && [ $rc -eq 0 ]; then
    PASSED=$((PASSED + 1))
  else
    grep -qE '^(PASS|FAIL) ' "$out" || echo "FAIL fault: $check (exit $rc, no result)"
    FAILED=$((FAILED + 1))
  fi
  say "$check took $((SECONDS - started)) s"
done
echo "$PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]
