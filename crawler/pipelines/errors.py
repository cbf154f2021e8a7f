"""Pipeline: failures the spiders met go to ``crawl_errors``, where a user can see them."""
from __future__ import annotations

from crawler.items import CrawlErrorItem
from crawler.store import run_id_for, store_for


class CrawlErrorPipeline:
    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_item(self, item):
        if isinstance(item, CrawlErrorItem):
            store_for(self.crawler).record_error(run_id_for(self.crawler.spider), item.get("source"),
                                                 item.get("url"), item.get("stage"), item.get("reason"))
        return item
