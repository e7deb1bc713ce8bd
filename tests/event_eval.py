#!/usr/bin/env python3
"""Event accuracy on the development gold set (tests/gold/events.jsonl, docs/annotation.md).

Usage: event_eval.py DYAD [--corpus DIR] [--min-precision P] [--min-f1 F] [--verbose]
       event_eval.py DYAD --synthetic [--min-precision P] [--min-f1 F]

Codes the seed article and every dev document with `dyad code`, then scores the events
with `dyad eval` (tuned and held-out parts; the minimums apply to the tuned part). Skips
when the corpus is not present. With --synthetic, scores each set of tests/synthetic/
instead (totals only; tests/synthetic/README.md), the minimums applying to all sets'
sum.
"""
import argparse
import glob
import os
import subprocess
import sys
import tempfile


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("dyad")
    ap.add_argument("--corpus", default=os.path.join(here, "..", "..", "shared", "corpus"))
    ap.add_argument("--min-precision", default="0")
    ap.add_argument("--min-f1", default="0")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--synthetic", action="store_true")
    args = ap.parse_args()
    if args.synthetic:
        return synthetic(args.dyad, os.path.join(here, "synthetic"), float(args.min_precision),
                         float(args.min_f1))
    docs = sorted(glob.glob(os.path.join(args.corpus, "dev", "*.txt")) +
                  glob.glob(os.path.join(args.corpus, "seed-*.txt")))
    if not docs:
        print("event_eval: %s is not present; skipped" % args.corpus)
        return 0
    with tempfile.NamedTemporaryFile(suffix=".jsonl") as events:
        coded = subprocess.run([args.dyad, "code"] + docs, stdout=events, stderr=subprocess.PIPE,
                               timeout=600)
        if coded.returncode not in (0, 3):
            sys.stderr.write(coded.stderr.decode())
            return 1
        cmd = [args.dyad, "eval", os.path.join(here, "gold", "events.jsonl"), events.name,
               "--heldout", os.path.join(here, "gold", "heldout.txt"), "--corpus", args.corpus,
               "--min-precision", args.min_precision, "--min-f1", args.min_f1]
        if not args.verbose:
            cmd.append("--no-list")
        return subprocess.run(cmd, timeout=600).returncode


def synthetic(dyad, root, min_precision, min_f1):
    """One row per set of root/synNN (docs/*.txt and gold.jsonl), and their sum, which must
    reach the minimums."""
    total = [0, 0, 0]
    print("set      gold  coded  right  precision  recall     F1")
    for name in sorted(os.listdir(root)):
        folder = os.path.join(root, name)
        docs = sorted(glob.glob(os.path.join(folder, "docs", "*.txt")))
        if not docs:
            continue
        with tempfile.NamedTemporaryFile(suffix=".jsonl") as events:
            coded = subprocess.run([dyad, "code"] + docs, stdout=events, stderr=subprocess.PIPE,
                                   timeout=600)
            if coded.returncode not in (0, 3):
                sys.stderr.write(coded.stderr.decode())
                return 1
            report = subprocess.run([dyad, "eval", os.path.join(folder, "gold.jsonl"), events.name,
                                     "--no-list"], stdout=subprocess.PIPE, timeout=600, check=True)
        row = next(line.split() for line in report.stdout.decode().splitlines()
                   if line.startswith("all "))
        gold, found, right = (int(x) for x in row[1:4])
        total = [total[0] + gold, total[1] + found, total[2] + right]
        print("%-6s %6s %6s %6s %10s %7s %6s" % (name, *row[1:7]))
    gold, found, right = total
    p = right / found if found else 0.0
    r = right / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print("%-6s %6d %6d %6d %10.3f %7.3f %6.3f" % ("all", gold, found, right, p, r, f))
    if p < min_precision or f < min_f1:
        print("event_eval: the synthetic sets' precision %.3f or F1 %.3f is below the floor "
              "(%.2f, %.2f)" % (p, f, min_precision, min_f1))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
