#!/usr/bin/env python3
"""Actor recognition measured against the hand-written gold set (tests/gold/actors.tsv).

Usage: actor_eval.py DYAD [--gold FILE] [--corpus DIR] [--min-precision P] [--min-recall R]

For each annotated document, `dyad explain --json --doc` gives the actors dyad found with
their byte offsets. Only the annotated scope counts (the first N body lines, or all), and
only mentions that name their actor and act in their sentence (dictionary and surname
mentions whose use is "actor"; places, modifiers and headings are not actor mentions, and
pronouns, group mentions and quoted "we" are coreference, measured elsewhere). A found mention is right
when its text overlaps a gold mention's text (one contains the other, on word boundaries)
and the codes are equal; each gold mention is used once. Prints per-document and total figures; exits 1 when
a minimum is not met.
"""
import argparse
import collections
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cli_test import txt_body  # noqa: E402  (the reader's header rule, byte for byte)

NAMED = {"dictionary", "surname"}


def read_gold(path):
    gold, scope = collections.defaultdict(list), {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.startswith("# scope\t"):
                _, doc, n = line.split("\t")
                scope[doc] = None if n == "all" else int(n)
                continue
            if not line.strip() or line.startswith("#"):
                continue
            doc, text, code = line.split("\t")
            gold[doc].append((text, code))
    return gold, scope


def found_mentions(dyad, path, lines):
    body = txt_body(open(path, "rb").read())
    limit = len(body)
    if lines is not None:
        cut = 0
        for _ in range(lines):
            nl = body.find(b"\n", cut)
            if nl < 0:
                cut = len(body)
                break
            cut = nl + 1
        limit = cut
    proc = subprocess.run([dyad, "explain", "--json", "--doc", path], capture_output=True,
                          timeout=120)
    if proc.returncode != 0:
        raise SystemExit("dyad explain failed on %s: %s" % (path, proc.stderr.decode()))
    out = []
    seen = set()
    for s in json.loads(proc.stdout)["sentences"]:
        for a in s["actors"]:
            if (a["via"] not in NAMED or a["use"] != "actor" or a["start"] >= limit or
                    (a["start"], a["end"]) in seen):
                continue
            seen.add((a["start"], a["end"]))
            out.append((a["text"], a["code"], context(body, a["start"], a["end"])))
    return out


def context(body, start, end):
    """The mention in its line, cut to 50 bytes either side, for --verbose."""
    left = body.rfind(b"\n", 0, start) + 1
    right = body.find(b"\n", end)
    right = len(body) if right < 0 else right
    left, right = max(left, start - 50), min(right, end + 50)
    return (body[left:start] + b"[" + body[start:end] + b"]" + body[end:right]).decode(
        "utf-8", "replace")


def same_code(gold, found):
    """Equal codes, or one refines the other by a group tag (PSEREB and PSEREBHMS). A gold
    code may list alternatives the codebook allows, separated by "|"."""
    return any(g == found or (len(g) >= 6 and len(found) >= 6 and
                              (g.startswith(found) or found.startswith(g)))
               for g in gold.split("|"))


def contains_words(longer, shorter):
    """`shorter` occurs in `longer` on word boundaries ("Russia" is not in "Russian")."""
    start = longer.find(shorter)
    while start >= 0:
        end = start + len(shorter)
        if ((start == 0 or not longer[start - 1].isalnum()) and
                (end == len(longer) or not longer[end].isalnum())):
            return True
        start = longer.find(shorter, start + 1)
    return False


def score(found, gold):
    """Pairs found and gold mentions: equal texts first, then one containing the other."""
    remaining = list(gold)
    right = 0
    unmatched = []
    for text, code, where in found:
        match = next((g for g in remaining if same_code(g[1], code) and g[0] == text), None)
        if match:
            remaining.remove(match)
            right += 1
        else:
            unmatched.append((text, code, where))
    wrong = []
    for text, code, where in unmatched:
        match = next((g for g in remaining if same_code(g[1], code) and
                      (contains_words(text, g[0]) or contains_words(g[0], text))), None)
        if match:
            remaining.remove(match)
            right += 1
        else:
            wrong.append((text, code, where))
    return right, wrong, remaining


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("dyad")
    ap.add_argument("--gold", default=os.path.join(here, "gold", "actors.tsv"))
    ap.add_argument("--corpus", default=os.path.join(here, "..", "..", "shared", "corpus"))
    ap.add_argument("--min-precision", type=float, default=0.0)
    ap.add_argument("--min-recall", type=float, default=0.0)
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    if not os.path.isdir(args.corpus):
        print("actor_eval: %s is not present; skipped" % args.corpus)
        return 0
    gold, scope = read_gold(args.gold)
    with open(os.path.join(here, "gold", "heldout.txt")) as f:
        heldout = {l.strip() for l in f if l.strip() and not l.startswith("#")}
    tp = fp = fn = 0
    for doc in sorted(gold):
        path = os.path.join(args.corpus, "dev", doc + ".txt")
        if not os.path.exists(path):
            path = os.path.join(args.corpus, doc + ".txt")
        found = found_mentions(args.dyad, path, scope.get(doc))
        right, wrong, missed = score(found, gold[doc])
        tp, fp, fn = tp + right, fp + len(wrong), fn + len(missed)
        print("%-62s gold %3d  found %3d  right %3d" % (doc, len(gold[doc]), len(found), right))
        # The event gold's held-out documents are not quoted: they stay unread while tuning.
        if args.verbose and doc not in heldout:
            for t, c, where in wrong:
                print("    wrong   %-40s %-10s %s" % (t, c, where))
            for t, c in missed:
                print("    missed  %-40s %s" % (t, c))
    precision = tp / max(1, tp + fp)
    recall = tp / max(1, tp + fn)
    print("actors: %d gold, %d found, %d right: precision %.3f, recall %.3f" %
          (tp + fn, tp + fp, tp, precision, recall))
    ok = precision >= args.min_precision and recall >= args.min_recall
    if not ok:
        print("below the minimum (precision %.2f, recall %.2f)" % (args.min_precision, args.min_recall))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
