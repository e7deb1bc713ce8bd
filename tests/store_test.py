#!/usr/bin/env python3
"""Tests of the event store's command line: `dyad ingest`, `recode`, `query events`,
`query series` and `export` (docs/cli.md, "The event store").

    python3 tests/store_test.py /path/to/dyad [unittest options]

SQLite stores live in a temporary directory. The PostgreSQL tests start a throwaway server
from Debian's postgresql package (/usr/lib/postgresql/15/bin) on 127.0.0.1, in a temporary
data directory, as the `postgres` user when run as root (initdb refuses root), and stop it
at the end; they are skipped, saying why, only when those binaries are missing.
"""

import csv
import io
import json
import os
import random
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import unittest
from pathlib import Path

DYAD = None
SOURCE_DIR = Path(os.environ.get("DYAD_SOURCE_DIR", Path(__file__).resolve().parent.parent))
EXAMPLES = sorted(str(p) for p in (SOURCE_DIR / "examples").glob("*.txt"))
PG_BIN = Path(os.environ.get("DYAD_PG_BIN", "/usr/lib/postgresql/15/bin"))

# Two wires reporting one event, and an allegation that must stay apart from the fact.
SAME_EVENT = [
    {"id": "wire-a", "text": "Japan condemned North Korea's missile launch on Tuesday.",
     "date": "2023-10-18", "outlet": "Wire A"},
    {"id": "wire-b", "text": "Tokyo condemned North Korea's missile launch on Tuesday, officials said.",
     "date": "2023-10-18", "outlet": "Wire B"},
]
MODALITIES = [
    {"id": "fact", "text": "North Korea delivered artillery shells to Russia on Monday.",
     "date": "2023-10-16", "outlet": "Wire A"},
    {"id": "alleged", "text": "North Korea allegedly delivered artillery shells to Russia on Monday.",
     "date": "2023-10-16", "outlet": "Wire B"},
]


def jsonl(docs):
    return "".join(json.dumps(d) + "\n" for d in docs).encode()


def dyad(*args, stdin=b"", env=None, cwd=None):
    full_env = dict(os.environ)
    full_env.pop("DYAD_DB", None)
    if env:
        full_env.update(env)
    proc = subprocess.run([DYAD, *args], input=stdin, capture_output=True, env=full_env,
                          cwd=cwd or SOURCE_DIR, timeout=600)
    return proc


def ok(test, proc, code=0):
    test.assertEqual(proc.returncode, code, proc.stderr.decode(errors="replace"))
    return proc


def events(proc):
    return [json.loads(l) for l in proc.stdout.decode().splitlines() if l.strip()]


def normalised(evs):
    """Events without store keys and clock times: comparable across stores and runs."""
    out = []
    for e in evs:
        out.append((e["date"] or "", e["source"]["code"], (e["target"] or {}).get("code", ""),
                    e["cameo"], e["modality"], e["num_mentions"], e["num_documents"],
                    e["num_outlets"], tuple(sorted(m["id"] for m in e.get("mentions", [])))))
    return sorted(out)


def body(path):
    """The body of a .txt example (after its header)."""
    text = Path(path).read_text(encoding="utf-8")
    head, sep, rest = text.partition("\n\n")
    return rest if sep and all(":" in l for l in head.splitlines()) else text


