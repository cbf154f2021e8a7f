"""Tweets embedded in articles, in the layouts news sites actually use.

* Twitter's standard embed: ``<blockquote class="twitter-tweet"><p>…</p>— Name
  (@handle) <a href="https://twitter.com/handle/status/ID">August 25, 2016</a></blockquote>``;
* the Guardian's ``figure.element-tweet`` around it (its ``data-canonical-url``
  carries the status link even when the blockquote is bare);
* embeds whose ``<p>`` is missing (the text is left empty for the ``oembed``
  spider to fill in), ``pic.twitter.com`` media links, ``x.com`` and
  ``mobile.twitter.com`` status links, and ``data-tweet-id`` attributes.

The id stays text: ids exceed 2^53. Links in the text are written as their
``t.co`` address, as archives spell them, so the same tweet from an archive
matches (see ``db.tweet_archives.text_key``).
"""
from __future__ import annotations

import datetime as dt
import re

import lxml.html

from db.tweet_archives import TweetArchiveError, is_real_id, normalise_tweet, status_id

_STATUS = re.compile(r"(?:twitter|x)\.com/(?:#!/)?(\w{1,15})/status(?:es)?/(\d{5,25})", re.I)
_BYLINE = re.compile(r"[—–-]\s*(?P<name>[^(\n]*?)\s*\(@(?P<handle>\w{1,15})\)\s*(?P<date>.*)$", re.S)
_PROFILE = re.compile(r"(?:twitter|x)\.com/(?:#!/)?(\w{1,15})/?(?:[?#].*)?$", re.I)
_NOT_HANDLES = {"i", "intent", "hashtag", "search", "home", "share", "status"}
_CLASSES = ("twitter-tweet", "twitter-video")
_CANDIDATES = (
    '//blockquote[contains(concat(" ", normalize-space(@class), " "), " twitter-tweet ")'
    ' or contains(concat(" ", normalize-space(@class), " "), " twitter-video ")]'
    ' | //figure[contains(concat(" ", normalize-space(@class), " "), " element-tweet ")]'
    ' | //*[@data-tweet-id]'
)
_DATE_FORMATS = ("%B %d, %Y", "%B %d %Y", "%b %d, %Y", "%b. %d, %Y", "%d %B %Y", "%d %b %Y",
                 "%I:%M %p - %d %b %Y", "%I:%M %p · %b %d, %Y")


def parse_embed_date(text: str | None) -> str | None:
    """The day an embed's trailing link names ("August 25, 2016"), as noon UTC: only the day is known."""
    if not text:
        return None
    text = re.sub(r"\s+", " ", text).strip()
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date().isoformat() + "T12:00:00Z"
        except ValueError:
            continue
    match = re.search(r"([A-Z][a-z]+\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]+ \d{4})", text)
    if match and match.group(1) != text:
        return parse_embed_date(match.group(1))
    return None


def _has_class(element, names) -> bool:
    classes = (element.get("class") or "").split()
    return any(name in classes for name in names)


def _is_candidate(element) -> bool:
    return (element.tag == "blockquote" and _has_class(element, _CLASSES)) or \
        (element.tag == "figure" and _has_class(element, ("element-tweet",))) or \
        element.get("data-tweet-id") is not None


def _outermost(tree) -> list:
    """Each embed once: a Guardian figure and the blockquote inside it are one tweet."""
    found = []
    for element in tree.xpath(_CANDIDATES):
        if any(_is_candidate(ancestor) for ancestor in element.iterancestors()):
            continue
        found.append(element)
    return found


def _text_of(paragraph) -> str:
    """A tweet's words with its links as t.co addresses, hashtags and mentions as written."""
    parts: list[str] = []

    def walk(element):
        if element.tag == "br":
            parts.append("\n")
        elif element.tag == "a" and re.match(r"https?://t\.co/", element.get("href") or ""):
            parts.append(element.get("href"))
            parts.append(element.tail or "")
            return
        else:
            parts.append(element.text or "")
            for child in element:
                walk(child)
        parts.append(element.tail or "")

    parts.append(paragraph.text or "")
    for child in paragraph:
        walk(child)
    text = "".join(parts)
    return "\n".join(re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.split("\n")).strip()


def _status_link(block, paragraphs) -> tuple[str | None, str | None, object | None]:
    """Handle, id and anchor of the embed's own status link: outside the text first (a tweet may link another)."""
    inside = {id(a) for p in paragraphs for a in p.iter("a")}
    anchors = [a for a in block.iter("a") if a.get("href")]
    for pool in ([a for a in anchors if id(a) not in inside], anchors):
        for anchor in reversed(pool):
            href = anchor.get("href")
            match = _STATUS.search(href)
            if match and match.group(1).lower() not in _NOT_HANDLES:
                return match.group(1), match.group(2), anchor
            if status_id(href):
                return None, status_id(href), anchor
    return None, None, None


