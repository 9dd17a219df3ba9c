#!/usr/bin/env python3
"""Runs Detente's clause-structure stage on the clause gold and prints what scripts/clause-score.py reads.

usage: scripts/clause-detente.py [--detente BINARY] [--gold Examples/clauses/gold.jsonl] > out.jsonl

Each gold sentence (after its context sentence, when it has one) becomes an article of its own;
`detente clauses --format jsonl` reads it, and the predicates of the sentences that make up the
gold text are printed as one object with the gold sentence's id.
"""
import json, sys

import clause_gold

def main():
    args = sys.argv[1:]
    binary, gold = clause_gold.options(args)
    out = clause_gold.run(binary, gold, ["clauses", "--format", "jsonl"], check=True)
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
