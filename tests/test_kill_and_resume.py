"""A crawl killed with SIGKILL halfway, then run again: an intact database, nothing twice, nothing lost."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import time

from tests.conftest import CLI, ROOT, run_cli
from tests.fakes.hostile_site import HostileSite
from tests.hostile import many_articles, sitemap_contest

N = 60
SETTINGS = ["-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DOWNLOAD_DELAY=0", "-s", "HTTPCACHE_ENABLED=False",
            "-s", "CONTEST_PROGRESS=False", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=2"]


def _count(db_path, sql):
    try:
        with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=5) as conn:
            return conn.execute(sql).fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def test_crawl_killed_then_rerun_stores_everything_once(tmp_path):
    with HostileSite(many_articles(N, delay=0.15)) as site:
        contest = tmp_path / "c.toml"
        contest.write_text(sitemap_contest(site.url), encoding="utf-8")
        db_path = tmp_path / "killed.db"
        args = [*CLI, "crawl", "--contest", str(contest), "--db", str(db_path), *SETTINGS]
        proc = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                start_new_session=True)  # its own group: the kill takes its workers too
        try:
            deadline = time.monotonic() + 90
            while _count(db_path, "select count(*) from articles") < 10 and time.monotonic() < deadline:
                assert proc.poll() is None, "the crawl ended before it could be killed"
                time.sleep(0.05)
        finally:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        stored_before = _count(db_path, "select count(*) from articles")
        assert 10 <= stored_before < N

        run_cli("crawl", "--contest", str(contest), "--db", str(db_path), *SETTINGS, timeout=180)

    conn = sqlite3.connect(db_path)
    assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
    assert conn.execute("pragma foreign_key_check").fetchall() == []
    assert conn.execute("select count(*), count(distinct url) from articles").fetchone() == (N, N)
    assert conn.execute("select count(*) from captures").fetchone()[0] == N
    # one quote, said once, reported by every article exactly once
    assert conn.execute("select count(*), sum(source_count) from quotes where text like "
                        "'I''m sure Labour MPs will understand%'").fetchone() == (1, N)
    assert conn.execute("select count(*) from (select article_id from quote_sources "
                        "group by article_id having count(*) > 1)").fetchone()[0] == 0
    statuses = sorted(r[0] for r in conn.execute("select status from crawl_runs"))
    assert statuses == ["finished", "running"]  # the killed run shows it never finished
