"""Pipeline: store tweets from archives and APIs once each, linked to their speakers."""
from __future__ import annotations

from crawler.items import TweetItem
from crawler.store import store_for


class TweetPipeline:
    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_item(self, item):
        if isinstance(item, TweetItem):
            status = store_for(self.crawler).save_tweet(item["tweet"], source=item.get("source"))
            self.crawler.stats.inc_value(f"contest_tracker/{status}")
            if status != "skipped":
                self.crawler.stats.inc_value("contest_tracker/tweets")
        return item
