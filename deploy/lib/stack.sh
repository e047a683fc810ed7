# The running stack: PostgreSQL, idp-fcgi (master + workers) and nginx, all under one VAR folder.
# Shared by deploy/run.sh and tests/run.sh.
# shellcheck source=/dev/null
LIB_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$LIB_DIR/postgres.sh"
source "$LIB_DIR/pki.sh"
source "$LIB_DIR/nginx.sh"

random_hex() { openssl rand -hex "$1"; }

# Writes VAR/idp.json on first use (API credentials and the pairwise salt are generated then and
# kept). IDP_OUTBOUND_ALLOW_PRIVATE=true lets outbound HTTP reach private and loopback addresses
# (tests whose peers run on this machine); by default the SSRF guard refuses them.
write_settings() {  # ROOT VAR PG_PORT WORKERS THREADS
  local root=$1 var=$2 pg_port=$3 workers=$4 threads=$5
  local file=$var/idp.json
  local key secret salt
  if [ -f "$file" ]; then
    key=$(sed -n 's/.*"api_key": *"\([^"]*\)".*/\1/p' "$file")
    secret=$(sed -n 's/.*"api_secret": *"\([^"]*\)".*/\1/p' "$file")
    salt=$(sed -n 's/.*"pairwise_salt": *"\([^"]*\)".*/\1/p' "$file")
  fi
  key=${key:-$(random_hex 16)}
  secret=${secret:-$(random_hex 32)}
  salt=${salt:-$(random_hex 32)}
  umask 077
  cat >"$file" <<JSON
{
  "database_app": "$(pg_conninfo "$var/pg" "$pg_port" idp_app)",
  "database_owner": "$(pg_conninfo "$var/pg" "$pg_port" idp_owner)",
  "database_control": "$(pg_conninfo "$var/pg" "$pg_port" idp_control)",
  "socket_path": "$var/run/idp-fcgi.sock",
  "socket_group": "www-data",
  "workers": $workers,
  "threads": $threads,
  "max_body_bytes": 1048576,
  "drain_seconds": 30,
  "api_key": "$key",
  "api_secret": "$secret",
  "migrations_dir": "$root/db/migrations",
  "access_log": "$var/log/idp-fcgi.log",
  "pid_file": "$var/run/idp-fcgi.pid",
  "outbound_ca_file": "$var/pki/ca.crt",
  "outbound_allow_private_networks": ${IDP_OUTBOUND_ALLOW_PRIVATE:-false},
  "pairwise_salt": "$salt"
}
JSON
  umask 022
}

settings_value() {  # VAR KEY
  sed -n "s/.*\"$2\": *\"\([^\"]*\)\".*/\1/p" "$1/idp.json"
}

start_idp_fcgi() {  # BIN VAR
  local bin=$1 var=$2
  mkdir -p "$var/run" "$var/log"
  if [ -f "$var/run/idp-fcgi.pid" ] && kill -0 "$(cat "$var/run/idp-fcgi.pid")" 2>/dev/null; then
    kill -HUP "$(cat "$var/run/idp-fcgi.pid")"  # running: reload with fresh settings
    return 0
  fi
  setsid "$bin" serve --settings "$var/idp.json" >>"$var/log/idp-fcgi.stderr.log" 2>&1 </dev/null &
  for _ in $(seq 100); do
    [ -S "$var/run/idp-fcgi.sock" ] && [ -f "$var/run/idp-fcgi.pid" ] && return 0
    sleep 0.05
  done
  echo "idp-fcgi did not start; see $var/log/idp-fcgi.stderr.log" >&2
  return 1
}

stop_idp_fcgi() {  # VAR
  local pidfile=$1/run/idp-fcgi.pid
  [ -f "$pidfile" ] || return 0
  local pid
  pid=$(cat "$pidfile")
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 350); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null || true
  rm -f "$pidfile"
}

wait_healthy() {  # URL CA
  for _ in $(seq 100); do
    curl -fsS --cacert "$2" "$1/health" >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  echo "the stack did not become healthy at $1/health" >&2
  return 1
}

# start_stack ROOT VAR BIN LISTEN HTTPS_PORT MTLS_PORT PG_PORT WORKERS THREADS
start_stack() {
  local root=$1 var=$2 bin=$3 listen=$4 https_port=$5 mtls_port=$6 pg_port=$7
  local workers=$8 threads=$9
  mkdir -p "$var"
  make_pki "$var/pki" || return 1
  pg_setup "$var/pg" "$pg_port" || return 1
  write_settings "$root" "$var" "$pg_port" "$workers" "$threads" || return 1
  "$bin" migrate --settings "$var/idp.json" || return 1
  start_idp_fcgi "$bin" "$var" || return 1
  render_nginx "$root" "$var" "$var/run/idp-fcgi.sock" "$listen" "$https_port" "$mtls_port" 1m || return 1
  start_nginx "$var" || return 1
  wait_healthy "https://localhost:$https_port" "$var/pki/ca.crt"
}

stop_stack() {  # VAR
  stop_nginx "$1"
  stop_idp_fcgi "$1"
  pg_stop "$1/pg"
}

# A loopback TCP port nothing listens on (for stacks started by the tests and benchmarks).
free_port() {
  local p
  while :; do
    p=$((20000 + RANDOM % 20000))
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
  done
}
