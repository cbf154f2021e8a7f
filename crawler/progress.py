"""Extension: print pages, items, errors and rate every few seconds, so long crawls show life."""
from __future__ import annotations

import sys
import time

from scrapy import signals
from twisted.internet import task


class CrawlProgress:
    interval = 5.0

    def __init__(self, crawler):
        self.crawler = crawler
        self.started = time.monotonic()
        self.loop = None

    @classmethod
    def from_crawler(cls, crawler):
        ext = cls(crawler)
        if crawler.settings.getbool("CONTEST_PROGRESS", True):
            crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
            crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def line(self, spider) -> str:
        stats = self.crawler.stats
        pages = stats.get_value("response_received_count", 0)
        elapsed = max(time.monotonic() - self.started, 1e-6)
        get = lambda key: stats.get_value(f"contest_tracker/{key}", 0)  # noqa: E731
        return (f"[{spider.name}:{getattr(spider, 'source', {}).get('name', '')}] {pages} pages, "
                f"{get('new')} new, {get('updated')} updated, {get('unchanged')} unchanged, "
                f"{get('skipped')} off-topic, {get('tweets')} tweets, {get('errors')} errors, "
                f"{pages / elapsed:.1f} pages/s")

    def spider_opened(self, spider):
        self.loop = task.LoopingCall(lambda: print(self.line(spider), file=sys.stderr, flush=True))
        self.loop.start(self.interval, now=False)

    def spider_closed(self, spider, reason):
        if self.loop and self.loop.running:
            self.loop.stop()
        print(self.line(spider) + f" ({reason})", file=sys.stderr, flush=True)
