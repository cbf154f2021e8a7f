"""Turn one saved news page into article metadata and a clean body text.

``extract_article(html, url)`` returns an ``ArticleData``; a page that cannot
be an article (empty, binary, not HTML) raises ``ArticleExtractionError`` with
a one-line reason the pipeline records against the URL.

Choices worth knowing:

* **Parse once.** The page is decoded and parsed with lxml a single time; the
  tree is then handed to extruct (JSON-LD, OpenGraph), htmldate and trafilatura,
  which all accept a tree (trafilatura and htmldate copy it before pruning).
* **Body = trafilatura, precision first.** ``favor_precision`` scores best on
  the Zyte benchmark (``contest_tracker/eval_articles.py``), but on a few pages
  it keeps only a reprint notice; when its text is short (under
  ``RECALL_CHECK_BELOW``) and under half of what recall mode finds, recall
  mode's text is used instead.
* **Headline.** A first paragraph that repeats the title is dropped.
* **Speed.** About 20 pages/s per core on 10-100 KB pages: trafilatura's own
  pruning and its readability/jusText comparison are most of the cost, and
  turning the comparison off (``fast=True``) loses 2 points of recall.
* **Bodies split over several containers.** Some sites (Wired, for one) cut the
  article into several ``article__body`` blocks, each in its own wrapper between
  ads; trafilatura takes the first block only. Those blocks are joined first.
  Blocks that are already siblings are left alone: their parent is found anyway.
* **Paragraphs.** Each block element of the body is one paragraph and the text
  joins them with a blank line, because quote extraction downstream relies on a
  multi-paragraph quote reopening its quotation mark in each paragraph.
* **No captions, tweets, comments or banners.** Figures, captions, embedded
  social posts, comment sections and cookie/consent banners are cut from the
  tree before extraction rather than filtered from the text afterwards.
* **Size cap.** Input beyond ``MAX_INPUT_BYTES`` (5 MB) is cut at a line
  boundary before parsing: article text sits in the first megabytes and a 20 MB
  page of inline data would otherwise cost seconds and hundreds of MB.
* **No network.** Nothing here fetches: htmldate gets a tree (a string that
  looks like a URL would make it download), and trafilatura's URL handling uses
  courlan/tld with their bundled public suffix list.
"""
from __future__ import annotations

import codecs
import datetime as dt
import json
import re
import warnings
from dataclasses import dataclass, field

import lxml.html
from lxml import etree

MAX_INPUT_BYTES = 5_000_000
"""Input is truncated to this many bytes (or characters for ``str``) before parsing."""

RECALL_FALLBACK_RATIO = 0.5
"""Use recall mode's text when precision mode keeps less than this share of it."""


RECALL_CHECK_BELOW = 1000
"""Only texts shorter than this (characters) get the recall-mode second look."""


class ArticleExtractionError(Exception):
    """The page cannot be read as an article; the message gives the reason."""


@dataclass
class ArticleData:
    """What one page tells us about its article. Missing fields are ``None``."""

    title: str | None = None
    byline: str | None = None
    published: str | None = None  # ISO 8601; with time and offset when the page gives them
    published_date: dt.date | None = None
    canonical_url: str | None = None
    outlet: str | None = None  # og:site_name or the JSON-LD publisher
    description: str | None = None
    language: str | None = None
    text: str = ""  # the body: paragraphs joined with "\n\n"
    paragraphs: list[str] = field(default_factory=list)


