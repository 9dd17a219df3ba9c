#!/usr/bin/env python3
"""Makes the map page's country outlines, Sources/DetenteServer/Resources/world-110m.txt, from
Natural Earth's 1:110m countries (public domain), as the geopandas 0.14.4 wheel ships them
(`naturalearth_lowres`).

Usage:
    pip download geopandas==0.14.4 --no-deps -d /tmp/ne
    python3 scripts/make-world-map.py /tmp/ne/geopandas-0.14.4-py3-none-any.whl

The shapefile is read straight out of the wheel (a zip) by the small reader below; nothing else
is installed. Each ring is simplified (Douglas-Peucker, 0.1 degree) and its coordinates rounded
to tenths of a degree. Antarctica is left out (the map stops at 60 degrees south).

Output: a comment header (lines starting with #), then one line per country:
    ISO3|Name|ring;ring;...
where a ring is whole tenths of a degree, space-separated: the first point's longitude and
latitude, then each next point as the difference from the one before (lon lat dlon dlat ...).
"""
import struct
import sys
import zipfile
from pathlib import Path

MEMBER = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres"
OUT = Path(__file__).resolve().parent.parent / "Sources/DetenteServer/Resources/world-110m.txt"
TOLERANCE = 0.1
# Natural Earth gives these no ISO code in iso_a3 (-99); the countries' own codes.
MISSING_ISO = {"France": "FRA", "Norway": "NOR", "Kosovo": "XKX"}


def read_dbf(data, encoding):
    """The records of a dBASE III table as dicts of stripped strings."""
    count, header_len, record_len = struct.unpack("<IHH", data[4:12])
    fields = []
    pos = 32
    while data[pos] != 0x0D:
        name = data[pos : pos + 11].split(b"\0")[0].decode("ascii")
        length = data[pos + 16]
        fields.append((name, length))
        pos += 32
    records = []
    for n in range(count):
        start = header_len + n * record_len + 1  # (after the deletion flag)
        record = {}
        for name, length in fields:
            record[name] = data[start : start + length].decode(encoding).strip()
            start += length
        records.append(record)
    return records


def read_shp(data):
    """The polygons of a shapefile: for each record, a list of rings of (x, y)."""
    shapes = []
    pos = 100
    while pos < len(data):
        _, words = struct.unpack(">ii", data[pos : pos + 8])
        content = data[pos + 8 : pos + 8 + words * 2]
        pos += 8 + words * 2
        shape_type = struct.unpack("<i", content[:4])[0]
        if shape_type == 0:
            shapes.append([])
            continue
        if shape_type != 5:
            raise SystemExit(f"shape type {shape_type} is not a polygon")
        parts_n, points_n = struct.unpack("<ii", content[36:44])
        parts = list(struct.unpack(f"<{parts_n}i", content[44 : 44 + 4 * parts_n]))
        at = 44 + 4 * parts_n
        coords = struct.unpack(f"<{2 * points_n}d", content[at : at + 16 * points_n])
        points = list(zip(coords[0::2], coords[1::2]))
        bounds = parts + [points_n]
        shapes.append([points[bounds[i] : bounds[i + 1]] for i in range(parts_n)])
    return shapes


def simplify(points, tolerance):
    """Douglas-Peucker: the points that keep the line within `tolerance` of the original."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        a, b = stack.pop()
        (ax, ay), (bx, by) = points[a], points[b]
        dx, dy = bx - ax, by - ay
        norm = (dx * dx + dy * dy) ** 0.5
        far, far_d = None, tolerance
        for i in range(a + 1, b):
            px, py = points[i]
            if norm == 0:
                d = ((px - ax) ** 2 + (py - ay) ** 2) ** 0.5
            else:
                d = abs(dy * px - dx * py + bx * ay - by * ax) / norm
            if d > far_d:
                far, far_d = i, d
        if far is not None:
            keep[far] = True
            stack += [(a, far), (far, b)]
    return [p for p, k in zip(points, keep) if k]


def encode(ring):
    """A ring in tenths of a degree, first point whole and the rest as differences, or None
    when fewer than three distinct points are left."""
    tenths = []
    for x, y in simplify(ring, TOLERANCE):
        p = (round(x * 10), round(y * 10))
        if not tenths or tenths[-1] != p:
            tenths.append(p)
    if len(tenths) > 1 and tenths[0] == tenths[-1]:
        tenths.pop()  # (the outline closes itself)
    if len(set(tenths)) < 3:
        return None
    out = [tenths[0][0], tenths[0][1]]
    for (x0, y0), (x1, y1) in zip(tenths, tenths[1:]):
        out += [x1 - x0, y1 - y0]
    return " ".join(str(v) for v in out)


def main():
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    with zipfile.ZipFile(sys.argv[1]) as wheel:
        shp = wheel.read(MEMBER + ".shp")
        dbf = wheel.read(MEMBER + ".dbf")
        # (The .cpg names the table's encoding: ISO-8859-1 here.)
        encoding = wheel.read(MEMBER + ".cpg").decode("ascii").strip() or "latin-1"
    records, shapes = read_dbf(dbf, encoding), read_shp(shp)
    lines = [
        "# Country outlines from Natural Earth 1:110m (public domain), naturalearth_lowres as",
        "# shipped in the geopandas 0.14.4 wheel; made by scripts/make-world-map.py.",
        "# ISO3|Name|rings, each in tenths of a degree: lon lat, then differences.",
    ]
    for record, rings in zip(records, shapes):
        name = record["name"]
        if name == "Antarctica":
            continue
        iso = record["iso_a3"]
        if iso == "-99":
            iso = MISSING_ISO.get(name, "")
        encoded = [e for e in (encode(r) for r in rings) if e]
        if encoded:
            lines.append(f"{iso}|{name.replace('|', ' ')}|{';'.join(encoded)}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(lines) - 3} countries, {OUT.stat().st_size} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
