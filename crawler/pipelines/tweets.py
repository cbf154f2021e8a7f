"""Pipeline: store tweets from archives and APIs once each, linked to their speakers."""
from __future__ import annotations

from crawler.items import TweetItem
from crawler.pipelines.base import CrawlerPipeline


class TweetPipeline(CrawlerPipeline):
    def process_item(self, item):
        if isinstance(item, TweetItem):
            status = self.store.save_tweet(item["tweet"], source=item.get("source"))
            self.count(status)
            if status != "skipped":
                self.count("tweets")
        return item
