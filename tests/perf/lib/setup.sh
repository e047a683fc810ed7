# shellcheck shell=bash
# shellcheck disable=SC2034  # the variables are read by the scripts that source this file
# Shared by tests/perf/run.sh and tests/perf/scale.sh: settings from the environment, tools, the
# Release build, our stack on free ports under one folder, and stopping everything on exit.
# Source it after `set -euo pipefail`; it only defines variables and functions.
#
# Environment: PERF_DURATION (seconds per run, 10), PERF_CONNECTIONS ("16 64"),
# PERF_WRK_THREADS (2), IDP_WORKERS (2), IDP_THREADS (16).

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
PERF=$ROOT/tests/perf
BUILD=$ROOT/build/perf
BIN=$BUILD/fcgi-app/main/idp-fcgi
TENANT_SRC=$ROOT/tests/data/idp-server-config/examples/e2e/test-tenant
TENANT_ID=67e7eae6-62b0-4500-9eff-87459f63fc66
ORGANIZATION_ID=9eb8eb8c-2615-4604-809f-5cae1c00a462
DURATION=${PERF_DURATION:-10}
CONNECTIONS=${PERF_CONNECTIONS:-16 64}
WRK_THREADS=${PERF_WRK_THREADS:-2}
WORKERS=${IDP_WORKERS:-2}
THREADS=${IDP_THREADS:-16}

# shellcheck source-path=SCRIPTDIR source=../../../deploy/lib/stack.sh
source "$ROOT/deploy/lib/stack.sh"

say() { printf '==> %s\n' "$*" >&2; }
die() { printf 'perf: %s\n' "$*" >&2; exit 1; }

perf_tools() {
  command -v wrk >/dev/null || { say "installing wrk"; apt-get install -y wrk >/dev/null; }
  command -v jq >/dev/null || { say "installing jq"; apt-get install -y jq >/dev/null; }
}

# Release build of idp-fcgi into build/perf. The tree is shared with people editing C++, so a
# failed build names its log rather than guessing why.
perf_build() {
  say "building Release into $BUILD (target idp-fcgi)"
  if [ ! -f "$BUILD/CMakeCache.txt" ]; then
    mkdir -p "$BUILD"
    cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=Release -DIDP_TESTS=OFF \
      >"$BUILD/perf-configure.log" 2>&1 || die "cmake configure failed; see $BUILD/perf-configure.log"
  fi
  cmake --build "$BUILD" --target idp-fcgi -j"$(nproc)" >"$BUILD/perf-build.log" 2>&1 \
    || die "build failed; see $BUILD/perf-build.log"
  [ -x "$BIN" ] || die "no binary at $BIN"
}

# Everything started is stopped on exit: the peer when PEER_PID is set, then the stack.
PEER_PID=
perf_cleanup() {
  local rc=$?
  if [ -n "$PEER_PID" ]; then
    kill -TERM "$PEER_PID" 2>/dev/null || true
    for _ in $(seq 30); do kill -0 "$PEER_PID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$PEER_PID" 2>/dev/null || true
  fi
  [ -z "${STACK:-}" ] || stop_stack "$STACK" >/dev/null 2>&1 || true
  exit "$rc"
}

# perf_start_stack STACK: a fresh stack under STACK (wiped first). Sets OUT (logs and wrk
# output), HTTPS_PORT, PG_PORT, BASE and CA.
perf_start_stack() {
  STACK=$1
  trap perf_cleanup EXIT
  trap 'exit 130' INT TERM
  stop_stack "$STACK" >/dev/null 2>&1 || true
  rm -rf "$STACK"
  OUT=$STACK/out
  mkdir -p "$OUT"
  HTTPS_PORT=$(free_port)
  PG_PORT=$(free_port)
  local mtls_port
  mtls_port=$(free_port)
  BASE=https://localhost:$HTTPS_PORT
  export IDP_OUTBOUND_ALLOW_PRIVATE=true
  say "starting the stack at $BASE ($WORKERS workers x $THREADS threads; log: $OUT/stack.log)"
  start_stack "$ROOT" "$STACK" "$BIN" 127.0.0.1 "$HTTPS_PORT" "$mtls_port" "$PG_PORT" \
    "$WORKERS" "$THREADS" >"$OUT/stack.log" 2>&1 \
    || { tail -n 30 "$OUT/stack.log" >&2; die "the stack did not start"; }
  CA=$STACK/pki/ca.crt
}

# perf_tenant_folder DEST PARTS...: the named files and folders of the e2e test tenant, copied
# to DEST with the issuer and endpoints on this stack's base URL.
perf_tenant_folder() {
  local dest=$1 part
  shift
  mkdir -p "$dest"
  for part; do
    mkdir -p "$(dirname "$dest/$part")"
    cp -r "$TENANT_SRC/$part" "$dest/$part"
  done
  find "$dest" -name '*.json' -print0 | xargs -0 sed -i "s|https://api.local.test|$BASE|g"
}

# perf_retenant DIR TENANT ORGANIZATION: the folder's tenant (and organization) renamed, so that
# a copy of the e2e tenant imports beside the original.
perf_retenant() {
  find "$1" -name '*.json' -print0 \
    | xargs -0 sed -i -e "s|$TENANT_ID|$2|g" -e "s|$ORGANIZATION_ID|$3|g"
}

perf_jq_in_place() {  # FILE FILTER [jq options…]
  local file=$1 filter=$2
  shift 2
  jq "$@" "$filter" "$file" >"$file.tmp" && mv "$file.tmp" "$file"
}

perf_import() {  # DIR
  "$BIN" import "$1" --settings "$STACK/idp.json" >>"$OUT/import.log" 2>&1 \
    || { cat "$OUT/import.log" >&2; die "the import of $1 failed"; }
}

basic() { printf 'Basic %s' "$(printf '%s:%s' "$1" "$2" | base64 -w0)"; }

# The JOSE header of a compact JWS, as JSON (base64url without padding → base64).
jwt_header() {
  local h=${1%%.*}
  h=$(tr '_-' '/+' <<<"$h")
  while [ $((${#h} % 4)) != 0 ]; do h+='='; done
  base64 -d <<<"$h"
}
