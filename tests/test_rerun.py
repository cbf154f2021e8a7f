"""Reruns are safe: the same crawl twice adds nothing, and rebuild reproduces the database."""
from __future__ import annotations

import shutil

import sqlite_utils

from conftest import run_cli

STABLE_TABLES = ["articles", "captures", "raw_responses", "speakers", "speaker_aliases", "quotes",
                 "quote_sources", "events", "event_sources", "tweets", "tweet_sources"]


def counts(path) -> dict[str, int]:
    db = sqlite_utils.Database(path)
    return {table: db[table].count for table in STABLE_TABLES}


def test_crawling_the_demo_twice_adds_nothing(demo_db, tmp_path):
    path = tmp_path / "contest.db"
    shutil.copy(demo_db, path)
    shutil.copytree(demo_db.with_name("contest-httpcache"), tmp_path / "contest-httpcache", dirs_exist_ok=True)
    before = counts(path)
    run_cli("demo", "--no-serve", "--db", str(path))
    assert counts(path) == before
    db = sqlite_utils.Database(path)
    last_run = list(db.query("select * from crawl_runs order by id desc limit 1"))[0]
    assert last_run["items_new"] == 0 and last_run["status"] == "finished"
    assert db.execute("pragma integrity_check").fetchone()[0] == "ok"


def test_rebuild_reproduces_the_database_without_crawling(demo_db, tmp_path):
    path = tmp_path / "contest.db"
    shutil.copy(demo_db, path)
    before = counts(path)
    result = run_cli("rebuild", "--db", str(path))
    assert "Rebuilt" in result.stderr
    after = counts(path)
    assert after == before
