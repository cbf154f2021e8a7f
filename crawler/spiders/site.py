"""A whole news site, followed link by link inside its domains and path patterns.

Like Scrapy's CrawlSpider, but the rules come from the ``[[sources]]`` entry:
``allowed_domains``, and optional ``allow`` / ``deny`` regex lists matched
against each link's URL. Only pages that look like articles become items;
the rest (section fronts, tag pages) are followed and dropped. ``max_depth``
(default 4) bounds how far from the start page the spider wanders.

Reruns are cheap: the HTTP cache (RFC 2616 policy) revalidates each page with
If-None-Match / If-Modified-Since, so unchanged pages come back as 304s.
"""
from __future__ import annotations

from urllib.parse import urlsplit

import scrapy
from scrapy.linkextractors import LinkExtractor

from crawler.spiders.base import ContestSpider

ARTICLE_MARKERS = (
    "//meta[@property='og:type' and translate(@content, 'ARTICLE', 'article')='article']",
    "//meta[@property='article:published_time']",
    "//script[@type='application/ld+json'][contains(., 'NewsArticle') or contains(., 'ReportageNewsArticle')]",
    "//article[.//p]",
)


def looks_like_article(response) -> bool:
    """An article page: it says so (og:type, article:published_time, JSON-LD) or holds an <article>."""
    if not hasattr(response, "xpath"):
        return False
    return any(response.xpath(marker) for marker in ARTICLE_MARKERS)


class SiteSpider(ContestSpider):
    """Follows links from the start page and keeps the pages that look like articles."""

    name = "site"
    source_kind = "site"

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        domains = spider.source.get("allowed_domains") or [urlsplit(spider.source["url"]).hostname]
        spider.allowed_domains = list(domains)
        spider.link_extractor = LinkExtractor(
            allow=spider.source.get("allow", ()), deny=spider.source.get("deny", ()),
        )  # domains are the offsite middleware's job: it compares host names, ignoring ports
        spider.max_depth = int(spider.source.get("max_depth", 4))
        return spider

    async def start(self):
        for url in [self.source["url"], *self.source.get("urls", [])]:
            yield scrapy.Request(url, callback=self.parse_page, errback=self.on_error)

    def parse_page(self, response):
        if looks_like_article(response):
            yield self.page_item(response, meta={"found_in": "site", "referer": (
                response.request.headers.get("Referer") or b"").decode("latin-1") or None})
        if response.meta.get("depth", 0) >= self.max_depth or not hasattr(response, "xpath"):
            return
        for link in self.link_extractor.extract_links(response):
            yield scrapy.Request(link.url, callback=self.parse_page, errback=self.on_error)
