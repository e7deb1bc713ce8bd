#!/usr/bin/env python3
"""End-to-end tests of `dyad serve` (docs/api.md).

    python3 tests/serve_test.py /path/to/dyad [unittest options]

The demo corpus (examples/*.txt) is ingested into a store in a temporary directory; the
server is started on a free port of 127.0.0.1 (`--port 0`, the port read from its
"listening on" line) with a small static folder of its own, every endpoint is asked, and
the server is stopped with SIGTERM at the end, which must end it cleanly.
"""

import http.client
import json
import os
import re
import select
import signal
import subprocess
import sys
import tempfile
import time
import unittest
from pathlib import Path

DYAD = None
SOURCE_DIR = Path(os.environ.get("DYAD_SOURCE_DIR", Path(__file__).resolve().parent.parent))
EXAMPLES = sorted(str(p) for p in (SOURCE_DIR / "examples").glob("*.txt"))
SEED = SOURCE_DIR.parent / "shared" / "corpus" / "seed-tripartite-condemnation-2023-10-30.txt"


def seed_first_sentence():
    """The seed's first body sentence, read from the file (None when it is missing)."""
    if not SEED.exists():
        return None
    for line in SEED.read_text(encoding="utf-8").splitlines():
        if line.startswith("South Korea, Japan, and the United States strongly condemned"):
            return re.split(r"(?<=\.)\s+", line.strip())[0]
    return None


class ServeTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory(prefix="dyad_serve_test_")
        tmp = Path(cls.tmp.name)
        cls.db = tmp / "demo.db"
        env = dict(os.environ)
        env.pop("DYAD_DB", None)
        ingest = subprocess.run([DYAD, "ingest", "--db", str(cls.db), *EXAMPLES],
                                capture_output=True, env=env, timeout=300)
        assert ingest.returncode in (0, 3), ingest.stderr.decode(errors="replace")
        web = tmp / "web"
        (web / "assets").mkdir(parents=True)
        (web / "index.html").write_text("<!doctype html><title>dyad test page</title>\n")
        (web / "assets" / "app.js").write_text("console.log('dyad');\n")
        (tmp / "secret.txt").write_text("outside the static folder\n")
        cls.server = subprocess.Popen(
            [DYAD, "serve", "--db", str(cls.db), "--port", "0", "--static", str(web)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        ready, _, _ = select.select([cls.server.stdout], [], [], 60)
        if not ready:
            cls.server.kill()
            raise AssertionError("dyad serve printed nothing within 60 s")
        cls.line = cls.server.stdout.readline().decode()
        m = re.fullmatch(r"listening on http://127\.0\.0\.1:(\d+)\n", cls.line)
        if not m:
            cls.server.kill()
            raise AssertionError("unexpected first line: %r (stderr: %s)" % (
                cls.line, cls.server.stderr.read().decode(errors="replace")))
        cls.port = int(m.group(1))

    @classmethod
    def tearDownClass(cls):
        if cls.server.poll() is None:
            cls.server.kill()
            cls.server.wait()
        cls.tmp.cleanup()

    # -------------------------------------------------------------------- helpers

    def request(self, method, path, body=None, headers=None):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        try:
            conn.request(method, path, body=body, headers=headers or {})
            res = conn.getresponse()
            return res.status, res.getheader("Content-Type"), res.read()
        finally:
            conn.close()

    def api(self, path, status=200, method="GET", body=None, headers=None):
        code, ctype, data = self.request(method, path, body, headers)
        self.assertEqual(code, status, data[:500])
        self.assertEqual(ctype, "application/json", path)
        return json.loads(data)

    # -------------------------------------------------------------------- endpoints

    def test_events(self):
        page = self.api("/api/events?limit=5")
        self.assertEqual(set(page), {"total", "limit", "offset", "events"})
        self.assertGreater(page["total"], 20)
        self.assertEqual((page["limit"], page["offset"]), (5, 0))
        self.assertEqual(len(page["events"]), 5)
        for e in page["events"]:
            for key in ("event_id", "date", "source", "target", "cameo", "quad_class",
                        "goldstein", "modality", "num_mentions", "num_documents",
                        "num_outlets", "mention"):
                self.assertIn(key, e)
            m = e["mention"]
            for key in ("sentence", "evidence", "rule", "url", "title", "doc_id"):
                self.assertIn(key, m)
            self.assertIn("text", m["source"])
            self.assertLessEqual(m["evidence"]["start"], m["evidence"]["end"])
        following = self.api("/api/events?limit=5&offset=5")
        self.assertEqual(following["total"], page["total"])
        self.assertFalse({e["event_id"] for e in page["events"]} &
                         {e["event_id"] for e in following["events"]})
        self.assertEqual(self.api("/api/events")["limit"], 50)
        self.assertEqual(self.api("/api/events?limit=99999")["limit"], 500)
        # The same filters as `dyad query events`.
        prk = self.api("/api/events?dyad=PRK,RUS&from=2023-10")
        self.assertTrue(prk["events"])
        for e in prk["events"]:
            self.assertEqual({e["source"]["root"], e["target"]["root"]}, {"PRK", "RUS"})
            self.assertGreaterEqual(e["date"], "2023-10")
        cli = subprocess.run([DYAD, "query", "events", "--db", str(self.db), "--dyad", "PRK,RUS",
                              "--from", "2023-10"], capture_output=True, timeout=60)
        self.assertEqual([json.loads(l)["event_id"] for l in cli.stdout.decode().splitlines()],
                         [e["event_id"] for e in prk["events"]])

    def test_filter_errors(self):
        err = self.api("/api/events?quad=9", 400)
        self.assertEqual(err["error"], "quad: expected 1, 2, 3 or 4, got '9'")
        self.assertIn("unknown parameter", self.api("/api/events?colour=red", 400)["error"])
        self.assertIn("dyad", self.api("/api/series?dyad=USA", 400)["error"])
        self.assertIn("period", self.api("/api/series?period=year", 400)["error"])
        self.assertIn("from", self.api("/api/network?from=yesterday", 400)["error"])
        self.assertIn("baseline", self.api("/api/alerts?baseline=-1", 400)["error"])

    def test_series(self):
        s = self.api("/api/series?dyad=PRK,RUS&period=month&from=2023-09&to=2023-12")
        self.assertEqual(s["period"], "month")
        self.assertEqual(len(s["series"]), 1)
        self.assertEqual(s["series"][0]["dyad"], "all")
        rows = s["series"][0]["rows"]
        self.assertEqual([r["period"] for r in rows], ["2023-09", "2023-10", "2023-11", "2023-12"])
        for r in rows:
            self.assertEqual(set(r), {"period", "events", "mentions", "goldstein_sum",
                                      "goldstein_mean", "quad"})
            self.assertEqual(sum(r["quad"]), r["events"])
        self.assertGreater(sum(r["events"] for r in rows), 0)
        split = self.api("/api/series?split=dyad&actor=PRK")
        self.assertGreater(len(split["series"]), 1)
        for one in split["series"]:
            self.assertIn("PRK", one["dyad"])
        weekly = self.api("/api/series")
        self.assertEqual(weekly["period"], "week")
        self.assertEqual(len(weekly["series"]), 1)

    def test_actors(self):
        top = self.api("/api/actors")["actors"]
        self.assertTrue(0 < len(top) <= 10)
        counts = [a["events"] for a in top]
        self.assertEqual(counts, sorted(counts, reverse=True))
        kor = self.api("/api/actors?q=kor")["actors"]
        self.assertEqual(kor[0], {"code": "KOR", "name": "South Korea",
                                  "events": kor[0]["events"], "iso_numeric": "410"})
        self.assertIn("PRK", [a["code"] for a in kor])
        self.assertEqual(self.api("/api/actors?q=russia&limit=1")["actors"][0]["code"], "RUS")

    def test_network(self):
        net = self.api("/api/network?from=2023-01&to=2024-12")
        ids = {n["id"] for n in net["nodes"]}
        self.assertIn("PRK", ids)
        for n in net["nodes"]:
            self.assertEqual(set(n) - {"iso_numeric"}, {"id", "name", "events", "bloc"})
        for e in net["edges"]:
            self.assertIn(e["source"], ids)
            self.assertIn(e["target"], ids)
            self.assertEqual(e["weight"], e["cooperation"] - e["conflict"])
            self.assertEqual(e["events"], e["cooperation"] + e["conflict"])
        members = sorted(m for b in net["blocs"] for m in b["members"])
        self.assertEqual(members, sorted(ids))
        sizes = [len(b["members"]) for b in net["blocs"]]
        self.assertEqual(sizes, sorted(sizes, reverse=True))
        self.assertLessEqual(len(self.api("/api/network?max_nodes=3")["nodes"]), 3)

    def test_alerts(self):
        a = self.api("/api/alerts?period=month&baseline=6&min_events=1&min_score=0")
        self.assertEqual(a["period"], "month")
        self.assertRegex(a["latest"], r"^\d{4}-\d{2}$")
        for alert in a["alerts"]:
            self.assertEqual(set(alert), {"dyad", "latest", "baseline_mean", "baseline_sd",
                                          "score"})
            self.assertRegex(alert["dyad"], r"^[A-Z]{3,},[A-Z]{3,}$")
        scores = [x["score"] for x in a["alerts"]]
        self.assertEqual(scores, sorted(scores, reverse=True))

    def test_code_the_seed_sentence(self):
        sentence = seed_first_sentence()
        if sentence is None:
            self.skipTest("../shared/corpus (the seed) is not there")
        stored = self.api("/api/events?limit=1")["total"]
        out = self.api("/api/code", method="POST", body=sentence.encode(),
                       headers={"Content-Type": "text/plain; charset=utf-8"})
        self.assertEqual(out["errors"], [])
        condemn = [e for e in out["events"] if e["cameo_root"] == "11"]
        self.assertEqual(sorted((e["source"]["code"], e["target"]["code"]) for e in condemn),
                         [("JPN", "PRK"), ("KOR", "PRK"), ("USA", "PRK")])
        for e in condemn:
            self.assertTrue(e["rule"])
            self.assertEqual(sentence[e["evidence"]["start"]:e["evidence"]["end"]],
                             e["evidence"]["text"])
        self.assertTrue(out["sentences"][0]["candidates"])
        # The same as `dyad code` gives for the same text.
        cli = subprocess.run([DYAD, "code", "--input", "jsonl"], capture_output=True, timeout=60,
                             input=(json.dumps({"id": "input", "text": sentence}) + "\n").encode())
        self.assertEqual([json.loads(l) for l in cli.stdout.decode().splitlines()], out["events"])
        as_json = self.api("/api/code", method="POST",
                           body=json.dumps({"text": sentence, "date": "2023-10-30"}).encode(),
                           headers={"Content-Type": "application/json"})
        self.assertEqual(len([e for e in as_json["events"] if e["cameo_root"] == "11"]), 3)
        self.assertEqual(self.api("/api/events?limit=1")["total"], stored)  # nothing stored

    def test_http_errors(self):
        self.assertIn("error", self.api("/api/nothing", 404))
        self.assertIn("error", self.api("/api/events", 405, method="POST", body=b"x"))
        self.assertIn("error", self.api("/api/code", 405))
        big = b"a" * (1024 * 1024 + 1)
        self.assertIn("error", self.api("/api/code", 413, method="POST", body=big,
                                        headers={"Content-Type": "text/plain"}))
        self.assertIn("error", self.api("/api/code", 400, method="POST", body=b"{",
                                        headers={"Content-Type": "application/json"}))

    def test_static_files(self):
        code, ctype, body = self.request("GET", "/")
        self.assertEqual((code, ctype), (200, "text/html; charset=utf-8"))
        self.assertIn(b"dyad test page", body)
        code, ctype, _ = self.request("GET", "/assets/app.js")
        self.assertEqual((code, ctype), (200, "text/javascript; charset=utf-8"))
        self.assertEqual(self.request("GET", "/nothing.css")[0], 404)
        for path in ("/../secret.txt", "/assets/../../secret.txt", "/%2e%2e/secret.txt",
                     "/assets/%2E%2E/%2E%2E/secret.txt", "/..%2fsecret.txt"):
            code, ctype, body = self.request("GET", path)
            self.assertIn(code, (400, 404), path)
            self.assertEqual(ctype, "application/json", path)
            self.assertNotIn(b"outside the static folder", body, path)

    def test_usage_and_startup_errors(self):
        busy = subprocess.run([DYAD, "serve", "--db", str(self.db), "--port", str(self.port)],
                              capture_output=True, timeout=60)
        self.assertEqual(busy.returncode, 1)
        self.assertIn(b"cannot listen", busy.stderr)
        self.assertEqual(busy.stdout, b"")
        missing = subprocess.run([DYAD, "serve", "--db", str(self.db) + ".missing"],
                                 capture_output=True, timeout=60)
        self.assertEqual(missing.returncode, 1)
        self.assertIn(b"no such store", missing.stderr)
        self.assertEqual(subprocess.run([DYAD, "serve", "--port", "70000"],
                                        capture_output=True, timeout=60).returncode, 2)

    def test_zz_sigterm_stops_cleanly(self):
        # Runs last (unittest sorts by name): the server must exit 0 on SIGTERM.
        self.server.send_signal(signal.SIGTERM)
        try:
            rc = self.server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.fail("dyad serve did not stop within 15 s of SIGTERM")
        self.assertEqual(rc, 0, self.server.stderr.read().decode(errors="replace"))


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("usage: serve_test.py /path/to/dyad [unittest options]")
    DYAD = os.path.abspath(sys.argv.pop(1))
    unittest.main(verbosity=1)