def extract_article(
    html: str | bytes, url: str | None = None, *, encoding: str | None = None
) -> ArticleData:
    """Extract metadata and body text from one HTML page.

    :param html: the page, as bytes straight off the wire or already decoded.
    :param url: the page's URL, used to resolve relative links and as a date hint;
        never fetched.
    :param encoding: the charset from the HTTP ``Content-Type`` header, if any.
        It wins over ``<meta charset>`` unless the bytes prove it wrong.
    :raises ArticleExtractionError: for empty input, binary data or markup with
        no HTML in it. A page that parses but has no article body is *not* an
        error: it comes back with empty ``text``.
    """
    text = decode_html(html, encoding)
    tree = parse_html(text)
    ld = _jsonld_article(tree, url)
    meta = extract_metadata(tree, url, ld=ld)
    paragraphs = extract_paragraphs(tree, url)
    paragraphs = _drop_headline(paragraphs, meta["title"], tree.findtext(".//title"))
    body = ld.get("articleBody")
    if not paragraphs and isinstance(body, str) and len(body) > 200:
        # pages that render the body with JavaScript often still ship it as JSON-LD
        paragraphs = _split_paragraphs(body)
    return ArticleData(**meta, text="\n\n".join(paragraphs), paragraphs=paragraphs)


# --- decoding -------------------------------------------------------------------

_MAGIC = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"GIF8": "a GIF image",
    b"\xff\xd8\xff": "a JPEG image",
    b"\x1f\x8b": "gzip-compressed data",
    b"PK\x03\x04": "a ZIP archive",
    b"RIFF": "a RIFF (WebP/AVI) file",
}
_SINGLE_BYTE = {"cp1252", "latin_1", "iso8859-1", "ascii", "iso8859-15"}
_BINARY_RE = re.compile("[\x00-\x08\x0e-\x1f\ufffd]")
_TAG_RE = re.compile(r"<\s*(?:[a-zA-Z][a-zA-Z0-9:-]*|!doctype)", re.I)


def decode_html(html: str | bytes, encoding: str | None = None) -> str:
    """Decode (and cap) the page, trusting evidence over declarations.

    Order: byte-order mark, then the HTTP charset, then ``<meta charset>``, then
    UTF-8, then Windows-1252. A declared charset that fails to decode the bytes
    is skipped, and a single-byte declaration (Latin-1, Windows-1252, ASCII)
    loses to UTF-8 when the bytes are valid UTF-8 with non-ASCII in them: that
    combination is almost always a server default that was never updated.
    Windows-1252 is the last resort because it decodes almost anything, and old
    British news sites are full of its curly quotes.

    :raises ArticleExtractionError: "empty body", or "not HTML" for binary data.
    """
    if isinstance(html, str):
        text = html[:MAX_INPUT_BYTES]
    else:
        data = _truncate_bytes(bytes(html))
        if not data.strip():
            raise ArticleExtractionError("empty body")
        for magic, what in _MAGIC.items():
            if data.lstrip()[:8].startswith(magic):
                raise ArticleExtractionError(f"not HTML: looks like {what}")
        text = _decode_bytes(data, encoding)
    if not text.strip():
        raise ArticleExtractionError("empty body")
    _check_looks_like_html(text)
    return text


def _truncate_bytes(data: bytes) -> bytes:
    if len(data) <= MAX_INPUT_BYTES:
        return data
    # cut after a newline or '>' so no multibyte character is split in two
    head = data[:MAX_INPUT_BYTES]
    cut = max(head.rfind(b"\n", MAX_INPUT_BYTES - 65536), head.rfind(b">", MAX_INPUT_BYTES - 65536))
    return head[: cut + 1] if cut > 0 else head


def _decode_bytes(data: bytes, http_encoding: str | None) -> str:
    from w3lib.encoding import html_body_declared_encoding, read_bom, resolve_encoding

    bom_encoding, _ = read_bom(data)
    if bom_encoding:
        return data.decode(bom_encoding, errors="replace").lstrip("\ufeff")
    declared = [resolve_encoding(e) for e in (http_encoding, html_body_declared_encoding(data)) if e]
    utf8 = _try_decode(data, "utf-8")
    for name in declared:
        if name is None:
            continue
        if _codec_name(name) in _SINGLE_BYTE and utf8 is not None and not utf8.isascii():
            return utf8
        decoded = _try_decode(data, name)
        if decoded is not None:
            return decoded
    if utf8 is not None:
        return utf8
    try:  # optional: better guesses for non-Western pages when installed
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
        if best is not None and _codec_name(best.encoding) not in _SINGLE_BYTE:
            decoded = _try_decode(data, best.encoding)
            if decoded is not None:
                return decoded
    except ImportError:
        pass
    return data.decode("cp1252", errors="replace")


