#!/usr/bin/env bash
# Whether two builds write the same bytes: scripts/same-output.sh OLD_BINARY NEW_BINARY
#
# Runs each build over the examples, the seeds (when ../shared is there) and a make-corpus.py 5
# corpus: `detente code` in every format (with and without --include-untargeted), and, from a
# store each build ingests, `events`, `meetings` and `articles` in every format, `explain`,
# `clauses`, `timeline`, `stats`, and the API's and pages' main routes through `serve`. Ingest
# times and the database's path are left out. Prints the files that differ; exit status 1 when
# any does. For refactoring: what a change must not change.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 2 ] || { echo "usage: scripts/same-output.sh OLD_BINARY NEW_BINARY" >&2; exit 2; }
work=$(mktemp -d /tmp/detente-same.XXXXXX)
trap 'rm -rf "$work"' EXIT
python3 scripts/make-corpus.py 5 "$work/corpus" >/dev/null
seeds=../shared/seeds
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

snapshot() {
  local bin=$1 out=$2 f
  mkdir -p "$out"
  for f in jsonl csv tsv table gdelt plover; do
    "$bin" code --format $f --date 2013-06-01 Examples/articles >"$out/examples.$f" 2>&1 || true
    "$bin" code --format $f --include-untargeted --date 2013-06-01 Examples/articles \
      >"$out/untargeted.$f" 2>&1 || true
    "$bin" code --format $f --date 2013-06-01 "$work/corpus" >"$out/corpus.$f" 2>&1 || true
    if [ -d "$seeds" ]; then
      "$bin" code --format $f --date 2013-06-01 "$seeds" >"$out/seeds.$f" 2>&1 || true
    fi
  done
  local db="$work/store.db" inputs=(Examples/articles)
  [ -d "$seeds" ] && inputs+=("$seeds")
  rm -f "$db"*
  "$bin" ingest --db "$db" --date 2013-06-01 "${inputs[@]}" >/dev/null 2>&1
  for f in gdelt plover; do
    "$bin" events --db "$db" --format $f >"$out/events.$f" 2>&1 || true
  done
  for f in jsonl tsv table; do
    "$bin" events --db "$db" --format $f >"$out/events.$f" 2>&1 || true
    "$bin" meetings --db "$db" --format $f >"$out/meetings.$f" 2>&1 || true
    "$bin" articles --db "$db" --format $f 2>&1 | sed -E 's/"?ingested_at"?[^,]*,//' \
      >"$out/articles.$f" || true
  done
  local first
  first=$(find Examples/articles -mindepth 1 -maxdepth 1 | LC_ALL=C sort | sed -n "1s|.*/||p")
  "$bin" explain "Examples/articles/$first" >"$out/explain.txt" 2>&1 || true
  "$bin" clauses "Examples/articles/$first" >"$out/clauses.txt" 2>&1 || true
  "$bin" timeline --db "$db" --dyad USA,RUS >"$out/timeline.txt" 2>&1 || true
  "$bin" stats --db "$db" 2>&1 | grep -v -i "database\|size\|bytes" >"$out/stats.txt" || true
  local port pid r
  port=$(free_port)
  "$bin" serve --db "$db" --port "$port" 2>/dev/null &
  pid=$!
  for _ in $(seq 50); do curl -s "localhost:$port/api/events?limit=1" >/dev/null && break; sleep 0.1; done
  for r in "api/events?limit=300" "api/events?q=sanctions" api/meetings api/articles api/actors \
    api/overview "" events meetings articles "api/timeline?dyad=USA,RUS" "timeline?dyad=USA,RUS"; do
    curl -s "localhost:$port/$r" | sed -E 's/"?ingested_at"?[^,]*,//g' \
      >"$out/http.$(echo "$r" | tr '/?=&,' '_____').txt"
  done
  kill "$pid"
  wait "$pid" 2>/dev/null || true
}

snapshot "$1" "$work/old"
snapshot "$2" "$work/new"
if diff -rq "$work/old" "$work/new"; then
  echo "same output: $(ls "$work/old" | wc -l) files"
else
  exit 1
fi
