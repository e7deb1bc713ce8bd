#!/usr/bin/env python3
"""Contract tests for the `dyad` command line (docs/cli.md) and its output (docs/event.schema.json).

    python3 tests/cli_test.py /path/to/dyad [--update] [unittest options]

Needs Python 3 with `jsonschema` (Debian: python3-jsonschema, as in /usr/bin/python3).

Environment:
    DYAD_SOURCE_DIR       repository root (default: the parent of this tests/ folder)
    DYAD_UPDATE_GOLDEN=1  same as --update: rewrite tests/golden/ from the binary's output

The golden files pin the output for the demo corpus (examples/*.txt). When a change to the
coder or the dictionaries changes that output on purpose, rerun with --update and review
the diff of tests/golden/ like any other change.
"""

import difflib
import json
import os
import re
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

try:
    import jsonschema
except ImportError:
    sys.exit("cli_test.py: the Python package 'jsonschema' is missing; "
             "run with /usr/bin/python3 or install python3-jsonschema")

# Set in main() from the command line and the environment.
DYAD = None
SOURCE_DIR = Path(os.environ.get("DYAD_SOURCE_DIR", Path(__file__).resolve().parent.parent))
UPDATE_GOLDEN = os.environ.get("DYAD_UPDATE_GOLDEN") == "1"

GOLDEN_DIR = SOURCE_DIR / "tests" / "golden"
SHARED_CORPUS = SOURCE_DIR.parent / "shared" / "corpus"
SEED_ARTICLE = SHARED_CORPUS / "seed-tripartite-condemnation-2023-10-30.txt"
MAX_DOCUMENT_BYTES = 8 << 20
HEADER_KEYS = (b"URL", b"TITLE", b"DATE", b"LICENSE", b"OUTLET")
DIAGNOSTIC = re.compile(r"^dyad: (error|warning): ")

# Short English texts the coder should find at least one event in.
CONDEMN_TEXT = "Japan strongly condemned North Korea's missile launch."
PROTEST_TEXT = "South Korea condemned Russia's arms deal with North Korea."


# ----------------------------------------------------------------------------- helpers

class Run:
    """The outcome of one dyad invocation."""

    def __init__(self, args, proc):
        self.args = args
        self.code = proc.returncode
        self.out = proc.stdout
        self.err = proc.stderr.decode("utf-8", "replace")

    @property
    def err_lines(self):
        return self.err.splitlines()

    def errors(self):
        return [l for l in self.err_lines if l.startswith("dyad: error: ")]

    def warnings(self):
        return [l for l in self.err_lines if l.startswith("dyad: warning: ")]

    def events(self):
        return [json.loads(line) for line in self.out.decode("utf-8").splitlines()]

    def describe(self):
        return "dyad %s -> exit %d\nstderr:\n%s" % (" ".join(self.args), self.code, self.err)


def dyad(*args, stdin=b""):
    """Runs the binary with `args` from the repository root."""
    proc = subprocess.run([DYAD, *args], input=stdin, capture_output=True, cwd=SOURCE_DIR,
                          timeout=600)
    return Run(args, proc)


def jsonl(*docs):
    """Documents as JSON lines (bytes)."""
    return b"".join(json.dumps(d, ensure_ascii=False).encode("utf-8") + b"\n" for d in docs)


def txt_body(contents):
    """The body of a .txt document, byte for byte as src/io/reader.cc cuts it.

    The opening lines are a header only if every line before the first blank line is a
    known "KEY: value" line and at least one such line precedes the blank line.
    """
    if contents.startswith(b"\xef\xbb\xbf"):
        contents = contents[3:]
    pos, header_lines = 0, 0
    while pos < len(contents):
        nl = contents.find(b"\n", pos)
        if nl < 0:
            break
        line = contents[pos:nl]
        if line.endswith(b"\r"):
            line = line[:-1]
        if not line:
            return contents[nl + 1:] if header_lines else contents
        key, colon, _ = line.partition(b":")
        if not colon or key not in HEADER_KEYS:
            break
        header_lines += 1
        pos = nl + 1
    return contents


def example_files():
    return sorted((SOURCE_DIR / "examples").glob("*.txt"))


def relative(path):
    return str(Path(path).relative_to(SOURCE_DIR))


_schema_validator = None


