#!/usr/bin/env bash
# Installs Debian's PostgreSQL if needed, starts a cluster of Sitrep's own (port 54329, so it never
# touches another cluster on the machine), creates a role that may create databases, and prints
# the variable the PostgreSQL tests read:
#
#   eval "$(bash scripts/ci/setup-postgres.sh)"    # sets SITREP_TEST_POSTGRES
#
# The tests create a database per test class and drop it afterwards. Idempotent: a second run
# finds the cluster running and prints the same line.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
PORT="${SITREP_PG_PORT:-54329}"
CLUSTER=sitrep
bash "$here/install-packages.sh" postgresql postgresql-client >&2

version="$(ls /usr/lib/postgresql | sort -V | tail -1)"
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$version $CLUSTER"; then
  echo "setup-postgres: creating cluster $version/$CLUSTER on port $PORT" >&2
  pg_createcluster "$version" "$CLUSTER" -p "$PORT" -- --auth-local=peer --auth-host=scram-sha-256 >&2
  # Tests start many short connections: more than the default 100 may be open at once, and fsync buys nothing for throwaway data.
  cat > "/etc/postgresql/$version/$CLUSTER/conf.d/sitrep.conf" <<CONF
listen_addresses = '127.0.0.1'
max_connections = 200
fsync = off
synchronous_commit = off
full_page_writes = off
CONF
fi
if ! pg_lsclusters -h | awk -v v="$version" -v c="$CLUSTER" '$1==v && $2==c {print $4}' | grep -q online; then
  pg_ctlcluster "$version" "$CLUSTER" start >&2
fi
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }
for _ in $(seq 1 30); do as_postgres psql -p "$PORT" -qAtc "SELECT 1" >/dev/null 2>&1 && break; sleep 1; done
as_postgres psql -p "$PORT" -v ON_ERROR_STOP=1 -qAt >&2 <<'SQL'
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'sitrep') THEN
    CREATE ROLE sitrep LOGIN CREATEDB PASSWORD 'sitrep';
  END IF;
END $$;
-- DROP DATABASE ... WITH (FORCE) in the tests' clean-up ends any session still on a test database, an
-- autovacuum worker's too; that takes the right to signal other roles' backends.
GRANT pg_signal_backend TO sitrep;
SQL
as_postgres psql -p "$PORT" -qAtc "SELECT 1 FROM pg_database WHERE datname = 'sitrep'" | grep -q 1 \
  || as_postgres createdb -p "$PORT" -O sitrep sitrep >&2
echo "setup-postgres: PostgreSQL $version running on 127.0.0.1:$PORT" >&2
echo "export SITREP_TEST_POSTGRES=postgres://sitrep:sitrep@127.0.0.1:$PORT/sitrep"
