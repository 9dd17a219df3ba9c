#!/usr/bin/env bash
# Fuzzes Detente's readers, parsers and coder with libFuzzer and AddressSanitizer:
#
#   scripts/fuzz.sh [SECONDS] [TARGET…]
#
# Builds the Fuzz package (in .build-fuzz, apart from the normal build) with
# -sanitize=fuzzer,address and runs each target (all by default: crawl html jsonl flatjson text
# lexicon query code) for SECONDS (default 60), starting from seeds made from the examples and
# the bundled lexicon, and from what earlier runs found (.build-fuzz/corpus/TARGET). Prints one
# line per target: executions, their rate, corpus size, coverage and crashes. An input that
# crashes, stalls (over 10 s) or takes over 2 GB is saved under .build-fuzz/crashes/TARGET/
# and the script exits 1; run it again with the binary and the file to see the report:
#   DETENTE_FUZZ_TARGET=TARGET .build-fuzz/debug/detente-fuzz FILE
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
[ $# -gt 0 ] && shift
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(crawl html jsonl flatjson text lexicon query code)
work=.build-fuzz
mkdir -p "$work"
swift build --package-path Fuzz --scratch-path "$work" -c debug \
  -Xswiftc -sanitize=fuzzer,address >"$work/build.log" 2>&1 || {
  tail -30 "$work/build.log"
  exit 1
}
bin="$work/debug/detente-fuzz"

# Seeds for a target, written to $1 (the examples, turned into each input kind).
seed() {
  local target="$1" dir="$2"
  mkdir -p "$dir"
  python3 - "$target" "$dir" <<'PY'
import glob, json, os, sys
target, out = sys.argv[1], sys.argv[2]
articles = sorted(glob.glob("Examples/articles/*.txt"))[:40]
def write(name, data):
    with open(os.path.join(out, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode())
def parts(path):
    text = open(path, encoding="utf-8").read()
    lines = text.split("\n")
    title = lines[0].lstrip("# ").strip()
    return title, "\n".join(lines[1:]).strip()
if target in ("crawl", "text", "code"):
    for p in articles:
        write(os.path.basename(p), open(p, "rb").read())
if target in ("jsonl", "flatjson", "code"):
    for k, p in enumerate(articles[:20]):
        title, body = parts(p)
        record = {"id": f"a{k}", "published": "2013-09-05", "title": title, "text": body}
        write(f"record{k}.jsonl", json.dumps(record, ensure_ascii=(k % 2 == 0)) + "\n")
if target in ("html", "code"):
    for k, p in enumerate(articles[:20]):
        title, body = parts(p)
        paras = "".join(f"<p>{x}</p>\n" for x in body.split("\n\n"))
        write(f"page{k}.html",
              f"<!doctype html><html><head><title>{title}</title>"
              f"<meta property=\"article:published_time\" content=\"2013-09-05\"></head>"
              f"<body><h1>{title}</h1>{paras}<script>var x = '<p>no</p>';</script></body></html>")
if target == "lexicon":
    for p in sorted(glob.glob("Sources/DetenteCore/Resources/Lexicon/*.lex")):
        lines = open(p, encoding="utf-8").read().split("\n")
        for k in range(0, min(len(lines), 400), 40):
            write(f"{os.path.basename(p)}.{k}", "\n".join(lines[k:k + 40]))
if target == "query":
    for k, q in enumerate([
        "actor=RUS&limit=5", "dyad=USA,RUS&from=2013-01-01&to=2013-12-31",
        "text=summit%20talks&text_syntax=fts", "cameo=04&plover=CONSULT&modality=planned",
        "person=Putin&outlet=Reuters&offset=20", "goldstein_min=-5&goldstein_max=3.5",
        "source=USAGOV&target=CHN&quad_class=1", "text=%22G-20%22+NEAR(Putin+Obama)",
        "as_of=2013-09-01&status=planned", "limit=1000&offset=999999",
    ]):
        write(f"query{k}", q)
PY
}

failed=0
printf '%-9s %8s %12s %9s %8s %8s %8s\n' target seconds executions "exec/s" corpus cover crashes
for t in "${targets[@]}"; do
  corpus="$work/corpus/$t"
  seeds="$work/seeds/$t"
  crashes="$work/crashes/$t"
  mkdir -p "$corpus" "$crashes"
  rm -rf "$seeds"
  seed "$t" "$seeds"
  log="$work/fuzz-$t.log"
  status=0
  DETENTE_FUZZ_TARGET="$t" ASAN_OPTIONS="detect_leaks=0" "$bin" "$corpus" "$seeds" \
    -max_total_time="$seconds" -max_len=32768 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$crashes/" -print_final_stats=1 >"$log" 2>&1 || status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  cover=$(grep -oE 'cov: [0-9]+' "$log" | tail -1 | cut -d' ' -f2)
  found=$(find "$crashes" -type f | wc -l)
  printf '%-9s %8s %12s %9s %8s %8s %8s\n' "$t" "$seconds" "${runs:-?}" "${rate:-?}" \
    "$(find "$corpus" -type f | wc -l)" "${cover:-?}" "$found"
  if [ "$status" -ne 0 ] || [ "$found" -gt 0 ]; then
    failed=1
    grep -E "ERROR|SUMMARY|Fatal error|panic|Test unit written" "$log" | head -8 | sed 's/^/    /'
  fi
done
exit "$failed"