def schema_validator():
    global _schema_validator
    if _schema_validator is None:
        schema = json.loads((SOURCE_DIR / "docs" / "event.schema.json").read_text("utf-8"))
        jsonschema.Draft202012Validator.check_schema(schema)
        _schema_validator = jsonschema.Draft202012Validator(schema)
    return _schema_validator


_runs = {}


def cached(*args):
    """dyad(*args), run once per test session (for the demo corpus runs)."""
    if args not in _runs:
        _runs[args] = dyad(*args)
    return _runs[args]


def example_run(path):
    return cached("code", "--format", "jsonl", relative(path))


def examples_run(fmt):
    return cached("code", "--format", fmt, *map(relative, example_files()))


def skip_without_shared(path):
    if not path.exists():
        raise unittest.SkipTest("%s is absent: the shared corpus (../shared next to the "
                                "repository) is not checked out" % path)


class DyadTestCase(unittest.TestCase):
    maxDiff = None

    def assertExit(self, run, code):
        self.assertEqual(run.code, code, run.describe())

    def assertValidEvents(self, run):
        """Every stdout line is one JSON event that validates against the schema."""
        validator = schema_validator()
        for n, line in enumerate(run.out.decode("utf-8").splitlines(), 1):
            with self.subTest(line=n):
                event = json.loads(line)
                errors = sorted(validator.iter_errors(event), key=lambda e: list(e.path))
                self.assertFalse(errors, "line %d: %s\n%s" % (
                    n, "; ".join("%s: %s" % ("/".join(map(str, e.path)), e.message)
                                 for e in errors), line))

    def assertOnlyDiagnostics(self, run):
        """Every stderr line is a one-line `dyad: error:` or `dyad: warning:` message."""
        for line in run.err_lines:
            self.assertRegex(line, DIAGNOSTIC, run.describe())

    def assertHasEvents(self, events, doc_id):
        self.assertTrue([e for e in events if e["doc_id"] == doc_id],
                        "no event from document %r; the test text should give one" % doc_id)


# ----------------------------------------------------------------------------- golden files

class GoldenFileTest(DyadTestCase):
    """The demo corpus codes to exactly the events pinned in tests/golden/."""

    def check_golden(self, golden, run):
        self.assertExit(run, 0)
        if UPDATE_GOLDEN:
            golden.parent.mkdir(parents=True, exist_ok=True)
            golden.write_bytes(run.out)
            return
        self.assertTrue(golden.exists(), "%s is missing; generate it with --update" % golden)
        expected = golden.read_bytes()
        if run.out != expected:
            diff = difflib.unified_diff(
                expected.decode("utf-8").splitlines(), run.out.decode("utf-8").splitlines(),
                str(golden), "dyad output", lineterm="", n=0)
            self.fail("output differs from %s (rerun with --update if the change is "
                      "intended):\n%s" % (golden, "\n".join(list(diff)[:60])))

    def test_examples_exist(self):
        self.assertGreaterEqual(len(example_files()), 1, "no examples/*.txt")

    def test_jsonl_per_example(self):
        for path in example_files():
            with self.subTest(example=path.name):
                self.check_golden(GOLDEN_DIR / (path.stem + ".jsonl"), example_run(path))

    def test_cameo_tsv_for_all_examples(self):
        self.check_golden(GOLDEN_DIR / "examples.tsv", examples_run("cameo-tsv"))

    def test_no_stale_golden_files(self):
        expected = {p.stem + ".jsonl" for p in example_files()} | {"examples.tsv"}
        present = {p.name for p in GOLDEN_DIR.glob("*")} if GOLDEN_DIR.exists() else set()
        self.assertEqual(present - expected, set(), "golden files with no example")


# ----------------------------------------------------------------------------- output format

