"""Twitter's oEmbed endpoint: the text, author and day of embedded tweets whose page lost them.

Some sites keep only an embed's status link. For each stored tweet with a
real id and no text, the spider asks ``<url>/oembed?url=<status url>&omit_script=1``
(``url`` defaults to https://publish.twitter.com) and reads the handle from
``author_url``, the text from the ``<p>`` of ``html`` and the day from its
trailing link. A 404 or 403 means the tweet is gone or protected: it is kept,
marked unavailable, with the reason in ``crawl_errors``.

Answers are kept raw (format "oembed") so ``contest-tracker rebuild`` replays them.
"""
from __future__ import annotations

import json
from urllib.parse import urlencode

import scrapy

from crawler.items import TweetItem
from crawler.spiders.base import ContestSpider
from crawler.store import store_for
from db.embedded_tweets import tweet_from_oembed
from db.tweet_archives import TweetArchiveError, is_real_id, normalise_tweet

DEFAULT_BASE = "https://publish.twitter.com"
GONE = (403, 404)


class OEmbedSpider(ContestSpider):
    """Fills in embedded tweets whose text is missing, one oEmbed request each."""

    name = "oembed"
    source_kind = "oembed"
    custom_settings = {
        "DOWNLOADER_MIDDLEWARES": {"crawler.middlewares.RateLimitMiddleware": 580},
    }

    @property
    def base_url(self) -> str:
        return (self.source.get("url") or DEFAULT_BASE).rstrip("/")

    def missing(self) -> list[tuple[str, str]]:
        """(id, status URL) of each stored tweet with a real id, no text and not known to be gone."""
        rows = store_for(self.crawler).db.execute(
            "select id, handle, url from tweets where id not like 'noid-%' and (text is null or text = '') "
            "and coalesce(available, 1) = 1 order by id")
        found = []
        for tweet_id, handle, url in rows:
            if not is_real_id(tweet_id):
                continue
            if not (url and "/status/" in url):
                url = f"https://twitter.com/{handle or 'i'}/status/{tweet_id}"
            found.append((tweet_id, url))
        return found

    async def start(self):
        missing = self.missing()
        self.logger.info("%d embedded tweets lack their text", len(missing))
        for tweet_id, status_url in missing:
            query = urlencode({"url": status_url, "omit_script": "1"})
            yield scrapy.Request(f"{self.base_url}/oembed?{query}", callback=self.parse_oembed,
                                 errback=self.on_error, dont_filter=True, cb_kwargs={"tweet_id": tweet_id},
                                 meta={"handle_httpstatus_list": list(GONE)})

    def parse_oembed(self, response, tweet_id: str):
        if response.status in GONE:
            reason = f"oEmbed HTTP {response.status}: the tweet is deleted, suspended or protected"
            yield self.error_item(response.url, "fetch", f"tweet {tweet_id} unavailable: {reason}")
            yield TweetItem(tweet=normalise_tweet(id=tweet_id, unavailable=reason), source=self.source_name,
                            origin=response.url)
            return
        try:
            tweet = tweet_from_oembed(json.loads(response.text))
        except (ValueError, TweetArchiveError) as exc:
            yield self.error_item(response.url, "parse", f"not an oEmbed answer: {exc}")
            return
        if tweet["id"] != tweet_id:
            if tweet.get("real_id"):
                yield self.error_item(response.url, "parse",
                                      f"oEmbed answered for tweet {tweet['id']}, not {tweet_id}")
                return
            tweet = {**tweet, "id": tweet_id, "real_id": tweet_id}  # an answer without its url field
        raw = self.page_item(response, meta={"format": "oembed", "api": "oembed"})
        raw["kind"] = "tweet-archive"  # replayed by rebuild through db.tweet_archives, never as an article
        yield raw
        yield TweetItem(tweet=tweet, source=self.source_name, origin=response.url)
