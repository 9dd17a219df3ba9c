#!/usr/bin/env python3
"""Scores a clause-structure system's predicates and arguments against the clause gold.

usage: scripts/clause-score.py GOLD SYSTEM [--show] [--constructions-only]

GOLD is Examples/clauses/gold.jsonl (format: docs/clauses.md). SYSTEM is JSON Lines, one object
per gold sentence:
    {"id": "rs-001", "predicates": [{"trigger": "said", "occurrence": 1,
      "subject": "Japan's foreign ministry", "object": null, "preps": {"to": "Beijing"},
      "complement": "protested"}]}
"occurrence" (which occurrence of the trigger word in the sentence, from 1) may be left out: 1.
"subject" and "object" are a phrase, a list of phrases (coordination) or null; "preps" maps a
preposition to a phrase (or a list); "complement" is a trigger word or null.

Matching:
  - a gold predicate is found when the system has a predicate with the same trigger
    (case-insensitive) and the same occurrence;
  - arguments are compared by head word. A gold phrase's head is its last word, or, when
    "of", "from", "in", "near" or "at" stands inside it, the word before the first of them
    ("waters near the disputed Senkaku Islands" -> waters). Words are lower-cased and stripped
    of punctuation and of a possessive 's. A system phrase is right when the gold head is one of
    its words;
  - a list is compared element by element: every gold element must be covered by its own system
    element and every system element must cover a gold element (a one-to-one match; an extra
    system element, or one phrase standing for two gold elements, is wrong);
  - with subject_refers_to / object_refers_to in the gold, matching either the written words or
    what they refer to is right;
  - prepositional attachments: each gold (preposition, argument) pair is right when the system
    has the same preposition with a matching argument;
  - complement: right when the system's complement is the gold complement word
    (case-insensitive).

Prints a Markdown table per construction (a predicate counts once in each of its sentence's
constructions, and in the row "all"): gold predicates, found, and among the found ones subjects
right / gold subjects, spurious subjects (a system subject where the gold has none), objects,
attachments and complements right / gold; then the line "arguments right: X/Y" over the
subjects, objects and attachments of the found predicates. --show also lists every predicate not
found and every wrong argument (id, trigger, role, system value, gold value);
--constructions-only prints the table alone.
"""
import collections, json, string, sys

HEAD_CUTTERS = {"of", "from", "in", "near", "at"}
PUNCT = string.punctuation + "\u201c\u201d\u2018\u2019\u2014\u2013"


def norm(word):
    w = word.strip(PUNCT).lower()
    for suffix in ("'s", "\u2019s"):
        if w.endswith(suffix):
            w = w[: -len(suffix)]
    return w.strip(PUNCT)


def head(phrase):
    words = phrase.split()
    for i, w in enumerate(words):
        if i > 0 and w.lower() in HEAD_CUTTERS:
            return norm(words[i - 1])
    return norm(words[-1]) if words else ""


def elements(v):
    """A value as a list of non-empty phrases ([] for none)."""
    if v is None:
        return []
    if isinstance(v, str):
        return [v] if v.strip() else []
    return [x for x in v if isinstance(x, str) and x.strip()]


def covers(system_phrase, gold_phrase):
    return head(gold_phrase) in {norm(w) for w in system_phrase.split()}


def matches(system, gold):
    """True when the system value matches the gold value (phrase or list), one to one."""
    s, g = elements(system), elements(gold)
    if not g or len(s) != len(g):
        return False
    # a perfect bipartite matching between gold and system elements (lists are short)
    taken = {}

    def place(gi, seen):
        for si in range(len(s)):
            if si not in seen and covers(s[si], g[gi]):
                seen.add(si)
                if si not in taken or place(taken[si], seen):
                    taken[si] = gi
                    return True
        return False

    return all(place(gi, set()) for gi in range(len(g)))


def matches_any(system, gold_alternatives):
    return any(matches(system, g) for g in gold_alternatives if elements(g))


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def show_value(v):
    return json.dumps(v, ensure_ascii=False)


