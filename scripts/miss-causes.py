#!/usr/bin/env python3
"""Sorts a scored batch's misses and false alarms by what the coder did in their sentence.

usage: scripts/miss-causes.py GOLD EVENTS [GOLD EVENTS ...]   (pairs; --score PATH to score.py)

Events are matched to the gold with the rules of the shared scorer (`score.py`, found beside
this checkout in ../shared/tools unless --score names it), and every gold event left unmatched
(a miss) and every system event left unmatched (a false alarm) is put in one of four kinds by
the other side's unmatched events in the same sentence:
  - nothing there: no unmatched event of the other side in the sentence (for a miss, the coder
    coded nothing there that could be it: vocabulary, an unknown actor, a filter);
  - right dyad, other class: one there has the same countries but another event class;
  - right class, other dyad: one there has the same class but other countries (structure or
    reference);
  - other: something else there.
Counts are pooled over all the pairs given.
"""
import collections
import importlib.util
import json
import os
import sys


def load_scorer(path):
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def match(score, gold, system):
    pairs = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            if score.candidates(g, s):
                pairs.append((-(score.affinity(g, s) + (0 if g.get("optional") else 10)), gi, si))
    pairs.sort()
    gm, sm = {}, {}
    for _, gi, si in pairs:
        if gi not in gm and si not in sm:
            gm[gi], sm[si] = si, gi
    return gm, sm


def kind(score, one, others, miss):
    if not others:
        return "nothing there"
    g_s = (lambda o: (one, o)) if miss else (lambda o: (o, one))
    if any(score.dyad_match(*g_s(o), "country") for o in others):
        return "right dyad, other class"
    if any(score.cls(one.get("cameo")) == score.cls(o.get("cameo")) for o in others):
        return "right class, other dyad"
    return "other"


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    scorer = os.path.join(here, "..", "..", "shared", "tools", "score.py")
    if "--score" in argv:
        scorer = argv.pop(argv.index("--score") + 1)
        argv.remove("--score")
    if len(argv) < 2 or len(argv) % 2:
        sys.exit(__doc__.split("\n\n")[1])
    score = load_scorer(scorer)
    misses, alarms = collections.Counter(), collections.Counter()
    for gold_path, events_path in zip(argv[::2], argv[1::2]):
        gold = score.load(gold_path)
        arts = {g["article"] for g in gold}
        system = [s for s in score.load(events_path) if score.art_id(s) in arts]
        gm, sm = match(score, gold, system)

        def same(g, s):
            return score.art_id(s) == g["article"] and " ".join(g["sentence"].split()) in " ".join(
                score.sent_text(s).split())
        for gi, g in enumerate(gold):
            if gi in gm or g.get("optional"):
                continue
            others = [s for si, s in enumerate(system) if si not in sm and same(g, s)]
            misses[kind(score, g, others, True)] += 1
        for si, s in enumerate(system):
            if si in sm:
                continue
            others = [g for gi, g in enumerate(gold) if gi not in gm and same(g, s)]
            alarms[kind(score, s, others, False)] += 1
    print(json.dumps({"misses": dict(misses), "false_alarms": dict(alarms)}, indent=1))


if __name__ == "__main__":
    main(sys.argv[1:])
