#!/usr/bin/env python3
"""Reads a file in GDELT 1.0's event-table layout (58 tab-separated columns, no header: what
`detente code --format gdelt` and `detente events --format gdelt` write) by GDELT's published
column names, and prints a summary: rows, events per CAMEO root code, and a few columns of the
first rows. Standard library only.

    scripts/read-gdelt.py FILE      (- for standard input)
"""

import collections
import csv
import sys

# GDELT 1.0's column names, in its order (the GDELT 1.0 data format codebook and the header of
# its daily event files): 57 columns and SOURCEURL.
COLUMNS = """
GLOBALEVENTID SQLDATE MonthYear Year FractionDate
Actor1Code Actor1Name Actor1CountryCode Actor1KnownGroupCode Actor1EthnicCode
Actor1Religion1Code Actor1Religion2Code Actor1Type1Code Actor1Type2Code Actor1Type3Code
Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode Actor2EthnicCode
Actor2Religion1Code Actor2Religion2Code Actor2Type1Code Actor2Type2Code Actor2Type3Code
IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale
NumMentions NumSources NumArticles AvgTone
Actor1Geo_Type Actor1Geo_FullName Actor1Geo_CountryCode Actor1Geo_ADM1Code
Actor1Geo_Lat Actor1Geo_Long Actor1Geo_FeatureID
Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code
Actor2Geo_Lat Actor2Geo_Long Actor2Geo_FeatureID
ActionGeo_Type ActionGeo_FullName ActionGeo_CountryCode ActionGeo_ADM1Code
ActionGeo_Lat ActionGeo_Long ActionGeo_FeatureID
DATEADDED SOURCEURL
""".split()
assert len(COLUMNS) == 58

ROOTS = {
    "01": "make public statement", "02": "appeal", "03": "express intent to cooperate",
    "04": "consult", "05": "engage in diplomatic cooperation",
    "06": "engage in material cooperation", "07": "provide aid", "08": "yield",
    "09": "investigate", "10": "demand", "11": "disapprove", "12": "reject", "13": "threaten",
    "14": "protest", "15": "exhibit force posture", "16": "reduce relations", "17": "coerce",
    "18": "assault", "19": "fight", "20": "use unconventional mass violence",
}

SHOWN = ["GLOBALEVENTID", "SQLDATE", "Actor1Code", "Actor2Code", "EventCode", "QuadClass",
         "GoldsteinScale", "ActionGeo_FullName"]


def read(stream):
    """The rows of `stream` as dictionaries by column name; a row of another width stops."""
    reader = csv.reader(stream, delimiter="\t", quoting=csv.QUOTE_NONE)
    rows = []
    for n, fields in enumerate(reader, 1):
        if len(fields) != len(COLUMNS):
            sys.exit(f"line {n}: {len(fields)} fields, not {len(COLUMNS)}")
        rows.append(dict(zip(COLUMNS, fields)))
    return rows


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__.strip().splitlines()[-1].strip())
    path = sys.argv[1]
    if path == "-":
        rows = read(sys.stdin)
    else:
        with open(path, newline="", encoding="utf-8") as f:
            rows = read(f)
    print(f"{len(rows)} rows, {len(COLUMNS)} columns")
    dated = sum(1 for r in rows if r["SQLDATE"])
    placed = sum(1 for r in rows if r["ActionGeo_Type"])
    print(f"{dated} with a day (SQLDATE), {placed} with a place (ActionGeo_Type)")
    print()
    print("events per root code (EventRootCode):")
    roots = collections.Counter(r["EventRootCode"] for r in rows)
    for root, n in sorted(roots.items()):
        print(f"  {root} {n:5}  {ROOTS.get(root, '?')}")
    quads = collections.Counter(r["QuadClass"] for r in rows)
    print("per quad class: " + ", ".join(f"{q}: {n}" for q, n in sorted(quads.items())))
    print()
    print("the first rows:")
    width = {c: max([len(c)] + [len(r[c]) for r in rows[:5]]) for c in SHOWN}
    print(("  " + "  ".join(c.ljust(width[c]) for c in SHOWN)).rstrip())
    for r in rows[:5]:
        print(("  " + "  ".join(r[c].ljust(width[c]) for c in SHOWN)).rstrip())


if __name__ == "__main__":
    main()
