#!/usr/bin/env bash
# Starts `detente serve` on the bundled examples, opens every page in headless Chromium (wide and
# narrow), saves screenshots, and fails when a page errors, is empty, or renders nothing.
# Usage: scripts/screenshots.sh [OUTPUT_FOLDER]   (default: .build/screenshots)
# Installs Debian's chromium when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-.build/screenshots}
mkdir -p "$out"

browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "screenshots: installing chromium" >&2
  (apt-get install -y chromium || (apt-get update && apt-get install -y chromium)) >/dev/null
  browser=$(command -v chromium)
fi

swift build >/dev/null
bin=.build/debug/detente
db=$(mktemp -d)/screens.db
"$bin" ingest --db "$db" Examples/articles 2>/dev/null
port=$((20000 + RANDOM % 20000))
"$bin" serve --db "$db" --port "$port" 2>"$out/server.log" &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do
  curl -fsS "http://127.0.0.1:$port/" >/dev/null 2>&1 && break
  sleep 0.2
done

# (A glob, not `ls | head`: under pipefail, head closing the pipe early can kill ls with SIGPIPE.)
articles=(Examples/articles/*.txt)
article=$(basename "${articles[0]}" .txt)
event=$("$bin" events --db "$db" --limit 1 --format jsonl | sed -n 's/^{"id":"\([^"]*\)".*/\1/p')
meeting=$("$bin" meetings --db "$db" --limit 1 --format jsonl 2>/dev/null | sed -n 's/.*"id":"\(c-[^"]*\)".*/\1/p')
pages=(
  "home|/"
  "articles|/articles"
  "article|/articles/$article"
  "events|/events?dyad=USA,CHN"
  "event|/events/$event"
  "search|/events?text=sanctions"
  "meetings|/meetings"
  "meeting|/meetings/$meeting"
  "search-punctuation|/events?text=U.S.+President"
  "timeline|/timeline?dyad=USA,CHN"
  "timeline-week|/timeline?dyad=GBR,RUS&by=week&from=2018-01&to=2018-06"
  "timeline-all|/timeline?by=year"
  "map|/map"
  "map-query|/map?actor=RUS"
  "network|/network"
  "network-query|/network?actor=USA&pairs=10"
)
failed=0
for entry in "${pages[@]}"; do
  name=${entry%%|*}; path=${entry#*|}
  url="http://127.0.0.1:$port$path"
  body=$(curl -fsS "$url") || { echo "FAIL $name: $url did not answer 200" >&2; failed=1; continue; }
  if [ ${#body} -lt 500 ] || ! grep -q "<main>" <<<"$body"; then
    echo "FAIL $name: $url is empty" >&2; failed=1; continue
  fi
  for size in "1280,900|wide" "390,844|narrow"; do
    dims=${size%%|*}; tag=${size#*|}
    png="$out/$name-$tag.png"
    rm -f "$png"
    "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size="$dims" \
      --screenshot="$png" "$url" >/dev/null 2>&1 || true
    if [ ! -s "$png" ] || [ "$(stat -c %s "$png")" -lt 5000 ]; then
      echo "FAIL $name ($tag): no screenshot or a blank one" >&2; failed=1
    else
      echo "ok   $name ($tag): $png"
    fi
  done
done
exit $failed