def tweet_from_block(block, page_url: str | None = None) -> dict | None:
    """One embed (blockquote, Guardian figure or ``data-tweet-id`` element) as our tweet dict."""
    quote = block if block.tag == "blockquote" else next(
        iter(block.xpath('.//blockquote[contains(@class, "twitter-tweet") or contains(@class, "twitter-video")]'
                         ' | .//blockquote')), block)
    paragraphs = quote.xpath(".//p")
    text = "\n".join(_text_of(p) for p in paragraphs).strip()
    handle, tweet_id, anchor = _status_link(quote, paragraphs)
    if not tweet_id:
        handle, tweet_id, anchor = _status_link(block, paragraphs)
    for element in [block, *block.iterdescendants()]:
        if not isinstance(element.tag, str):
            continue
        attr_id = element.get("data-tweet-id") or element.get("data-tweetid")
        if attr_id and is_real_id(attr_id.strip()):
            tweet_id = tweet_id or attr_id.strip()
        canonical = element.get("data-canonical-url")
        if canonical and not tweet_id:
            match = _STATUS.search(canonical)
            if match:
                handle, tweet_id = handle or match.group(1), match.group(2)
    # the trailing "— Name (@handle) date" line: whatever follows the last paragraph
    tail = quote.text_content()
    if paragraphs:
        last = paragraphs[-1].text_content()
        cut = tail.rfind(last)
        tail = tail[cut + len(last):] if cut >= 0 else tail
    name = date = None
    byline = _BYLINE.search(tail)
    if byline:
        name = byline.group("name").strip() or None
        handle = byline.group("handle") or handle
        date = parse_embed_date(anchor.text_content() if anchor is not None else None) \
            or parse_embed_date(byline.group("date"))
    elif anchor is not None:
        date = parse_embed_date(anchor.text_content())
    if not handle:  # a bare embed may still link its author's profile
        for href in quote.xpath(".//a/@href"):
            match = _PROFILE.search(href)
            if match and match.group(1).lower() not in _NOT_HANDLES:
                handle = match.group(1)
                break
    if not tweet_id and not text:
        return None  # nothing to store and nothing to look up
    tweet = normalise_tweet(id=tweet_id, handle=handle, display_name=name, created_at=date, text=text,
                            source_url=page_url, precision="day" if date else None)
    tweet["links"] = sorted({href for p in paragraphs for href in p.xpath(".//a/@href")}
                            | set(tweet["links"]), key=str)
    return tweet


def extract_embedded_tweets(html: str | bytes | lxml.html.HtmlElement, page_url: str | None = None) -> list[dict]:
    """Return our tweet dicts for every embedded tweet in a page, in page order, each tweet once."""
    if isinstance(html, (str, bytes)):
        if not html.strip():
            return []
        tree = lxml.html.fromstring(html)
    else:
        tree = html
    tweets: list[dict] = []
    seen: dict[str, dict] = {}
    for block in _outermost(tree):
        tweet = tweet_from_block(block, page_url)
        if tweet is None:
            continue
        if tweet["id"] in seen:  # the same tweet embedded twice: keep the fuller copy
            kept = seen[tweet["id"]]
            for key, value in tweet.items():
                if value and not kept.get(key):
                    kept[key] = value
            continue
        seen[tweet["id"]] = tweet
        tweets.append(tweet)
    return tweets


def tweet_from_oembed(answer: dict) -> dict:
    """A tweet from publish.twitter.com's oEmbed answer: handle from author_url, text and date from html."""
    if not isinstance(answer, dict) or "html" not in answer:
        raise TweetArchiveError("no html field")
    tweet_id = status_id(answer.get("url"))
    tweets = extract_embedded_tweets(answer["html"] or "", None)
    tweet = tweets[0] if tweets else normalise_tweet(id=tweet_id)
    profile = _PROFILE.search(answer.get("author_url") or "")
    handle = profile.group(1) if profile else tweet.get("handle")
    result = normalise_tweet(
        id=tweet_id or tweet.get("real_id"), handle=handle,
        display_name=answer.get("author_name") or tweet.get("display_name"),
        created_at=tweet.get("created_at"), text=tweet.get("text"),
        precision=tweet.get("created_at_precision"),
    )
    result["links"] = tweet.get("links", result["links"])
    return result


_TEXT_BYLINE = re.compile(r"^[—–-]\s*(?P<name>[^(\n]*?)\s*\(@(?P<handle>\w{1,15})\)\s*(?P<date>[^\n]*)$", re.M)


def extract_text_tweets(text: str) -> list[dict]:
    """Tweets that survive in plain text as a paragraph then "— Name (@handle) Month D, YYYY".

    That is how an embed reads once a page is flattened to text (the seed
    article is such a case); the paragraph before the byline is the tweet.
    """
    tweets = []
    for match in _TEXT_BYLINE.finditer(text):
        before = text[:match.start()].rstrip("\n")
        body = before[before.rfind("\n") + 1:].strip()
        if not body:
            continue
        date = parse_embed_date(match.group("date").strip())
        tweets.append(normalise_tweet(handle=match.group("handle"), display_name=match.group("name").strip() or None,
                                      created_at=date, text=body, precision="day" if date else None))
    return tweets
