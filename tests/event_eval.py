#!/usr/bin/env python3
"""Event accuracy on the development gold set (tests/gold/events.jsonl, docs/annotation.md).

Usage: event_eval.py DYAD [--corpus DIR] [--min-precision P] [--min-f1 F] [--verbose]

Codes the seed article and every dev document with `dyad code`, then scores the events
with `dyad eval` (tuned and held-out parts; the minimums apply to the tuned part). Skips
when the corpus is not present.
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
    args = ap.parse_args()
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


if __name__ == "__main__":
    sys.exit(main())
