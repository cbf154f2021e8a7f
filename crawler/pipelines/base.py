"""What every contest pipeline shares: the crawler (settings, stats) and its one Store."""
from __future__ import annotations

from crawler.store import run_id_for, store_for


class CrawlerPipeline:
    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    @property
    def store(self):
        return store_for(self.crawler)

    @property
    def run_id(self) -> int | None:
        return run_id_for(self.crawler.spider)

    def count(self, status: str) -> None:
        self.crawler.stats.inc_value(f"contest_tracker/{status}")
