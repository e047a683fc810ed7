# PostgreSQL cluster under a project folder, run as the 'postgres' OS user (initdb refuses root).
# The server listens on a unix socket inside its own folder only (no TCP), so its trust
# authentication is reachable by root and the postgres user alone.
# Usage: source this file, then pg_setup DIR PORT; pg_stop DIR.

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}

pg_conninfo() {  # DIR PORT ROLE
  echo "host=$1 port=$2 dbname=idp user=$3"
}

pg_start() {  # DIR PORT
  local dir=$1 port=$2
  if runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then return 0; fi
  runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
    -o "-p $port -k $dir -c listen_addresses=''" start >/dev/null
}

pg_stop() {  # DIR
  local dir=$1
  [ -d "$dir/data" ] || return 0
  runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
}

# Creates the cluster on first use, starts it, and makes the roles and the database.
pg_setup() {  # DIR PORT [extra postgres -c options…]
  local dir=$1 port=$2
  mkdir -p "$dir"
  chown postgres:postgres "$dir"
  chmod 0700 "$dir"
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    runuser -u postgres -- "$PG_BIN/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 \
      --locale=C.UTF-8 -N >/dev/null
  fi
  pg_start "$dir" "$port"
  psql -v ON_ERROR_STOP=1 -qAt -h "$dir" -p "$port" -U postgres -d postgres >/dev/null <<'SQL'
SELECT 'CREATE ROLE idp_owner LOGIN' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'idp_owner') \gexec
SELECT 'CREATE ROLE idp_app LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'idp_app') \gexec
SELECT 'CREATE ROLE idp_control LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'idp_control') \gexec
SELECT 'CREATE DATABASE idp OWNER idp_owner' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'idp') \gexec
SQL
}
