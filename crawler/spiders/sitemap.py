"""News sitemaps and sitemap indexes (Google News sitemap format).

Scrapy's SitemapSpider drops the ``news:`` fields, so this spider reads them
itself: the publication date filters by the contest window before any article
is fetched, and the title travels with the request as a hint.
"""
from __future__ import annotations

import datetime as dt
import gzip

import scrapy
from lxml import etree

from crawler.spiders.base import ContestSpider
from crawler.store import store_for
from db.dates import iso_date

NS = {
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "news": "http://www.google.com/schemas/sitemap-news/0.9",
}
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False)


def parse_sitemap(body: bytes) -> tuple[str, list[dict]]:
    """Return ("index"|"urlset", entries); each entry has loc, lastmod and any news fields."""
    if body[:2] == b"\x1f\x8b":
        body = gzip.decompress(body)
    root = etree.fromstring(body, parser=_PARSER)
    if root is None:
        raise ValueError("not an XML sitemap")
    kind = etree.QName(root).localname
    entries = []
    for node in root:
        if not isinstance(node.tag, str):
            continue
        entry = {}
        for child in node.iter():
            if not isinstance(child.tag, str) or child is node:
                continue
            name = etree.QName(child).localname
            text = (child.text or "").strip()
            if name in ("loc", "lastmod"):
                entry[name] = text
            elif name == "publication_date":
                entry["publication_date"] = text
            elif name == "title":
                entry["news_title"] = text
            elif name == "name":
                entry["publication_name"] = text
            elif name == "language":
                entry["language"] = text
            elif name == "keywords":
                entry["keywords"] = text
        if entry.get("loc"):
            entries.append(entry)
    return ("index" if kind == "sitemapindex" else "urlset"), entries


class NewsSitemapSpider(ContestSpider):
    """Reads a news sitemap (or an index of them, or robots.txt) and fetches articles in the window."""

    name = "sitemap"
    source_kind = "sitemap"

    def since_last_run(self) -> dt.date | None:
        """The day before the last finished run of this source began: older lastmods are unchanged since."""
        row = store_for(self.crawler).db.execute(
            "select max(started) from crawl_runs where source = ? and status = 'finished'",
            [self.source_name]).fetchone()
        return dt.date.fromisoformat(row[0][:10]) - dt.timedelta(days=1) if row and row[0] else None

    def already_stored(self, url: str) -> bool:
        return store_for(self.crawler).db.execute(
            "select 1 from raw_responses where url = ? and source = ? limit 1", [url, self.source_name]).fetchone() is not None

    async def start(self):
        # Incremental reruns (issue 5): an entry whose lastmod is older than the last finished
        # run, and whose page we already hold, is not fetched again.
        self.since = self.since_last_run()
        url = self.source["url"]
        callback = self.parse_robots if url.endswith("/robots.txt") else self.parse_sitemap
        yield scrapy.Request(url, callback=callback, errback=self.on_error, dont_filter=True)

    def parse_robots(self, response):
        for line in response.text.splitlines():
            if line.lower().startswith("sitemap:"):
                yield scrapy.Request(line.split(":", 1)[1].strip(), callback=self.parse_sitemap, errback=self.on_error)

    def parse_sitemap(self, response):
        try:
            kind, entries = parse_sitemap(response.body)
        except (ValueError, etree.XMLSyntaxError, OSError, EOFError) as exc:
            yield self.error_item(response.url, "parse", f"unreadable sitemap: {exc}")
            return
        start, end = self.window
        for entry in entries:
            if kind == "index":
                lastmod = iso_date(entry.get("lastmod"))
                if lastmod is not None and lastmod < start:
                    continue  # nothing in it changed since the window opened
                yield scrapy.Request(entry["loc"], callback=self.parse_sitemap, errback=self.on_error)
                continue
            published = iso_date(entry.get("publication_date")) or iso_date(entry.get("lastmod"))
            if published is not None and not (start <= published <= end):
                self.crawler.stats.inc_value("contest_tracker/sitemap_out_of_window")
                continue
            lastmod = iso_date(entry.get("lastmod"))
            if self.since and lastmod is not None and lastmod < self.since and self.already_stored(entry["loc"]):
                self.crawler.stats.inc_value("contest_tracker/sitemap_unchanged")
                continue
            yield scrapy.Request(
                entry["loc"],
                callback=self.parse_article,
                errback=self.on_error,
                cb_kwargs={"listing": {k: v for k, v in entry.items() if k != "loc"}},
            )

    def parse_article(self, response, listing):
        yield self.page_item(response, meta={"listing": listing, "found_in": "sitemap"})
