#!/usr/bin/env python3
"""Coverage of the CAMEO codebook by the event lexicon (data/events/*.tsv).

    python3 tests/lexicon_coverage.py [REPO_ROOT [CODEBOOK]]

REPO_ROOT defaults to the parent of this tests/ folder, CODEBOOK to
REPO_ROOT/../shared/reference/cameo-codebook.tsv. When the codebook is absent the test is
skipped (exit 0): it lives outside the repository.

Asserts:
  (a) every CAMEO code of the codebook has at least one lexicon entry, except the codes
      listed in EXEMPT below;
  (b) every lexicon entry names a code that exists in the codebook;
  (c) the lexicon holds at least MIN_ENTRIES entries (non-comment lines of all files);
  (d) no pattern line appears twice, and no pattern (with its pos) is given two codes
      (the second could never be chosen: ties go to the earlier line);
  (e) no pattern is unreachable behind a pattern of another code: at one anchor the
      longest pattern wins (ties: the earlier line), so a pattern loses for good when a
      pattern that wins over it matches a prefix of every text it matches. Unreachable
      patterns behind one of the same code are only reported.
It also checks that EXEMPT matches the codebook: a code is exempt for the "residual"
reason exactly when its usage notes say it is "not coded except when ...".
Exit 1 on any failure, with a short report.
"""

import csv
import itertools
import sys
from collections import Counter, defaultdict
from pathlib import Path

MIN_ENTRIES = 1500

RESIDUAL = ('residual: the codebook says this code is "not coded except when" the '
            'distinctions among its sub-codes cannot be made; the lexicon may use it only '
            'for verbs whose object is not named')
ROOT_HEADING = ('root heading: a cue category, not an event form; events are coded with '
                'its 3- or 4-digit codes')

# Codes that need no lexicon entry, and why.
EXEMPT = {
    "010": RESIDUAL, "020": RESIDUAL, "030": RESIDUAL, "040": RESIDUAL,
    "050": RESIDUAL, "060": RESIDUAL, "070": RESIDUAL, "080": RESIDUAL,
    "090": RESIDUAL, "100": RESIDUAL, "110": RESIDUAL, "120": RESIDUAL,
    "130": RESIDUAL, "140": RESIDUAL, "160": RESIDUAL, "180": RESIDUAL,
    "190": RESIDUAL, "200": RESIDUAL,
}
EXEMPT.update({"%02d" % root: ROOT_HEADING for root in range(1, 21)})


