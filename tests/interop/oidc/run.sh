#!/bin/sh
# Runs the openid-client flow against a running stack.
# Usage: tests/interop/oidc/run.sh BASE_URL CA_CERT IDP_FCGI SETTINGS
set -eu
base=${1:?usage: run.sh BASE_URL CA_CERT IDP_FCGI SETTINGS}
ca=$(cd "$(dirname "$2")" && pwd)/$(basename "$2") bin=$3 settings=$4
root=$(cd "$(dirname "$0")/../../.." && pwd)
cd "$(dirname "$0")"
npm ci --silent --no-audit --no-fund >/dev/null 2>&1 || npm ci --no-audit --no-fund
NODE_EXTRA_CA_CERTS=$ca exec node openid_client_flow.mjs "$base" "$bin" "$settings" \
  "$root/tests/data/idp-server-config/examples/e2e/test-tenant"
