"""The X (Twitter) API v2: full-archive search for the contest, and lookups of tweets found in articles.

Source options (``[[sources]]`` with ``kind = "x-api"``):

* ``url``: the API's base URL (empty means https://api.twitter.com);
* ``search`` / ``lookup``: turn either part off (both on by default);
* ``query``: a search query of your own instead of the contest's handles and keywords;
* ``max_results``: tweets per search page (10-500, default 500);
* ``max_query_length``: split the contest's query into pieces no longer than this (default 1024).

The bearer token comes from the ``X_BEARER_TOKEN`` environment variable only.
The ``BearerTokenMiddleware`` adds it to API requests as they leave, so it is
never stored, cached or logged. Rate limits (``x-rate-limit-*``, 429) are the
``RateLimitMiddleware``'s job. Tweets the API reports in ``errors`` (deleted,
suspended, protected) are stored as unavailable, with the reason in
``crawl_errors``.

Each API page is kept raw as a twarc2 line (that is what it is), so
``contest-tracker rebuild`` replays it with the archive readers.
"""
from __future__ import annotations

import datetime as dt
import json
import os
from typing import Iterable, Iterator
from urllib.parse import urlencode, urlsplit

import scrapy
from scrapy.spidermiddlewares.httperror import HttpError

from crawler.items import TweetItem
from crawler.spiders.base import ContestSpider
from crawler.store import store_for
from db.tweet_archives import TweetArchiveError, is_real_id, read_twarc2_record

DEFAULT_BASE = "https://api.twitter.com"
TOKEN_ENV = "X_BEARER_TOKEN"
TWEET_FIELDS = "created_at,author_id,referenced_tweets,lang"
USER_FIELDS = "username,name"
LOOKUP_BATCH = 100  # the most ids /2/tweets accepts at once


def batches(items: list[str], size: int = LOOKUP_BATCH) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def build_queries(handles: Iterable[str], keywords: Iterable[str], max_length: int = 1024) -> list[str]:
    """Search queries covering ``from:`` each handle and each keyword, each no longer than ``max_length``."""
    clauses = [f"from:{h.lstrip('@')}" for h in handles if h]
    clauses += [f'"{k}"' if " " in k or "-" in k else k for k in keywords if k]
    queries: list[str] = []
    current: list[str] = []
    for clause in clauses:
        candidate = current + [clause]
        if current and len("(" + " OR ".join(candidate) + ")") > max_length:
            queries.append("(" + " OR ".join(current) + ")")
            candidate = [clause]
        current = candidate
    if current:
        queries.append("(" + " OR ".join(current) + ")")
    return queries