class OutputFormatTest(DyadTestCase):
    """The demo corpus output follows docs/event.schema.json and docs/cli.md."""

    def all_example_events(self):
        """(path, event) for every event of the demo corpus, one run per file."""
        events = []
        for path in example_files():
            run = example_run(path)
            self.assertExit(run, 0)
            events += [(path, e) for e in run.events()]
        self.assertTrue(events, "the demo corpus gave no events at all")
        return events

    def test_corpus_has_events(self):
        self.all_example_events()

    def test_every_line_validates(self):
        for path in example_files():
            with self.subTest(example=path.name):
                run = example_run(path)
                self.assertExit(run, 0)
                self.assertValidEvents(run)

    def test_ids_are_unique(self):
        ids = [e["id"] for _, e in self.all_example_events()]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        self.assertEqual(duplicates, [])

    def test_ids_name_document_and_sentence(self):
        for path, e in self.all_example_events():
            self.assertEqual(e["doc_id"], path.stem)
            self.assertRegex(e["id"], r"^%s:%d:[0-9]+$" % (re.escape(path.stem),
                                                           e["sentence_index"]))

    def test_evidence_offsets_slice_the_body(self):
        for path, e in self.all_example_events():
            with self.subTest(event=e["id"]):
                body = txt_body(path.read_bytes())
                ev = e["evidence"]
                self.assertLessEqual(ev["start"], ev["end"])
                self.assertLessEqual(ev["end"], len(body))
                self.assertEqual(body[ev["start"]:ev["end"]].decode("utf-8"), ev["text"])
                self.assertIn(e["sentence"].encode("utf-8"), body)
                for m in e["mentions"]:
                    self.assertLessEqual(m["start"], m["end"])
                    self.assertLessEqual(m["end"], len(body))

    def test_cameo_tsv_has_nine_columns(self):
        run = examples_run("cameo-tsv")
        self.assertExit(run, 0)
        lines = run.out.decode("utf-8").splitlines()
        self.assertTrue(lines, "no TSV output")
        for n, line in enumerate(lines, 1):
            cols = line.split("\t")
            self.assertEqual(len(cols), 9, "line %d: %r" % (n, line))
            date, source, target, cameo, root, quad, goldstein, doc_id, sentence = cols
            self.assertRegex(date, r"^([0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$")
            self.assertRegex(source, r"^[A-Z]{3}[A-Z]*$")
            self.assertRegex(target, r"^([A-Z]{3}[A-Z]*)?$")
            self.assertRegex(cameo, r"^[0-9]{2,4}$")
            self.assertEqual(root, cameo[:2])
            self.assertIn(quad, {"1", "2", "3", "4"})
            self.assertRegex(goldstein, r"^-?[0-9]+\.[0-9]$")
            self.assertRegex(sentence, r"^[0-9]+$")

    def test_cameo_tsv_matches_jsonl(self):
        """TSV rows are the JSON events, column for column and in the same order."""
        tsv_run, jsonl_run = examples_run("cameo-tsv"), examples_run("jsonl")
        self.assertExit(tsv_run, 0)
        self.assertExit(jsonl_run, 0)
        tsv = tsv_run.out.decode("utf-8").splitlines()
        self.assertTrue(tsv, "no TSV output")
        expected = ["\t".join([
            e["date"] or "", e["source"]["code"], (e["target"] or {}).get("code", ""),
            e["cameo"], e["cameo_root"], str(e["quad_class"]), "%.1f" % e["goldstein"],
            e["doc_id"], str(e["sentence_index"])]) for e in jsonl_run.events()]
        self.assertEqual(tsv, expected)

    def test_events_follow_input_order(self):
        """A multi-file run is the concatenation of the single-file runs, in input order."""
        combined = examples_run("jsonl")
        self.assertExit(combined, 0)
        self.assertTrue(combined.out, "no output")
        self.assertEqual(combined.out, b"".join(example_run(p).out for p in example_files()))

    def test_stderr_holds_only_diagnostics(self):
        run = examples_run("jsonl")
        self.assertExit(run, 0)
        self.assertOnlyDiagnostics(run)


# ----------------------------------------------------------------------------- shared corpus

class SeedArticleTest(DyadTestCase):
    """The article the project started from gives its known events."""

    EXPECTED = [  # source, target, CAMEO, date
        ("KOR", "PRK", "111", "2023-10-26"),
        ("JPN", "PRK", "111", "2023-10-26"),
        ("USA", "PRK", "111", "2023-10-26"),
        ("RUSGOV", "PRK", "042", "2023-10-18"),
    ]

    def test_expected_events(self):
        skip_without_shared(SEED_ARTICLE)
        run = dyad("code", str(SEED_ARTICLE))
        self.assertExit(run, 0)
        self.assertValidEvents(run)
        found = {(e["source"]["code"], (e["target"] or {}).get("code"), e["cameo"], e["date"])
                 for e in run.events()}
        for expected in self.EXPECTED:
            with self.subTest(event="%s->%s %s %s" % expected):
                self.assertIn(expected, found, "events found: %s" % sorted(found, key=str))


