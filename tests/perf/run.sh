#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# Side-by-side benchmark: our stack (nginx TLS -> idp-fcgi -> PostgreSQL) and npm oidc-provider 9
# (the peer, in-memory adapter, one node process), both on this machine, both over HTTPS on
# loopback with the same server certificate, driven in turn by wrk.
#
#   tests/perf/run.sh
#
# Builds Release into build/perf (target idp-fcgi) when needed, starts the stack under
# build/perf-stack on free ports, imports idp-server's e2e test tenant with its issuer on the
# stack's base URL, starts the peer, runs every scenario at every connection count against each
# side, and prints one markdown table (also written to build/perf-stack/results.md). Everything
# it started is stopped on exit. Exits non-zero when a scenario had an unexpected answer (non-2xx,
# or not the step's answer in a scripted flow) or a socket error.
#
# Scenarios:
#   discovery, jwks
#   client_credentials_opaque       opaque access tokens on both sides
#   client_credentials_jwt_es256    JWT access tokens signed with P-256 (ours: a copy of the e2e
#                                   tenant whose server signs access tokens with its ES256 key;
#                                   peer: the resource server https://rs.perf.test/es256)
#   client_credentials_jwt_rs256    JWT access tokens signed with RSA-2048 (ours: the e2e tenant
#                                   as it comes; peer: https://rs.perf.test/rs256)
#   introspection                   of an opaque token
#   authorization_code_flow         ours only, in flows/s: authorization request -> password
#                                   sign-in -> authorize -> token (the peer needs its own UI)
#
# Environment: PERF_DURATION (seconds per run, 10), PERF_CONNECTIONS ("16 64"),
# PERF_WRK_THREADS (2), IDP_WORKERS (2), IDP_THREADS (4). Scale scenarios (many tenants, many
# users) are in tests/perf/scale.sh.
set -euo pipefail

# shellcheck source=lib/setup.sh
source "$(dirname "$0")/lib/setup.sh"
# shellcheck source=lib/measure.sh
source "$PERF/lib/measure.sh"

perf_tools
command -v node >/dev/null || die "node is required for the peer (npm oidc-provider)"
perf_build

say "installing the peer's npm packages (tests/perf/peer)"
(cd "$PERF/peer" && { npm ci --silent --no-audit --no-fund >/dev/null 2>&1 || npm ci --no-audit --no-fund >&2; })

perf_start_stack "$ROOT/build/perf-stack"
PEER_PORT=$(free_port)

# ---------------------------------------------------------------------------------------------
# Our tenants and clients
#   the e2e test tenant: clientSecretBasic is given access_token_type "opaque"; a copy of it,
#     "perf-jwt-rs256", keeps the server's default (JWT, RS256 with the "id_token_nextauth" key);
#     clientSecretPost and the user of initial.json drive the authorization code flow.
#   a copy of the tenant whose server signs access tokens with its ES256 key ("access_token"):
#     the key is chosen per authorization server (extension.token_signed_key_id).
say "importing the e2e test tenant"
IMPORT=$STACK/import
perf_tenant_folder "$IMPORT" initial.json tenants authorization-server clients user
BASIC=$IMPORT/clients/clientSecretBasic.json
jq '.client_id = "perf-jwt-rs256" | del(.client_id_alias)' "$BASIC" >"$IMPORT/clients/perfJwtRs256.json"
perf_jq_in_place "$BASIC" '.extension = ((.extension // {}) + {access_token_type: "opaque"})'
perf_import "$IMPORT"
OUR_CLIENT_ID=$(jq -r .client_id "$BASIC")
OUR_CLIENT_SECRET=$(jq -r .client_secret "$BASIC")

ES_TENANT_ID=$(cat /proc/sys/kernel/random/uuid)
say "importing a copy of the e2e test tenant that signs access tokens with ES256 ($ES_TENANT_ID)"
ES_IMPORT=$STACK/import-es256
perf_tenant_folder "$ES_IMPORT" initial.json authorization-server clients/clientSecretBasic.json
perf_retenant "$ES_IMPORT" "$ES_TENANT_ID" "$(cat /proc/sys/kernel/random/uuid)"
perf_jq_in_place "$ES_IMPORT/initial.json" '.authorization_server.extension.token_signed_key_id = "access_token"'
perf_jq_in_place "$ES_IMPORT/authorization-server/idp-server.json" '.extension.token_signed_key_id = "access_token"'
perf_import "$ES_IMPORT"

