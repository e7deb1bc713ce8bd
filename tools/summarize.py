#!/usr/bin/env python3
"""Prints a readable summary of dyad's jsonl events: `make demo` uses it.

Usage: tools/summarize.py EVENTS.jsonl
"""
import collections
import json
import sys


def actor(a):
    return a["code"] if a else "-"


def main():
    events = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
    by_doc = collections.OrderedDict()
    for e in events:
        by_doc.setdefault(e["doc_id"], []).append(e)
    for doc, evs in by_doc.items():
        print(f"\n{doc}  ({len(evs)} events)")
        for e in evs:
            arrow = "<->" if e["mutual"] else "->"
            mod = "" if e["modality"] == "fact" else f" [{e['modality']}]"
            print(f"  {e['date'] or '?':10}  {actor(e['source']):>9} {arrow} {actor(e['target']):<9}"
                  f" {e['cameo']:>4} {e['cameo_name'][:34]:<34}{mod}  \"{e['evidence']['text']}\"")
    print(f"\n{len(events)} events in {len(by_doc)} documents")
    quad = collections.Counter(e["quad_class"] for e in events)
    names = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
             4: "material conflict"}
    for q in sorted(quad):
        print(f"  QuadClass {q} {names[q]:<22} {quad[q]:4}")
    dyads = collections.Counter(
        (e["source"]["country"] or e["source"]["code"],
         (e["target"] or {}).get("country") or (e["target"] or {}).get("code") or "-")
        for e in events)
    print("  busiest dyads: " + ", ".join(f"{s}->{t} ({n})" for (s, t), n in dyads.most_common(8)))


if __name__ == "__main__":
    main()
