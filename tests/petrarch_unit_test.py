#!/usr/bin/env python3
"""PETRARCH's unit-test records, coded by dyad with PETRARCH's validation dictionaries.

Usage: petrarch_unit_test.py DYAD [--shared DIR] [--min-correct N] [--verbose]

Reads DIR/dictionaries/petrarch2/PETR.UnitTest.records.xml (284 <Sentence> records) and
codes the <Text> of each, alone (the <Parse> trees are ignored), as one JSON document
with the record's date, through

  dyad code --replace-dictionaries --no-language-detect --actors PETR.Validate.actors.txt
       --agents PETR.Validate.agents.txt --verbs PETR.Validate.verbs.txt
       --discards PETR.Validate.discards.txt

A record codes exactly as expected when dyad's set of (source, target, code) triples equals
the set of its <EventCoding> lines; a missing target is "---", and a mutual event counts
in both directions, as PETRARCH writes it. Records that expect no
events (noevents="True", or an error such as a discard) are right when dyad emits none.
Codes are compared as strings: the validation dictionaries use fictional countries (ARN
for Arnor, GON for Gondor) and WEIS-like event codes. Expected codes that PETRARCH builds
from unknown noun phrases ('"INJURY TOLL"') can never match.

Prints the score and the records per category; exits 1 below --min-correct, and 77 (a
skip for ctest) when the shared directory is absent.
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

SKIP = 77


def read_records(path):
    records = []
    for s in ET.parse(path).getroot().iter("Sentence"):
        text = " ".join((s.findtext("Text") or "").split())
        expected = set()
        none = False
        for ec in s.findall("EventCoding"):
            a = ec.attrib
            if a.get("noevents", "").strip().lower() == "true" or "error" in a:
                none = True
                continue
            expected.add((a.get("sourcecode", ""), a.get("targetcode", ""), a.get("eventcode", "")))
        if none:
            expected = set()
        date = s.get("date", "").strip()
        records.append({"id": s.get("id", ""), "category": s.get("category", ""),
                        "date": "%s-%s-%s" % (date[:4], date[4:6], date[6:8]) if len(date) == 8 else "",
                        "text": text, "expected": expected})
    return records


def loadable_agents(dyad, agents, tmp):
    """The agents file, or a copy without <!-- --> comments when dyad cannot read them."""
    probe = subprocess.run([dyad, "explain", "--replace-dictionaries", "--agents", agents, "x"],
                           capture_output=True, text=True, timeout=60)
    if probe.returncode == 0:
        return agents
    text = open(agents, encoding="utf-8").read()
    copy = os.path.join(tmp, os.path.basename(agents))
    with open(copy, "w", encoding="utf-8") as fh:
        fh.write(re.sub(r"<!--.*?-->", "", text, flags=re.S))
    print("petrarch_unit_test: dyad cannot read %s as it is (%s); using a copy without "
          "<!-- --> comments" % (os.path.basename(agents), probe.stderr.strip()))
    return copy


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("dyad")
    ap.add_argument("--shared", default=os.environ.get(
        "DYAD_SHARED_DIR", os.path.join(here, "..", "..", "shared")))
    ap.add_argument("--min-correct", type=int, default=0)
    ap.add_argument("--verbose", action="store_true", help="print every record coded wrong")
    args = ap.parse_args()
    d = os.path.join(args.shared, "dictionaries", "petrarch2")
    records_path = os.path.join(d, "PETR.UnitTest.records.xml")
    if not os.path.exists(records_path):
        print("petrarch_unit_test: %s is not present; skipped" % records_path)
        return SKIP
    records = read_records(records_path)
    with tempfile.TemporaryDirectory() as tmp:
        agents = loadable_agents(args.dyad, os.path.join(d, "PETR.Validate.agents.txt"), tmp)
        docs = "".join(json.dumps({"id": "r%03d" % i, "text": r["text"], "date": r["date"]}) + "\n"
                       for i, r in enumerate(records))
        cmd = [args.dyad, "code", "--replace-dictionaries", "--no-language-detect",
               "--actors", os.path.join(d, "PETR.Validate.actors.txt"), "--agents", agents,
               "--verbs", os.path.join(d, "PETR.Validate.verbs.txt"),
               "--discards", os.path.join(d, "PETR.Validate.discards.txt")]
        proc = subprocess.run(cmd, input=docs, capture_output=True, text=True, timeout=300)
    if proc.returncode not in (0, 3):
        print("petrarch_unit_test: dyad failed (%d): %s" % (proc.returncode, proc.stderr))
        return 1
    found = collections.defaultdict(set)
    for line in proc.stdout.splitlines():
        e = json.loads(line)
        target = e["target"]["code"] if e.get("target") else "---"
        found[e["doc_id"]].add((e["source"]["code"], target, e["cameo"]))
        # A mutual event is one act of both parties towards each other; PETRARCH writes
        # it as the two directed events.
        if e.get("mutual") and e.get("target"):
            found[e["doc_id"]].add((target, e["source"]["code"], e["cameo"]))

    right = 0
    by_category = collections.defaultdict(lambda: [0, 0])
    for i, r in enumerate(records):
        got = found.get("r%03d" % i, set())
        ok = got == r["expected"]
        right += ok
        by_category[r["category"]][0] += ok
        by_category[r["category"]][1] += 1
        if not ok and args.verbose:
            print("%-18s %s\n    expected %s\n    dyad     %s" % (
                r["id"], r["text"], sorted(r["expected"]) or "no events", sorted(got) or "no events"))
    print("categories: " + ", ".join("%s %d/%d" % (c, n[0], n[1]) for c, n in sorted(by_category.items())))
    print("PETRARCH unit tests: %d of %d records coded exactly as expected" % (right, len(records)))
    if right < args.min_correct:
        print("below the floor of %d" % args.min_correct)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