class XApiSpider(ContestSpider):
    """Searches the full archive for the contest and fills in tweets embedded in articles."""

    name = "x-api"
    source_kind = "x-api"
    custom_settings = {
        "DOWNLOADER_MIDDLEWARES": {
            "crawler.middlewares.BearerTokenMiddleware": 560,
            "crawler.middlewares.RateLimitMiddleware": 580,  # sees a 429 before RetryMiddleware (550)
        },
        "ROBOTSTXT_OBEY": False,  # an authenticated API, not a site to crawl
        "DOWNLOAD_DELAY": 1.0,  # full-archive search allows one request a second
    }

    @property
    def base_url(self) -> str:
        return (self.source.get("url") or DEFAULT_BASE).rstrip("/")

    async def start(self):
        if not os.environ.get(TOKEN_ENV, "").strip():
            reason = (f"{TOKEN_ENV} is not set: export your X API bearer token as {TOKEN_ENV} and crawl again "
                      "(it is read from the environment only, never stored)")
            self.logger.error(reason)
            yield self.error_item(self.base_url, "fetch", reason)
            return
        if self.source.get("lookup", True):
            ids = self.lookup_ids()
            self.logger.info("Looking up %d tweet ids found in articles", len(ids))
            for batch in batches(ids):
                yield self.api_request("/2/tweets", {"ids": ",".join(batch)}, endpoint="lookup")
        if self.source.get("search", True):
            start, end = self.window
            for query in self.queries():
                yield self.api_request("/2/tweets/search/all", {
                    "query": query,
                    "start_time": f"{start.isoformat()}T00:00:00Z",
                    "end_time": f"{(end + dt.timedelta(days=1)).isoformat()}T00:00:00Z",  # exclusive
                    "max_results": str(self.source.get("max_results", 500)),
                }, endpoint="search")

    def queries(self) -> list[str]:
        if self.source.get("query"):
            return [self.source["query"]]
        handles = [p.twitter for p in self.contest.people if p.twitter] + list(self.source.get("handles", []))
        keywords = self.source.get("keywords", self.contest.keywords)
        return build_queries(handles, keywords, int(self.source.get("max_query_length", 1024)))

    def lookup_ids(self) -> list[str]:
        """Real ids of tweets seen in articles: all embedded ones, and any stored without text."""
        rows = store_for(self.crawler).db.execute(
            "select id from tweets where id not like 'noid-%' and (text is null or text = '' "
            "or id in (select tweet_id from tweet_sources where article_id is not null)) order by id")
        return [row[0] for row in rows if is_real_id(row[0])]

    def api_request(self, path: str, params: dict, endpoint: str) -> scrapy.Request:
        params = {**params, "tweet.fields": TWEET_FIELDS, "expansions": "author_id", "user.fields": USER_FIELDS}
        url = f"{self.base_url}{path}?{urlencode(params)}"
        return scrapy.Request(
            url, callback=self.parse_page, errback=self.on_error, dont_filter=True,
            cb_kwargs={"path": path, "params": params, "endpoint": endpoint},
            meta={"bearer_token_env": TOKEN_ENV, "bearer_token_host": urlsplit(url).netloc,
                  "dont_cache": True},  # the cache would keep the request's headers, token included
        )

    def parse_page(self, response, path: str, params: dict, endpoint: str):
        try:
            page = json.loads(response.text)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            yield self.error_item(response.url, "parse", f"X API answered with something not JSON: {exc}")
            return
        if not isinstance(page, dict):
            yield self.error_item(response.url, "parse", "X API answered with JSON that is not an object")
            return
        raw = self.page_item(response, meta={"format": "twarc2", "api": "x-api", "endpoint": endpoint})
        raw["kind"] = "tweet-archive"  # replayed by rebuild as a twarc2 line, never parsed as an article
        yield raw
        try:
            tweets = read_twarc2_record(page) if ("data" in page or "errors" in page) else []
        except TweetArchiveError as exc:
            tweets = []
            yield self.error_item(response.url, "fetch", f"X API: {exc}")
        for tweet in tweets:
            if tweet.get("unavailable"):
                yield self.error_item(f"https://twitter.com/i/web/status/{tweet['id']}", "fetch",
                                      f"tweet {tweet['id']} unavailable: {tweet['unavailable_reason']}")
            yield TweetItem(tweet=tweet, source=self.source_name, origin=response.url)
        for error in page.get("errors", []) or []:
            if isinstance(error, dict) and error.get("resource_type") not in (None, "tweet"):
                yield self.error_item(response.url, "fetch",
                                      f"X API: {error.get('title')}: {error.get('detail')}")
        next_token = (page.get("meta") or {}).get("next_token")
        if endpoint == "search" and next_token:
            following = {k: v for k, v in params.items() if k not in ("tweet.fields", "expansions", "user.fields")}
            following["next_token"] = next_token
            yield self.api_request(path, following, endpoint)

    def on_error(self, failure):
        """An API refusal says why in its body: keep that (never the request's headers)."""
        if failure.check(HttpError):
            response = failure.value.response
            try:
                body = json.loads(response.text)
                detail = body.get("detail") or body.get("title") or ""
            except (ValueError, AttributeError):
                detail = ""
            reason = f"HTTP {response.status}" + (f": {detail}" if detail else "")
            if response.status in (401, 403):
                reason += f" (check the bearer token in {TOKEN_ENV} and its access level)"
            retry_after = response.headers.get(b"Retry-After") or response.headers.get(b"x-rate-limit-reset")
            if response.status == 429 and retry_after:
                reason += f" (rate limited until {retry_after.decode('latin-1')})"
            yield self.error_item(failure.request.url, "fetch", reason)
            return
        yield from super().on_error(failure)
