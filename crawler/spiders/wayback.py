"""The Internet Archive's Wayback Machine: CDX listings of URL prefixes, then raw captures.

For each prefix in the source, the CDX server lists HTML captures with status
200 inside the window, one per URL (``collapse=urlkey``), in pages joined by a
resume key. Each capture is fetched raw (``id_``), without the archive's
toolbar, and keyed on its ORIGINAL URL so that the same article found through
another source is one article with two captures.

Gentle by design: one request at a time, 2.5 s apart, and a 429 pauses the
whole crawl for as long as Retry-After says. A capture whose content digest
we have already stored (in this run or an earlier one) is never fetched again.
"""
from __future__ import annotations

import base64
import datetime as dt
import json
from urllib.parse import urlencode

import scrapy

from crawler.spiders.base import ContestSpider
from crawler.store import store_for

MAX_BACKOFFS = 5
DEFAULT_RETRY_AFTER = 30.0


def digest_to_hex(digest: str) -> str | None:
    """The CDX digest (base32 SHA-1 of the payload) as the hex SHA-1 ``raw_responses.content_hash`` uses."""
    try:
        return base64.b32decode(digest.strip().upper()).hex()
    except (ValueError, TypeError):
        return None


def timestamp_iso(timestamp: str) -> str | None:
    """``20160714093012`` -> ``2016-07-14T09:30:12+00:00`` (Wayback times are UTC)."""
    try:
        return dt.datetime.strptime(timestamp[:14].ljust(14, "0"), "%Y%m%d%H%M%S").replace(
            tzinfo=dt.timezone.utc).isoformat()
    except ValueError:
        return None


def parse_cdx(body: bytes) -> tuple[list[dict], str | None]:
    """CDX JSON output -> (rows as dicts, resume key or None).

    The first row names the fields; with ``showResumeKey`` the last two rows
    are ``[]`` and ``[resumeKey]``.
    """
    rows = json.loads(body or b"[]")
    if not rows:
        return [], None
    header, rows = rows[0], rows[1:]
    resume = None
    if len(rows) >= 2 and rows[-2] == [] and len(rows[-1]) == 1:
        resume = rows[-1][0]
        rows = rows[:-2]
    return [dict(zip(header, row)) for row in rows if row], resume


def parse_retry_after(value: bytes | None) -> float:
    if not value:
        return DEFAULT_RETRY_AFTER
    try:
        return max(0.0, float(value.decode("latin-1").strip()))
    except ValueError:
        return DEFAULT_RETRY_AFTER  # an HTTP date: rare from the archive, so wait the default