def read_codebook(path):
    """code -> usage notes, in codebook order."""
    codes = {}
    with open(path, encoding="utf-8", errors="replace", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            code = (row.get("code") or "").strip()
            if code:
                codes[code] = row.get("usage_notes") or ""
    return codes


def read_lexicon(root):
    """[(file, line, code, pattern, pos)] from data/events/*.tsv."""
    entries = []
    for path in sorted((root / "data" / "events").glob("*.tsv")):
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    continue
                cols = line.split("\t")
                code = cols[0].strip()
                pattern = " ".join(cols[1].split()) if len(cols) > 1 else ""
                pos = cols[2].strip() if len(cols) > 2 and cols[2].strip() else "v"
                entries.append((path.name, n, code, pattern, pos))
    return entries


GAP = 3  # "..." is a gap of zero to three tokens


def _tokens(pattern):
    return [None if t == "..." else frozenset(t.split("|")) for t in pattern.split()]


def _prefix_match(q, seq, i=0, k=0):
    """True when pattern tokens q[k:] match a prefix of seq[i:] for every text seq stands
    for ("*" is any token, a set is any of its words)."""
    if k == len(q):
        return True
    if q[k] is None:
        return any(_prefix_match(q, seq, i + g, k + 1) for g in range(GAP + 1) if i + g <= len(seq))
    return i < len(seq) and seq[i] != "*" and seq[i] <= q[k] and _prefix_match(q, seq, i + 1, k + 1)


def _expansions(toks):
    gaps = [i for i, t in enumerate(toks) if t is None]
    for combo in itertools.product(range(GAP + 1), repeat=len(gaps)):
        seq, g = [], iter(combo)
        for t in toks:
            seq.extend(["*"] * next(g) if t is None else [t])
        yield seq


def unreachable(entries):
    """[(entry, winner, anchor)] for patterns that can never be chosen at some anchor."""
    toks = [_tokens(e[3]) for e in entries]
    by_anchor = {}
    for i, t in enumerate(toks):
        for word in t[0]:
            by_anchor.setdefault(word, []).append(i)
    out = []
    for i, t in enumerate(toks):
        for word in sorted(t[0]):
            anchor = frozenset([word])
            rivals = [j for j in by_anchor[word] if j != i and
                      (len(toks[j]) > len(t) or (len(toks[j]) == len(t) and j < i))]
            exps = [[anchor] + seq[1:] for seq in _expansions(t)]
            hit = next((j for j in rivals
                        if all(_prefix_match([anchor] + toks[j][1:], seq) for seq in exps)), None)
            if hit is not None:
                out.append((entries[i], entries[hit], word))
                break
    return out


def main(argv):
    here = Path(__file__).resolve().parent
    root = Path(argv[1]).resolve() if len(argv) > 1 else here.parent
    codebook = Path(argv[2]) if len(argv) > 2 else root.parent / "shared" / "reference" / "cameo-codebook.tsv"
    if not codebook.exists():
        print("lexicon_coverage: SKIP (no codebook at %s)" % codebook)
        return 0
    book = read_codebook(codebook)
    entries = read_lexicon(root)
    failures = []

    # The exempt list agrees with the codebook.
    residual = {c for c, notes in book.items() if "not coded except" in notes.lower()}
    listed = {c for c, why in EXEMPT.items() if why == RESIDUAL}
    roots = {c for c in book if len(c) == 2}
    if residual != listed:
        failures.append("EXEMPT disagrees with the codebook's residual codes: listed only %s, "
                        "codebook only %s" % (sorted(listed - residual), sorted(residual - listed)))
    if roots != {c for c, why in EXEMPT.items() if why == ROOT_HEADING}:
        failures.append("EXEMPT root headings differ from the codebook's two-digit codes")

    per_code = Counter(code for _, _, code, _, _ in entries)
    files = Counter(name for name, _, _, _, _ in entries)

    # (a) coverage
    required = [c for c in book if c not in EXEMPT]
    missing = [c for c in required if per_code[c] == 0]
    if missing:
        failures.append("(a) %d codes without an entry: %s" % (len(missing), " ".join(missing)))

    # (b) known codes
    unknown = ["%s:%d %s" % (name, n, code) for name, n, code, _, _ in entries if code not in book]
    if unknown:
        failures.append("(b) %d entries with a code not in the codebook: %s"
                        % (len(unknown), ", ".join(unknown[:20])))

    # (c) size
    if len(entries) < MIN_ENTRIES:
        failures.append("(c) %d entries, fewer than %d" % (len(entries), MIN_ENTRIES))

    # (d) duplicates
    seen_line = {}
    codes_of = defaultdict(list)
    dup_lines, two_codes = [], []
    for name, n, code, pattern, pos in entries:
        key = (code, pattern, pos)
        where = "%s:%d" % (name, n)
        if key in seen_line:
            dup_lines.append("%s repeats %s (%s %s)" % (where, seen_line[key], code, pattern))
        else:
            seen_line[key] = where
        codes_of[(pattern, pos)].append((code, where))
    for (pattern, pos), uses in codes_of.items():
        if len({c for c, _ in uses}) > 1:
            two_codes.append("%r has codes %s" % (pattern, ", ".join("%s (%s)" % u for u in uses)))
    if dup_lines:
        failures.append("(d) %d duplicate lines: %s" % (len(dup_lines), "; ".join(dup_lines[:20])))
    if two_codes:
        failures.append("(d) %d patterns with two codes: %s" % (len(two_codes), "; ".join(two_codes[:20])))

    # (e) unreachable patterns
    lost = unreachable(entries)
    bad = ["%s:%d %s %r at %r behind %s:%d %s %r" % (a[0], a[1], a[2], a[3], w, b[0], b[1], b[2], b[3])
           for a, b, w in lost if a[2] != b[2]]
    if bad:
        failures.append("(e) %d patterns never chosen at an anchor: %s" % (len(bad), "; ".join(bad[:20])))

    covered_exempt = sorted(c for c in EXEMPT if per_code[c] and len(c) == 3)
    thin = [c for c in required if per_code[c] == 1]
    print("lexicon_coverage: %d entries (%s) for %d codebook codes"
          % (len(entries), ", ".join("%s %d" % kv for kv in sorted(files.items())), len(book)))
    print("  required codes covered: %d/%d; exempt: %d residual, %d root headings"
          % (len(required) - len(missing), len(required), len(listed), len(roots)))
    print("  residual codes that still have entries (object not named): %s"
          % (" ".join(covered_exempt) or "-"))
    print("  codes with a single entry: %s" % (" ".join(thin) or "-"))
    print("  patterns never chosen at some anchor: %d behind another code, %d behind one of "
          "the same code%s" % (len(bad), len(lost) - len(bad), "".join(
              "\n    %s:%d %s %r at %r (behind %s:%d)" % (a[0], a[1], a[2], a[3], w, b[0], b[1])
              for a, b, w in lost if a[2] == b[2])))
    if failures:
        for f in failures:
            print("FAIL " + f)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
