#!/usr/bin/env python3
"""Builds a large corpus from the bundled example articles, for throughput measurements.

usage: scripts/make-corpus.py SIZE_MB OUT_FOLDER [--seed N] [--spread DAYS]

Writes JSON Lines files of about 1 MB each (the layout `detente code` reads) until SIZE_MB of
article text is written. Each record is an example article with a new id, a publication date
moved by a random number of days (so relative dates resolve differently), and its paragraphs
in a random order after the first, so that the corpus is varied, not one text repeated.
--spread DAYS (default 400) is how far a date may move either way; --spread 0 keeps every
copy's date, so that the copies report the same meetings on the same days and the meetings
tracker gets a few very large clusters (its worst case).
"""
import datetime, json, os, random, re, sys

def read_examples(folder):
    out = []
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".txt"):
            continue
        text = open(os.path.join(folder, name), encoding="utf-8").read()
        blocks = [b.strip() for b in text.split("\n\n") if b.strip()]
        title = blocks[0].lstrip("# ").strip()
        date = None
        body = []
        for b in blocks[1:]:
            if date is None:
                try:
                    date = datetime.datetime.strptime(b, "%B %d, %Y").date()
                    continue
                except ValueError:
                    pass
            if b.startswith("By "):
                continue
            body.append(b)
        if date and body:
            out.append((name[:-4], title, date, body))
    return out

def main():
    argv = sys.argv[1:]
    seed = 7
    if "--seed" in argv:
        k = argv.index("--seed")
        seed = int(argv[k + 1])
        del argv[k:k + 2]
    spread = 400
    if "--spread" in argv:
        k = argv.index("--spread")
        spread = int(argv[k + 1])
        del argv[k:k + 2]
    args = argv
    if len(args) != 2:
        sys.exit(__doc__)
    size = float(args[0]) * 1_000_000
    out = args[1]
    rng = random.Random(seed)
    here = os.path.dirname(os.path.abspath(__file__))
    examples = read_examples(os.path.join(here, "..", "Examples", "articles"))
    os.makedirs(out, exist_ok=True)
    written, n, part = 0, 0, 0
    f = None
    part_size = 0
    while written < size:
        if f is None or part_size > 1_000_000:
            if f:
                f.close()
            f = open(os.path.join(out, f"part-{part:05d}.jsonl"), "w", encoding="utf-8")
            part += 1
            part_size = 0
        aid, title, date, body = rng.choice(examples)
        rest = body[1:]
        rng.shuffle(rest)
        text = "\n\n".join([body[0]] + rest)
        published = date + datetime.timedelta(days=rng.randint(-spread, spread))
        record = {"id": f"{aid}-{n}", "title": title, "published": published.isoformat(),
                  "outlet": "Detente Corpus", "text": text}
        line = json.dumps(record, ensure_ascii=False) + "\n"
        f.write(line)
        written += len(text.encode("utf-8"))
        part_size += len(line.encode("utf-8"))
        n += 1
    if f:
        f.close()
    print(f"{n} articles, {written / 1e6:.1f} MB of article text, {part} files in {out}")

if __name__ == "__main__":
    main()
