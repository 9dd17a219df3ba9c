#!/usr/bin/env bash
# Scores a run article by article with the rules of shared/tools/score.py.
# Usage: scripts/per-article-f1.sh GOLD.jsonl EVENTS.jsonl [SCORE_PY]
# SCORE_PY defaults to ../shared/tools/score.py. Prints one line per article, then the total.
set -euo pipefail
gold=$1
events=$2
score=${3:-../shared/tools/score.py}
if [ ! -f "$score" ]; then
  echo "per-article-f1: $score not found; pass the path to score.py as the third argument" >&2
  exit 2
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The events may come from a pipe: keep one copy for the per-article split and the total.
cat "$events" > "$work/all.events"
events="$work/all.events"
python3 - "$gold" "$events" "$work" <<'PY'
import json, sys, os
gold, events, work = sys.argv[1:4]
by = {}
for line in open(gold, encoding="utf-8"):
    if line.strip():
        a = json.loads(line)["article"]
        by.setdefault(a, {"gold": [], "events": []})["gold"].append(line)
for line in open(events, encoding="utf-8"):
    if line.strip():
        e = json.loads(line)
        a = e["article"]["id"] if isinstance(e["article"], dict) else e["article"]
        if a in by:
            by[a]["events"].append(line)
for a, parts in sorted(by.items()):
    with open(os.path.join(work, a + ".gold"), "w", encoding="utf-8") as f:
        f.writelines(parts["gold"])
    with open(os.path.join(work, a + ".events"), "w", encoding="utf-8") as f:
        f.writelines(parts["events"])
PY
printf '%-32s %s\n' article "required found tp precision recall f1"
for g in "$work"/*.gold; do
  [ -e "$g" ] || continue
  a=$(basename "$g" .gold)
  line=$(python3 "$score" "$g" "$work/$a.events" | head -1)
  fields=$(echo "$line" | sed -E 's/.*gold_required=([0-9]+) system_events=([0-9]+) tp=([0-9]+) precision=([0-9.]+) recall=([0-9.]+) f1=([0-9.]+).*/\1 \2 \3 \4 \5 \6/')
  printf '%-32s %s\n' "$a" "$fields"
done
printf '%-32s ' all
python3 "$score" "$gold" "$events" | head -1