class DevCorpusTest(DyadTestCase):
    """The 40 real development documents code without errors into valid events."""

    def test_codes_cleanly(self):
        dev = SHARED_CORPUS / "dev"
        skip_without_shared(dev)
        files = sorted(dev.glob("*.txt"))
        self.assertTrue(files, "no .txt files in %s" % dev)
        run = dyad("code", *map(str, files))
        self.assertExit(run, 0)
        self.assertOnlyDiagnostics(run)
        self.assertValidEvents(run)


# ----------------------------------------------------------------------------- inputs and dates

class InputTest(DyadTestCase):
    """Standard input, both input formats and the publication date rules."""

    def test_stdin_jsonl(self):
        run = dyad("code", stdin=jsonl(
            {"id": "a1", "text": CONDEMN_TEXT, "date": "2023-10-27",
             "title": "A title", "url": "https://example.org/a1", "outlet": "Wire"},
            {"id": 42, "text": PROTEST_TEXT}))
        self.assertExit(run, 0)
        self.assertValidEvents(run)
        events = run.events()
        self.assertHasEvents(events, "a1")
        self.assertHasEvents(events, "42")  # a numeric id is used as written
        self.assertEqual([e["doc_id"] for e in events],
                         sorted((e["doc_id"] for e in events), key=["a1", "42"].index))
        for e in events:
            if e["doc_id"] == "a1":
                self.assertEqual((e["title"], e["url"], e["date"], e["date_basis"]),
                                 ("A title", "https://example.org/a1", "2023-10-27",
                                  "publication"))
                start, end = e["evidence"]["start"], e["evidence"]["end"]
                self.assertEqual(CONDEMN_TEXT.encode()[start:end].decode(),
                                 e["evidence"]["text"])
            else:
                self.assertEqual((e["title"], e["url"], e["date"]), (None, None, None))

    def test_stdin_txt(self):
        document = ("TITLE: Seoul reacts\nDATE: 2023-11-02\nLICENSE: CC0\n\n"
                    "Seoul (Wire) — " + CONDEMN_TEXT + "\n").encode("utf-8")
        run = dyad("code", "--input", "txt", stdin=document)
        self.assertExit(run, 0)
        self.assertValidEvents(run)
        events = run.events()
        self.assertHasEvents(events, "stdin")
        body = txt_body(document)
        for e in events:
            self.assertEqual((e["title"], e["date"]), ("Seoul reacts", "2023-11-02"))
            self.assertEqual(body[e["evidence"]["start"]:e["evidence"]["end"]].decode(),
                             e["evidence"]["text"])

    def test_date_option_overrides_document_date(self):
        for date in ("2024-02-03", "2024-02", "2024"):
            with self.subTest(date=date):
                run = dyad("code", "--date", date, stdin=jsonl(
                    {"id": "d1", "text": CONDEMN_TEXT, "date": "2023-10-27"}))
                self.assertExit(run, 0)
                events = run.events()
                self.assertHasEvents(events, "d1")
                for e in events:
                    self.assertEqual((e["date"], e["date_basis"]), (date, "publication"))

    def test_date_option_overrides_txt_header(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "dated.txt"
            path.write_text("DATE: 2023-10-13\n\n" + CONDEMN_TEXT + "\n", "utf-8")
            run = dyad("code", "--date", "2024-02-03", str(path))
        self.assertExit(run, 0)
        self.assertHasEvents(run.events(), "dated")
        self.assertEqual({e["date"] for e in run.events()}, {"2024-02-03"})

    def test_header_date_beats_dateline_and_dateline_is_used(self):
        byline = "Written by A. Writer | March 5, 2024\n\n" + CONDEMN_TEXT + "\n"
        cases = [("DATE: 2023-12\n\n" + byline, "2023-12"), (byline, "2024-03-05")]
        for document, date in cases:
            with self.subTest(date=date):
                run = dyad("code", "--input", "txt", stdin=document.encode("utf-8"))
                self.assertExit(run, 0)
                self.assertHasEvents(run.events(), "stdin")
                for e in run.events():
                    self.assertEqual((e["date"], e["date_basis"]), (date, "publication"))

    def test_unreadable_date_warns_and_codes(self):
        run = dyad("code", stdin=jsonl({"id": "baddate", "text": CONDEMN_TEXT,
                                        "date": "sometime last week"}))
        self.assertExit(run, 0)
        self.assertEqual(len(run.warnings()), 1, run.describe())
        self.assertTrue(run.warnings()[0].startswith("dyad: warning: baddate: "), run.describe())
        self.assertIn("date", run.warnings()[0])
        self.assertEqual(run.errors(), [])
        self.assertHasEvents(run.events(), "baddate")
        self.assertValidEvents(run)
        for e in run.events():
            self.assertIsNone(e["date"])

    def test_body_starting_with_a_colon_line_is_not_a_header(self):
        document = "Note: " + CONDEMN_TEXT + "\n\n" + PROTEST_TEXT + "\n"
        run = dyad("code", "--input", "txt", stdin=document.encode("utf-8"))
        self.assertExit(run, 0)
        self.assertHasEvents(run.events(), "stdin")
        for e in run.events():
            ev = e["evidence"]
            self.assertEqual(document.encode()[ev["start"]:ev["end"]].decode(), ev["text"])


# ----------------------------------------------------------------------------- failures

def huge_text():
    sentence = CONDEMN_TEXT + " "
    return sentence * (MAX_DOCUMENT_BYTES // len(sentence) + 1000)


class BatchErrorTest(DyadTestCase):
    """Bad documents are reported one line each, and the batch goes on."""

    GOOD = [{"id": "good-1", "text": CONDEMN_TEXT},
            {"id": "good-2", "text": PROTEST_TEXT},
            {"id": "good-3", "text": CONDEMN_TEXT + " " + PROTEST_TEXT}]

    def mixed_batch(self):
        """Input lines and, per bad line, the names an error about it may carry."""
        g1, g2, g3 = (jsonl(d) for d in self.GOOD)
        lines = [
            (g1, None),
            (b'{"id": "broken", "text": "no closing brace"\n', None),
            (jsonl({"id": "no-text", "date": "2023-10-01"}), "no-text"),
            (jsonl({"id": "empty-text", "text": ""}), "empty-text"),
            (g2, None),
            (b'{"id": "bad-utf8", "text": "Japan condemned \xff\xfe North Korea."}\n',
             "bad-utf8"),
            (jsonl({"id": "huge", "text": huge_text()}), "huge"),
            (g3, None),
        ]
        stdin = b"".join(line for line, _ in lines)
        bad = {}
        for n, (line, doc_id) in enumerate(lines, 1):
            if line not in (g1, g2, g3):
                bad["stdin:%d" % n] = {"stdin:%d" % n} | ({doc_id} if doc_id else set())
        return stdin, bad

    @staticmethod
    def where(error_line):
        return error_line[len("dyad: error: "):].split(": ", 1)[0]

    @staticmethod
    def names(where, names):
        return any(where == n or where.startswith(n + " ") for n in names)

    def test_mixed_batch(self):
        stdin, bad = self.mixed_batch()
        self.assertGreater(len(stdin), MAX_DOCUMENT_BYTES)
        run = dyad("code", stdin=stdin)
        self.assertExit(run, 3)
        self.assertOnlyDiagnostics(run)
        errors = run.errors()
        for line_name, names in bad.items():
            with self.subTest(bad=line_name):
                matching = [l for l in errors if self.names(self.where(l), names)]
                self.assertEqual(len(matching), 1, "errors naming %s: %s\n%s" % (
                    sorted(names), matching, run.describe()))
        unexpected = [l for l in errors
                      if not any(self.names(self.where(l), n) for n in bad.values())]
        self.assertEqual(unexpected, [])
        self.assertEqual(len(errors), len(bad), run.describe())

        # The good documents' events are all there, exactly as when coded alone.
        alone = dyad("code", stdin=jsonl(*self.GOOD))
        self.assertExit(alone, 0)
        for doc in self.GOOD:
            self.assertHasEvents(alone.events(), doc["id"])
        self.assertEqual(run.out, alone.out)

    def test_huge_txt_file(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "huge.txt"
            path.write_text("TITLE: big\n\n" + huge_text(), "utf-8")
            run = dyad("code", str(path))
        self.assertExit(run, 3)
        self.assertEqual(len(run.errors()), 1, run.describe())
        self.assertTrue(run.errors()[0].startswith("dyad: error: huge: "), run.describe())
        self.assertEqual(run.out, b"")

    def test_missing_file(self):
        missing = "/nonexistent/dyad-test/missing.txt"
        good = example_files()[0]
        run = dyad("code", missing, relative(good))
        self.assertExit(run, 3)
        self.assertOnlyDiagnostics(run)
        self.assertEqual(len(run.errors()), 1, run.describe())
        self.assertTrue(run.errors()[0].startswith("dyad: error: %s: " % missing),
                        run.describe())
        self.assertEqual(run.out, example_run(good).out)

    def test_dictionaries_that_cannot_load_are_fatal(self):
        with tempfile.TemporaryDirectory() as tmp:
            (Path(tmp) / "events").mkdir()
            (Path(tmp) / "events" / "broken.tsv").write_text("111\n", "utf-8")
            run = dyad("code", "--data", tmp, stdin=jsonl(self.GOOD[0]))
        self.assertExit(run, 1)
        self.assertEqual(run.out, b"")
        self.assertEqual(len(run.errors()), 1, run.describe())


class LanguageTest(DyadTestCase):
    """Documents not in English are skipped with a warning, not an error."""

    FRENCH = "12_frappes-energie-ukraine"

    def test_french_document_is_skipped(self):
        path = SOURCE_DIR / "examples" / (self.FRENCH + ".txt")
        self.assertTrue(path.exists(), path)
        run = dyad("code", relative(path))
        self.assertExit(run, 0)
        self.assertEqual(run.out, b"")
        self.assertEqual(run.errors(), [])
        self.assertEqual(len(run.warnings()), 1, run.describe())
        self.assertTrue(run.warnings()[0].startswith("dyad: warning: %s: " % self.FRENCH))


# ----------------------------------------------------------------------------- usage

class UsageTest(DyadTestCase):
    """Command-line mistakes exit 2; --help and --version exit 0."""

    def test_bad_usage_exits_2(self):
        cases = [("code", "--no-such-flag"), ("code", "--format", "xml"),
                 ("code", "--input", "csv"), ("code", "--date", "26 October 2023"),
                 ("code", "--date", "2023-02-30"), ()]
        for args in cases:
            with self.subTest(args=" ".join(args)):
                run = dyad(*args, stdin=jsonl(BatchErrorTest.GOOD[0]))
                self.assertExit(run, 2)
                self.assertEqual(run.out, b"")
                self.assertNotEqual(run.err, "")

    def test_help(self):
        for args in (("--help",), ("code", "--help")):
            with self.subTest(args=" ".join(args)):
                run = dyad(*args)
                self.assertExit(run, 0)
                self.assertIn(b"Usage", run.out)

    def test_version(self):
        run = dyad("--version")
        self.assertExit(run, 0)
        self.assertRegex(run.out.decode(), r"^dyad [0-9]+\.[0-9]+\.[0-9]+\n$")


# ----------------------------------------------------------------------------- main



class PetrarchDictionaryTest(DyadTestCase):
    """The field's actor and agent dictionaries load as they are and code the dev corpus."""

    def test_phoenix_codes_the_dev_corpus(self):
        phoenix = Path(SOURCE_DIR) / ".." / "shared" / "dictionaries" / "petrarch2"
        dev = sorted((Path(SOURCE_DIR) / ".." / "shared" / "corpus" / "dev").glob("*.txt"))
        if not phoenix.is_dir() or not dev:
            self.skipTest("../shared is not present")
        args = ["code"]
        for f in ["Countries", "International", "MilNonState"]:
            args += ["--actors", str(phoenix / ("Phoenix.%s.actors.txt" % f))]
        args += ["--agents", str(phoenix / "Phoenix.agents.txt")]
        run = dyad(*args, *[str(p) for p in dev])
        self.assertExit(run, 0)
        self.assertOnlyDiagnostics(run)
        self.assertValidEvents(run)
        self.assertGreater(len(run.events()), 20)
        replaced = dyad("code", "--replace-dictionaries", "--actors",
                        str(phoenix / "Phoenix.Countries.actors.txt"), "--input", "jsonl",
                        stdin=jsonl({"id": "l", "date": "2003-01-01",
                                     "text": "Sergey Lavrov condemned Japan."}))
        self.assertExit(replaced, 0)
        self.assertEqual([e["source"]["code"] for e in replaced.events()], ["RUSGOV"])

    def test_an_office_before_a_name_coded_by_country_alone_is_its_holders(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "north.actors.txt"
            path.write_text("NORTHLAND_ [NRL]\nJOHN_ROE_ [NRL]\n", "utf-8")
            run = dyad("code", "--actors", str(path), "--input", "jsonl",
                       stdin=jsonl({"id": "n", "date": "2020-01-01",
                                    "text": "Northland Prime Minister John Roe condemned Japan."}))
        self.assertExit(run, 0)
        self.assertEqual([e["source"]["code"] for e in run.events()], ["NRLGOV"])


class ActorToolsTest(DyadTestCase):
    """`dyad actors lookup` and `dyad actors check` for dictionary maintainers."""

    def test_lookup_explains_the_role(self):
        run = dyad("actors", "lookup", "Sergey Lavrov", "--date", "2023-10-18")
        self.assertExit(run, 0)
        out = run.out.decode("utf-8")
        self.assertIn("data/actors/people.tsv:", out)
        self.assertIn("on 2023-10-18: RUSGOV", out)
        before = dyad("actors", "lookup", "Sergey Lavrov", "--date", "2001-01-01")
        self.assertIn("on 2001-01-01: RUSELI", before.out.decode("utf-8"))
        unknown = dyad("actors", "lookup", "Nobody Atall")
        self.assertExit(unknown, 0)
        self.assertIn(b"no dictionary entry", unknown.out)

    def test_check_reports_lines(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "mine.actors.txt"
            path.write_text("JANE_DOE_\n\t[NRLGOV 20100101-20150101]\n\t[NRLMIL 20120101-20130101]\n"
                            "NORTHLAND_ [NRL]\nJOHN_ROE_\n+NORTHLAND\n\t[NRLGOV]\n\t[NRLGOV 2010]\n", "utf-8")
            run = dyad("actors", "check", str(path))
        self.assertExit(run, 3)
        out = run.out.decode("utf-8")
        self.assertIn("mine.actors.txt:1: \"Jane Doe\" has overlapping roles", out)
        self.assertIn("mine.actors.txt:5: a name of \"John Roe\" is already \"Northland\"", out)
        self.assertIn("mine.actors.txt:8: bad date", out)

    def test_builtin_dictionaries_are_clean(self):
        run = dyad("actors", "check")
        self.assertExit(run, 0)
        self.assertIn(" 0 problem(s)", run.err)

    def test_dated_group_and_place_names(self):
        before = dyad("actors", "lookup", "Taliban", "--date", "2020-02-29")
        self.assertIn("on 2020-02-29: AFGREB", before.out.decode("utf-8"))
        after = dyad("actors", "lookup", "Taliban", "--date", "2023-01-01")
        self.assertIn("on 2023-01-01: AFGGOV", after.out.decode("utf-8"))
        sea = dyad("explain", "--json", "China held drills in the South China Sea and Latin America.")
        actors = [a["text"] for s in json.loads(sea.out)["sentences"] for a in s["actors"]]
        self.assertEqual(actors, ["China"])

class OutputSafetyTest(DyadTestCase):
    """Lost output and odd inputs are reported, never silently accepted."""

    def test_write_failure_is_fatal(self):
        with open("/dev/full", "wb") as full:
            proc = subprocess.run([DYAD, "code"], input=jsonl({"id": "d", "text": "Japan condemned China."}),
                                  stdout=full, stderr=subprocess.PIPE, cwd=SOURCE_DIR, timeout=60)
        self.assertEqual(proc.returncode, 1)
        self.assertIn(b"dyad: error: stdout:", proc.stderr)

    def test_directory_argument_is_an_error(self):
        with tempfile.TemporaryDirectory() as tmp:
            run = dyad("code", tmp)
        self.assertExit(run, 3)
        self.assertEqual(len(run.errors()), 1, run.describe())
        self.assertIn("is a directory", run.errors()[0])

    def test_invalid_utf8_header_is_dropped_with_a_warning(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "bad.txt"
            path.write_bytes(b"TITLE: bad \xff title\n\nJapan condemned China.\n")
            run = dyad("code", str(path))
        self.assertExit(run, 0)
        self.assertEqual(len(run.warnings()), 1, run.describe())
        events = run.events()
        self.assertEqual(len(events), 1)
        self.assertIsNone(events[0]["title"])

    def test_long_unpunctuated_text_is_bounded(self):
        text = "Russia reportedly condemned Ukraine " * 4000
        run = dyad("code", stdin=jsonl({"id": "long", "text": text}))
        self.assertExit(run, 0)
        self.assertLess(len(run.out), 20_000_000, "sentences are capped, so events stay small")


class ExplainTest(DyadTestCase):
    """`dyad explain` shows each stage's view and why candidates were dropped."""

    SENTENCE = "Sergey Lavrov visited North Korea. Japan could condemn China."

    def test_text(self):
        run = dyad("explain", self.SENTENCE, "--date", "2023-10-30")
        self.assertExit(run, 0)
        out = run.out.decode("utf-8")
        self.assertIn('actor "Sergey Lavrov" = RUSGOV', out)
        self.assertIn("data/actors/people.tsv:", out)
        self.assertIn("role RUSGOV@", out)
        self.assertIn("visited/VBD(visit)", out)
        self.assertIn("chunks: [NP Sergey Lavrov] [VP visited] [NP North Korea]", out)
        self.assertIn("speculation", out)
        self.assertIn("1 event(s)", out)

    def test_json(self):
        run = dyad("explain", "--json", self.SENTENCE, "--date", "2023-10-30")
        self.assertExit(run, 0)
        data = json.loads(run.out)
        outcomes = [c["outcome"] for s in data["sentences"] for c in s["candidates"]]
        self.assertEqual(outcomes[0], "coded")
        self.assertTrue(outcomes[1].startswith("speculation"))
        self.assertEqual([e["cameo"] for e in data["events"]], ["042"])
        for event in data["events"]:
            self.assertFalse(list(schema_validator().iter_errors(event)))

    def test_document(self):
        run = dyad("explain", "--doc", relative(example_files()[1]))
        self.assertExit(run, 0)
        self.assertIn(b"event word", run.out)


class EvalTest(DyadTestCase):
    """`dyad eval` scores both parts but lists only the tuned part's sentences by default."""

    def test_heldout_items_are_scored_not_listed(self):
        gold = "".join(json.dumps({"doc_id": d, "sentence": [0, 20], "source": ["USA"],
                                   "target": ["RUS"], "cameo": "111", "cameo_alts": [],
                                   "date": "2024-01-02", "modality": "fact",
                                   "optional": False}) + "\n" for d in ("tuned-doc", "kept-doc"))
        with tempfile.TemporaryDirectory() as tmp:
            paths = {name: os.path.join(tmp, name) for name in ("gold", "events", "heldout")}
            for name, text in (("gold", gold), ("events", ""), ("heldout", "kept-doc\n")):
                with open(paths[name], "w") as f:
                    f.write(text)
            base = ("eval", paths["gold"], paths["events"], "--heldout", paths["heldout"])
            run = dyad(*base)
            self.assertExit(run, 0)
            self.assertIn(b"tuned-doc", run.out)
            self.assertNotIn(b"kept-doc", run.out)
            self.assertIn(b"1 held-out misses and false positives are not listed", run.out)
            report = json.loads(dyad(*base, "--json").out)
            self.assertEqual([m["doc_id"] for m in report["misses"]], ["tuned-doc"])
            self.assertEqual(report["heldout"]["false_negatives"], 1)
            self.assertIn(b"kept-doc", dyad(*base, "--list-heldout").out)

def main():
    global DYAD, UPDATE_GOLDEN
    args = sys.argv[1:]
    if "--update" in args:
        args.remove("--update")
        UPDATE_GOLDEN = True
    if not args or args[0].startswith("-"):
        sys.exit("usage: python3 tests/cli_test.py /path/to/dyad [--update] [unittest options]")
    DYAD = str(Path(args.pop(0)).resolve())
    if not os.access(DYAD, os.X_OK):
        sys.exit("cli_test.py: %s is not an executable" % DYAD)
    unittest.main(argv=[sys.argv[0], *args])


if __name__ == "__main__":
    main()
