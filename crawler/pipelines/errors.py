"""Pipeline: failures the spiders met go to ``crawl_errors``, where a user can see them."""
from __future__ import annotations

from crawler.items import CrawlErrorItem
from crawler.pipelines.base import CrawlerPipeline


class CrawlErrorPipeline(CrawlerPipeline):
    def process_item(self, item):
        if isinstance(item, CrawlErrorItem):
            self.store.record_error(self.run_id, item.get("source"), item.get("url"), item.get("stage"),
                                    item.get("reason"))
        return item
