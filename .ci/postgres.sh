# Starts a throwaway PostgreSQL cluster on a free local port and sets TEST_POSTGRES_URL to its
# superuser URL. Usable by hand too: `source .ci/postgres.sh && start_throwaway_postgres`.
# initdb refuses to run as root, so the cluster runs as the `postgres` user.

start_throwaway_postgres() {
  local bin port
  bin=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
  PG_THROWAWAY_DIR=$(mktemp -d /tmp/bunkai-pg.XXXXXX)
  port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
  local password=bunkai-ci-superuser
  printf '%s\n' "$password" >"$PG_THROWAWAY_DIR/pwfile"
  chown -R postgres:postgres "$PG_THROWAWAY_DIR"
  local run=(runuser -u postgres --)
  [ "$(id -u)" -eq 0 ] || run=()
  "${run[@]}" "$bin/initdb" -D "$PG_THROWAWAY_DIR/data" -U postgres -E UTF8 --locale=C.UTF-8 \
    --auth-local=trust --auth-host=scram-sha-256 --pwfile="$PG_THROWAWAY_DIR/pwfile" >/dev/null
  "${run[@]}" "$bin/pg_ctl" -D "$PG_THROWAWAY_DIR/data" -l "$PG_THROWAWAY_DIR/log" -w \
    -o "-p $port -k $PG_THROWAWAY_DIR -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off" start >/dev/null
  PG_THROWAWAY_BIN=$bin
  TEST_POSTGRES_URL="postgres://postgres:${password}@127.0.0.1:${port}/postgres"
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on port $port"
}

stop_throwaway_postgres() {
  [ -n "${PG_THROWAWAY_DIR:-}" ] || return 0
  local run=(runuser -u postgres --)
  [ "$(id -u)" -eq 0 ] || run=()
  "${run[@]}" "$PG_THROWAWAY_BIN/pg_ctl" -D "$PG_THROWAWAY_DIR/data" -m fast -w stop >/dev/null || true
  rm -rf "$PG_THROWAWAY_DIR"
}
