#!/bin/sh
# Drives the default sign-in pages and the admin console in Debian's Chromium against a running
# stack (whose nginx serves web-admin/dist/, built by deploy/lib/ui.sh) bootstrapped as
# deploy/run.sh does (VAR/admin-credentials.json beside SETTINGS).
# Usage: tests/browser/run.sh BASE_URL CA_CERT IDP_FCGI SETTINGS
# Screenshots go to IDP_BROWSER_OUT (default build/browser-out). Ends with "N passed, M failed".
set -eu
base=${1:?usage: run.sh BASE_URL CA_CERT IDP_FCGI SETTINGS}
ca=$(cd "$(dirname "$2")" && pwd)/$(basename "$2") bin=$3 settings=$4
case $bin in /*) ;; *) bin=$(pwd)/$bin ;; esac
case $settings in /*) ;; *) settings=$(pwd)/$settings ;; esac
root=$(cd "$(dirname "$0")/../.." && pwd)
out=${IDP_BROWSER_OUT:-$root/build/browser-out}
case $out in /*) ;; *) out=$(pwd)/$out ;; esac
# Chromium, and a Japanese font so that the Japanese screens render in screenshots.
if [ ! -x /usr/bin/chromium ] || [ ! -d /usr/share/fonts/opentype/ipafont-gothic ]; then
  echo "Installing Debian's chromium and fonts-ipafont-gothic"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-ipafont-gothic >/dev/null 2>&1 || {
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-ipafont-gothic >/dev/null
  }
fi
if [ ! -f "$root/web-admin/dist/auth-views/signin/index.html" ] || [ ! -f "$root/web-admin/dist/admin/index.html" ]; then
  echo "web-admin/dist is not built (deploy/lib/ui.sh: build_ui $root)" >&2
  exit 1
fi
cd "$(dirname "$0")"
npm ci --silent --no-audit --no-fund >/dev/null 2>&1 || npm ci --no-audit --no-fund
# Each suite prints its own lines and "N passed, M failed" last; the sum ends this script's output.
creds=$(dirname "$settings")/admin-credentials.json
total_passed=0 total_failed=0
suite() {  # NODE_ARGS…
  local log line
  log=$(mktemp)
  IDP_BROWSER_OUT=$out node "$@" >"$log" 2>&1 || true  # a failed scenario is counted below
  line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$log" | tail -1)
  grep -vE '^[0-9]+ passed, [0-9]+ failed' "$log"
  if [ -z "$line" ]; then
    echo "FAILED $1: ended without a result line"
    total_failed=$((total_failed + 1))
  else
    total_passed=$((total_passed + $(echo "$line" | cut -d' ' -f1)))
    total_failed=$((total_failed + $(echo "$line" | cut -d' ' -f3)))
  fi
  rm -f "$log"
}
suite signin_flow.mjs "$base" "$ca" "$bin" "$settings" "$root/tests/data/idp-server-config/examples/e2e/test-tenant"
if [ -f "$creds" ]; then
  suite admin_console.mjs "$base" "$ca" "$creds"
else
  echo "FAILED admin console: $creds is missing (bootstrap_admin and bootstrap_console make it)"
  total_failed=$((total_failed + 1))
fi
echo "$total_passed passed, $total_failed failed"
[ "$total_failed" -eq 0 ]
