"""The Guardian Open Platform content API: search by tag and/or query, page by page.

The API hands us each article's body already, so no article page is fetched:
the spider wraps ``fields.body`` in a small HTML document carrying the
canonical URL, date, headline and byline, and the normal extraction applies.

The key comes only from the ``GUARDIAN_API_KEY`` environment variable and
travels in the ``api-key`` HTTP header, which the API accepts as well as the
query parameter: so no URL we store or log ever holds it, and these requests
bypass the HTTP cache, which would otherwise write request headers to disk.

Reruns are incremental: ``from-date`` is the start of the last finished run
of this source, less one day of overlap. A ``daily_quota`` is counted across
runs in ``crawl_runs``; when it is spent the run closes as "daily_quota"
(not "finished"), so the next run starts from the same place.
"""
from __future__ import annotations

import datetime as dt
import html
import json
import os
from urllib.parse import urlencode

import scrapy
from scrapy.exceptions import CloseSpider

from crawler.items import PageItem
from crawler.spiders.base import ContestSpider, utcnow
from crawler.store import run_id_for, store_for

API_KEY_ENV = "GUARDIAN_API_KEY"
PAGE_SIZE = 50
SHOW_FIELDS = "body,byline,headline,trailText"


class GuardianKeyMissing(Exception):
    """GUARDIAN_API_KEY is not set in the environment."""


def article_html(result: dict) -> bytes:
    """A small HTML page built from one API result, shaped like the article page itself."""
    fields = result.get("fields") or {}
    esc = lambda value: html.escape(value or "", quote=True)  # noqa: E731
    headline = fields.get("headline") or result.get("webTitle") or ""
    keywords = ", ".join(t.get("webTitle", "") for t in result.get("tags") or [] if t.get("webTitle"))
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<link rel="canonical" href="{esc(result.get("webUrl"))}">',
        f'<meta property="article:published_time" content="{esc(result.get("webPublicationDate"))}">',
        '<meta property="og:site_name" content="the Guardian">',
        f"<title>{esc(headline)}</title>",
        f'<meta property="og:title" content="{esc(headline)}">',
    ]
    if fields.get("byline"):
        parts.append(f'<meta name="author" content="{esc(fields["byline"])}">')
    if fields.get("trailText"):
        parts.append(f'<meta name="description" content="{esc(html.unescape(fields["trailText"]))}">')
    if keywords:
        parts.append(f'<meta name="keywords" content="{esc(keywords)}">')
    parts.append(f"</head><body><article><h1>{esc(headline)}</h1>{fields.get('body') or ''}</article></body></html>")
    return "\n".join(parts).encode("utf-8")