FLOW_CLIENT=$IMPORT/clients/clientSecretPost.json
FLOW_ENV=(
  PERF_TENANT="$TENANT_ID"
  PERF_CLIENT_ID="$(jq -r .client_id "$FLOW_CLIENT")"
  PERF_CLIENT_SECRET="$(jq -r .client_secret "$FLOW_CLIENT")"
  PERF_REDIRECT_URI=http://localhost:8081/callback
  PERF_USERNAME="$(jq -r .user.email "$IMPORT/initial.json")"
  PERF_PASSWORD="$(jq -r .user.raw_password "$IMPORT/initial.json")"
  PERF_SCOPE=openid
)

# ---------------------------------------------------------------------------------------------
# The peer
PEER_CLIENT_ID=perf-client
PEER_CLIENT_SECRET=$(openssl rand -hex 24)
PEER_BASE=https://localhost:$PEER_PORT
PEER_VERSION=$(jq -r .version "$PERF/peer/node_modules/oidc-provider/package.json")
say "starting the peer (oidc-provider $PEER_VERSION) at $PEER_BASE"
(cd "$PERF/peer" && NODE_ENV=production exec node server.mjs "$PEER_PORT" "$STACK/pki/server.crt" \
  "$STACK/pki/server.key" "$PEER_CLIENT_ID" "$PEER_CLIENT_SECRET") >"$OUT/peer.log" 2>&1 &
PEER_PID=$!
for _ in $(seq 100); do
  grep -q '^ready ' "$OUT/peer.log" 2>/dev/null && break
  kill -0 "$PEER_PID" 2>/dev/null || { cat "$OUT/peer.log" >&2; die "the peer exited"; }
  sleep 0.1
done
grep -q '^ready ' "$OUT/peer.log" || { cat "$OUT/peer.log" >&2; die "the peer did not start"; }

# ---------------------------------------------------------------------------------------------
# Requests of each side
OUR_T=$BASE/$TENANT_ID
OUR_ES_T=$BASE/$ES_TENANT_ID
OUR_AUTH=$(basic "$OUR_CLIENT_ID" "$OUR_CLIENT_SECRET")
OUR_RS_AUTH=$(basic perf-jwt-rs256 "$OUR_CLIENT_SECRET")
PEER_AUTH=$(basic "$PEER_CLIENT_ID" "$PEER_CLIENT_SECRET")
CC_BODY='grant_type=client_credentials&scope=read'
PEER_ES_BODY="$CC_BODY&resource=https%3A%2F%2Frs.perf.test%2Fes256"
PEER_RS_BODY="$CC_BODY&resource=https%3A%2F%2Frs.perf.test%2Frs256"

token_of() {  # TOKEN_URL AUTH BODY
  local answer
  answer=$(curl -sS --cacert "$CA" -H "Authorization: $2" -d "$3" "$1") || die "no token from $1"
  jq -er .access_token <<<"$answer" || die "no access_token from $1: $answer"
}

