#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster on 127.0.0.1 for the store tests and prints its address
# (postgres://USER@127.0.0.1:PORT/hadath) on stdout; everything else goes to stderr.
#   export HADATH_TEST_PG=$(scripts/start-postgres.sh)
# Run as root on Debian: installs the `postgresql` package when missing, then runs initdb and
# pg_ctl as the `postgres` user in a new temp folder, on a free port. Stop it with
#   pg_ctl -D DIR stop   (DIR is printed on stderr), or just leave it: the folder is disposable.
set -euo pipefail

log() { echo "start-postgres: $*" >&2; }

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    log "installing the postgresql package"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql >&2
fi

bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
id postgres >/dev/null 2>&1 || useradd --system --home /var/lib/postgresql --shell /bin/bash postgres

# A free port: ask the kernel for one, then release it for the server.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()' 2>/dev/null \
    || shuf -i 20000-40000 -n 1)

dir=$(mktemp -d /tmp/hadath-pg.XXXXXX)
chown postgres:postgres "$dir"
chmod 700 "$dir"
as_pg() { (cd / && runuser -u postgres -- "$@"); }

as_pg "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
# fsync off: a throwaway test cluster trades durability for speed; tests kill clients, not the server.
as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c fsync=off -c max_connections=200" start >&2 \
    || { cat "$dir/server.log" >&2; exit 1; }
as_pg "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres hadath

log "cluster in $dir (stop: runuser -u postgres -- $bin/pg_ctl -D $dir/data stop)"
echo "postgres://postgres@127.0.0.1:$port/hadath"
