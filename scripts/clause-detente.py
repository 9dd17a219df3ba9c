#!/usr/bin/env python3
"""Runs Detente's clause-structure stage on the clause gold and prints what scripts/clause-score.py reads.

usage: scripts/clause-detente.py [--detente BINARY] [--gold Examples/clauses/gold.jsonl] > out.jsonl

Each gold sentence (after its context sentence, when it has one) becomes an article of its own;
`detente clauses --format jsonl` reads it, and the predicates of the sentences that make up the
gold text are printed as one object with the gold sentence's id.
"""
import json, os, subprocess, sys, tempfile

def main():
    args = sys.argv[1:]
    binary = ".build/release/detente"
    gold_path = "Examples/clauses/gold.jsonl"
    if "--detente" in args:
        binary = args[args.index("--detente") + 1]
    if "--gold" in args:
        gold_path = args[args.index("--gold") + 1]
    gold = [json.loads(l) for l in open(gold_path, encoding="utf-8") if l.strip()]
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "clauses.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for g in gold:
                text = (g.get("context", "") + "\n\n" + g["text"]).strip()
                f.write(json.dumps({"id": g["id"], "title": g["id"], "published": "2024-03-06",
                                    "text": text}) + "\n")
        out = subprocess.run([binary, "clauses", "--format", "jsonl", path],
                             capture_output=True, text=True, check=True).stdout
    by_id = {}
    for line in out.splitlines():
        s = json.loads(line)
        by_id.setdefault(s["article"], []).append(s)
    for g in gold:
        preds = []
        for s in by_id.get(g["id"], []):
            if s["text"] and s["text"] in " ".join(g["text"].split()):
                preds.extend(s["predicates"])
        print(json.dumps({"id": g["id"], "predicates": preds}))

if __name__ == "__main__":
    main()
