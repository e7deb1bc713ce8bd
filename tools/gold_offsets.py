#!/usr/bin/env python3
"""Turns an annotator's working file into gold records with offsets instead of text.

Usage: gold_offsets.py WORKING.jsonl CORPUS_DIR > OUT.jsonl

Each working line is a gold record (docs/annotation.md) whose "sentence" is the quoted
sentence text instead of offsets. The quote is looked up in the document body (the text
after the header's blank line, byte for byte as dyad reads .txt files); the first occurrence at or after
the previous record's sentence of the same document is taken, so repeated sentences resolve
in text order. A quote that is not found is an error naming the line.
"""
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests"))
from cli_test import txt_body  # noqa: E402  (the reader's header rule, byte for byte)


def find_doc(corpus, doc_id):
    for path in (os.path.join(corpus, "dev", doc_id + ".txt"), os.path.join(corpus, doc_id + ".txt")):
        if os.path.exists(path):
            return path
    raise SystemExit("gold_offsets: no document %s under %s" % (doc_id, corpus))


def main():
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    corpus = sys.argv[2]
    bodies, cursor = {}, {}
    with open(sys.argv[1], encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            rec = json.loads(line)
            doc = rec["doc_id"]
            if doc not in bodies:
                with open(find_doc(corpus, doc), "rb") as d:
                    bodies[doc] = txt_body(d.read())
                cursor[doc] = 0
            quote = rec["sentence"].strip().encode("utf-8")
            start = bodies[doc].find(quote, cursor[doc])
            if start < 0:
                start = bodies[doc].find(quote)
            if start < 0:
                raise SystemExit("gold_offsets: line %d: sentence not found in %s" % (n, doc))
            cursor[doc] = start
            rec["sentence"] = [start, start + len(quote)]
            print(json.dumps(rec, ensure_ascii=False))


if __name__ == "__main__":
    main()
