#!/usr/bin/env python3
"""Runs Detente's clause-structure stage on the clause gold and prints what scripts/clause-score.py reads.

usage: scripts/clause-detente.py [--detente BINARY] [--gold Examples/clauses/gold.jsonl] [--parser | --parser-only] > out.jsonl

Each gold sentence (after its context sentence, when it has one) becomes an article of its own;
`detente clauses --format jsonl` reads it (with --parser: `detente clauses --parser`, the rules
with the dependency parse merged in; with --parser-only, the rules' predicate words with all
their arguments from the parse), and the predicates of the sentences that make up the
gold text are printed as one object with the gold sentence's id.
"""
import json, sys

import clause_gold

def main():
    args = sys.argv[1:]
    binary, gold = clause_gold.options(args)
    command = ["clauses", "--format", "jsonl"] + [a for a in args if a in ("--parser", "--parser-only")]
    out = clause_gold.run(binary, gold, command, check=True)
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
