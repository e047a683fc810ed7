#!/bin/sh
# Drives the default sign-in pages in Debian's Chromium against a running stack (whose nginx serves
# web-admin/dist/auth-views/, built by deploy/lib/ui.sh).
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
if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Debian's chromium"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null 2>&1 || {
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  }
fi
if [ ! -f "$root/web-admin/dist/auth-views/signin/index.html" ]; then
  echo "web-admin/dist/auth-views is not built (deploy/lib/ui.sh: build_ui $root)" >&2
  exit 1
fi
cd "$(dirname "$0")"
npm ci --silent --no-audit --no-fund >/dev/null 2>&1 || npm ci --no-audit --no-fund
IDP_BROWSER_OUT=$out exec node signin_flow.mjs "$base" "$ca" "$bin" "$settings" \
  "$root/tests/data/idp-server-config/examples/e2e/test-tenant"