COLUMNS = ["subject", "object", "preps", "complement"]


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    show = "--show" in sys.argv
    table_only = "--constructions-only" in sys.argv
    if len(args) != 2:
        sys.exit(__doc__.split("\n\n")[1])
    gold = load(args[0])
    system = {}
    for s in load(args[1]):
        preds = system.setdefault(s["id"], {})
        for p in s.get("predicates") or []:
            key = (str(p.get("trigger", "")).lower(), int(p.get("occurrence") or 1))
            preds.setdefault(key, p)
    # per construction: predicates, found, spurious subjects, and [right, gold] per column
    rows = collections.defaultdict(lambda: {"n": 0, "found": 0, "spurious": 0,
                                            **{c: [0, 0] for c in COLUMNS}})
    shown = False
    for g in gold:
        for p in g["predicates"]:
            key = (p["trigger"].lower(), int(p.get("occurrence") or 1))
            sp = system.get(g["id"], {}).get(key)
            tally = {c: [0, 0] for c in COLUMNS}
            spurious = 0
            wrong = []
            if sp is not None:
                for role in ("subject", "object"):
                    if not elements(p.get(role)):
                        continue
                    ok = matches_any(sp.get(role), [p.get(role), p.get(role + "_refers_to")])
                    tally[role] = [int(ok), 1]
                    if not ok:
                        gold_v = show_value(p.get(role))
                        if p.get(role + "_refers_to") is not None:
                            gold_v += " (= " + show_value(p[role + "_refers_to"]) + ")"
                        wrong.append((role, sp.get(role), gold_v))
                if not elements(p.get("subject")) and elements(sp.get("subject")):
                    spurious = 1
                    wrong.append(("spurious subject", sp.get("subject"), "none"))
                sys_preps = {str(k).lower(): v for k, v in (sp.get("preps") or {}).items()}
                for prep, arg in (p.get("preps") or {}).items():
                    ok = matches(sys_preps.get(prep.lower()), arg)
                    tally["preps"][0] += ok
                    tally["preps"][1] += 1
                    if not ok:
                        wrong.append(("prep " + prep, sys_preps.get(prep.lower()), show_value(arg)))
                if p.get("complement"):
                    c = sp.get("complement")
                    ok = isinstance(c, str) and c.lower() == p["complement"].lower()
                    tally["complement"] = [int(ok), 1]
                    if not ok:
                        wrong.append(("complement", c, show_value(p["complement"])))
            for c in g["constructions"] + ["all"]:
                r = rows[c]
                r["n"] += 1
                if sp is None:
                    continue
                r["found"] += 1
                r["spurious"] += spurious
                for col in COLUMNS:
                    r[col][0] += tally[col][0]
                    r[col][1] += tally[col][1]
            if show and not table_only:
                shown = shown or sp is None or bool(wrong)
                occ = f"#{p['occurrence']}" if p.get("occurrence") else ""
                if sp is None:
                    print(f"{g['id']} {p['trigger']}{occ}: not found")
                for role, s_v, g_v in wrong:
                    print(f"{g['id']} {p['trigger']}{occ} {role}: system {show_value(s_v)},"
                          f" gold {g_v}")
    share = lambda x, d: f"{x / d:.2f} ({x}/{d})" if d else "-"
    if shown:
        print()
    print("| construction | predicates | found | subject right | spurious subjects"
          " | object right | preps right | complement right |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for c in sorted(rows, key=lambda c: (c == "all", c)):
        r = rows[c]
        print(f"| {c} | {r['n']} | {r['found']} | {share(*r['subject'])} | {r['spurious']}"
              f" | {share(*r['object'])} | {share(*r['preps'])} | {share(*r['complement'])} |")
    if not table_only:
        a = rows["all"]
        right = sum(a[c][0] for c in ("subject", "object", "preps"))
        total = sum(a[c][1] for c in ("subject", "object", "preps"))
        print(f"\narguments right: {right}/{total}"
              + (f" ({right / total:.2f}, subject + object + preps of found predicates)"
                 if total else ""))


if __name__ == "__main__":
    main()