class StoreCase(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory(prefix="dyad-store-")
        self.db = os.path.join(self.tmp.name, "t.db")

    def tearDown(self):
        self.tmp.cleanup()

    def ingest(self, *args, stdin=b"", code=0, db=None):
        return ok(self, dyad("ingest", "--db", db or self.db, *args, stdin=stdin), code)

    def query(self, *args, db=None):
        return events(ok(self, dyad("query", "events", "--db", db or self.db, *args)))


class IngestTest(StoreCase):
    def test_same_file_twice_changes_nothing(self):
        first = self.ingest(*EXAMPLES)
        self.assertIn("12 added", first.stderr.decode())
        before = self.query("--mentions")
        second = self.ingest(*EXAMPLES)
        self.assertIn("0 added, 0 replaced, 12 unchanged", second.stderr.decode())
        self.assertEqual(self.query("--mentions"), before)

    def test_changed_document_replaces_its_events(self):
        self.ingest(stdin=jsonl([SAME_EVENT[0]]))
        changed = dict(SAME_EVENT[0], text="Russia condemned Ukraine's drone attack on Tuesday.")
        run = self.ingest(stdin=jsonl([changed]))
        self.assertIn("1 replaced", run.stderr.decode())
        evs = self.query("--mentions")
        self.assertEqual([(e["source"]["root"], e["target"]["root"]) for e in evs], [("RUS", "UKR")])
        self.assertEqual(len(evs[0]["mentions"]), 1)

    def test_provenance_is_recorded(self):
        self.ingest(stdin=jsonl(SAME_EVENT))
        version = dyad("--version").stdout.decode().split()[1]
        for e in self.query("--mentions"):
            self.assertEqual(e["provenance"]["dyad_version"], version)
            self.assertRegex(e["provenance"]["dictionary_fingerprint"], r"^[0-9a-f]+(\+[0-9a-f]+)?$")
            for m in e["mentions"]:
                self.assertEqual(m["provenance"], e["provenance"])

    def test_database_from_env_then_default(self):
        env_db = os.path.join(self.tmp.name, "env.db")
        ok(self, dyad("ingest", stdin=jsonl(SAME_EVENT), env={"DYAD_DB": env_db}))
        self.assertTrue(os.path.exists(env_db))
        ok(self, dyad("ingest", stdin=jsonl(SAME_EVENT), cwd=self.tmp.name))
        self.assertTrue(os.path.exists(os.path.join(self.tmp.name, "dyad.db")))
        proc = ok(self, dyad("query", "events", cwd=self.tmp.name))
        self.assertEqual(len(events(proc)), 1)

    def test_failed_documents_exit_3_and_the_rest_is_stored(self):
        proc = self.ingest(stdin=jsonl(SAME_EVENT) + b"{not json\n", code=3)
        self.assertIn("dyad: error: stdin:3: ", proc.stderr.decode())
        self.assertEqual(len(self.query()), 1)

    def test_dedup_settings_are_fixed_at_creation(self):
        self.ingest("--window", "2", "--match", "root", stdin=jsonl(SAME_EVENT))
        proc = dyad("ingest", "--db", self.db, "--window", "5", stdin=jsonl(SAME_EVENT))
        self.assertEqual(proc.returncode, 2)
        self.assertRegex(proc.stderr.decode(), r"^dyad: error: .*window 2 day\(s\) and match root")


class DedupTest(StoreCase):
    def test_two_articles_about_one_event_are_one_event(self):
        self.ingest(stdin=jsonl(SAME_EVENT))
        evs = self.query("--mentions")
        self.assertEqual(len(evs), 1, evs)
        e = evs[0]
        self.assertEqual((e["num_mentions"], e["num_documents"], e["num_outlets"]), (2, 2, 2))
        self.assertEqual(sorted(m["doc_id"] for m in e["mentions"]), ["wire-a", "wire-b"])
        self.assertEqual(sorted(m["outlet"] for m in e["mentions"]), ["Wire A", "Wire B"])
        self.assertRegex(e["first_seen"], r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
        self.assertNotIn("mentions", self.query()[0])

    def test_never_merges_across_modalities(self):
        self.ingest(stdin=jsonl(MODALITIES))
        evs = self.query()
        self.assertEqual(sorted(e["modality"] for e in evs), ["alleged", "fact"])
        self.assertTrue(all(e["num_mentions"] == 1 for e in evs))

    def test_window_zero_keeps_different_days_apart(self):
        later = dict(SAME_EVENT[1], text="Tokyo condemned North Korea's missile launch on Wednesday.")
        self.ingest("--window", "0", stdin=jsonl([SAME_EVENT[0], later]))
        self.assertEqual(len(self.query()), 2)


class CrashTest(StoreCase):
    """kill -9 during ingest loses no committed document and leaves no half-written one."""

    N = 1500

    def corpus(self):
        bodies = [body(p) for p in EXAMPLES[:11]]  # the English ones
        docs = []
        for i in range(self.N):
            docs.append({"id": "crash-%05d" % i, "text": bodies[i % len(bodies)],
                         "date": "2023-%02d-%02d" % (1 + i % 12, 1 + i % 28),
                         "outlet": "Wire %d" % (i % 7)})
        path = os.path.join(self.tmp.name, "corpus.jsonl")
        Path(path).write_bytes(jsonl(docs))
        return path

    def check_consistent(self, expected):
        con = sqlite3.connect(self.db)
        try:
            self.assertEqual(con.execute("PRAGMA integrity_check").fetchone()[0], "ok")
            stored = dict(con.execute(
                "SELECT d.doc_id, count(m.mention_key) FROM documents d "
                "LEFT JOIN mentions m ON m.doc_key = d.doc_key GROUP BY d.doc_id"))
            for doc_id, n in stored.items():
                self.assertEqual(n, expected.get(doc_id, 0), doc_id)  # whole documents only
            orphans = con.execute(
                "SELECT count(*) FROM mentions m LEFT JOIN documents d ON d.doc_key = m.doc_key "
                "WHERE d.doc_key IS NULL").fetchone()[0]
            self.assertEqual(orphans, 0)
            self.assertEqual(con.execute("SELECT count(*) FROM mentions").fetchone()[0],
                             con.execute("SELECT coalesce(sum(num_mentions), 0) FROM events").fetchone()[0])
            self.assertEqual(con.execute("SELECT count(*) FROM events WHERE num_mentions = 0").fetchone()[0], 0)
            return len(stored)
        finally:
            con.close()

    def test_sigkill_then_resume(self):
        corpus = self.corpus()
        expected = {}
        for e in events(ok(self, dyad("code", corpus))):
            expected[e["doc_id"]] = expected.get(e["doc_id"], 0) + 1
        rng = random.Random(6)
        stored = 0
        for attempt in range(3):
            proc = subprocess.Popen([DYAD, "ingest", "--db", self.db, "--batch", "5", corpus],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            # Wait for a commit beyond what is already stored, then a random moment more.
            deadline = time.time() + 60
            while time.time() < deadline and proc.poll() is None:
                if os.path.exists(self.db):
                    try:
                        con = sqlite3.connect(self.db, timeout=5)
                        n = con.execute("SELECT count(*) FROM documents").fetchone()[0]
                        con.close()
                    except sqlite3.Error:
                        n = 0
                    if n > stored:
                        break
                time.sleep(0.005)
            time.sleep(rng.uniform(0, 0.05))
            self.assertIsNone(proc.poll(), "ingest finished before it could be killed")
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            self.assertEqual(proc.returncode, -signal.SIGKILL)
            now = self.check_consistent(expected)
            self.assertGreater(now, stored)
            self.assertLess(now, self.N)
            stored = now
        resume = self.ingest(corpus)
        self.assertIn("%d added, 0 replaced, %d unchanged" % (self.N - stored, stored),
                      resume.stderr.decode())
        self.assertEqual(self.check_consistent(expected), self.N)
        clean = os.path.join(self.tmp.name, "clean.db")
        self.ingest(corpus, db=clean)
        self.assertEqual(normalised(self.query("--mentions")),
                         normalised(self.query("--mentions", db=clean)))


class QueryTest(StoreCase):
    @classmethod
    def setUpClass(cls):
        cls.shared = tempfile.TemporaryDirectory(prefix="dyad-query-")
        cls.db_path = os.path.join(cls.shared.name, "q.db")
        proc = dyad("ingest", "--db", cls.db_path, *EXAMPLES, stdin=b"")
        assert proc.returncode == 0, proc.stderr
        proc = dyad("ingest", "--db", cls.db_path, stdin=jsonl(SAME_EVENT + MODALITIES))
        assert proc.returncode == 0, proc.stderr
        cls.all = events(dyad("query", "events", "--db", cls.db_path, "--mentions"))

    @classmethod
    def tearDownClass(cls):
        cls.shared.cleanup()

    def ids(self, *args):
        return [e["event_id"] for e in self.query(*args, db=self.db_path)]

    def expect(self, args, predicate):
        want = [e["event_id"] for e in self.all if predicate(e)]
        self.assertTrue(want, "the corpus has no event for %s" % (args,))
        self.assertEqual(self.ids(*args), want, args)

    def test_every_filter(self):
        def side(a, v):
            return a is not None and (a["root"] == v or a["code"] == v)
        date = lambda e: e["date"] or ""
        self.expect(["--actor", "USA"], lambda e: side(e["source"], "USA") or side(e["target"], "USA"))
        self.expect(["--actor", "RUSGOV"], lambda e: side(e["source"], "RUSGOV") or side(e["target"], "RUSGOV"))
        self.expect(["--source", "PRK"], lambda e: side(e["source"], "PRK"))
        self.expect(["--target", "RUS"], lambda e: side(e["target"], "RUS"))
        self.expect(["--dyad", "USA:RUS"], lambda e: side(e["source"], "USA") and side(e["target"], "RUS"))
        self.expect(["--dyad", "PRK,RUS"], lambda e: (side(e["source"], "PRK") and side(e["target"], "RUS"))
                    or (side(e["source"], "RUS") and side(e["target"], "PRK")))
        self.expect(["--cameo", "112"], lambda e: e["cameo"] == "112")
        self.expect(["--root", "11"], lambda e: e["cameo_root"] == "11")
        self.expect(["--plover", "ACCUSE"], lambda e: (e["plover"] or {}).get("type") == "ACCUSE")
        self.expect(["--quad", "4"], lambda e: e["quad_class"] == 4)
        self.expect(["--modality", "alleged"], lambda e: e["modality"] == "alleged")
        self.expect(["--from", "2024-01"], lambda e: date(e) >= "2024-01")
        self.expect(["--to", "2023-11"], lambda e: e["date"] and date(e)[:7] <= "2023-11")
        self.expect(["--from", "2023-10-16", "--to", "2023-10-18"],
                    lambda e: e["date"] and len(date(e)) == 10 and "2023-10-16" <= date(e) <= "2023-10-18")
        self.expect(["--q", "artillery shells"],
                    lambda e: any("artillery shells" in m["sentence"] for m in e["mentions"]))
        self.expect(["--actor", "USA", "--quad", "3"],
                    lambda e: (side(e["source"], "USA") or side(e["target"], "USA")) and e["quad_class"] == 3)
        everything = [e["event_id"] for e in self.all]
        self.assertEqual(self.ids("--limit", "5"), everything[:5])
        self.assertEqual(self.ids("--limit", "5", "--offset", "3"), everything[3:8])
        self.assertEqual(self.ids("--offset", "3"), everything[3:])

    def test_text_search_stems_words(self):
        accused = self.ids("--q", "accused")
        self.assertTrue(accused)
        self.assertEqual(self.ids("--q", "ACCUSES"), accused)

    def test_bad_filters_are_usage_errors(self):
        for args, where in [(["--quad", "7"], "--quad"), (["--dyad", "USA"], "--dyad"),
                            (["--from", "2023-02-30"], "--from"), (["--modality", "maybe"], "--modality"),
                            (["--actor", "usa"], "--actor")]:
            proc = dyad("query", "events", "--db", self.db_path, *args)
            self.assertEqual(proc.returncode, 2, args)
            self.assertRegex(proc.stderr.decode(), "^dyad: error: %s: " % where)
        proc = dyad("query", "events", "--db", os.path.join(self.shared.name, "missing.db"))
        self.assertEqual(proc.returncode, 1)
        self.assertRegex(proc.stderr.decode(), r"^dyad: error: .*missing\.db: no such store")

    def test_csv(self):
        proc = ok(self, dyad("query", "events", "--db", self.db_path, "--format", "csv"))
        rows = list(csv.DictReader(io.StringIO(proc.stdout.decode())))
        self.assertEqual([int(r["event_id"]) for r in rows], [e["event_id"] for e in self.all])
        self.assertEqual(rows[0]["num_mentions"], str(self.all[0]["num_mentions"]))
        proc = ok(self, dyad("query", "events", "--db", self.db_path, "--format", "csv", "--mentions"))
        rows = list(csv.DictReader(io.StringIO(proc.stdout.decode())))
        self.assertEqual(len(rows), sum(len(e["mentions"]) for e in self.all))

    def test_series_fills_periods(self):
        proc = ok(self, dyad("query", "series", "--db", self.db_path, "--dyad", "JPN:PRK",
                             "--period", "day", "--from", "2023-10-15", "--to", "2023-10-20"))
        rows = list(csv.DictReader(io.StringIO(proc.stdout.decode())))
        self.assertEqual([r["period"] for r in rows],
                         ["2023-10-%d" % d for d in range(15, 21)])
        day = {r["period"]: r for r in rows}
        self.assertEqual(day["2023-10-17"]["events"], "1")
        self.assertEqual(day["2023-10-17"]["mentions"], "2")
        self.assertEqual(day["2023-10-17"]["quad3"], "1")
        self.assertEqual(day["2023-10-16"]["events"], "0")
        proc = ok(self, dyad("query", "series", "--db", self.db_path, "--period", "month",
                             "--format", "jsonl"))
        rows = [json.loads(l) for l in proc.stdout.decode().splitlines()]
        total = sum(r["events"] for r in rows)
        self.assertEqual(total, sum(1 for e in self.all if e["date"] and len(e["date"]) >= 7))
        for r in rows:
            if r["events"]:
                self.assertAlmostEqual(r["goldstein_mean"], r["goldstein_sum"] / r["events"], 2)
                self.assertEqual(sum(r["quad"]), r["events"])

    def test_export_formats(self):
        proc = ok(self, dyad("export", "--db", self.db_path, "--format", "gdelt", "--header"))
        lines = proc.stdout.decode().splitlines()
        self.assertEqual(len(lines), len(self.all) + 1)
        for line in lines:
            self.assertEqual(len(line.split("\t")), 61)
        header = lines[0].split("\t")
        rows = [dict(zip(header, l.split("\t"))) for l in lines[1:]]
        self.assertEqual([int(r["GlobalEventID"]) for r in rows], [e["event_id"] for e in self.all])
        self.assertEqual(rows[0]["EventCode"], self.all[0]["cameo"])
        self.assertEqual(int(rows[0]["NumMentions"]), self.all[0]["num_mentions"])
        proc = ok(self, dyad("export", "--db", self.db_path, "--format", "plover"))
        plover = [json.loads(l) for l in proc.stdout.decode().splitlines()]
        self.assertEqual(len(plover), sum(1 for e in self.all if e["plover"]))
        for p in plover:
            for field in ("id", "date", "source", "event"):
                self.assertIn(field, p)
            self.assertIsInstance(p["source"], list)
        proc = ok(self, dyad("export", "--db", self.db_path, "--format", "cameo-tsv", "--cameo", "112"))
        lines = proc.stdout.decode().splitlines()
        self.assertEqual(len(lines), sum(1 for e in self.all if e["cameo"] == "112"))
        self.assertTrue(all(len(l.split("\t")) == 9 and l.split("\t")[3] == "112" for l in lines))


class RecodeTest(StoreCase):
    def test_reports_what_a_dictionary_change_did(self):
        doc = {"id": "z", "text": "Zorblania condemned North Korea's missile launch. "
                                  "Japan condemned North Korea's missile launch on Tuesday.",
               "date": "2023-10-18"}
        self.ingest(stdin=jsonl([doc]))
        self.assertEqual(len(self.query()), 1)
        same = json.loads(ok(self, dyad("recode", "--db", self.db, "--json")).stdout)
        self.assertEqual((same["documents"], same["skipped"]), (0, 1))
        actors = os.path.join(self.tmp.name, "z.actors")
        Path(actors).write_text("ZORBLANIA_ [ZBL]\n")
        report = json.loads(ok(self, dyad("recode", "--db", self.db, "--json",
                                          "--actors", actors)).stdout)
        self.assertEqual(report["documents"], 1)
        self.assertEqual(report["documents_changed"], 1)
        self.assertEqual(report["total"]["added"], 1)
        self.assertEqual(report["by_root"]["11"]["added"], 1)
        self.assertEqual(report["by_root"]["11"]["unchanged"], 1)
        evs = self.query()
        self.assertEqual(sorted(e["source"]["code"] for e in evs), ["JPN", "ZBL"])
        fingerprints = {e["provenance"]["dictionary_fingerprint"] for e in evs}
        self.assertEqual(len(fingerprints), 1)
        text = ok(self, dyad("recode", "--db", self.db, "--all")).stdout.decode()
        self.assertIn("total", text)
        self.assertIn("removed", text)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PostgresServer:
    """A throwaway PostgreSQL on 127.0.0.1 in a temporary data directory."""

    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix="dyad-pg-")
        self.port = free_port()
        self.as_root = os.geteuid() == 0
        if self.as_root:
            shutil.chown(self.dir, "postgres")
        self.data = os.path.join(self.dir, "data")
        self.run("initdb", "-D", self.data, "-U", "dyad", "--auth=trust", "-E", "UTF8",
                 "--locale=C.UTF-8", "--no-sync")
        self.run("pg_ctl", "-D", self.data, "-l", os.path.join(self.dir, "log"), "-w", "-o",
                 "-c listen_addresses=127.0.0.1 -p %d -k %s -c fsync=off" % (self.port, self.dir),
                 "start")
        self.run("createdb", "-h", "127.0.0.1", "-p", str(self.port), "-U", "dyad", "dyad")

    def run(self, tool, *args):
        cmd = [str(PG_BIN / tool), *args]
        if self.as_root:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        proc = subprocess.run(cmd, capture_output=True, cwd=self.dir, timeout=120)
        if proc.returncode != 0:
            raise RuntimeError("%s failed: %s" % (tool, proc.stderr.decode(errors="replace")))

    def url(self, db="dyad"):
        return "postgresql://dyad@127.0.0.1:%d/%s" % (self.port, db)

    def new_database(self, name):
        self.run("createdb", "-h", "127.0.0.1", "-p", str(self.port), "-U", "dyad", name)
        return self.url(name)

    def stop(self):
        try:
            self.run("pg_ctl", "-D", self.data, "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)


@unittest.skipUnless((PG_BIN / "initdb").exists(),
                     "PostgreSQL binaries not found in %s (Debian package postgresql)" % PG_BIN)
class PostgresTest(StoreCase):
    @classmethod
    def setUpClass(cls):
        cls.server = PostgresServer()

    @classmethod
    def tearDownClass(cls):
        cls.server.stop()

    def test_same_results_as_sqlite(self):
        url = self.server.new_database("same")
        for db in (url, self.db):
            self.ingest(*EXAMPLES, db=db)
            self.ingest(stdin=jsonl(SAME_EVENT + MODALITIES), db=db)
        again = self.ingest(*EXAMPLES, db=url)
        self.assertIn("0 added, 0 replaced, 12 unchanged", again.stderr.decode())
        pg, lite = self.query("--mentions", db=url), self.query("--mentions", db=self.db)
        self.assertEqual(normalised(pg), normalised(lite))
        self.assertEqual([e["event_id"] for e in pg], [e["event_id"] for e in lite])
        for args in (["--q", "accused"], ["--q", "artillery shells"], ["--dyad", "PRK,RUS"],
                     ["--actor", "USA", "--quad", "3"], ["--from", "2024", "--limit", "3"]):
            self.assertEqual(normalised(self.query(*args, db=url)),
                             normalised(self.query(*args, db=self.db)), args)
        for cmd in (["query", "series", "--period", "week", "--dyad", "USA,RUS"],
                    ["export", "--format", "cameo-tsv"]):
            a = ok(self, dyad(*cmd, "--db", url)).stdout
            b = ok(self, dyad(*cmd, "--db", self.db)).stdout
            self.assertEqual(a, b, cmd)
        gdelt = ok(self, dyad("export", "--db", url, "--format", "gdelt")).stdout.decode()
        self.assertTrue(all(len(l.split("\t")) == 61 for l in gdelt.splitlines()))

    def test_dedup_replacement_and_recode(self):
        url = self.server.new_database("dedup")
        self.ingest(stdin=jsonl(SAME_EVENT + MODALITIES), db=url)
        evs = self.query("--mentions", db=url)
        jpn = [e for e in evs if e["source"]["root"] == "JPN"]
        self.assertEqual([(e["num_mentions"], e["num_outlets"]) for e in jpn], [(2, 2)])
        self.assertEqual(sorted(e["modality"] for e in evs if e["source"]["root"] == "PRK"),
                         ["alleged", "fact"])
        changed = dict(SAME_EVENT[1], text="Russia condemned Ukraine's drone attack on Tuesday.")
        self.ingest(stdin=jsonl([changed]), db=url)
        jpn = [e for e in self.query(db=url) if e["source"]["root"] == "JPN"]
        self.assertEqual([(e["num_mentions"], e["num_documents"]) for e in jpn], [(1, 1)])
        report = json.loads(ok(self, dyad("recode", "--db", url, "--all", "--json")).stdout)
        self.assertEqual(report["documents"], 4)
        self.assertEqual(report["total"]["added"] + report["total"]["removed"], 0)

    def test_series_days_equal_the_events(self):
        # store_test's randomised check (ingest, replace, recode; series_days against the
        # events table; the text search's two plans) against this server.
        binary = os.environ.get("DYAD_STORE_UNIT_TEST")
        if not binary or not os.path.exists(binary):
            self.skipTest("DYAD_STORE_UNIT_TEST (the store_test binary) not set")
        url = self.server.new_database("series")
        proc = subprocess.run([binary, "--gtest_filter=EventStoreTest.*OnPostgres"],
                              env=dict(os.environ, DYAD_TEST_POSTGRES=url),
                              capture_output=True, timeout=300)
        out = proc.stdout.decode(errors="replace")
        self.assertEqual(proc.returncode, 0, out[-4000:])
        self.assertIn("[  PASSED  ] 1 test", out)
        self.assertNotIn("SKIPPED", out)
        series = ok(self, dyad("query", "series", "--db", url, "--period", "month",
                               "--dyad", "USA,RUS")).stdout
        self.assertTrue(series)

    def test_concurrent_ingests_keep_series_exact(self):
        # Two writers at once, both touching the same days' shared rows of series_days
        # (rows are written in key order at commit, so they cannot deadlock).
        url = self.server.new_database("concurrent")
        templates = ["Japan condemned North Korea's missile launch.",
                     "Russia accused Ukraine of shelling Kherson.",
                     "China criticised Taiwan's president.",
                     "The United States imposed sanctions on Iran."]
        batches = []
        for w in range(2):
            docs = [{"id": "w%d-%d" % (w, i), "text": templates[(i + w) % 4],
                     "date": "2023-10-%02d" % (1 + (i * 7 + w) % 10)} for i in range(80)]
            batches.append(jsonl(docs))
        env = dict(os.environ)
        env.pop("DYAD_DB", None)
        procs = [subprocess.Popen([DYAD, "ingest", "--db", url, "--batch", "4"],
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, env=env, cwd=SOURCE_DIR)
                 for _ in batches]
        outs = [p.communicate(b, timeout=300) for p, b in zip(procs, batches)]
        for p, (_, err) in zip(procs, outs):
            self.assertEqual(p.returncode, 0, err.decode(errors="replace"))
        evs = self.query(db=url)
        self.assertTrue(evs)
        series = ok(self, dyad("query", "series", "--db", url, "--period", "month",
                               "--format", "csv")).stdout.decode()
        rows = list(csv.DictReader(io.StringIO(series)))
        self.assertEqual(sum(int(r["events"]) for r in rows), len(evs))
        self.assertEqual(sum(int(r["mentions"]) for r in rows),
                         sum(e["num_mentions"] for e in evs))

    def test_unreachable_server_is_a_fatal_error(self):
        proc = dyad("query", "events", "--db", "postgresql://dyad:secret@127.0.0.1:%d/x" % free_port())
        self.assertEqual(proc.returncode, 1)
        err = proc.stderr.decode()
        self.assertRegex(err, r"^dyad: error: postgresql://dyad:\*\*\*@127\.0\.0\.1")
        self.assertNotIn("secret", err)


def main():
    global DYAD
    if len(sys.argv) < 2:
        sys.exit("usage: store_test.py /path/to/dyad [unittest options]")
    DYAD = os.path.abspath(sys.argv.pop(1))
    unittest.main()


if __name__ == "__main__":
    main()
