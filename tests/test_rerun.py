"""Reruns are safe: the same crawl twice adds nothing, and rebuild reproduces the database."""
from __future__ import annotations

import shutil

import sqlite_utils

from conftest import run_cli
from contest_tracker.archive_server import ArchiveServer

STABLE_TABLES = ["articles", "captures", "raw_responses", "speakers", "speaker_aliases", "quotes",
                 "quote_sources", "events", "event_sources", "tweets", "tweet_sources"]


def counts(path) -> dict[str, int]:
    db = sqlite_utils.Database(path)
    return {table: db[table].count for table in STABLE_TABLES}


def crawl_archive(path, archive_url: str):
    run_cli("crawl", "--db", str(path), "--archive-url", archive_url,
            "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_START_DELAY=0.05")


def test_crawling_the_same_archive_twice_adds_nothing(tmp_path):
    path = tmp_path / "contest.db"
    with ArchiveServer() as server:
        crawl_archive(path, server.url)
        before = counts(path)
        crawl_archive(path, server.url)
    assert counts(path) == before
    db = sqlite_utils.Database(path)
    last_run = list(db.query("select * from crawl_runs order by id desc limit 1"))[0]
    assert last_run["items_new"] == 0 and last_run["status"] == "finished"
    assert db.execute("pragma integrity_check").fetchone()[0] == "ok"


def test_the_demo_rerun_on_another_port_adds_no_articles_quotes_or_tweets(demo_db, tmp_path):
    path = tmp_path / "contest.db"
    shutil.copy(demo_db, path)
    before = counts(path)
    run_cli("demo", "--no-serve", "--db", str(path))
    after = counts(path)
    # the pages name the server's port, so their raw bytes differ and are kept; nothing else changes
    for table in ("raw_responses", "captures"):
        before.pop(table), after.pop(table)
    assert after == before


def test_rebuild_reproduces_the_database_without_crawling(demo_db, tmp_path):
    path = tmp_path / "contest.db"
    shutil.copy(demo_db, path)
    before = counts(path)
    result = run_cli("rebuild", "--db", str(path))
    assert "Rebuilt" in result.stderr
    after = counts(path)
    assert after == before
