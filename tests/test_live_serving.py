"""Datasette serving the database while a crawl writes to it (issue 7).

``contest-tracker serve --live`` serves the file without ``-i``, so new rows
show up; WAL lets it read while the crawl writes, and one transaction per page
means no reader ever sees an article without its text or its quotes.
"""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import threading
import time

import httpx

from contest_tracker.publish import datasette_command
from tests.conftest import CLI, ROOT, free_port, run_cli
from tests.fakes.hostile_site import HostileSite
from tests.hostile import many_articles, sitemap_contest

N = 80
SETTINGS = ["-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DOWNLOAD_DELAY=0", "-s", "HTTPCACHE_ENABLED=False",
            "-s", "CONTEST_PROGRESS=False", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=4"]
CHECKS = {
    # every article a reader sees has its text and exactly its one quote link
    "half_written": "select count(*) from articles a where coalesce(a.text, '') = '' or "
                    "(select count(*) from quote_sources qs where qs.article_id = a.id) != 1",
    "orphan_links": "select count(*) from quote_sources qs where not exists "
                    "(select 1 from quotes q where q.id = qs.quote_id) or not exists "
                    "(select 1 from articles a where a.id = qs.article_id)",
    "stale_counts": "select count(*) from quotes q where q.source_count != "
                    "(select count(*) from quote_sources qs where qs.quote_id = q.id)",
}
ARTICLES = "select count(*) from articles"


def test_live_command_serves_without_immutable_flag(tmp_path):
    assert "-i" not in datasette_command(tmp_path / "x.db", live=True)
    assert "-i" in datasette_command(tmp_path / "x.db")


def _poll_sqlite(db_path, stop, seen, problems):
    while not stop.is_set():
        try:
            conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=5)
            with conn:
                conn.execute("begin")  # one snapshot for all the checks
                seen.append(conn.execute(ARTICLES).fetchone()[0])
                for name, sql in CHECKS.items():
                    if conn.execute(sql).fetchone()[0]:
                        problems.append(("sqlite", name, seen[-1]))
            conn.close()
        except sqlite3.OperationalError as exc:  # a busy moment is no inconsistency
            if "locked" not in str(exc) and "busy" not in str(exc):
                problems.append(("sqlite", "error", str(exc)))
        time.sleep(0.01)


def _poll_datasette(base, name, stop, seen, problems):
    with httpx.Client(base_url=base, timeout=10) as client:
        while not stop.is_set():
            sql = "select (" + ARTICLES + ") as n, " + ", ".join(f"({q}) as {k}" for k, q in CHECKS.items())
            response = client.get(f"/{name}.json", params={"sql": sql, "_shape": "array"})
            if response.status_code != 200:
                problems.append(("datasette", response.status_code, response.text[:200]))
            else:
                row = response.json()[0]
                seen.append(row["n"])
                problems.extend(("datasette", k, row["n"]) for k in CHECKS if row[k])
            time.sleep(0.02)


def test_readers_never_see_half_written_articles(tmp_path):
    db_path = tmp_path / "live.db"
    from contest_tracker.contest import load_contest
    from db.store import Store

    Store.open(db_path, load_contest()).db.close()  # the schema, so Datasette has a file to open
    port = free_port()
    server = subprocess.Popen([*CLI, "serve", "--live", "--db", str(db_path), "--port", str(port)], cwd=ROOT,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    stop, problems, seen_sqlite, seen_http = threading.Event(), [], [], []
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if httpx.get(base + "/-/versions.json", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        readers = [threading.Thread(target=_poll_sqlite, args=(db_path, stop, seen_sqlite, problems)),
                   threading.Thread(target=_poll_datasette, args=(base, "live", stop, seen_http, problems))]
        for reader in readers:
            reader.start()
        with HostileSite(many_articles(N, delay=0.05)) as site:
            contest = tmp_path / "c.toml"
            contest.write_text(sitemap_contest(site.url), encoding="utf-8")
            run_cli("crawl", "--contest", str(contest), "--db", str(db_path), *SETTINGS, timeout=180)
        time.sleep(0.5)  # the readers take a last look at the finished database
        stop.set()
        for reader in readers:
            reader.join(15)
    finally:
        stop.set()
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(10)
    assert problems == []
    assert max(seen_sqlite) == N and max(seen_http) == N  # Datasette saw the rows as they came
    assert len({n for n in seen_http if 0 < n < N}) >= 2, "the readers never caught the crawl halfway"
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("pragma journal_mode").fetchone()[0] == "wal"
