"""Pipeline: extract the article, filter by relevance, find quotes and events, store them.

Failures to extract are recorded in ``crawl_errors`` with the URL and the
reason; the crawl goes on.
"""
from __future__ import annotations

from crawler.items import PageItem
from crawler.store import run_id_for, store_for
from db.normalise import ArticleExtractionError, normalise_page

RAW_ONLY_KINDS = {"tweet-archive"}  # kept raw for rebuild; their tweets arrive as TweetItems


def store_page(store, item: dict, run_id: int | None) -> str:
    """Normalise one raw page and store it; returns new/updated/unchanged/skipped or "error"."""
    try:
        page = normalise_page(item["url"], item["body"], store.contest, encoding=item.get("encoding"),
                              meta=item.get("meta"))
    except ArticleExtractionError as exc:
        store.record_error(run_id, item.get("source"), item["url"], "extract", str(exc))
        return "error"
    return store.save_page(page, source=item.get("source"), run_id=run_id, raw_id=item.get("raw_id"),
                           fetched_at=item.get("fetched_at"), captured_at=item.get("captured_at"))


class NormalisePipeline:
    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_item(self, item):
        if isinstance(item, PageItem) and item.get("kind") not in RAW_ONLY_KINDS:
            status = store_page(store_for(self.crawler), item, run_id_for(self.crawler.spider))
            self.crawler.stats.inc_value(f"contest_tracker/{'errors' if status == 'error' else status}")
        return item
