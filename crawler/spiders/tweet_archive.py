"""Tweet archive files served over HTTP (twarc2 JSONL, API v1.1 JSON, account archives).

The same readers back ``contest-tracker import-tweets`` for local files. An
account archive's ``tweets.js`` holds no user, so the spider reads the
``account.js`` beside it, unless the source names a ``handle``.
"""
from __future__ import annotations

import scrapy

from crawler.items import TweetItem
from crawler.spiders.base import ContestSpider
from db.tweet_archives import account_from_js, detect_format, read_archive


class TweetArchiveSpider(ContestSpider):
    """Fetches each configured archive file and yields one TweetItem per tweet."""

    name = "tweet-archive"
    source_kind = "tweet-archive"

    async def start(self):
        base = self.source["url"]
        files = self.source.get("files") or [""]
        for name in files:
            url = base + name if base.endswith("/") else base
            yield scrapy.Request(url, callback=self.parse_archive, errback=self.on_error, dont_filter=True)

    def parse_archive(self, response):
        text = response.body.decode("utf-8", errors="replace")
        fmt = self.source.get("format", "auto")
        if fmt == "auto":
            fmt = detect_format(response.url, text[:4096])
        if fmt == "account-archive" and not self.source.get("handle"):
            yield scrapy.Request(
                response.urljoin("account.js"),
                callback=self.parse_account,
                errback=self.on_error,
                cb_kwargs={"tweets_text": text, "tweets_url": response.url},
            )
            return
        yield self.page_item(response, meta={"format": fmt, "handle": self.source.get("handle")})
        yield from self.items(text, response.url, fmt, self.source.get("handle"), None)

    def parse_account(self, response, tweets_text, tweets_url):
        handle, display_name = account_from_js(response.body.decode("utf-8", errors="replace"))
        raw = self.page_item(response, meta={"format": "account-archive", "handle": handle,
                                             "display_name": display_name})
        raw["url"], raw["body"] = tweets_url, tweets_text.encode("utf-8")
        yield raw
        yield from self.items(tweets_text, tweets_url, "account-archive", handle, display_name)

    def items(self, text, url, fmt, handle, display_name):
        """Kept raw first (so ``rebuild`` can replay the archive), then one item per tweet."""
        for tweet, error in read_archive(text, url, fmt, handle=handle, display_name=display_name):
            if error:
                yield self.error_item(url, "parse", error)
            else:
                yield TweetItem(tweet=tweet, source=self.source_name, origin=url)
