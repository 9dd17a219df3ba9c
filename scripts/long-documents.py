#!/usr/bin/env python3
"""How `detente code`'s time and memory grow with one article's length.

    scripts/long-documents.py [--bin .build/release/detente ...] [--runs 3]

Writes one-record JSON Lines files of growing size, each in four shapes, and codes each with
every binary given (to compare builds), printing the best wall time of `--runs` runs and the
peak resident memory (the kernel's account of each run):

  events      many distinct short sentences, each with an event (a transcript, a log)
  sentence    one sentence of N words (a list or a table flattened into text)
  no-stops    N words with no full stop or comma at all
  paragraphs  short paragraphs, each a sentence with an event (a book-length text)

Cost should grow in step with the size: twice the words, about twice the time.
"""

import argparse
import json
import os
import subprocess
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

SENTENCES = [
    "Russia condemned Ukraine on Monday over the shelling near post {}.",
    "France praised Germany for its handling of the crisis in sector {}.",
    "China accused Japan of lying about island number {} in the sea.",
    "Barack Obama met Vladimir Putin in Moscow to discuss item {}.",
]


def body(shape, n):
    if shape == "events":
        return " ".join(SENTENCES[i % 4].format(i) for i in range(n))
    if shape == "paragraphs":
        return "\n\n".join(SENTENCES[i % 4].format(i) for i in range(n))
    words = ["and", "the", "talks", "with", "France", "Russia", "condemned", "Ukraine"]
    text = " ".join(words[i % len(words)] for i in range(n))
    return "Russia condemned Ukraine " + text + ("." if shape == "sentence" else "")


def run(binary, path, options):
    """Wall seconds and peak resident memory (MB) of coding `path` once."""
    start = time.monotonic()
    p = subprocess.Popen([binary, "code", *options, path],
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(p.pid, 0)
    return time.monotonic() - start, usage.ru_maxrss / 1024


def options(binary):
    """No article-size limit, for builds that have one (the text is meant to be read whole)."""
    help_text = subprocess.run([binary, "code", "--help"], capture_output=True, text=True).stdout
    return ["--max-article-size", "1G"] if "--max-article-size" in help_text else []


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bin", action="append",
                    help="binary to measure (repeatable; default .build/release/detente)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--sizes", default="10000,20000,40000,80000",
                    help="sentences (events, paragraphs) or words (sentence, no-stops)")
    args = ap.parse_args()
    binaries = args.bin or [os.path.join(ROOT, ".build/release/detente")]
    sizes = [int(s) for s in args.sizes.split(",")]
    flags = {b: options(b) for b in binaries}
    tmp = tempfile.mkdtemp(prefix="detente-long-")
    print(f"{'shape':11} {'size':>7} {'MB':>6} " + " ".join(
        f"{os.path.basename(os.path.dirname(os.path.dirname(os.path.dirname(b)))) or b:>22}"
        for b in binaries))
    for shape in ["events", "sentence", "no-stops", "paragraphs"]:
        for n in sizes:
            path = os.path.join(tmp, f"{shape}-{n}.jsonl")
            record = {"id": f"{shape}-{n}", "published": "2013-06-01", "title": "Long",
                      "text": body(shape, n)}
            with open(path, "w") as f:
                f.write(json.dumps(record) + "\n")
            size = os.path.getsize(path) / 1e6
            cells = []
            for b in binaries:
                runs = [run(b, path, flags[b]) for _ in range(args.runs)]
                best = min(r[0] for r in runs)
                mb = max(r[1] for r in runs)
                cells.append(f"{best:9.2f} s {mb:7.0f} MB")
            print(f"{shape:11} {n:7} {size:6.2f} " + " ".join(f"{c:>22}" for c in cells),
                  flush=True)
            os.remove(path)
    os.rmdir(tmp)


if __name__ == "__main__":
    main()
