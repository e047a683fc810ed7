#!/usr/bin/env bash
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
# it started is stopped on exit. Exits non-zero when a scenario had a non-2xx answer or a socket
# error.
#
# Environment: PERF_DURATION (seconds per run, 10), PERF_CONNECTIONS ("16 64"),
# PERF_WRK_THREADS (2), IDP_WORKERS (2), IDP_THREADS (4).
#
# What is measured on each side, from /proc, while wrk runs against it:
#   ours: CPU and peak RSS of nginx (master + workers) and idp-fcgi (master + workers); the CPU of
#         PostgreSQL (postmaster + backends) in its own column, since the peer keeps its state in
#         its own heap. CPU is in % of one core (200 % = both cores of a 2-core machine).
#   peer: CPU and peak RSS of the node process.
# Peak RSS is the largest sum of VmRSS over the processes of a side, sampled every 0.2 s.
# wrk itself runs on the same machine and takes CPU from both sides alike.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PERF=$ROOT/tests/perf
BUILD=$ROOT/build/perf
STACK=$ROOT/build/perf-stack
BIN=$BUILD/fcgi-app/main/idp-fcgi
TENANT_SRC=$ROOT/tests/data/idp-server-config/examples/e2e/test-tenant
TENANT_ID=67e7eae6-62b0-4500-9eff-87459f63fc66
DURATION=${PERF_DURATION:-10}
CONNECTIONS=${PERF_CONNECTIONS:-16 64}
WRK_THREADS=${PERF_WRK_THREADS:-2}
WORKERS=${IDP_WORKERS:-2}
THREADS=${IDP_THREADS:-4}
CLK_TCK=$(getconf CLK_TCK)

# shellcheck source=../../deploy/lib/stack.sh
source "$ROOT/deploy/lib/stack.sh"

say() { printf '==> %s\n' "$*" >&2; }
die() { printf 'perf: %s\n' "$*" >&2; exit 1; }

free_port() {
  local p
  while :; do
    p=$((20000 + RANDOM % 20000))
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
  done
}

# ---------------------------------------------------------------------------------------------
# Tools and build
command -v wrk >/dev/null || { say "installing wrk"; apt-get install -y wrk >/dev/null; }
command -v node >/dev/null || die "node is required for the peer (npm oidc-provider)"
command -v jq >/dev/null || { say "installing jq"; apt-get install -y jq >/dev/null; }

say "building Release into $BUILD (target idp-fcgi)"
if [ ! -f "$BUILD/CMakeCache.txt" ]; then
  mkdir -p "$BUILD"
  cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=Release -DIDP_TESTS=OFF >"$BUILD/perf-configure.log" 2>&1 \
    || die "cmake configure failed; see $BUILD/perf-configure.log"
fi
cmake --build "$BUILD" --target idp-fcgi -j"$(nproc)" >"$BUILD/perf-build.log" 2>&1 \
  || die "build failed; see $BUILD/perf-build.log"
[ -x "$BIN" ] || die "no binary at $BIN"

say "installing the peer's npm packages (tests/perf/peer)"
(cd "$PERF/peer" && { npm ci --silent --no-audit --no-fund >/dev/null 2>&1 || npm ci --no-audit --no-fund >&2; })

