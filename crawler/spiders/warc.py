"""WARC files (plain or gzip), from a local path or a URL: keep the contest's articles.

A web archive holds everything a crawl met, so most records are skipped, and
cheaply: a record becomes a PageItem only if it is an HTML ``response`` whose
raw bytes mention one of the contest's candidates or keywords. Local files are
streamed with warcio record by record (no HTTP, no loading the file into
memory); URLs are fetched through Scrapy and read the same way.

Progress (records, bytes, hits) goes to the log every ``progress_every``
records. A truncated or corrupt file ends with a ``crawl_errors`` row; the
records read before the damage are kept.
"""
from __future__ import annotations

import io
import sys
import zlib
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import url2pathname

import scrapy
from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from crawler.items import CrawlErrorItem, PageItem
from crawler.spiders.base import ContestSpider, utcnow

PROGRESS_EVERY = 500


class WarcTruncated(Exception):
    """A WARC record ends before the length its header promises: the file was cut short."""


def drain(stream) -> int:
    """Read what is left of a record; the bytes still missing when the file ran out (0 if whole)."""
    while stream.read(1 << 16):
        pass
    return getattr(stream, "limit", 0) or 0


def candidate_terms(contest) -> list[bytes]:
    """Lower-cased byte strings, any of which makes a record worth a full extraction."""
    terms = set()
    for person in contest.people:
        terms.add(person.name.lower())
        if person.candidate:
            terms.add(person.surname.lower())
    terms.update(k.lower() for k in contest.keywords if len(k) > 3)
    return sorted(t.encode("utf-8") for t in terms)


def mentions_any(payload: bytes, terms: list[bytes]) -> bool:
    lowered = payload.lower()
    return any(term in lowered for term in terms)


def local_path(url: str) -> Path | None:
    """The file a source URL names, or None when it must be fetched over HTTP."""
    parts = urlsplit(url)
    if parts.scheme in ("http", "https"):
        return None
    if parts.scheme == "file":
        return Path(url2pathname(parts.path))
    return Path(url).expanduser()


def gzip_truncated(data: bytes, chunk: int = 1 << 20) -> bool:
    """True when gzip data (one or many members) ends before its last member does."""
    if data[:2] != b"\x1f\x8b":
        return False
    pos = 0
    while pos < len(data):
        stream = zlib.decompressobj(31)
        try:
            while not stream.eof and pos < len(data):
                piece = data[pos:pos + chunk]
                stream.decompress(piece)
                pos += len(piece) - len(stream.unused_data)
        except zlib.error:
            return True
        if not stream.eof:
            return True
    return False


class WarcSpider(ContestSpider):
    """Reads one or more WARC files and yields the contest articles they hold."""

    name = "warc"
    source_kind = "warc"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.records = 0
        self.hits = 0
        self.bytes_read = 0

    async def start(self):
        self.terms = candidate_terms(self.contest)
        self.every = int(self.source.get("progress_every", PROGRESS_EVERY))
        for url in [self.source["url"], *self.source.get("urls", [])]:
            path = local_path(url)
            if path is None:
                yield scrapy.Request(url, callback=self.parse_warc, errback=self.on_error, dont_filter=True,
                                     meta={"dont_cache": True})
                continue
            if not path.exists():
                yield self.error_item(str(path), "fetch", f"no WARC file at {path}")
                continue
            with path.open("rb") as stream:
                for item in self.read_warc(stream, str(path)):
                    yield item

    def parse_warc(self, response):
        damaged = False
        for item in self.read_warc(io.BytesIO(response.body), response.url):
            damaged = damaged or isinstance(item, CrawlErrorItem)
            yield item
        if not damaged and gzip_truncated(response.body):
            # warcio stops quietly at a cut-off gzip member: say so, or the lost records go unnoticed
            yield self.error_item(response.url, "parse", f"WARC file damaged after {self.records} records "
                                                         "(truncated gzip); the records before it were kept")

    def read_warc(self, stream, origin: str):
        """Yield a PageItem per contest article in the WARC, then a CrawlErrorItem if it is damaged."""
        stats = self.crawler.stats
        iterator = ArchiveIterator(stream, arc2warc=True)
        try:
            for record in iterator:
                self.records += 1
                stats.inc_value("contest_tracker/warc_records")
                item = self.record_item(record, origin)
                missing = drain(record.raw_stream)
                if missing:
                    raise WarcTruncated(f"record {self.records} lacks its last {missing} bytes")
                self.bytes_read = stream.tell() if hasattr(stream, "tell") else self.bytes_read
                if item is not None:
                    self.hits += 1
                    stats.inc_value("contest_tracker/warc_hits")
                    yield item
                if self.records % self.every == 0:
                    self.log_progress(origin)
        except (WarcTruncated, ArchiveLoadFailed, EOFError, OSError, zlib.error, ValueError) as exc:
            self.log_progress(origin)
            yield self.error_item(origin, "parse", f"WARC file damaged after {self.records} records "
                                                   f"({type(exc).__name__}: {exc}); the records before it were kept")
            return
        self.log_progress(origin, done=True)

    def log_progress(self, origin: str, done: bool = False) -> None:
        line = (f"{'read' if done else 'reading'} {origin}: {self.records} records, "
                f"{self.bytes_read / 1e6:.1f} MB, {self.hits} hits")
        self.logger.info(line)
        if self.crawler.settings.getbool("CONTEST_PROGRESS", True):
            # the CLI keeps Scrapy's log at WARNING; progress lines go to stderr like crawler.progress's
            print(f"[warc:{self.source_name}] {line}", file=sys.stderr, flush=True)

    def record_item(self, record, origin: str) -> PageItem | None:
        if record.rec_type != "response" or record.http_headers is None:
            return None
        content_type = record.http_headers.get_header("Content-Type") or ""
        if "html" not in content_type.lower():
            return None
        status = record.http_headers.get_statuscode()
        if not str(status).startswith("2"):
            return None
        payload = record.content_stream().read()
        if not mentions_any(payload, self.terms):
            self.crawler.stats.inc_value("contest_tracker/warc_prefiltered")
            return None
        url = record.rec_headers.get_header("WARC-Target-URI")
        warc_date = record.rec_headers.get_header("WARC-Date")
        return PageItem(
            url=url, status=int(status), headers=dict(record.http_headers.headers), body=payload,
            encoding=None, fetched_at=utcnow(), captured_at=warc_date, source=self.source_name,
            kind=self.source["kind"],
            meta={"found_in": "warc", "warc": origin, "record_id": record.rec_headers.get_header("WARC-Record-ID")},
        )
