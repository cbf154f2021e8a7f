"""Tweets embedded in articles: ``blockquote.twitter-tweet``, Guardian ``figure.element-tweet`` too.

The embed's status link gives the id (kept as text: ids exceed 2^53); the
trailing "— Name (@handle) Month D, YYYY" line gives the author and date.
"""
from __future__ import annotations

import datetime as dt
import re

import lxml.html

from db.tweet_archives import normalise_tweet

_STATUS = re.compile(r"(?:twitter|x)\.com/(?:#!/)?(\w{1,15})/status(?:es)?/(\d{5,25})", re.I)
_BYLINE = re.compile(r"[—–-]\s*(?P<name>[^(\n]*?)\s*\(@(?P<handle>\w{1,15})\)\s*(?P<date>[A-Z][a-z]+\.? \d{1,2},? \d{4})?")


def _parse_date(text: str | None) -> str | None:
    if not text:
        return None
    for fmt in ("%B %d, %Y", "%B %d %Y", "%b %d, %Y", "%b. %d, %Y"):
        try:
            return dt.datetime.strptime(text.strip(), fmt).date().isoformat() + "T12:00:00Z"
        except ValueError:
            continue
    return None


def extract_embedded_tweets(html: str | bytes | lxml.html.HtmlElement, page_url: str | None = None) -> list[dict]:
    """Return our tweet dicts for every embedded tweet in a page, in page order."""
    tree = html if isinstance(html, lxml.html.HtmlElement) else lxml.html.fromstring(html)
    tweets = []
    for block in tree.xpath('//blockquote[contains(concat(" ", normalize-space(@class), " "), " twitter-tweet ")]'):
        paragraphs = block.xpath(".//p")
        text = " ".join(p.text_content().strip() for p in paragraphs) if paragraphs else ""
        full = block.text_content()
        handle = tweet_id = None
        for href in block.xpath(".//a/@href"):
            match = _STATUS.search(href)
            if match:
                handle, tweet_id = match.group(1), match.group(2)
        byline = _BYLINE.search(full[len(text) // 2:] if text else full)
        name = date = None
        if byline:
            name = byline.group("name").strip() or None
            handle = handle or byline.group("handle")
            date = _parse_date(byline.group("date"))
        links = [a.get("href") for a in block.xpath(".//a[@href]")]
        tweet = normalise_tweet(
            id=tweet_id, handle=handle, display_name=name, created_at=date, text=text,
            source_url=page_url, precision="day" if date else None,
        )
        tweet["links"] = links
        tweets.append(tweet)
    return tweets