# ---------------------------------------------------------------------------------------------
# Our stack and the peer; both stopped on exit
PEER_PID=
cleanup() {
  local rc=$?
  if [ -n "$PEER_PID" ]; then
    kill -TERM "$PEER_PID" 2>/dev/null || true
    for _ in $(seq 30); do kill -0 "$PEER_PID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$PEER_PID" 2>/dev/null || true
  fi
  stop_stack "$STACK" >/dev/null 2>&1 || true
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

stop_stack "$STACK" >/dev/null 2>&1 || true
rm -rf "$STACK"
mkdir -p "$STACK"
OUT=$STACK/out
mkdir -p "$OUT"

HTTPS_PORT=$(free_port)
MTLS_PORT=$(free_port)
PG_PORT=$(free_port)
PEER_PORT=$(free_port)
BASE=https://localhost:$HTTPS_PORT
export IDP_OUTBOUND_ALLOW_PRIVATE=true
say "starting the stack at $BASE ($WORKERS workers x $THREADS threads; log: $OUT/stack.log)"
start_stack "$ROOT" "$STACK" "$BIN" 127.0.0.1 "$HTTPS_PORT" "$MTLS_PORT" "$PG_PORT" \
  "$WORKERS" "$THREADS" >"$OUT/stack.log" 2>&1 || { tail -n 30 "$OUT/stack.log" >&2; die "the stack did not start"; }
CA=$STACK/pki/ca.crt

# The e2e test tenant with its issuer and endpoints on this stack. The opaque client
# (clientSecretBasic) is given access_token_type "opaque" (the example server issues JWT access
# tokens by default, RS256 with its "id_token_nextauth" key).
say "importing the e2e test tenant"
IMPORT=$STACK/import
mkdir -p "$IMPORT"
for part in initial.json tenants authorization-server clients user; do
  cp -r "$TENANT_SRC/$part" "$IMPORT/"
done
find "$IMPORT" -name '*.json' -print0 | xargs -0 sed -i "s|https://api.local.test|$BASE|g"
jq '.extension = ((.extension // {}) + {access_token_type: "opaque"})' \
  "$IMPORT/clients/clientSecretBasic.json" >"$IMPORT/opaque.json"
mv "$IMPORT/opaque.json" "$IMPORT/clients/clientSecretBasic.json"
"$BIN" import "$IMPORT" --settings "$STACK/idp.json" >"$OUT/import.log" 2>&1 \
  || { cat "$OUT/import.log" >&2; die "the import failed"; }
OUR_CLIENT_ID=$(jq -r .client_id "$IMPORT/clients/clientSecretBasic.json")
OUR_CLIENT_SECRET=$(jq -r .client_secret "$IMPORT/clients/clientSecretBasic.json")

PEER_CLIENT_ID=perf-client
PEER_CLIENT_SECRET=$(openssl rand -hex 24)
PEER_BASE=https://localhost:$PEER_PORT
say "starting the peer (oidc-provider $(jq -r .version "$PERF/peer/node_modules/oidc-provider/package.json")) at $PEER_BASE"
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
# Scenarios: NAME, then for each side METHOD PATH BODY AUTH (BODY may name @TOKEN, replaced by a
# valid access token issued to that side's client just before the run).
basic() { printf 'Basic %s' "$(printf '%s:%s' "$1" "$2" | base64 -w0)"; }
OUR_AUTH=$(basic "$OUR_CLIENT_ID" "$OUR_CLIENT_SECRET")
PEER_AUTH=$(basic "$PEER_CLIENT_ID" "$PEER_CLIENT_SECRET")
CC_BODY='grant_type=client_credentials&scope=read'

token_of() {  # BASE TOKEN_PATH AUTH
  local answer
  answer=$(curl -sS --cacert "$CA" -H "Authorization: $3" -d "$CC_BODY" "$1$2") \
    || die "no token from $1$2"
  jq -er .access_token <<<"$answer" || die "no access_token from $1$2: $answer"
}

# Process ids of a side: a root process and its children.
tree() { local r; for r; do [ -n "$r" ] && echo "$r" && ps -o pid= --ppid "$r" | tr -d ' '; done; return 0; }
ours_pids() { tree "$(cat "$STACK/nginx/nginx.pid")" "$(cat "$STACK/run/idp-fcgi.pid")"; }
pg_pids() { tree "$(head -n1 "$STACK/pg/data/postmaster.pid")"; }
peer_pids() { echo "$PEER_PID"; }
cpu_ticks() {  # PIDS... -> utime + stime (fields 14 and 15; no process here has a space in its name)
  local p files=()
  for p; do [ -r "/proc/$p/stat" ] && files+=("/proc/$p/stat"); done
  [ ${#files[@]} -gt 0 ] || { echo 0; return; }
  awk '{ s += $14 + $15 } END { print s + 0 }' "${files[@]}" 2>/dev/null || echo 0
}
rss_kb() {  # PIDS... -> sum of VmRSS
  local p files=()
  for p; do [ -r "/proc/$p/status" ] && files+=("/proc/$p/status"); done
  [ ${#files[@]} -gt 0 ] || { echo 0; return; }
  awk '/^VmRSS:/ { s += $2 } END { print s + 0 }' "${files[@]}" 2>/dev/null || echo 0
}
sample_rss() {  # SIDE FILE: appends the side's RSS every 0.2 s until killed
  while :; do
    # shellcheck disable=SC2046
    rss_kb $("$1_pids") >>"$2"
    sleep 0.2
  done
}

FAILED=0
declare -A R  # R[scenario,conns,side,field]

measure() {  # SIDE SCENARIO CONNS URL METHOD BODY AUTH
  local side=$1 name=$2 conns=$3 url=$4 method=$5 body=$6 auth=$7
  local log=$OUT/$name-$conns-$side.wrk rssfile=$OUT/$name-$conns-$side.rss
  local t0 t1 pg0 pg1 sampler line
  : >"$rssfile"
  # shellcheck disable=SC2046
  t0=$(cpu_ticks $("${side}_pids")); pg0=$(cpu_ticks $(pg_pids))
  sample_rss "$side" "$rssfile" &
  sampler=$!
  PERF_METHOD=$method PERF_BODY=$body PERF_AUTH=$auth \
    wrk -t"$WRK_THREADS" -c"$conns" -d"${DURATION}s" --timeout 10s --latency \
      -s "$PERF/wrk/request.lua" "$url" >"$log" 2>&1 || true
  # shellcheck disable=SC2046
  t1=$(cpu_ticks $("${side}_pids")); pg1=$(cpu_ticks $(pg_pids))
  kill "$sampler" 2>/dev/null || true
  wait "$sampler" 2>/dev/null || true
  line=$(grep '^RESULT ' "$log" || true)
  if [ -z "$line" ]; then
    say "$name c=$conns $side: wrk gave no result (see $log)"
    FAILED=1; R[$name,$conns,$side,status]=FAIL; return
  fi
  local requests duration_us p50 p99 non2xx sockerr
  requests=$(sed -n 's/.* requests=\([0-9]*\).*/\1/p' <<<"$line")
  duration_us=$(sed -n 's/.* duration_us=\([0-9]*\).*/\1/p' <<<"$line")
  p50=$(sed -n 's/.* p50_us=\([0-9]*\).*/\1/p' <<<"$line")
  p99=$(sed -n 's/.* p99_us=\([0-9]*\).*/\1/p' <<<"$line")
  non2xx=$(sed -n 's/.* non2xx=\([0-9]*\).*/\1/p' <<<"$line")
  sockerr=$(sed -n 's/.* socket_errors=\([0-9]*\).*/\1/p' <<<"$line")
  local secs
  secs=$(awk -v d="$duration_us" 'BEGIN { printf "%.3f", d / 1e6 }')
  R[$name,$conns,$side,rps]=$(awk -v n="$requests" -v s="$secs" 'BEGIN { printf "%.0f", n / s }')
  R[$name,$conns,$side,p50]=$(awk -v u="$p50" 'BEGIN { printf "%.2f", u / 1000 }')
  R[$name,$conns,$side,p99]=$(awk -v u="$p99" 'BEGIN { printf "%.2f", u / 1000 }')
  R[$name,$conns,$side,cpu]=$(awk -v a="$t0" -v b="$t1" -v h="$CLK_TCK" -v s="$secs" \
    'BEGIN { printf "%.0f", (b - a) / h / s * 100 }')
  R[$name,$conns,$side,pgcpu]=$(awk -v a="$pg0" -v b="$pg1" -v h="$CLK_TCK" -v s="$secs" \
    'BEGIN { printf "%.0f", (b - a) / h / s * 100 }')
  R[$name,$conns,$side,rss]=$(sort -n "$rssfile" | tail -n1 | awk '{ printf "%.1f", $1 / 1024 }')
  if [ "$non2xx" != 0 ] || [ "$sockerr" != 0 ] || [ "$requests" = 0 ]; then
    FAILED=1; R[$name,$conns,$side,status]=FAIL
    say "$name c=$conns $side: FAILED: $requests requests, $non2xx non-2xx, $sockerr socket errors" \
      "$(grep '^FIRST_FAILURE' "$log" | head -n1)"
  else
    R[$name,$conns,$side,status]=ok
  fi
  say "$name c=$conns $side: ${R[$name,$conns,$side,rps]} req/s, p50 ${R[$name,$conns,$side,p50]} ms," \
    "p99 ${R[$name,$conns,$side,p99]} ms, CPU ${R[$name,$conns,$side,cpu]} %, peak RSS ${R[$name,$conns,$side,rss]} MB"
}

OUR_T=$BASE/$TENANT_ID
# The opaque scenario must really get opaque tokens on both sides (a JWT has three dot-separated parts).
for t in "$(token_of "$OUR_T" /v1/tokens "$OUR_AUTH")" "$(token_of "$PEER_BASE" /token "$PEER_AUTH")"; do
  [[ $t != *.*.* ]] || die "client_credentials answered a JWT access token where an opaque one was expected"
done
SCENARIOS=(discovery jwks client_credentials_opaque introspection)
for name in "${SCENARIOS[@]}"; do
  for conns in $CONNECTIONS; do
    case $name in
      discovery)
        measure ours "$name" "$conns" "$OUR_T/.well-known/openid-configuration" GET '' ''
        measure peer "$name" "$conns" "$PEER_BASE/.well-known/openid-configuration" GET '' '' ;;
      jwks)
        measure ours "$name" "$conns" "$OUR_T/v1/jwks" GET '' ''
        measure peer "$name" "$conns" "$PEER_BASE/jwks" GET '' '' ;;
      client_credentials_opaque)
        measure ours "$name" "$conns" "$OUR_T/v1/tokens" POST "$CC_BODY" "$OUR_AUTH"
        measure peer "$name" "$conns" "$PEER_BASE/token" POST "$CC_BODY" "$PEER_AUTH" ;;
      introspection)
        ours_token=$(token_of "$OUR_T" /v1/tokens "$OUR_AUTH")
        peer_token=$(token_of "$PEER_BASE" /token "$PEER_AUTH")
        measure ours "$name" "$conns" "$OUR_T/v1/tokens/introspection" POST "token=$ours_token" "$OUR_AUTH"
        measure peer "$name" "$conns" "$PEER_BASE/token/introspection" POST "token=$peer_token" "$PEER_AUTH" ;;
    esac
  done
done

# ---------------------------------------------------------------------------------------------
# The table
ratio() { awk -v a="${1:-0}" -v b="${2:-0}" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }
{
  echo "Our stack: nginx (TLS) + idp-fcgi ($WORKERS workers x $THREADS threads) + PostgreSQL;" \
    "peer: oidc-provider $(jq -r .version "$PERF/peer/node_modules/oidc-provider/package.json")" \
    "on node $(node --version), one process, in-memory adapter, HTTPS with the same certificate."
  echo "wrk: $WRK_THREADS threads, ${DURATION} s per run, keep-alive, loopback; $(nproc) cores" \
    "($(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n1))."
  echo "CPU in % of one core; ours = nginx + idp-fcgi, PostgreSQL shown apart; RSS = peak sum of VmRSS."
  echo
  echo "| scenario | conns | ours req/s | peer req/s | ours/peer | ours p50 ms | ours p99 ms | peer p50 ms | peer p99 ms | ours CPU % | PostgreSQL CPU % | peer CPU % | ours peak RSS MB | peer peak RSS MB | result |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"
  for name in "${SCENARIOS[@]}"; do
    for conns in $CONNECTIONS; do
      o=$name,$conns,ours p=$name,$conns,peer
      st=ok
      [ "${R[$o,status]:-FAIL}" = ok ] || st="FAIL (ours)"
      [ "${R[$p,status]:-FAIL}" = ok ] || st="${st/ok/}FAIL (peer)"
      echo "| $name | $conns | ${R[$o,rps]:--} | ${R[$p,rps]:--} | $(ratio "${R[$o,rps]:-}" "${R[$p,rps]:-}") |" \
        "${R[$o,p50]:--} | ${R[$o,p99]:--} | ${R[$p,p50]:--} | ${R[$p,p99]:--} |" \
        "${R[$o,cpu]:--} | ${R[$o,pgcpu]:--} | ${R[$p,cpu]:--} | ${R[$o,rss]:--} | ${R[$p,rss]:--} | $st |"
    done
  done
} | tee "$STACK/results.md"

if [ "$FAILED" != 0 ]; then
  say "some scenarios failed (a non-2xx answer or a socket error); wrk output is in $OUT"
  exit 1
fi
say "all scenarios passed; the table is in $STACK/results.md"
