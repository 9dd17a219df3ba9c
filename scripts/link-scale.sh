#!/bin/bash
# Linking and meeting queries at scale: stores of about 10 k, 100 k and 1 M events made with
# make-corpus.py, then, per store, the time to ingest (code, store and link) the same probe batch
# of about 900 articles into a copy of it, and the time of meeting queries on it.
#
# usage: scripts/link-scale.sh WORK_FOLDER [DETENTE_BINARY] [RUNS]
# The stores are kept in WORK_FOLDER and made only when missing (the 1 M store takes about
# ten minutes and 1.3 GB). Runs of the three sizes are interleaved.
set -euo pipefail
work=$1
bin=${2:-$(dirname "$0")/../.build/release/detente}
runs=${3:-3}
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$work"
declare -A mb=([10k]=1.25 [100k]=12.5 [1m]=125)
declare -A seed=([10k]=1 [100k]=2 [1m]=3)
for n in 10k 100k 1m; do
  if [ ! -f "$work/s$n.db" ]; then
    python3 "$here/make-corpus.py" "${mb[$n]}" "$work/c$n" --seed "${seed[$n]}" > /dev/null
    "$bin" ingest --db "$work/s$n.db" "$work/c$n" 2>&1 | tail -1
  fi
done
[ -d "$work/probe" ] || python3 "$here/make-corpus.py" 0.5 "$work/probe" --seed 9 > /dev/null
probe=$(cat "$work"/probe/*.jsonl | wc -l)
echo "probe: $probe articles"
t() {
  /usr/bin/time -o "$work/time.txt" -f "%e" "$@" > /dev/null 2>&1
  tail -1 "$work/time.txt"
}
for r in $(seq "$runs"); do
  for n in 10k 100k 1m; do
    events=$(sqlite3 "$work/s$n.db" "select count(*) from event")
    cp "$work/s$n.db" "$work/copy.db"
    /usr/bin/time -o "$work/time.txt" -f "%e" "$bin" ingest --db "$work/copy.db" "$work/probe" \
      > /dev/null 2>&1
    s=$(tail -1 "$work/time.txt")
    rm -f "$work/copy.db" "$work/copy.db-wal" "$work/copy.db-shm"
    big=$(sqlite3 "$work/s$n.db" "select id from cluster where event_class='MEET' order by size desc limit 1")
    q1=$(t "$bin" meetings --db "$work/s$n.db" -f jsonl)
    q2=$(t "$bin" meetings --db "$work/s$n.db" --dyad USA,RUS -f jsonl)
    q3=$(t "$bin" meetings --db "$work/s$n.db" --person Putin -f jsonl)
    q4=$(t "$bin" meetings --db "$work/s$n.db" --id "$big" -f jsonl)
    q5=$(t "$bin" meetings --db "$work/s$n.db" --from 2020-01 --to 2020-03 -f jsonl)
    printf "run %s  %-5s %8s events  ingest %6.2f s (%5.2f ms/article)  meetings %s  dyad %s  person %s  id %s  range %s s\n" \
      "$r" "$n" "$events" "$s" "$(echo "$s * 1000 / $probe" | bc -l)" "$q1" "$q2" "$q3" "$q4" "$q5"
  done
done