def _codec_name(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return name


def _try_decode(data: bytes, name: str) -> str | None:
    try:
        return data.decode(name)
    except (UnicodeDecodeError, LookupError):
        return None


def _check_looks_like_html(text: str) -> None:
    sample = text[:65536]
    controls = len(_BINARY_RE.findall(sample))
    if controls > max(8, len(sample) // 50):
        raise ArticleExtractionError("not HTML: binary data")
    if not _TAG_RE.search(sample):
        raise ArticleExtractionError("not HTML: no tags found")


# --- parsing --------------------------------------------------------------------

_PARSER = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, huge_tree=True)
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


def parse_html(text: str) -> lxml.html.HtmlElement:
    """Parse once with lxml; recovers from truncated and malformed markup.

    Parsed from UTF-8 bytes so an ``<?xml encoding=...?>`` prologue is harmless;
    ``huge_tree`` lifts libxml2's nesting limit instead of silently dropping the
    rest of a deeply nested page.

    :raises ArticleExtractionError: "no HTML content" when nothing parses.
    """
    data = _CONTROL_RE.sub("", text).encode("utf-8", errors="replace")
    try:
        tree = lxml.html.document_fromstring(data, parser=_PARSER)
    except (etree.ParserError, ValueError) as exc:
        raise ArticleExtractionError(f"no HTML content ({exc})") from None
    if tree is None or len(tree) == 0:
        raise ArticleExtractionError("no HTML content")
    return tree


# --- metadata -------------------------------------------------------------------

_ARTICLE_TYPES = {
    "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle",
    "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "blogposting",
    "liveblogposting", "socialmediaposting", "report", "scholarlyarticle", "techarticle",
}
_DATE_META = (
    "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
    "publish-date", "dc.date.issued", "dcterms.created", "dc.date", "sailthru.date",
    "parsely-pub-date", "date", "article.published", "cxenseparse:recs:publishtime",
)


def extract_metadata(tree: lxml.html.HtmlElement, url: str | None = None, *, ld: dict | None = None) -> dict:
    """Title, byline, dates, canonical URL, outlet, description and language.

    Structured data first (JSON-LD ``*Article``), then OpenGraph and ordinary
    ``<meta>`` tags, then the visible page; the date falls back to htmldate's
    extensive search, which also reads dates written in the text.

    :param ld: the JSON-LD article node if the caller already has it.
    :returns: the ``ArticleData`` fields other than the body.
    """
    ld = _jsonld_article(tree, url) if ld is None else ld
    og = _opengraph(tree, url)
    meta = _meta_tags(tree)

    published = _iso_datetime(ld.get("datePublished")) or _first_date(og, meta, tree)
    if published is None:
        published = _htmldate(tree, url)
    published_date = dt.date.fromisoformat(published[:10]) if published else None

    publisher = ld.get("publisher")
    outlet = og.get("og:site_name") or _name(publisher) or meta.get("application-name")
    title = (
        _clean(ld.get("headline")) or _clean(og.get("og:title")) or _clean(meta.get("twitter:title"))
        or _clean(tree.findtext(".//title"))
    )
    return {
        "title": title,
        "byline": _byline(ld, meta, tree),
        "published": published,
        "published_date": published_date,
        "canonical_url": _canonical(tree, og, ld),
        "outlet": _clean(outlet),
        "description": _clean(ld.get("description")) or _clean(og.get("og:description"))
        or _clean(meta.get("description")),
        "language": _language(tree, ld, og, meta),
    }


def _jsonld_article(tree, url) -> dict:
    """The first JSON-LD node typed as an article (searching @graph and lists)."""
    from extruct.jsonld import JsonLdExtractor

    try:
        items = JsonLdExtractor().extract_items(tree, base_url=url)
    except Exception:  # extruct raises bare json/ValueErrors on broken scripts
        return {}
    stack = list(items)
    fallback: dict = {}
    while stack:
        node = stack.pop(0)
        if isinstance(node, list):
            stack.extend(node)
            continue
        if not isinstance(node, dict):
            continue
        types = node.get("@type") or []
        types = [types] if isinstance(types, str) else types
        if any(isinstance(t, str) and t.lower() in _ARTICLE_TYPES for t in types):
            return node
        if not fallback and ("headline" in node or "datePublished" in node):
            fallback = node
        for key in ("@graph", "mainEntity", "itemListElement"):
            if isinstance(node.get(key), (list, dict)):
                stack.append(node[key])
    return fallback


def _opengraph(tree, url) -> dict:
    from extruct.opengraph import OpenGraphExtractor

    found: dict[str, str] = {}
    try:
        for item in OpenGraphExtractor().extract_items(tree, base_url=url):
            for key, value in item.get("properties", []):
                found.setdefault(key, value)
    except Exception:  # malformed prefix declarations
        pass
    return found


def _meta_tags(tree) -> dict:
    found: dict[str, str] = {}
    for el in tree.iterfind(".//meta"):
        key = el.get("name") or el.get("property") or el.get("itemprop") or el.get("http-equiv")
        value = el.get("content")
        if key and value and value.strip():
            found.setdefault(key.strip().lower(), value.strip())
    return found


def _first_date(og: dict, meta: dict, tree) -> str | None:
    for key in _DATE_META:
        value = _iso_datetime(og.get(key) or meta.get(key))
        if value:
            return value
    for el in tree.xpath("//*[@itemprop='datePublished'] | //time[@pubdate] | //time[@datetime]")[:3]:
        value = _iso_datetime(el.get("content") or el.get("datetime"))
        if value:
            return value
    return None


def _iso_datetime(value) -> str | None:
    """ISO 8601 with the time and offset the source gives, or the date alone."""
    if isinstance(value, list):
        value = value[0] if value else None
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    from dateutil import parser as dateparser

    try:
        parsed = dateparser.isoparse(value)
    except (ValueError, OverflowError):
        try:
            with warnings.catch_warnings():  # "EST"-style zone names: keep the wall time
                warnings.simplefilter("ignore", dateparser.UnknownTimezoneWarning)
                parsed = dateparser.parse(value)
        except (ValueError, OverflowError, TypeError):
            return None
    if not 1990 <= parsed.year <= dt.date.today().year + 1:
        return None
    has_time = bool(re.search(r"\d[T ]\d{1,2}:\d{2}", value))
    if not has_time:
        return parsed.date().isoformat()
    return parsed.isoformat()


def _htmldate(tree, url) -> str | None:
    """Date from htmldate's full search: URL, headers, then dates in the text."""
    from htmldate import find_date

    try:
        found = find_date(tree, extensive_search=True, original_date=True, url=url)
    except Exception:  # htmldate has no error contract; a missing date is fine
        return None
    if found and found.endswith("-01-01") and not _says_new_year(tree, found[:4]):
        return None  # a bare year ("Copyright 2016") comes back as 1 January: no date, really
    return found or None


def _says_new_year(tree, year: str) -> bool:
    text = " ".join(tree.itertext())
    return bool(re.search(rf"{year}-01-01|\b0?1(st)? Jan(uary)?\b|\bJan(uary)? 0?1(st)?\b|\b0?1[/.]0?1[/.]", text))


def _name(value) -> str | None:
    """The name of a JSON-LD person/organisation (or list of them)."""
    if isinstance(value, list):
        names = [n for n in (_name(v) for v in value) if n]
        return ", ".join(dict.fromkeys(names)) or None
    if isinstance(value, dict):
        value = value.get("name")
    if isinstance(value, str) and value.strip() and not value.strip().startswith("http"):
        return _clean(value)
    return None


def _byline(ld: dict, meta: dict, tree) -> str | None:
    name = _name(ld.get("author")) or _name(ld.get("creator"))
    if name:
        return name
    for key in ("author", "article:author", "byl", "sailthru.author", "parsely-author", "dc.creator"):
        value = meta.get(key)
        if value and not value.startswith("http"):
            return _clean(re.sub(r"^by\s+", "", value, flags=re.I))
    for el in tree.xpath("//*[@rel='author' or @itemprop='author' or contains(@class, 'byline')]")[:1]:
        text = _clean(" ".join(el.itertext()))
        if text and len(text) < 120:
            return re.sub(r"^by\s+", "", text, flags=re.I)
    return None


def _canonical(tree, og: dict, ld: dict) -> str | None:
    for el in tree.iterfind(".//link"):
        if (el.get("rel") or "").lower() == "canonical" and el.get("href"):
            return el.get("href").strip()
    if og.get("og:url"):
        return og["og:url"].strip()
    entity = ld.get("mainEntityOfPage")
    if isinstance(entity, dict):
        entity = entity.get("@id")
    url = ld.get("url") or entity
    return url.strip() if isinstance(url, str) and url.startswith("http") else None


def _language(tree, ld: dict, og: dict, meta: dict) -> str | None:
    lang = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang")
    lang = lang or ld.get("inLanguage") or og.get("og:locale") or meta.get("content-language")
    if not isinstance(lang, str) or not lang.strip():
        return None
    return lang.strip().replace("_", "-").split(",")[0]


def _clean(value) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


# --- body -----------------------------------------------------------------------

_FURNITURE_TAGS = {"figure", "figcaption", "picture"}
_EMBED_CLASS_RE = re.compile(r"twitter-tweet|instagram-media|tiktok-embed|fb-post|reddit-card")
_FURNITURE_RE = re.compile(
    r"cookie|consent|gdpr|^comments$|disqus|comments-area|comment-list|commentlist|caption", re.I
)
_BODY_CLASS_RE = re.compile(r"(?:article|story|post|entry)[-_]{0,2}(?:body|content|text)", re.I)


def extract_paragraphs(tree: lxml.html.HtmlElement, url: str | None = None) -> list[str]:
    """The article body as a list of paragraphs (possibly empty).

    Modifies ``tree`` (furniture is cut out of it), so call it after anything
    else that reads the tree; trafilatura then works on its own copy.
    """
    import trafilatura

    work = _prepare_tree(tree)
    common = dict(url=url, include_comments=False, include_tables=True, deduplicate=False)
    precise = trafilatura.extract(work, favor_precision=True, **common) or ""
    # precision mode now and then keeps only a reprint notice or a teaser
    if len(precise) < RECALL_CHECK_BELOW:
        recall = trafilatura.extract(work, favor_recall=True, **common) or ""
        if len(precise) < RECALL_FALLBACK_RATIO * len(recall):
            precise = recall
    return _split_paragraphs(precise)


def _prepare_tree(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """Drop non-body furniture and join article bodies split into blocks, in place.

    Furniture: figures and captions, embedded social posts, comment threads and
    cookie/consent banners. One Python pass over the elements is cheaper than
    an XPath with ``translate()`` on every node.
    """
    _unwrap_layout_tables(tree)
    doomed = []
    for el in tree.iter(etree.Element):
        tag = el.tag
        if tag in _FURNITURE_TAGS:
            doomed.append(el)
            continue
        if tag in ("html", "body", "main", "article"):
            continue
        cls = el.get("class") or ""
        ident = el.get("id") or ""
        if tag in ("blockquote", "div") and _EMBED_CLASS_RE.search(cls):
            doomed.append(el)
        elif (_FURNITURE_RE.search(cls) or _FURNITURE_RE.search(ident)) and not _holds_article(el):
            doomed.append(el)
    for el in doomed:
        if el.getparent() is not None:  # (one inside a dropped subtree is dropped twice: harmless)
            _drop_keep_tail(el)
    _join_split_bodies(tree)
    return tree


_BLOCK_TAGS = frozenset({"p", "div", "table", "ul", "ol", "form", "blockquote", "section", "article",
                         "h1", "h2", "h3", "h4", "h5", "h6"})
_TABLE_PARTS = frozenset({"table", "tbody", "thead", "tfoot", "tr", "td", "th"})


def _unwrap_layout_tables(tree) -> None:
    """Turn tables used for page layout into plain blocks.

    Old sites lay whole pages out in tables; extractors then read the story as
    one table row ("| ... |") and lose its paragraphs. A table whose cells hold
    paragraphs, lists or other tables is layout, not data (readability's rule).
    """
    for table in list(tree.iter("table")):
        layout = any(
            child.tag in _BLOCK_TAGS
            for cell in table.iter("td", "th")
            for child in cell.iterdescendants()
            if isinstance(child.tag, str)
        )
        if not layout:
            if _mostly_links(table):
                _drop_keep_tail(table)  # a table of links: related stories, a link box
            continue
        stack = [table]
        while stack:
            el = stack.pop()
            if el.tag in _TABLE_PARTS:
                if el is not table and el.tag == "table":
                    continue  # nested tables are judged on their own
                el.tag = "div"
                for attr in ("width", "border", "cellpadding", "cellspacing", "valign", "colspan", "bgcolor"):
                    el.attrib.pop(attr, None)
                stack.extend(el)


def _mostly_links(el, threshold: float = 0.6) -> bool:
    """Most of the element's words sit inside links: navigation, not prose."""
    text = el.text_content()
    words = len(text.split())
    if words == 0:
        return False
    linked = sum(len(a.text_content().split()) for a in el.iter("a"))
    return linked / words >= threshold


def _holds_article(el) -> bool:
    """A wrapper named like furniture ("has-caption", "cookie-wall") around the story itself."""
    return len(el.findall(".//p")) >= 5


def _drop_keep_tail(el) -> None:
    parent = el.getparent()
    if el.tail and el.tail.strip():
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


def _join_split_bodies(tree) -> None:
    """Move the children of repeated body blocks into the first one.

    Only blocks with the very same tag and class list, none inside another, and
    not all children of one parent (a shared parent is picked up whole anyway,
    and joining siblings would reorder text around them).
    """
    groups: dict[tuple[str, str], list] = {}
    for el in tree.iter("div", "section", "article"):
        cls = el.get("class")
        if cls and _BODY_CLASS_RE.search(cls):
            groups.setdefault((el.tag, cls), []).append(el)
    for blocks in groups.values():
        if len(blocks) < 2:
            continue
        first = blocks[0]
        if all(b.getparent() is first.getparent() for b in blocks):
            continue
        first_ancestors = set(first.iterancestors())
        for block in blocks[1:]:
            if block in first_ancestors or first in set(block.iterancestors()):
                continue
            for child in list(block):
                first.append(child)


def _drop_headline(paragraphs: list[str], *titles: str | None) -> list[str]:
    """Drop a first paragraph that only repeats the headline.

    The headline is stored as ``title``; left in the body it would also count
    as the article's first paragraph and shift quote contexts.
    """
    if not paragraphs:
        return paragraphs
    first = _words(paragraphs[0])
    for title in titles:
        words = _words(title or "")
        # "<title>" often carries " | Outlet" after the headline
        if first and (first == words or (len(first) >= 4 and words[: len(first)] == first)):
            return paragraphs[1:]
    return paragraphs


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _split_paragraphs(text: str) -> list[str]:
    """One paragraph per non-empty line, inner whitespace collapsed."""
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]
