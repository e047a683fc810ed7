#!/usr/bin/env bash
# End-to-end check of the first command: ./deploy/run.sh brings the stack up in a throwaway
# folder, bootstraps the admin tenant, imports configuration and stops everything again.
# Usage: tests/deploy_test.sh BUILD_DIR VAR_DIR HTTPS_PORT MTLS_PORT PG_PORT
# Prints one "ok NAME" or "FAILED NAME: why" line per check and ends with "N passed, M failed".
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=$1 VAR=$2 HTTPS_PORT=$3 MTLS_PORT=$4 PG_PORT=$5
export IDP_BUILD_DIR=$BUILD IDP_VAR_DIR=$VAR IDP_HTTPS_PORT=$HTTPS_PORT IDP_MTLS_PORT=$MTLS_PORT
export IDP_PG_PORT=$PG_PORT IDP_WORKERS=2 IDP_THREADS=2
passed=0
failed=0
check() {  # NAME COMMAND…
  local name=$1
  shift
  local out
  if out=$("$@" 2>&1); then
    passed=$((passed + 1))
    echo "ok $name"
  else
    failed=$((failed + 1))
    echo "FAILED $name: $(echo "$out" | tail -n 5)"
  fi
}
json() {  # FILE EXPRESSION: evaluates a JS expression over the parsed JSON `j` of FILE; a false
  # result fails, anything else but true is printed
  node -e "const j=JSON.parse(require('fs').readFileSync('$1','utf8')); const v=($2); if (v===false) process.exit(1); if (v!==true) console.log(v)"
}
creds=$VAR/admin-credentials.json
value() { json "$creds" "j.$1"; }

check "deploy/run.sh starts the stack" "$ROOT/deploy/run.sh"
check "credentials file has mode 0600" test "$(stat -c %a "$creds")" = 600
check "credentials file has exactly the documented keys" json "$creds" \
  "JSON.stringify(Object.keys(j).sort())==='[\"admin_client_id\",\"admin_client_secret\",\"admin_organization_id\",\"admin_tenant_id\",\"admin_user_email\",\"admin_user_password\",\"api_key\",\"api_secret\",\"base_url\",\"ca_cert\",\"mtls_base_url\"]'"

base=$(value base_url)
tenant=$(value admin_tenant_id)
ca=$(value ca_cert)
discovery() { curl -fsS --cacert "$ca" "$base/$1/.well-known/openid-configuration"; }
check "admin discovery over verified HTTPS names issuer base_url/tenant" \
  bash -c "curl -fsS --cacert '$ca' '$base/$tenant/.well-known/openid-configuration' | node -e \"const j=JSON.parse(require('fs').readFileSync(0,'utf8')); process.exit(j.issuer==='$base/$tenant'?0:1)\""
check "admin JWKS has keys and no private members" \
  bash -c "curl -fsS --cacert '$ca' '$base/$tenant/v1/jwks' | node -e \"const j=JSON.parse(require('fs').readFileSync(0,'utf8')); const bad=j.keys.some(k=>['d','p','q','dp','dq','qi','k','oth'].some(m=>m in k)); process.exit(j.keys.length>=2&&!bad?0:1)\""
check "a second /v1/admin/initialization is refused" \
  bash -c "test \"\$(curl -sS -o /dev/null -w '%{http_code}' --cacert '$ca' -u '$(value api_key):$(value api_secret)' -H 'Content-Type: application/json' --data '{}' '$base/v1/admin/initialization')\" = 409"
check "the admin console is served at /admin/" \
  bash -c "curl -fsS --cacert '$ca' '$base/admin/users' | grep -q '<div id=\"root\">'"
check "/admin/config.json names the admin tenant and the console's client" \
  bash -c "curl -fsS --cacert '$ca' '$base/admin/config.json' | node -e \"const j=JSON.parse(require('fs').readFileSync(0,'utf8')); process.exit(j.admin_tenant_id==='$tenant'&&/^[0-9a-f-]{36}\$/.test(j.client_id)?0:1)\""
check "mTLS port answers with a client certificate" \
  curl -fsS --cacert "$ca" --cert "$VAR/pki/client-1.crt" --key "$VAR/pki/client-1.key" "$(value mtls_base_url)/health"
check "deploy/run.sh import loads the e2e test tenant" \
  "$ROOT/deploy/run.sh" import "$ROOT/tests/data/idp-server-config/examples/e2e/test-tenant"
check "the imported tenant's discovery is served" discovery 67e7eae6-62b0-4500-9eff-87459f63fc66
check "deploy/run.sh again keeps the same admin tenant" \
  bash -c "'$ROOT/deploy/run.sh' >/dev/null && test \"\$(node -e \"console.log(JSON.parse(require('fs').readFileSync('$creds','utf8')).admin_tenant_id)\")\" = '$tenant'"
check "deploy/run.sh stop stops everything" "$ROOT/deploy/run.sh" stop
check "nothing answers after stop" bash -c "! curl -fsS --max-time 2 --cacert '$ca' '$base/health'"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
