"""What the clause scripts share: their options, and the gold sentences run through a detente command.

Each gold sentence (after its context sentence, when it has one) becomes an article of its own,
dated 2024-03-06, in a JSON Lines batch that `detente` reads.
"""
import json, os, subprocess, tempfile

def options(args):
    """The --detente BINARY and --gold FILE options (with their defaults) and the gold lines."""
    binary = ".build/release/detente"
    gold_path = "Examples/clauses/gold.jsonl"
    if "--detente" in args:
        binary = args[args.index("--detente") + 1]
    if "--gold" in args:
        gold_path = args[args.index("--gold") + 1]
    gold = [json.loads(l) for l in open(gold_path, encoding="utf-8") if l.strip()]
    return binary, gold

def run(binary, gold, command, check=False):
    """Standard output of `detente COMMAND… BATCH` on the gold sentences as articles."""
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "clauses.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for g in gold:
                text = (g.get("context", "") + "\n\n" + g["text"]).strip()
                f.write(json.dumps({"id": g["id"], "title": g["id"], "published": "2024-03-06",
                                    "text": text}) + "\n")
        return subprocess.run([binary] + command + [path], capture_output=True, text=True,
                              check=check).stdout
