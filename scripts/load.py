#!/usr/bin/env python3
"""A bounded load test of `detente serve` on loopback, while an ingest writes.

    scripts/load.py [--bin .build/release/detente] [--seconds 60] [--connections 64]
                    [--corpus FOLDER] [--json OUT]

Builds a store from Examples/articles in a temporary folder, serves it on a free loopback
port, and for the given time keeps every connection busy with requests drawn in turn from
the routes below (pages, the API, ordinary and hostile queries), each connection kept alive
and reopened when the server closes it. Meanwhile `detente ingest` adds the corpus (by default
Examples/wire*) to the same store, again and again under new names, so that pages are read
while the store is written. The server's resident memory is read from /proc each second.

Prints one line per route: requests, answers per second, p50 and p99 in milliseconds, and
errors (5xx answers, refused or dropped connections, timeouts); then the totals and memory.
Exits 1 on any 5xx answer or connection error, or when memory grew after the first quarter of
the run by more than half and 64 MB (the read connections' page caches fill as the store grows).

Only loopback is used; nothing here talks to another machine.
"""

import argparse
import asyncio
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# (name, path, statuses that count as the right answer)
ROUTES = [
    ("home", "/", {200}),
    ("events page", "/events", {200}),
    ("events page, actor", "/events?actor=RUS", {200}),
    ("events page, text", "/events?text=summit", {200}),
    ("articles page", "/articles", {200}),
    ("article page", "/articles/{article}", {200}),
    ("event page", "/events/{event}", {200}),
    ("meetings page", "/meetings", {200}),
    ("timeline page", "/timeline?dyad=USA,RUS", {200}),
    ("api events", "/api/events", {200}),
    ("api events, dyad", "/api/events?dyad=USA,RUS&limit=50", {200}),
    ("api events, cameo", "/api/events?cameo=04&from=2010-01-01", {200}),
    ("api events, text", "/api/events?text=sanctions", {200}),
    ("api event", "/api/events/{event}", {200}),
    ("api articles", "/api/articles", {200}),
    ("api article", "/api/articles/{article}", {200}),
    ("api meetings", "/api/meetings", {200}),
    ("api timeline", "/api/timeline?dyad=USA,RUS", {200}),
    ("api actors", "/api/actors", {200}),
    # Hostile: each must be refused or answered, never a 5xx.
    ("hostile: huge limit", "/api/events?limit=100000000", {200, 400}),
    ("hostile: far offset", "/api/events?offset=999999999", {200, 400}),
    ("hostile: negative offset", "/api/events?offset=-5", {400}),
    ("hostile: bad date", "/api/events?from=2013-13-45", {400}),
    ("hostile: bad FTS", "/api/events?text=%22unterminated%20AND%20(", {200, 400}),
    ("hostile: wildcard FTS", "/api/events?text=a*%20OR%20b*%20OR%20c*%20OR%20d*", {200, 400}),
    ("hostile: long query", "/api/events?text=" + "x" * 6000, {200, 400, 414, 431}),
    ("hostile: unknown id", "/api/events/e-0000000000", {404}),
    ("hostile: unknown route", "/api/nothing/here", {404}),
    ("hostile: repeated params", "/api/events?" + "&".join(["actor=RUS"] * 200), {200, 400}),
    ("hostile: bad dyad", "/api/events?dyad=" + "," * 500, {400}),
    ("hostile: page of junk", "/events?limit=%FF%FE&offset=abc", {400}),
]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_kb(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


class Stats:
    def __init__(self):
        self.latencies = {name: [] for name, _, _ in ROUTES}
        self.wrong = {name: {} for name, _, _ in ROUTES}
        self.server_errors = {name: 0 for name, _, _ in ROUTES}
        self.connection_errors = {name: 0 for name, _, _ in ROUTES}
        self.retry_after = 0


async def request(reader, writer, path):
    writer.write(
        f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n".encode())
    await writer.drain()
    status_line = await reader.readline()
    if not status_line:
        raise ConnectionError("closed before an answer")
    status = int(status_line.split()[1])
    length, chunked, close, retry = None, False, False, False
    while True:
        line = await reader.readline()
        if line in (b"\r\n", b"\n", b""):
            break
        k, _, v = line.decode("latin-1").partition(":")
        k, v = k.strip().lower(), v.strip()
        if k == "content-length":
            length = int(v)
        elif k == "transfer-encoding" and "chunked" in v.lower():
            chunked = True
        elif k == "connection" and v.lower() == "close":
            close = True
        elif k == "retry-after":
            retry = True
    if chunked:
        while True:
            size = int((await reader.readline()).split(b";")[0], 16)
            await reader.readexactly(size + 2)
            if size == 0:
                break
    elif length is not None:
        await reader.readexactly(length)
    else:
        await reader.read()
        close = True
    return status, close, retry


async def connection(port, routes, deadline, stats, offset):
    reader = writer = None
    i = offset
    while time.monotonic() < deadline:
        name, path, ok = routes[i % len(routes)]
        i += 1
        start = time.monotonic()
        try:
            if writer is None:
                reader, writer = await asyncio.open_connection("127.0.0.1", port)
            status, close, retry = await asyncio.wait_for(request(reader, writer, path), 30)
        except (OSError, ConnectionError, asyncio.IncompleteReadError, asyncio.TimeoutError,
                ValueError, IndexError):
            stats.connection_errors[name] += 1
            if writer is not None:
                writer.close()
            reader = writer = None
            continue
        stats.latencies[name].append((time.monotonic() - start) * 1000)
        if status >= 500:
            stats.server_errors[name] += 1
            stats.retry_after += retry
        elif status not in ok:
            stats.wrong[name][status] = stats.wrong[name].get(status, 0) + 1
        if close:
            writer.close()
            reader = writer = None
    if writer is not None:
        writer.close()


def percentile(values, p):
    if not values:
        return float("nan")
    v = sorted(values)
    return v[min(len(v) - 1, int(round(p * (len(v) - 1))))]


def ingest_loop(binary, db, corpus, stop, log):
    """Ingests the corpus again and again under new names until `stop` exists."""
    rounds = 0
    work = tempfile.mkdtemp(prefix="detente-load-ingest-")
    try:
        while not os.path.exists(stop):
            copy = os.path.join(work, f"round{rounds}")
            os.makedirs(copy)
            for folder in corpus:
                for dirpath, _, files in os.walk(folder):
                    for f in files:
                        if f.endswith((".txt", ".html", ".md")):
                            with open(os.path.join(dirpath, f), "rb") as src:
                                body = src.read()
                            # A new line at the end makes each round's article new content.
                            name = f"{rounds}-{os.path.basename(dirpath)}-{f}"
                            with open(os.path.join(copy, name), "wb") as dst:
                                dst.write(body + f"\n\nRound {rounds}.\n".encode())
            r = subprocess.run([binary, "ingest", "--db", db, copy], stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
            if r.returncode not in (0, 1):
                log.append(f"ingest round {rounds} exited {r.returncode}: {r.stderr[-300:]!r}")
            shutil.rmtree(copy)
            rounds += 1
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return rounds


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bin", default=os.path.join(ROOT, ".build/release/detente"))
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--connections", type=int, default=64)
    ap.add_argument("--corpus", action="append", help="folder ingested meanwhile (repeatable)")
    ap.add_argument("--no-ingest", action="store_true", help="serve only; nothing writes")
    ap.add_argument("--json", help="also write the figures to this file")
    args = ap.parse_args()
    corpus = args.corpus or sorted(
        os.path.join(ROOT, "Examples", d) for d in os.listdir(os.path.join(ROOT, "Examples"))
        if d.startswith("wire"))

    tmp = tempfile.mkdtemp(prefix="detente-load-")
    db = os.path.join(tmp, "load.db")
    subprocess.run([args.bin, "ingest", "--db", db, os.path.join(ROOT, "Examples/articles")],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    port = free_port()
    server = subprocess.Popen([args.bin, "serve", "--db", db, "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(200):
            try:
                first = json.load(urllib.request.urlopen(base + "/api/events?limit=1"))
                break
            except OSError:
                time.sleep(0.05)
        else:
            sys.exit("the server did not start")
        event = first["events"][0]["id"]
        article = first["events"][0]["article"]["id"]
        routes = [(n, p.format(event=event, article=urllib.request.quote(article)), ok)
                  for n, p, ok in ROUTES]

        stop = os.path.join(tmp, "stop")
        ingest_log = []
        loop = asyncio.new_event_loop()
        ingest = None if args.no_ingest else loop.run_in_executor(
            None, ingest_loop, args.bin, db, corpus, stop, ingest_log)
        memory = []

        async def sample(deadline):
            while time.monotonic() < deadline:
                memory.append(rss_kb(server.pid))
                await asyncio.sleep(1)

        async def run():
            deadline = time.monotonic() + args.seconds
            stats = Stats()
            await asyncio.gather(
                sample(deadline),
                *(connection(port, routes, deadline, stats, k * 7)
                  for k in range(args.connections)))
            return stats

        started = time.monotonic()
        stats = loop.run_until_complete(run())
        elapsed = time.monotonic() - started
        open(stop, "w").close()
        rounds = loop.run_until_complete(ingest) if ingest else 0
        loop.close()
    finally:
        server.terminate()
        try:
            _, err = server.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            _, err = server.communicate()
        shutil.rmtree(tmp, ignore_errors=True)

    rows = []
    print(f"{'route':28} {'requests':>8} {'per s':>7} {'p50 ms':>8} {'p99 ms':>8} {'5xx':>5} "
          f"{'conn':>5} {'other':>6}")
    for name, _, _ in routes:
        lat = stats.latencies[name]
        wrong = sum(stats.wrong[name].values())
        row = dict(route=name, requests=len(lat), per_second=len(lat) / elapsed,
                   p50=percentile(lat, 0.5), p99=percentile(lat, 0.99),
                   server_errors=stats.server_errors[name],
                   connection_errors=stats.connection_errors[name],
                   unexpected=stats.wrong[name])
        rows.append(row)
        print(f"{name:28} {len(lat):8} {row['per_second']:7.1f} {row['p50']:8.1f} "
              f"{row['p99']:8.1f} {row['server_errors']:5} {row['connection_errors']:5} "
              f"{wrong:6}" + (f"  {stats.wrong[name]}" if wrong else ""))
    every = [x for r in routes for x in stats.latencies[r[0]]]
    errors5 = sum(stats.server_errors.values())
    conn = sum(stats.connection_errors.values())
    mem = [m for m in memory if m]
    settled = mem[len(mem) // 4:] or mem
    # (Page caches fill as the store grows under the ingest: bounded, unlike a leak, which grows
    # with the requests.)
    grew = bool(settled) and max(settled) > 1.5 * settled[0] + 64 * 1024
    print(f"{'all':28} {len(every):8} {len(every) / elapsed:7.1f} {percentile(every, 0.5):8.1f} "
          f"{percentile(every, 0.99):8.1f} {errors5:5} {conn:5}")
    print(f"{args.connections} connections for {elapsed:.0f} s; ingest rounds meanwhile: {rounds}; "
          f"server memory {mem[0] // 1024 if mem else '?'} MB at start, "
          f"{settled[0] // 1024 if settled else '?'} MB after a quarter, "
          f"{max(mem) // 1024 if mem else '?'} MB at most, {mem[-1] // 1024 if mem else '?'} MB at end"
          f"; 503 answers with Retry-After: {stats.retry_after}")
    for line in ingest_log:
        print(line)
    if errors5 or conn:
        tail = err.decode(errors="replace").strip().splitlines()[-5:]
        for line in tail:
            print("server:", line)
    if args.json:
        with open(args.json, "w") as f:
            json.dump(dict(routes=rows, seconds=elapsed, connections=args.connections,
                           ingest_rounds=rounds, memory_kb=memory), f, indent=1)
    sys.exit(1 if errors5 or conn or grew else 0)


if __name__ == "__main__":
    main()
