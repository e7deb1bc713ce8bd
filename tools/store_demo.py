#!/usr/bin/env python3
"""Prints the busiest dyads of an event store and their weekly series: `make demo` uses it.

Usage: tools/store_demo.py DYAD_BINARY STORE [TOP]

Everything comes from the store through the command line: `dyad query events` for the
dyads, `dyad query series --period week` for each series.
"""
import collections
import csv
import io
import json
import subprocess
import sys


def run(dyad, *args):
    return subprocess.run([dyad, *args], check=True, capture_output=True, text=True).stdout


def main():
    dyad, store = sys.argv[1], sys.argv[2]
    top = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    events = [json.loads(l) for l in run(dyad, "query", "events", "--db", store).splitlines()]
    pairs = collections.Counter()
    mentions = collections.Counter()
    for e in events:
        if not e["target"]:
            continue
        pair = tuple(sorted((e["source"]["root"], e["target"]["root"])))
        pairs[pair] += 1
        mentions[pair] += e["num_mentions"]
    merged = sum(1 for e in events if e["num_documents"] > 1)
    print(f"\nevent store {store}: {len(events)} events, "
          f"{sum(e['num_mentions'] for e in events)} mentions; "
          f"{merged} events reported by more than one document")
    print(f"\ntop {top} dyads (either direction)")
    for (a, b), n in pairs.most_common(top):
        print(f"  {a}-{b:<6} {n:3} events {mentions[(a, b)]:3} mentions")
    for (a, b), _ in pairs.most_common(top):
        text = run(dyad, "query", "series", "--db", store, "--dyad", f"{a},{b}", "--period", "week")
        rows = list(csv.DictReader(io.StringIO(text)))
        print(f"\nweekly series {a}-{b} (week of, events, Goldstein mean, QuadClass 1/2/3/4)")
        empty = 0
        for r in rows:
            n = int(r["events"])
            if n == 0:  # the series has every week; runs of empty ones print as one line
                empty += 1
                continue
            if empty:
                print(f"  {'':10}   0 events in {empty} week(s)")
                empty = 0
            mean = f"{float(r['goldstein_mean']):+5.1f}"
            quads = "/".join(r[f"quad{q}"] for q in range(1, 5))
            print(f"  {r['period']}  {n:2} {mean}  {quads:9} {'#' * n}")


if __name__ == "__main__":
    main()
