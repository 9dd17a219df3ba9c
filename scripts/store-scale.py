#!/usr/bin/env python3
"""How the store's cost grows with its size: ingest rate, bytes per event and query times.

usage: scripts/store-scale.py WORK_FOLDER [--bin DETENTE] [--sizes 10k,100k,1m] [--runs N]
                              [--port P] [--no-probe] [--only NAME,NAME…]

For each size, builds a store of about that many events from make-corpus.py (kept in
WORK_FOLDER and made only when missing; the 1 M store takes about two minutes and 1.5 GB),
timing `detente ingest` into the new file; then times the ingest of the same 5 MB probe corpus
into a copy of the store (ingest into a store that already holds that many events); then
serves the store with `detente serve` and times every API query and page below, RUNS times
each after two warm-up requests, and prints the median and 95th percentile. The last lines are
the Markdown table that docs/store-scale.md holds. --no-probe leaves out the probe's ingest
(only the queries are timed, on the stores already built); --only times just the queries whose
names contain one of the given texts ("outlet,a person").
"""
import json, os, shutil, subprocess, sys, time, urllib.request

EVENTS_PER_MB = 8630  # make-corpus.py's articles give about this many events per MB of text
SIZES = {"10k": 10_000, "100k": 100_000, "1m": 1_000_000}

QUERIES = [
    ("events, newest page", "/api/events?limit=50"),
    ("events, by date descending", "/api/events?limit=50&sort=date&desc=true"),
    ("events, an actor", "/api/events?actor=RUS&limit=50"),
    ("events, a source and a target", "/api/events?source=USA&target=RUS&limit=50"),
    ("events, a dyad", "/api/events?dyad=USA,RUS&limit=50"),
    ("events, an organisation", "/api/events?actor=IGONATO&limit=50"),
    ("events, a CAMEO root", "/api/events?cameo=04&limit=50"),
    ("events, a PLOVER type", "/api/events?plover=ACCUSE&limit=50"),
    ("events, a quad class", "/api/events?quad=4&limit=50"),
    ("events, a modality", "/api/events?modality=planned&limit=50"),
    ("events, a month", "/api/events?from=2024-03-01&to=2024-03-31&limit=50"),
    ("events, published in a month", "/api/events?published_from=2024-03&published_to=2024-03&limit=50"),
    ("events, an outlet", "/api/events?outlet=Detente%20Corpus&limit=50"),
    ("events, a person", "/api/events?person=Putin&limit=50"),
    ("events, full-text search", "/api/events?text=sanctions&limit=50"),
    ("events, search and a dyad", "/api/events?text=summit&dyad=USA,RUS&limit=50"),
    ("events, by Goldstein", "/api/events?sort=goldstein&limit=50"),
    ("events, one article", "/api/events?article={article}"),
    ("events, a far page", "/api/events?limit=50&offset=5000"),
    ("one event", "/api/events/{event}"),
    ("articles, newest page", "/api/articles?limit=50"),
    ("one article", "/api/articles/{article}"),
    ("meetings, first page", "/api/meetings?limit=50"),
    ("meetings, a dyad", "/api/meetings?dyad=USA,RUS&limit=50"),
    ("timeline, a dyad", "/api/timeline?dyad=USA,RUS"),
    ("actors", "/api/actors?limit=50"),
    ("page: overview", "/"),
    ("page: events", "/events"),
    ("page: events, search", "/events?text=sanctions"),
    ("page: articles", "/articles"),
    ("page: one article", "/articles/{article}"),
    ("page: meetings", "/meetings"),
    ("page: timeline", "/timeline?dyad=USA,RUS"),
]


def run(args, **kw):
    return subprocess.run(args, check=True, capture_output=True, text=True, **kw)


def corpus(here, work, name, mb, seed):
    folder = os.path.join(work, name)
    if not os.path.isdir(folder):
        run([sys.executable, os.path.join(here, "make-corpus.py"), str(mb), folder, "--seed", str(seed)])
    return folder, sum(os.path.getsize(os.path.join(folder, f)) for f in os.listdir(folder))


def ingest(binary, db, folder):
    start = time.monotonic()
    run([binary, "ingest", "--db", db, folder])
    return time.monotonic() - start


def stats(binary, db):
    return json.loads(run([binary, "stats", "--db", db, "--format", "jsonl"]).stdout)


def get(url):
    start = time.monotonic()
    try:
        with urllib.request.urlopen(url, timeout=60) as r:
            r.read()
            status = r.status
    except urllib.error.HTTPError as e:
        status = e.code
    return time.monotonic() - start, status


