"""The base of every contest spider: it knows its contest and its [[sources]] entry.

Spiders are built per source: ``scrapy crawl sitemap -a source=demo-sitemaps``
or, from the CLI, one crawler per source. The base turns failures into
CrawlErrorItems so that the user sees them in ``crawl_errors``.
"""
from __future__ import annotations

import datetime as dt

import scrapy
from scrapy.spidermiddlewares.httperror import HttpError

from contest_tracker.contest import Contest, load_contest
from crawler.items import CrawlErrorItem, PageItem
from crawler.scope import OutOfScope
from db.dates import iso_date
from db.store import utcnow  # noqa: F401 - spiders stamp fetches the way the store stamps rows


def expand_url(url: str, archive_url: str) -> str:
    """Fill the ``{archive}`` placeholder that the demo contest uses for its loopback server."""
    if "{archive}" in url:
        if not archive_url:
            raise ValueError(
                f"Source URL {url!r} needs the demo archive: run `contest-tracker demo`, "
                "or set CONTEST_ARCHIVE_URL"
            )
        return url.replace("{archive}", archive_url.rstrip("/"))
    return url


class ContestSpider(scrapy.Spider):
    """Shared plumbing: contest and source lookup, page items, error items."""

    source_kind = ""  # the [[sources]] kind this spider serves

    def __init__(self, source: str | dict | None = None, contest: str | None = None, **kwargs):
        super().__init__(**kwargs)
        self._source_arg = source
        self._contest_arg = contest

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        spider.contest = load_contest(spider._contest_arg or settings.get("CONTEST"))
        source = spider._source_arg
        if isinstance(source, dict):
            spider.source = dict(source)
        elif source:
            spider.source = dict(spider.contest.source(source))
        else:
            matching = [s for s in spider.contest.sources if s["kind"] == cls.source_kind]
            if not matching:
                raise ValueError(f"{spider.contest.slug} has no source of kind {cls.source_kind!r}")
            spider.source = dict(matching[0])
        archive = settings.get("CONTEST_ARCHIVE_URL", "")
        spider.source["url"] = expand_url(spider.source["url"], archive)
        return spider

    @property
    def source_name(self) -> str:
        return self.source["name"]

    @property
    def window(self) -> tuple[dt.date, dt.date]:
        """The source's date range, defaulting to the contest's window."""
        start = self.source.get("from") or self.contest.start
        end = self.source.get("to") or self.contest.end
        return _as_date(start), _as_date(end)

    def page_item(self, response, meta: dict | None = None, captured_at: str | None = None) -> PageItem:
        return PageItem(
            url=response.url,
            status=response.status,
            headers={k.decode("latin-1"): b", ".join(v).decode("latin-1") for k, v in response.headers.items()},
            body=response.body,
            encoding=getattr(response, "encoding", None),
            fetched_at=utcnow(),
            captured_at=captured_at,
            source=self.source_name,
            kind=self.source["kind"],
            meta=meta or {},
        )

    def error_item(self, url: str, stage: str, reason: str) -> CrawlErrorItem:
        self.crawler.stats.inc_value("contest_tracker/errors")
        return CrawlErrorItem(url=url, stage=stage, reason=reason, source=self.source_name)

    def on_error(self, failure):
        """Errback: after Scrapy's retries are spent, record why the request failed."""
        request = failure.request
        if failure.check(OutOfScope):
            return  # crawler/scope.py has recorded it already, at stage "scope"
        if failure.check(HttpError):
            response = failure.value.response
            reason = f"HTTP {response.status}"
            retry_after = response.headers.get(b"Retry-After")
            if retry_after:
                reason += f" (Retry-After: {retry_after.decode('latin-1')})"
        else:
            reason = f"{failure.type.__name__}: {failure.getErrorMessage()}"
        yield self.error_item(request.url, "fetch", reason)


def _as_date(value) -> dt.date:
    day = iso_date(value)
    if day is None:
        raise ValueError(f"not a YYYY-MM-DD date: {value!r}")
    return day