# Each client_credentials scenario must really get the token format it is named after, on both
# sides: an opaque token is not three dot-separated parts; a JWT's header names the algorithm.
expect_opaque() {  # TOKEN_URL AUTH BODY
  local t
  t=$(token_of "$@")
  [[ $t != *.*.* ]] || die "$1 answered a JWT access token where an opaque one was expected"
}
expect_jwt() {  # ALG TOKEN_URL AUTH BODY
  local alg=$1 t header
  shift
  t=$(token_of "$@")
  [[ $t == *.*.* ]] || die "$1 answered an opaque access token where a $alg JWT was expected"
  header=$(jwt_header "$t" | jq -c .) || die "$1 answered a JWT whose header does not decode: $t"
  [ "$(jq -r .alg <<<"$header")" = "$alg" ] \
    || die "$1 answered a JWT access token with header $header where alg $alg was expected"
  say "$1: JWT access token with header $header"
}
expect_opaque "$OUR_T/v1/tokens" "$OUR_AUTH" "$CC_BODY"
expect_opaque "$PEER_BASE/token" "$PEER_AUTH" "$CC_BODY"
expect_jwt ES256 "$OUR_ES_T/v1/tokens" "$OUR_AUTH" "$CC_BODY"
expect_jwt ES256 "$PEER_BASE/token" "$PEER_AUTH" "$PEER_ES_BODY"
expect_jwt RS256 "$OUR_T/v1/tokens" "$OUR_RS_AUTH" "$CC_BODY"
expect_jwt RS256 "$PEER_BASE/token" "$PEER_AUTH" "$PEER_RS_BODY"

run_req() {  # SIDE NAME CONNS URL METHOD BODY AUTH: one request, repeated (wrk/request.lua)
  measure "$1" "$2" "$3" "$WRK_THREADS" "$4" request.lua \
    "PERF_METHOD=$5" "PERF_BODY=$6" "PERF_AUTH=$7"
}

SCENARIOS=(nginx_static discovery jwks client_credentials_opaque client_credentials_jwt_es256
  client_credentials_jwt_rs256 introspection authorization_code_flow)
for name in "${SCENARIOS[@]}"; do
  for conns in $CONNECTIONS; do
    case $name in
      nginx_static)
        # The ceiling of any answer through this nginx and TLS on this machine: a static file
        # (the sign-in page, 953 bytes), no FastCGI behind it.
        run_req ours "$name" "$conns" "$BASE/auth-views/signin/index.html" GET '' ''
        R[$name,$conns,peer,status]=n/a ;;
      discovery)
        run_req ours "$name" "$conns" "$OUR_T/.well-known/openid-configuration" GET '' ''
        run_req peer "$name" "$conns" "$PEER_BASE/.well-known/openid-configuration" GET '' '' ;;
      jwks)
        run_req ours "$name" "$conns" "$OUR_T/v1/jwks" GET '' ''
        run_req peer "$name" "$conns" "$PEER_BASE/jwks" GET '' '' ;;
      client_credentials_opaque)
        run_req ours "$name" "$conns" "$OUR_T/v1/tokens" POST "$CC_BODY" "$OUR_AUTH"
        run_req peer "$name" "$conns" "$PEER_BASE/token" POST "$CC_BODY" "$PEER_AUTH" ;;
      client_credentials_jwt_es256)
        run_req ours "$name" "$conns" "$OUR_ES_T/v1/tokens" POST "$CC_BODY" "$OUR_AUTH"
        run_req peer "$name" "$conns" "$PEER_BASE/token" POST "$PEER_ES_BODY" "$PEER_AUTH" ;;
      client_credentials_jwt_rs256)
        run_req ours "$name" "$conns" "$OUR_T/v1/tokens" POST "$CC_BODY" "$OUR_RS_AUTH"
        run_req peer "$name" "$conns" "$PEER_BASE/token" POST "$PEER_RS_BODY" "$PEER_AUTH" ;;
      introspection)
        ours_token=$(token_of "$OUR_T/v1/tokens" "$OUR_AUTH" "$CC_BODY")
        peer_token=$(token_of "$PEER_BASE/token" "$PEER_AUTH" "$CC_BODY")
        run_req ours "$name" "$conns" "$OUR_T/v1/tokens/introspection" POST "token=$ours_token" "$OUR_AUTH"
        run_req peer "$name" "$conns" "$PEER_BASE/token/introspection" POST "token=$peer_token" "$PEER_AUTH" ;;
      authorization_code_flow)
        # One browser per wrk thread (see wrk/flow.lua).
        measure ours "$name" "$conns" "$conns" "$BASE" flow.lua "${FLOW_ENV[@]}"
        R[$name,$conns,peer,status]=n/a ;;
    esac
  done
done

