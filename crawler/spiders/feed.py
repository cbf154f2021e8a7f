"""RSS and Atom feeds: the cheapest way to follow a running contest.

feedparser copes with every RSS and Atom dialect; entries outside the contest
window are skipped before their pages are fetched.
"""
from __future__ import annotations

import datetime as dt

import feedparser
import scrapy
from lxml import etree

from crawler.spiders.base import ContestSpider


def opml_feeds(body: bytes) -> list[str] | None:
    """The feed URLs of an OPML subscription list, or None if the body is not OPML."""
    if b"<opml" not in body[:2048]:
        return None
    root = etree.fromstring(body, parser=etree.XMLParser(resolve_entities=False, no_network=True, recover=True))
    return [node.get("xmlUrl") for node in root.iter("outline") if node.get("xmlUrl")]


def parse_feed(body: bytes) -> list[dict]:
    """Entries of an RSS or Atom feed as dicts: link, title, published (date or None), summary."""
    parsed = feedparser.parse(body)
    if parsed.bozo and not parsed.entries:
        raise ValueError(f"unreadable feed: {parsed.bozo_exception}")
    entries = []
    feed_title = parsed.feed.get("title")
    for entry in parsed.entries:
        link = entry.get("link")
        if not link:
            continue
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        published = dt.date(*stamp[:3]) if stamp else None
        entries.append({
            "link": link,
            "title": entry.get("title"),
            "published": published.isoformat() if published else None,
            "summary": entry.get("summary"),
            "feed_title": feed_title,
        })
    return entries


class FeedSpider(ContestSpider):
    """Reads RSS or Atom feeds (one, or an OPML list of them) and fetches the articles it lists inside the window."""

    name = "feed"
    source_kind = "feed"

    async def start(self):
        for url in [self.source["url"], *self.source.get("urls", [])]:
            yield scrapy.Request(url, callback=self.parse_feed, errback=self.on_error, dont_filter=True)

    def parse_feed(self, response):
        feeds = opml_feeds(response.body)
        if feeds is not None:  # a list of feeds: follow each
            for url in feeds:
                yield scrapy.Request(response.urljoin(url), callback=self.parse_feed, errback=self.on_error)
            return
        try:
            entries = parse_feed(response.body)
        except ValueError as exc:
            yield self.error_item(response.url, "parse", str(exc))
            return
        start, end = self.window
        for entry in entries:
            published = entry["published"] and dt.date.fromisoformat(entry["published"])
            if published and not (start <= published <= end):
                continue
            yield scrapy.Request(
                response.urljoin(entry["link"]),
                callback=self.parse_article,
                errback=self.on_error,
                cb_kwargs={"listing": entry},
            )

    def parse_article(self, response, listing):
        yield self.page_item(response, meta={"listing": listing, "found_in": "feed"})
