#!/bin/sh
# Runs the openid-client flows against a running stack: every client authentication method,
# response type and mode (openid_client_flow.mjs), and the identity-verification journey with its
# eKYC vendor (identity_journey.mjs). Each prints its checks; the last line adds them up.
# Usage: tests/interop/oidc/run.sh BASE_URL CA_CERT IDP_FCGI SETTINGS
set -eu
base=${1:?usage: run.sh BASE_URL CA_CERT IDP_FCGI SETTINGS}
ca=$(cd "$(dirname "$2")" && pwd)/$(basename "$2") bin=$3 settings=$4
case $bin in /*) ;; *) bin=$(pwd)/$bin ;; esac
case $settings in /*) ;; *) settings=$(pwd)/$settings ;; esac
root=$(cd "$(dirname "$0")/../../.." && pwd)
cd "$(dirname "$0")"
npm ci --silent --no-audit --no-fund >/dev/null 2>&1 || npm ci --no-audit --no-fund
tenant_dir=$root/tests/data/idp-server-config/examples/e2e/test-tenant
out=$(mktemp)
trap 'rm -f "$out"' EXIT
passed=0 failed=0
for script in openid_client_flow.mjs identity_journey.mjs; do
  NODE_EXTRA_CA_CERTS=$ca IDP_TEST_CA=$ca node "$script" "$base" "$bin" "$settings" "$tenant_dir" \
    "$root/tests/integration/vendor/ekyc_vendor.mjs" >"$out" 2>&1 || true
  cat "$out"
  line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$out" | tail -1)
  if [ -n "$line" ]; then
    passed=$((passed + $(echo "$line" | cut -d' ' -f1)))
    failed=$((failed + $(echo "$line" | cut -d' ' -f3)))
  else
    echo "FAILED $script: ended without its summary"
    failed=$((failed + 1))
  fi
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
