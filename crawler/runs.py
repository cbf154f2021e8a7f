"""Extension: one ``crawl_runs`` row per spider run, opened at start and closed with its counts.

A run killed halfway stays "running" with its start time, so the user can see
it never finished; a rerun simply starts a new row.
"""
from __future__ import annotations

from scrapy import signals

from crawler.store import store_for


class CrawlRuns:
    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        ext = cls(crawler)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_opened(self, spider):
        source = getattr(spider, "source", {}) or {}
        spider.run_id = store_for(self.crawler).start_run(source.get("name", spider.name), source.get("kind", spider.name))

    def spider_closed(self, spider, reason):
        stats = self.crawler.stats
        store_for(self.crawler).finish_run(
            spider.run_id,
            status="finished" if reason == "finished" else reason,
            requests=stats.get_value("downloader/request_count", 0),
            items_new=stats.get_value("contest_tracker/new", 0),
            items_updated=stats.get_value("contest_tracker/updated", 0),
            items_skipped=stats.get_value("contest_tracker/skipped", 0) + stats.get_value("contest_tracker/unchanged", 0),
            errors=stats.get_value("contest_tracker/errors", 0),
        )
