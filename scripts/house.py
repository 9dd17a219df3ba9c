#!/usr/bin/env python3
"""Reports what makes the code hard to live in, for issue 33's measures:

    python3 scripts/house.py [--check] [FOLDER ...]   (default: Sources Tests Fuzz/Sources)

1. Functions (func, init, subscript, accessors) longer than 100 lines and files longer than 600.
2. The dependency graph of DetenteCore's stages: for each folder of Sources/DetenteCore, the
   other folders whose types it names (a type is a struct, class, enum, protocol or typealias
   declared at the top level of a file; nested types go with theirs), with the names.

Counting is by braces outside strings and comments, which is what Swift's layout here makes
reliable enough; it is a report, not a parser. With --check the exit status is 1 when a
function or a file is over its limit, or when the stages name each other in a cycle (the stages
must run one way: the report prints their order).
"""
import os
import re
import sys

FUNCTION_LIMIT = 100
FILE_LIMIT = 600
DECLARATION = re.compile(
    r"^\s*(?:@[\w.]+(?:\([^)]*\))?\s+)*"
    r"(?:(?:public|private|fileprivate|internal|package|static|mutating|nonmutating|nonisolated|"
    r"override|final|convenience|required|@inline\(__always\)|@inlinable|@discardableResult)\s+)*"
    r"(?:func\s+([^\s(<]+)|(init)[?!]?\s*[(<]|(subscript)\s*[(<])")
TYPE = re.compile(r"^(?:[\w@().]+\s+)*(?:struct|class|enum|protocol|typealias|actor)\s+(\w+)")


def code_of(line):
    """The line without string literals and a trailing comment."""
    line = re.sub(r'"(?:\\.|[^"\\])*"', '""', line)
    i = line.find("//")
    return line[:i] if i >= 0 else line


def lines_of(path):
    """Each line's code, with multi-line string literals blanked."""
    out, in_literal = [], False
    for raw in open(path, encoding="utf-8").read().split("\n"):
        if raw.count('"""') % 2 == 1:
            in_literal = not in_literal
            out.append("")
            continue
        out.append("" if in_literal else code_of(raw))
    return out


def long_functions(path):
    """(length, first line, name) of each function in the file."""
    found, stack, depth, pending = [], [], 0, None
    for n, line in enumerate(lines_of(path)):
        m = DECLARATION.match(line)
        if m:
            pending = (n, m.group(1) or m.group(2) or m.group(3))
        for ch in line:
            if ch == "{":
                depth += 1
                if pending:
                    stack.append((pending[0], depth, pending[1]))
                    pending = None
            elif ch == "}":
                if stack and stack[-1][1] == depth:
                    start, _, name = stack.pop()
                    found.append((n - start + 1, start + 1, name))
                depth -= 1
    return found


def swift_files(folder):
    for root, _, files in os.walk(folder):
        for f in sorted(files):
            if f.endswith(".swift"):
                yield os.path.join(root, f)


def stage_graph(core="Sources/DetenteCore"):
    """{stage: {other stage: sorted type names it uses}}."""
    stages = sorted(d for d in os.listdir(core) if os.path.isdir(os.path.join(core, d)))
    owner = {}
    texts = {}
    for s in stages:
        texts[s] = ""
        for path in swift_files(os.path.join(core, s)):
            code = "\n".join(lines_of(path))
            texts[s] += code + "\n"
            for line in code.split("\n"):
                m = TYPE.match(line)
                if m and len(m.group(1)) > 2:
                    owner.setdefault(m.group(1), s)
    graph = {}
    for s in stages:
        used = {}
        for name, o in owner.items():
            if o != s and re.search(r"\b" + re.escape(name) + r"\b", texts[s]):
                used.setdefault(o, []).append(name)
        graph[s] = {o: sorted(v) for o, v in sorted(used.items())}
    return graph


def stage_order(graph):
    """The stages in an order where each names only stages before it, or None and a cycle's
    stages when there is none."""
    order, left = [], {s: set(used) for s, used in graph.items()}
    while left:
        ready = sorted(s for s, used in left.items() if not (used & set(left)))
        if not ready:
            return None, sorted(left)
        order += ready
        for s in ready:
            del left[s]
    return order, []


def main(argv):
    check = "--check" in argv
    folders = [a for a in argv if not a.startswith("--")] or ["Sources", "Tests", "Fuzz/Sources"]
    over_functions, over_files = [], []
    for folder in folders:
        for path in swift_files(folder):
            count = len(open(path, encoding="utf-8").read().rstrip("\n").split("\n"))
            if count > FILE_LIMIT:
                over_files.append((count, path))
            for length, line, name in long_functions(path):
                if length > FUNCTION_LIMIT:
                    over_functions.append((length, f"{path}:{line}", name))
    print(f"functions over {FUNCTION_LIMIT} lines: {len(over_functions)}")
    for length, where, name in sorted(over_functions, reverse=True):
        print(f"  {length:5d}  {where}  {name}")
    print(f"files over {FILE_LIMIT} lines: {len(over_files)}")
    for count, path in sorted(over_files, reverse=True):
        print(f"  {count:5d}  {path}")
    cycle = []
    if os.path.isdir("Sources/DetenteCore"):
        graph = stage_graph()
        print("stages of DetenteCore and the other stages' types each names:")
        for stage, used in graph.items():
            names = "; ".join(f"{o} ({', '.join(v[:6])}{', …' if len(v) > 6 else ''})"
                              for o, v in used.items())
            print(f"  {stage} -> {names or '-'}")
        order, cycle = stage_order(graph)
        if order:
            print("the stages run one way, in this order: " + " -> ".join(order))
        else:
            print("the stages name each other in a cycle among: " + ", ".join(cycle))
    return 1 if check and (over_functions or over_files or cycle) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
