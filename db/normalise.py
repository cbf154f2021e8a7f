"""Turn one raw page into everything the database holds about it.

``normalise_page`` is pure (bytes in, a NormalisedPage out), so the crawl, the
``rebuild`` command and ``extract`` share it, and it can run in worker
processes. Storing is ``db.store``'s job.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field

import lxml.html

from contest_tracker.contest import Contest
from db.articles import ArticleData, ArticleExtractionError, extract_article
from db.dates import iso_date
from db.embedded_tweets import extract_embedded_tweets
from db.events import extract_events
from db.quotes import extract_quotes
from db.relevance import assess

__all__ = ["NormalisedPage", "normalise_page", "safe_normalise_page", "analyse_text", "ArticleExtractionError",
           "ExtractionCrashed"]


class ExtractionCrashed(ArticleExtractionError):
    """An extractor raised something other than ArticleExtractionError: a bug met on odd input."""


@dataclass
class NormalisedPage:
    url: str
    article: ArticleData
    relevant: bool
    relevance: float
    reason: str
    content_hash: str
    quotes: list[dict] = field(default_factory=list)
    speakers: list[dict] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)
    tweets: list[dict] = field(default_factory=list)
    meta: dict = field(default_factory=dict)


def _listing_date(meta: dict | None) -> dt.date | None:
    listing = (meta or {}).get("listing") or {}
    for key in ("publication_date", "published", "lastmod"):
        day = iso_date(listing.get(key))
        if day is not None:
            return day
    return None


def strip_outlet(title: str | None, outlet: str | None) -> str | None:
    """ "Valleys Gazette - Headline" or "Headline | Valleys Gazette" -> "Headline"."""
    if not title or not outlet:
        return title
    for sep in (" - ", " | ", " – ", " — ", ": "):
        head, _, tail = title.partition(sep)
        if tail and head.strip().lower() == outlet.lower():
            return tail.strip()
        head, _, tail = title.rpartition(sep)
        if head and tail.strip().lower() == outlet.lower():
            return head.strip()
    return title


def analyse_text(text: str, published: dt.date | None, contest: Contest) -> tuple[list, list, list]:
    """Quotes, speakers and events of an article body (the ``extract`` command uses this too)."""
    result = extract_quotes(text, contest, published)
    events = extract_events(text, published, contest)
    return result.quotes, result.speakers, events


def normalise_page(url: str, body: bytes | str, contest: Contest, *, encoding: str | None = None,
                   meta: dict | None = None) -> NormalisedPage:
    """Extract, filter and analyse one page. Raises ArticleExtractionError with the reason."""
    article = extract_article(body, url, encoding=encoding)
    if article.published_date is None:
        article.published_date = _listing_date(meta)
        if article.published_date and not article.published:
            article.published = article.published_date.isoformat()
    listing = (meta or {}).get("listing") or {}
    if not article.title:
        article.title = listing.get("news_title") or listing.get("title")
    if not article.outlet:  # the news sitemap or feed names the publication when the page doesn't
        article.outlet = listing.get("publication_name") or listing.get("feed_title")
    article.title = strip_outlet(article.title, article.outlet)
    content_hash = hashlib.sha1((article.title or "").encode() + b"\0" + article.text.encode()).hexdigest()
    verdict = assess(article.text, article.title, article.published_date, contest)
    page = NormalisedPage(
        url=url, article=article, relevant=verdict.relevant, relevance=verdict.score,
        reason=verdict.reason, content_hash=content_hash, meta=meta or {},
    )
    if not verdict.relevant:
        return page
    page.quotes, page.speakers, page.events = analyse_text(article.text, article.published_date, contest)
    try:
        tree = lxml.html.fromstring(body if isinstance(body, str) else body.decode(encoding or "utf-8", "replace"))
        page.tweets = extract_embedded_tweets(tree, article.canonical_url or url)
    except (ValueError, lxml.etree.ParserError):
        page.tweets = []
    return page


def safe_normalise_page(url: str, body: bytes | str, contest: Contest, *, encoding: str | None = None,
                        meta: dict | None = None) -> NormalisedPage:
    """``normalise_page``, where any failure is an ArticleExtractionError with a reason to record.

    Hostile input can trip a bug deep in an extractor; the crawl and ``rebuild`` must record
    that page and go on, not stop.
    """
    try:
        return normalise_page(url, body, contest, encoding=encoding, meta=meta)
    except ArticleExtractionError:
        raise
    except Exception as exc:  # noqa: BLE001 - turned into a recorded reason, never silenced
        raise ExtractionCrashed(f"extractor crashed: {type(exc).__name__}: {exc}"[:2000]) from None