class WaybackSpider(ContestSpider):
    """Lists captures of each prefix with the CDX API and fetches each new one raw."""

    name = "wayback"
    source_kind = "wayback"
    custom_settings = {
        "DOWNLOAD_DELAY": 2.5,
        "CONCURRENT_REQUESTS_PER_DOMAIN": 1,
        # 429 is handled here, honouring Retry-After; Scrapy's retry would hammer at once.
        "RETRY_HTTP_CODES": [500, 502, 503, 504, 522, 524, 408],
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.seen_digests: set[str] = set()

    def known_digests(self) -> set[str]:
        """Digests already stored: from our own raw responses' meta and any source's identical bytes."""
        db = store_for(self.crawler).db
        known = {row[0] for row in db.execute(
            "select json_extract(meta, '$.digest') from raw_responses where meta like '%\"digest\"%'") if row[0]}
        return known

    def is_known(self, digest: str) -> bool:
        if digest in self.seen_digests:
            return True
        hexdigest = digest_to_hex(digest)
        db = store_for(self.crawler).db
        if hexdigest and db.execute("select 1 from raw_responses where content_hash = ? limit 1",
                                    [hexdigest]).fetchone():
            return True
        return digest in self._stored_digests

    def cdx_url(self, prefix: str, resume_key: str | None = None) -> str:
        start, end = self.window
        params = [
            ("url", prefix), ("matchType", "prefix"), ("from", start.strftime("%Y%m%d")),
            ("to", end.strftime("%Y%m%d")), ("filter", "statuscode:200"), ("filter", "mimetype:text/html"),
            ("collapse", "urlkey"), ("output", "json"), ("fl", "timestamp,original,digest"),
            ("showResumeKey", "true"),
        ]
        if self.source.get("limit"):
            params.append(("limit", str(self.source["limit"])))
        if resume_key:
            params.append(("resumeKey", resume_key))
        return self.source["url"].rstrip("/") + "/cdx/search/cdx?" + urlencode(params)

    def capture_url(self, timestamp: str, original: str) -> str:
        return f"{self.source['url'].rstrip('/')}/web/{timestamp}id_/{original}"

    def _request(self, url, callback, **kwargs):
        meta = kwargs.pop("meta", {})
        meta["handle_httpstatus_list"] = [429]
        return scrapy.Request(url, callback=callback, errback=self.on_error, meta=meta, **kwargs)

    async def start(self):
        self._stored_digests = self.known_digests()
        prefixes = self.source.get("prefixes") or []
        if not prefixes:
            yield self.error_item(self.source["url"], "parse", f"source {self.source_name} lists no prefixes")
            return
        for prefix in prefixes:
            yield self._request(self.cdx_url(prefix), self.parse_cdx, dont_filter=True,
                                cb_kwargs={"prefix": prefix})

    def backoff(self, response):
        """Pause every download for Retry-After seconds, then try the same request again."""
        tries = response.meta.get("backoffs", 0) + 1
        if tries > MAX_BACKOFFS:
            yield self.error_item(response.url, "fetch", f"HTTP 429 {tries - 1} times; gave up for this run")
            return
        delay = parse_retry_after(response.headers.get(b"Retry-After"))
        self.crawler.stats.inc_value("contest_tracker/wayback_backoffs")
        self.logger.info("429 from the archive: pausing %.1fs (attempt %d)", delay, tries)
        from twisted.internet import reactor  # the installed one: importing it at module level would pick one

        engine = self.crawler.engine
        engine.pause()
        reactor.callLater(delay, self._resume, engine)
        request = response.request.replace(dont_filter=True)
        request.meta["backoffs"] = tries
        yield request

    @staticmethod
    def _resume(engine):
        engine.unpause()
        slot = getattr(engine, "_slot", None)  # wake the engine now rather than at its next 5 s heartbeat
        if slot is not None and getattr(slot, "nextcall", None) is not None:
            slot.nextcall.schedule()

    def parse_cdx(self, response, prefix):
        if response.status == 429:
            yield from self.backoff(response)
            return
        try:
            rows, resume = parse_cdx(response.body)
        except (ValueError, TypeError) as exc:
            yield self.error_item(response.url, "parse", f"unreadable CDX response: {exc}")
            return
        for row in rows:
            digest, timestamp, original = row.get("digest"), row.get("timestamp"), row.get("original")
            if not (timestamp and original):
                continue
            if digest and self.is_known(digest):
                self.crawler.stats.inc_value("contest_tracker/wayback_known_digest")
                continue
            if digest:
                self.seen_digests.add(digest)
            yield self._request(self.capture_url(timestamp, original), self.parse_capture,
                                cb_kwargs={"timestamp": timestamp, "original": original, "digest": digest})
        if resume:
            yield self._request(self.cdx_url(prefix, resume), self.parse_cdx, dont_filter=True,
                                cb_kwargs={"prefix": prefix})

    def parse_capture(self, response, timestamp, original, digest):
        if response.status == 429:
            yield from self.backoff(response)
            return
        item = self.page_item(response, captured_at=timestamp_iso(timestamp), meta={
            "found_in": "wayback", "capture_url": response.url, "timestamp": timestamp, "digest": digest,
            "original": original,
        })
        item["url"] = original
        yield item