# ---------------------------------------------------------------------------------------------
# The table
{
  echo "Our stack: nginx (TLS) + idp-fcgi ($WORKERS workers x $THREADS threads) + PostgreSQL;" \
    "peer: oidc-provider $PEER_VERSION on node $(node --version), one process, in-memory adapter," \
    "HTTPS with the same certificate."
  describe_machine
  echo "CPU in % of one core; ours = nginx + idp-fcgi, PostgreSQL shown apart; RSS = peak sum of VmRSS."
  echo "authorization_code_flow: flows/s and latency of a whole flow (4 requests: authorization" \
    "request, password sign-in, authorize, token with an ID token); the peer has no sign-in UI here."
  echo
  echo "| scenario | conns | ours req/s | peer req/s | ours/peer | ours p50 ms | ours p99 ms | peer p50 ms | peer p99 ms | ours CPU % | PostgreSQL CPU % | peer CPU % | ours peak RSS MB | peer peak RSS MB | result |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"
  for name in "${SCENARIOS[@]}"; do
    for conns in $CONNECTIONS; do
      o=$name,$conns,ours p=$name,$conns,peer
      st=ok
      [ "${R[$o,status]:-FAIL}" = ok ] || st="FAIL (ours)"
      case ${R[$p,status]:-FAIL} in
        ok | n/a) ;;
        *) st="${st/ok/}FAIL (peer)" ;;
      esac
      label=$name
      [ "$name" != authorization_code_flow ] || label="$name (flows/s)"
      [ "$name" != nginx_static ] || label="nginx static file (ceiling)"
      echo "| $label | $conns | ${R[$o,rps]:--} | ${R[$p,rps]:--} | $(ratio "${R[$o,rps]:-}" "${R[$p,rps]:-}") |" \
        "${R[$o,p50]:--} | ${R[$o,p99]:--} | ${R[$p,p50]:--} | ${R[$p,p99]:--} |" \
        "${R[$o,cpu]:--} | ${R[$o,pgcpu]:--} | ${R[$p,cpu]:--} | ${R[$o,rss]:--} | ${R[$p,rss]:--} | $st |"
    done
  done
  echo
  echo "Where the CPU goes: µs of CPU per answer (per flow for the scripted flow), from /proc," \
    "for each process of each side; total/peer < 1 means we spend less CPU per answer."
  echo
  echo "| scenario | conns | nginx | idp-fcgi | PostgreSQL | ours total | peer (node) | ours total / peer |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|"
  for name in "${SCENARIOS[@]}"; do
    for conns in $CONNECTIONS; do
      o=$name,$conns,ours p=$name,$conns,peer
      total=$(awk -v a="${R[$o,us]:-0}" -v b="${R[$o,us_pg]:-0}" 'BEGIN { printf "%.0f", a + b }')
      echo "| $name | $conns | ${R[$o,us_nginx]:--} | ${R[$o,us_idp]:--} | ${R[$o,us_pg]:--} |" \
        "$total | ${R[$p,us]:--} | $(ratio "$total" "${R[$p,us]:-}") |"
    done
  done
  if [ "${PERF_PROFILE:-0}" = 1 ]; then
    echo
    echo "perf profiles of our side (PERF_PROFILE=1): $OUT/*.profile.txt"
  fi
  echo
  # RS256 issuance against what OpenSSL signs on one core of this machine.
  rsa_per_core=$(taskset -c 0 openssl speed -seconds 3 rsa2048 2>/dev/null |
    awk '/^rsa 2048 bits/ { printf "%.0f", $6 }')
  for conns in $CONNECTIONS; do
    o=client_credentials_jwt_rs256,$conns,ours
    echo "RS256 JWT issuance at $conns connections: ${R[$o,rps]:--} tokens/s =" \
      "$(awk -v a="${R[$o,rps]:-0}" -v b="${rsa_per_core:-0}" \
        'BEGIN { if (b > 0) printf "%.0f %%", 100 * a / b; else print "-" }')" \
      "of openssl speed rsa2048 on one core (${rsa_per_core:--} signatures/s)."
  done
} | tee "$STACK/results.md"

perf_finish
