#!/usr/bin/env bash
# A throwaway PostgreSQL 15 for the store contract suite (CI and local runs). Installs nothing:
# .ci/run apt-installs postgresql. Creates a cluster in a temp dir, starts it on 127.0.0.1:5433
# with trust auth, creates the database xiaobei_test, and prints ONLY its URL on stdout:
#   XIAOBEI_TEST_PG_URL="$(bash scripts/ci-postgres.sh)"
# If a server already answers on the port, it only creates the database (when missing).
# Logs go to stderr. Stop the cluster with: pg_ctl -D <dir>/data stop (the dir is logged).
set -euo pipefail

PORT="${XIAOBEI_PG_PORT:-5433}"
DB=xiaobei_test
BIN="${XIAOBEI_PG_BIN:-/usr/lib/postgresql/15/bin}"
URL="postgres://postgres@127.0.0.1:${PORT}/${DB}"

log() { echo "[ci-postgres] $*" >&2; }

if [ ! -x "$BIN/initdb" ]; then
  log "no PostgreSQL 15 in $BIN (apt-get install -y postgresql)"
  exit 1
fi

# the server refuses to run as root: use the postgres OS user then
as_pg() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

if "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT"; then
  log "a server already answers on 127.0.0.1:$PORT"
else
  dir="$(mktemp -d "${TMPDIR:-/tmp}/xiaobei-pg.XXXXXX")"
  [ "$(id -u)" = 0 ] && chown postgres: "$dir"
  log "initdb in $dir/data"
  as_pg "$BIN/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --no-locale >&2
  log "starting on 127.0.0.1:$PORT"
  as_pg "$BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
    -o "-p $PORT -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" >&2 ||
    {
      cat "$dir/server.log" >&2 || true
      exit 1
    }
fi

for _ in $(seq 1 60); do
  "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT" && break
  sleep 0.5
done

psql_pg() { "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
if [ "$(psql_pg -c "SELECT 1 FROM pg_database WHERE datname = '$DB'")" != 1 ]; then
  log "creating database $DB"
  psql_pg -c "CREATE DATABASE $DB" >&2
else
  log "database $DB exists"
fi

echo "$URL"