def serve(binary, db, port):
    p = subprocess.Popen([binary, "serve", "--db", db, "--port", str(port)],
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(200):
        try:
            get(f"http://127.0.0.1:{port}/api/articles?limit=1")
            return p
        except OSError:
            time.sleep(0.05)
    p.kill()
    sys.exit("detente serve did not start")


def percentile(xs, q):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(q * (len(xs) - 1))))]


def main():
    argv = sys.argv[1:]
    opts = {"--bin": None, "--sizes": "10k,100k,1m", "--runs": "20", "--port": "8391",
            "--only": None}
    no_probe = "--no-probe" in argv
    if no_probe:
        argv.remove("--no-probe")
    for k in list(opts):
        if k in argv:
            i = argv.index(k)
            opts[k] = argv[i + 1]
            del argv[i:i + 2]
    if len(argv) != 1:
        sys.exit(__doc__)
    work = os.path.abspath(argv[0])
    os.makedirs(work, exist_ok=True)
    here = os.path.dirname(os.path.abspath(__file__))
    binary = opts["--bin"] or os.path.join(here, "..", ".build", "release", "detente")
    runs, port = int(opts["--runs"]), int(opts["--port"])
    sizes = opts["--sizes"].split(",")
    only = opts["--only"].split(",") if opts["--only"] else None
    queries = [(n, p) for n, p in QUERIES if not only or any(o in n for o in only)]
    probe, probe_bytes = (None, 0) if no_probe else corpus(here, work, "probe", 5, 99)
    rows = {}
    for n, size in enumerate(sizes):
        events = SIZES[size]
        folder, nbytes = corpus(here, work, f"c{size}", round(events / EVENTS_PER_MB, 2), n + 1)
        db = os.path.join(work, f"s{size}.db")
        built = None
        if not os.path.exists(db):
            built = ingest(binary, db, folder)
        s = stats(binary, db)
        copy = os.path.join(work, "copy.db")
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(copy + suffix):
                os.remove(copy + suffix)
        run([binary, "stats", "--db", db])  # (leaves the log copied back into the file)
        into = None
        if not no_probe:
            shutil.copyfile(db, copy)
            into = ingest(binary, copy, probe)
        rows[size] = {"stats": s, "build": built, "build_mb": nbytes / 1e6,
                      "into": into, "times": {}}
        server = serve(binary, db, port)
        try:
            base = f"http://127.0.0.1:{port}"
            article = json.loads(urllib.request.urlopen(base + "/api/articles?limit=1").read())
            first = article["articles"][0]["id"]
            event = json.loads(urllib.request.urlopen(base + "/api/events?limit=1").read())
            event_id = event["events"][0]["id"]
            for name, path in queries:
                url = base + path.format(article=urllib.parse.quote(first), event=event_id)
                times, statuses = [], set()
                for i in range(runs + 2):
                    t, status = get(url)
                    statuses.add(status)
                    if i >= 2:
                        times.append(t * 1000)
                rows[size]["times"][name] = (percentile(times, 0.5), percentile(times, 0.95), statuses)
        finally:
            server.kill()
            server.wait()
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(copy + suffix):
                os.remove(copy + suffix)
        b = rows[size]
        print(f"{size}: {b['stats']['events']} events, {b['stats']['file_bytes'] / 1e6:.0f} MB, "
              f"built at {b['build_mb'] / b['build']:.2f} MB/s" if b["build"] else
              f"{size}: {b['stats']['events']} events (store kept from an earlier run)", file=sys.stderr)
    print((f"probe: {probe_bytes / 1e6:.1f} MB; " if probe else "no probe; ")
          + f"{runs} timed requests per query\n")
    head = "| | " + " | ".join(sizes) + " |"
    print(head)
    print("|" + " --- |" * (len(sizes) + 1))
    def line(label, f):
        print(f"| {label} | " + " | ".join(f(rows[s]) for s in sizes) + " |")
    line("events", lambda r: f"{r['stats']['events']:,}")
    line("ingest into a new file, MB/s",
         lambda r: f"{r['build_mb'] / r['build']:.2f}" if r["build"] else "(kept)")
    if probe:
        line("ingest of the probe into the store, MB/s",
             lambda r: f"{probe_bytes / 1e6 / r['into']:.2f}")
    line("bytes per event", lambda r: f"{r['stats']['file_bytes'] / r['stats']['events']:,.0f}")
    for name, _ in queries:
        def cell(r, name=name):
            p50, p95, statuses = r["times"][name]
            bad = "" if statuses == {200} else " (HTTP " + ",".join(map(str, sorted(statuses))) + ")"
            return f"{p50:.1f} / {p95:.1f}{bad}"
        line(name + ", ms p50 / p95", cell)


if __name__ == "__main__":
    main()
