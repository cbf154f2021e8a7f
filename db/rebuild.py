"""Rerun the whole normaliser over the raw responses already stored, without crawling.

The rebuild writes a fresh database beside the old one and swaps it in only
when it is complete, so a crash halfway leaves the old database untouched.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Callable

from contest_tracker.contest import Contest
from db.normalise import ArticleExtractionError, safe_normalise_page
from db.store import Store
from db.tweet_archives import read_archive

KEPT_TABLES = ("raw_responses", "crawl_runs", "crawl_errors")


def replay_raw(store: Store, row: dict) -> str:
    """Normalise one stored response again; returns the store's status for it."""
    meta = row["meta"] or {}
    if meta.get("kind") == "tweet-archive":
        saved = "unchanged"
        for tweet, error in read_archive(row["body"].decode("utf-8", "replace"), row["url"],
                                         meta.get("format", "auto"), handle=meta.get("handle"),
                                         display_name=meta.get("display_name")):
            if tweet is not None and store.save_tweet(tweet, source=row["source"]) == "new":
                saved = "new"
        return saved
    try:
        page = safe_normalise_page(row["url"], row["body"], store.contest, encoding=meta.get("encoding"),
                                   meta=meta)
    except ArticleExtractionError:
        return "error"  # already recorded in crawl_errors when it was crawled
    return store.save_page(page, source=row["source"], raw_id=row["id"], fetched_at=row["fetched_at"],
                           captured_at=meta.get("captured_at"), run_id=row["run_id"])


def rebuild(db_path: Path, contest: Contest, progress: Callable[[int, str], None] | None = None) -> dict:
    """Rebuild every derived table of ``db_path`` from its raw responses; returns status counts."""
    db_path = Path(db_path)
    if not db_path.exists():
        raise FileNotFoundError(f"No database at {db_path}: crawl first")
    tmp_path = db_path.with_name(db_path.name + ".rebuild")
    for leftover in (tmp_path, Path(f"{tmp_path}-wal"), Path(f"{tmp_path}-shm")):
        leftover.unlink(missing_ok=True)
    fresh = Store.open(tmp_path, contest)
    fresh.db.execute("attach database ? as old", [str(db_path)])
    with fresh.db.atomic():
        for table in KEPT_TABLES:
            fresh.db.execute(f"insert into main.{table} select * from old.{table}")
    fresh.db.execute("detach database old")
    counts: dict[str, int] = {}
    for index, row in enumerate(Store(fresh.db, contest).iter_raw(), 1):
        status = replay_raw(fresh, row)
        counts[status] = counts.get(status, 0) + 1
        if progress:
            progress(index, status)
    fresh.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    fresh.db.close()
    os.replace(tmp_path, db_path)
    for stale in (Path(f"{db_path}-wal"), Path(f"{db_path}-shm")):
        stale.unlink(missing_ok=True)
    return counts