class GuardianSpider(ContestSpider):
    """Searches the Guardian content API for the contest window, oldest first."""

    name = "guardian"
    source_kind = "guardian"
    custom_settings = {
        "DOWNLOAD_DELAY": 1.0,  # the API allows about one call a second on a developer key
        "CONCURRENT_REQUESTS_PER_DOMAIN": 1,
        # An API used under its key's terms, not a site to crawl; and no robots.txt fetch
        # means crawl_runs.requests counts API calls only, which the daily quota relies on.
        "ROBOTSTXT_OBEY": False,
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.api_requests = 0

    # --- incremental window and quota ----------------------------------------------

    def query_window(self) -> tuple[dt.date, dt.date]:
        """The window, starting no earlier than one day before the last finished run began."""
        start, end = self.window
        row = store_for(self.crawler).db.execute(
            "select max(started) from crawl_runs where source = ? and status = 'finished'",
            [self.source_name]).fetchone()
        if row and row[0]:
            last = dt.date.fromisoformat(row[0][:10]) - dt.timedelta(days=1)
            start = max(start, last)
        return start, end

    def requests_today(self) -> int:
        """API calls of this source already made today (UTC), this run's included."""
        today = dt.datetime.now(dt.timezone.utc).date().isoformat()
        run_id = run_id_for(self)
        row = store_for(self.crawler).db.execute(
            "select coalesce(sum(requests), 0) from crawl_runs where source = ? and started >= ? and id is not ?",
            [self.source_name, today, run_id]).fetchone()
        return int(row[0]) + self.api_requests

    def _note_request(self) -> None:
        """Count a call in this run's crawl_runs row at once, so a crash still counts against the quota."""
        self.api_requests += 1
        run_id = run_id_for(self)
        if run_id is not None:
            store = store_for(self.crawler)
            with store.db.conn:
                store.db.execute("update crawl_runs set requests = max(coalesce(requests, 0), ?) where id = ?",
                                 [self.api_requests, run_id])

    # --- requests -----------------------------------------------------------------------

    def search_url(self, page: int, start: dt.date, end: dt.date) -> str:
        params = {}
        if self.source.get("tag"):
            params["tag"] = self.source["tag"]
        if self.source.get("q"):
            params["q"] = self.source["q"]
        params.update({
            "from-date": start.isoformat(), "to-date": end.isoformat(), "order-by": "oldest",
            "page-size": str(self.source.get("page_size", PAGE_SIZE)), "show-fields": SHOW_FIELDS,
            "show-tags": "keyword", "page": str(page),
        })
        return self.source["url"].rstrip("/") + "/search?" + urlencode(params)

    def search_request(self, page: int, start: dt.date, end: dt.date):
        quota = self.source.get("daily_quota")
        if quota is not None and self.requests_today() >= int(quota):
            return None
        return scrapy.Request(
            self.search_url(page, start, end),
            headers={"api-key": self._key, "Accept": "application/json"},
            callback=self.parse_search, errback=self.on_error, dont_filter=True,
            meta={"dont_cache": True},  # the cache would write the key header to disk
            cb_kwargs={"page": page, "start": start, "end": end},
        )

    async def start(self):
        self._key = os.environ.get(API_KEY_ENV, "").strip()
        if not self._key:
            yield self.error_item(self.source["url"], "fetch",
                                  f"{API_KEY_ENV} is not set: get a key at https://open-platform.theguardian.com/ "
                                  f"and export {API_KEY_ENV}=...")
            return
        start, end = self.query_window()
        if start > end:
            self.logger.info("%s: nothing new to ask for (%s is after %s)", self.source_name, start, end)
            return
        request = self.search_request(1, start, end)
        if request is None:
            self._quota_spent()
        self._note_request()
        yield request

    def _quota_spent(self):
        """Stop here, saying why where the user looks (crawl_errors); the run is not "finished"."""
        reason = (f"daily quota of {self.source.get('daily_quota')} API requests spent for today; "
                  "the next run carries on from the same from-date")
        self.logger.warning("%s: %s", self.source_name, reason)
        self.crawler.stats.inc_value("contest_tracker/errors")
        store_for(self.crawler).record_error(run_id_for(self), self.source_name, self.source["url"] + "/search",
                                             "fetch", reason)
        raise CloseSpider("daily_quota")

    def parse_search(self, response, page, start, end):
        try:
            data = json.loads(response.body)["response"]
        except (ValueError, KeyError, TypeError) as exc:
            yield self.error_item(response.url, "parse", f"not a Guardian API response: {exc}")
            return
        if data.get("status") != "ok":
            yield self.error_item(response.url, "parse", f"Guardian API status {data.get('status')!r}: "
                                                         f"{data.get('message', '')}")
            return
        headers = {k.decode("latin-1"): b", ".join(v).decode("latin-1") for k, v in response.headers.items()}
        for result in data.get("results") or []:
            if not result.get("webUrl") or not (result.get("fields") or {}).get("body"):
                continue
            yield PageItem(
                url=result["webUrl"], status=200, headers=headers, body=article_html(result), encoding="utf-8",
                fetched_at=utcnow(), captured_at=None, source=self.source_name, kind=self.source["kind"],
                meta={"found_in": "guardian", "guardian_id": result.get("id"),
                      "listing": {"published": result.get("webPublicationDate"), "title": result.get("webTitle")},
                      "tags": [t.get("id") for t in result.get("tags") or []]},
            )
        pages = int(data.get("pages") or 0)
        current = int(data.get("currentPage") or page)
        if current < pages:
            request = self.search_request(current + 1, start, end)
            if request is None:
                self._quota_spent()
            self._note_request()
            yield request
