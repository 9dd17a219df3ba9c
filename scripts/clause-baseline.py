#!/usr/bin/env python3
"""How well the coder links triggers to their arguments, by construction, on the clause gold.

usage: scripts/clause-baseline.py [--detente BINARY] [--gold Examples/clauses/gold.jsonl] [--show]

Until the clause-structure stage exists, the coder's own rules are the stage: this codes every
gold sentence (with its context sentence before it) as an article of its own, and for each gold
predicate whose trigger is in the evidence of a coded event, checks that event's sides:
  - source: the event's source words overlap the gold subject (or what it refers to);
  - target: the event's target words overlap the gold object, a prepositional attachment, or what
    they refer to.
It prints, per construction: the predicates, how many were coded at all, the share of coded ones
with a gold subject whose source is right, and the share of coded ones with a named gold object or
attachment (a phrase with a capital letter: an actor, not "troops" or "tariffs") whose target is
right. Predicates that carry no event of the lexicon (most speech verbs) are not coded and count
only in the first column.
"""
import collections, json, sys

import clause_gold

def words(s):
    return {w.strip(".,;:'\"()").lower() for w in (s or "").split() if len(w.strip(".,;:'\"()")) > 2}

def phrases(v):
    if v is None:
        return []
    return [v] if isinstance(v, str) else [x for x in v if isinstance(x, str)]

def overlaps(text, candidates):
    t = words(text)
    return any(t & words(c) for c in candidates if c)

def main():
    args = sys.argv[1:]
    show = "--show" in args
    binary, gold = clause_gold.options(args)
    out = clause_gold.run(binary, gold, ["code", "--format", "jsonl", "--include-untargeted"], check=False)
    events = collections.defaultdict(list)
    for line in out.splitlines():
        e = json.loads(line)
        events[e["article"]["id"]].append(e)
    # per construction: predicates, coded, [with subject, source right], [with named object, right]
    rows = collections.defaultdict(lambda: [0, 0, 0, 0, 0, 0])
    for g in gold:
        found = [e for e in events[g["id"]] if g["text"].startswith(e["sentence"]["text"][:40])]
        for p in g["predicates"]:
            e = next((e for e in found if p["trigger"].lower() in e["evidence"].lower()), None)
            subjects = phrases(p.get("subject")) + phrases(p.get("subject_refers_to"))
            objects = phrases(p.get("object")) + phrases(p.get("object_refers_to"))
            objects += [v for vs in (p.get("preps") or {}).values() for v in phrases(vs)]
            named = [o for o in objects if any(ch.isupper() for ch in o)]
            src = e is not None and bool(subjects) and overlaps(e["source"]["text"], subjects)
            tgt = e is not None and e.get("target") is not None and bool(named) \
                and overlaps(e["target"]["text"], named)
            for c in g["constructions"] + ["all"]:
                r = rows[c]
                r[0] += 1
                if e is None:
                    continue
                r[1] += 1
                if subjects:
                    r[2] += 1
                    r[3] += src
                if named:
                    r[4] += 1
                    r[5] += tgt
            if show and e is not None and ((subjects and not src) or (named and not tgt)):
                print(f"{g['id']} {p['trigger']}: source {e['source']['text']!r} (gold {subjects}),"
                      f" target {(e.get('target') or {}).get('text')!r} (gold {named})")
    print("| construction | predicates | coded | source right | target right |")
    print("| --- | --- | --- | --- | --- |")
    for c in sorted(rows, key=lambda c: (c == "all", c)):
        n, coded, ns, s_ok, nt, t_ok = rows[c]
        share = lambda x, d: f"{x / d:.2f} ({x}/{d})" if d else "-"
        print(f"| {c} | {n} | {coded} | {share(s_ok, ns)} | {share(t_ok, nt)} |")

if __name__ == "__main__":
    main()
