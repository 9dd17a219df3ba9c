#!/usr/bin/env bash
# A throwaway PostgreSQL server in a folder of its own, for the tests and the benchmarks: no
# system service, nothing outside FOLDER.
#
#   scripts/postgres.sh start FOLDER [--durable]   prints the server's URL (postgres://…)
#   scripts/postgres.sh stop FOLDER
#
# `start` installs Debian's PostgreSQL when it is missing, makes a cluster in FOLDER/data
# (`initdb`), and starts it on a free port of 127.0.0.1 (`pg_ctl`), its socket in FOLDER. The
# tests' server skips fsync (it is thrown away); `--durable` keeps PostgreSQL's defaults, for
# measuring; POSTGRES_OPTIONS adds server settings (`-c name=value …`). The URL is also written
# to FOLDER/url. As root, the server runs as the `postgres`
# user (PostgreSQL refuses to run as root).
set -euo pipefail

command=${1:-}
folder=${2:-}
if [ -z "$command" ] || [ -z "$folder" ]; then
  echo "usage: $0 start|stop FOLDER [--durable]" >&2
  exit 2
fi

bindir() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1
}

as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

case "$command" in
start)
  if [ -z "$(bindir)" ] || ! [ -x "$(bindir)/initdb" ]; then
    echo "postgres.sh: installing Debian's postgresql" >&2
    (apt-get install -y postgresql || (apt-get update && apt-get install -y postgresql)) >/dev/null
  fi
  bin=$(bindir)
  [ -x "$bin/initdb" ] || { echo "postgres.sh: no initdb after installing postgresql" >&2; exit 1; }
  mkdir -p "$folder"
  folder=$(cd "$folder" && pwd)
  if [ "$(id -u)" = 0 ]; then
    chown postgres "$folder"
    # (The postgres user must reach the folder through its parents.)
    chmod o+x "$(dirname "$folder")" 2>/dev/null || true
  fi
  # (A folder that already holds a cluster is started again as it is.)
  if ! [ -f "$folder/data/PG_VERSION" ]; then
    as_owner "$bin/initdb" -D "$folder/data" -U postgres --auth=trust -E UTF8 --locale=C \
      >"$folder/initdb.log" 2>&1 || { cat "$folder/initdb.log" >&2; exit 1; }
  fi
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  options="-p $port -k $folder -c listen_addresses=127.0.0.1 -c max_connections=200 ${POSTGRES_OPTIONS:-}"
  if [ "${3:-}" != "--durable" ]; then
    options="$options -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  fi
  as_owner "$bin/pg_ctl" -D "$folder/data" -o "$options" -l "$folder/server.log" -w start >/dev/null \
    || { cat "$folder/server.log" >&2; exit 1; }
  echo "postgres://postgres@127.0.0.1:$port/postgres" | tee "$folder/url"
  ;;
stop)
  bin=$(bindir)
  if [ -d "$folder/data" ]; then
    as_owner "$bin/pg_ctl" -D "$folder/data" -m fast -w stop >/dev/null || true
  fi
  ;;
*)
  echo "usage: $0 start|stop FOLDER [--durable]" >&2
  exit 2
  ;;
esac
