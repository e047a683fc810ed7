#!/usr/bin/env bash
# Runs the identity provider on this machine (Debian 12, as root):
#   ./deploy/run.sh           install what is missing, build, start PostgreSQL, idp-fcgi and nginx,
#                             bootstrap the admin tenant on first run, print URLs and credentials
#   ./deploy/run.sh stop      stop everything it started
#   ./deploy/run.sh import PATH
#                             import idp-server configuration JSON into the running stack
# Environment: IDP_HTTPS_PORT (8443), IDP_MTLS_PORT (8444), IDP_LISTEN (127.0.0.1),
#   IDP_WORKERS (2), IDP_THREADS (16), IDP_VAR_DIR (var/), IDP_PUBLIC_HOST (localhost),
#   IDP_PG_PORT (5432; the name of PostgreSQL's socket in var/pg, no TCP),
#   IDP_BUILD_DIR (build/release).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
VAR=${IDP_VAR_DIR:-$ROOT/var}
HTTPS_PORT=${IDP_HTTPS_PORT:-8443}
MTLS_PORT=${IDP_MTLS_PORT:-8444}
LISTEN=${IDP_LISTEN:-127.0.0.1}
PUBLIC_HOST=${IDP_PUBLIC_HOST:-localhost}
WORKERS=${IDP_WORKERS:-2}
THREADS=${IDP_THREADS:-16}
PG_PORT=${IDP_PG_PORT:-5432}
BUILD=${IDP_BUILD_DIR:-$ROOT/build/release}
BIN=$BUILD/fcgi-app/main/idp-fcgi

# shellcheck source=lib/packages.sh
source "$ROOT/deploy/lib/packages.sh"
# shellcheck source=lib/stack.sh
source "$ROOT/deploy/lib/stack.sh"
# shellcheck source=lib/bootstrap.sh
source "$ROOT/deploy/lib/bootstrap.sh"
# shellcheck source=lib/ui.sh
source "$ROOT/deploy/lib/ui.sh"

build() {
  echo "Building (Release) in $BUILD"
  mkdir -p "$ROOT/build"
  local configure=(cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=Release -DIDP_TESTS=OFF)
  [ -f "$BUILD/CMakeCache.txt" ] && configure=(true)  # keep an existing build's own options
  if ! { "${configure[@]}" &&
    cmake --build "$BUILD" -j "$(nproc)" --target idp-fcgi; } >"$ROOT/build/release.log" 2>&1; then
    tail -n 40 "$ROOT/build/release.log" >&2
    echo "Build failed; the whole log is $ROOT/build/release.log" >&2
    return 1
  fi
}

case "${1:-start}" in
  start)
    ensure_packages "${IDP_PACKAGES[@]}"
    ensure_node
    build
    build_ui "$ROOT"
    echo "Starting PostgreSQL, idp-fcgi ($WORKERS workers x $THREADS threads) and nginx under $VAR"
    start_stack "$ROOT" "$VAR" "$BIN" "$LISTEN" "$HTTPS_PORT" "$MTLS_PORT" "$PG_PORT" "$WORKERS" "$THREADS"
    bootstrap_admin "$ROOT" "$VAR" "$BIN" "https://$PUBLIC_HOST:$HTTPS_PORT" "https://$PUBLIC_HOST:$MTLS_PORT"
    bootstrap_console "$VAR"
    print_summary "$VAR"
    ;;
  stop)
    stop_stack "$VAR"
    echo "Stopped."
    ;;
  import)
    [ $# -ge 2 ] || { echo "usage: $0 import PATH" >&2; exit 2; }
    [ -x "$BIN" ] || build
    "$BIN" import "$2" --settings "$VAR/idp.json"
    ;;
  *)
    echo "usage: $0 [start|stop|import PATH]" >&2
    exit 2
    ;;
esac
