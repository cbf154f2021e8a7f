"""One Store per crawler, shared by the pipelines and extensions that need the database.

Settings arrive through the crawler (CONTEST, CONTEST_DB), never through globals.
"""
from __future__ import annotations

from contest_tracker.contest import load_contest
from db.store import Store


def store_for(crawler) -> Store:
    """The crawler's Store, opened on first use."""
    store = getattr(crawler, "_contest_store", None)
    if store is None:
        contest = load_contest(crawler.settings.get("CONTEST"))
        store = Store.open(crawler.settings.get("CONTEST_DB"), contest)
        crawler._contest_store = store
    return store


def run_id_for(spider) -> int | None:
    return getattr(spider, "run_id", None)
