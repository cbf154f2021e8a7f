"""A corpus of hostile and broken input, generated in code (issue 7): nothing binary is committed.

``hostile_routes(seed)`` returns the routes of a fake news site and what the
crawl must do with each page: store it, record an error, or skip it. The
articles with real content quote only real people verbatim, from
shared/contest-facts/labour-2016.md, with the source sentence that carries the
quote; otherwise their prose names the contest's people and keywords, which is
enough to be relevant. Tweets in the archives are by a fictional account.

Decisions worth knowing:

* **No date at all** (not in the page, not in the sitemap): the article is
  stored when it is relevant, with ``published_date`` null, because dropping it
  would lose real coverage; a reader filters on the null.
* **Outside the window** or **off topic**: a skip, not an error. A sitemap
  date outside the window means the page is never fetched at all.
"""
from __future__ import annotations

import gzip
import io
import json
import random
from dataclasses import dataclass

from tests.fakes.hostile_site import Route

# Verbatim from shared/contest-facts/labour-2016.md ("More quotes", 4, 19 and 7).
WATSON = ("Tom Watson, Labour's deputy leader said Foster's move was unwelcome: \u201cThis legal challenge is "
          "very unhelpful and destabilising to the Labour party. The NEC made a decision. They ruled that "
          "Jeremy Corbyn is automatically on the ballot paper. We must respect that decision and give our "
          "members a choice of candidates as soon as possible.\u201d")
CORBYN = ("Speaking after the vote, Mr Corbyn said: \u201cI'm sure Labour MPs will understand that the party "
          "has to come together in order to present to the British people the options of a different and "
          "better way of doing things.\u201d")
MCNICOL = ("Mr McNicol said: \u201cWe are delighted that the court has upheld the authority and decision of "
           "the national executive committee of the Labour Party.\u201d")

PROSE = [
    "The Labour leadership contest between Jeremy Corbyn and Owen Smith went on through the summer, "
    "with hustings planned across the country.",
    "Owen Smith, the MP for Pontypridd, toured Wales by bus until the ballot closed, and Jeremy "
    "Corbyn's campaign booked halls in every region.",
    "Members of the national executive committee met again to settle the timetable of the Labour "
    "leadership election, and party staff prepared the ballot papers.",
]


@dataclass
class Case:
    path: str
    route: Route
    expect: str  # "stored", "error", "skipped" or "unfetched"
    why: str
    lastmod: str | None = "2016-07-20"  # the sitemap's publication date; None: none given
    error_words: str = ""  # words the crawl_errors reason must contain


def article(title: str, paragraphs: list[str], *, date: str | None = "2016-07-20", charset: str | None = "utf-8",
            extra_head: str = "", extra_body: str = "") -> str:
    head = f'<meta charset="{charset}">' if charset else ""
    if date:
        head += f'<meta property="article:published_time" content="{date}T10:00:00+01:00">'
    body = "".join(f"<p>{p}</p>\n" for p in paragraphs)
    return (f"<!DOCTYPE html><html lang=\"en\"><head>{head}<title>{title}</title>{extra_head}</head>"
            f"<body><header><nav><a href=\"/\">Home</a></nav></header><article><h1>{title}</h1>"
            f"{body}</article>{extra_body}<footer>Copyright 2016</footer></body></html>")


def _huge_page() -> bytes:
    head = article("Corbyn and Smith prepare for the first hustings", [*PROSE, CORBYN]).split("<footer>")[0]
    line = "<!-- " + "x" * 1000 + " -->\n"  # 20 MB of inline junk after the article
    padding = line * (20 * 1024 * 1024 // len(line) + 1)
    return (head + "<div class=\"junk\">" + padding + "</div></body></html>").encode()


def _deep_page(depth: int = 20_000) -> bytes:
    return (article("Labour leadership: NEC rules on the ballot", [PROSE[2], WATSON], date="2016-07-14")
            .replace("<footer>", "<div>" * depth + "deep text" + "</div>" * depth + "<footer>")).encode()


def _truncated_gzip(data: bytes) -> bytes:
    packed = gzip.compress(data)
    return packed[: len(packed) // 2]


def _warc(base_article: bytes) -> bytes:
    """Two gzipped WARC response records, the second cut in half: the first must be kept."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    ends = []
    for n in (1, 2):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        payload = base_article.replace(b"first hustings", f"hustings {n}".encode())
        record = writer.create_warc_record(f"http://warc.example-news.test/politics/{n}.html", "response",
                                           payload=io.BytesIO(payload), http_headers=headers)
        writer.write_record(record)
        ends.append(out.tell())
    return out.getvalue()[: ends[0] + (ends[1] - ends[0]) // 2]


def _tweets_jsonl() -> bytes:
    good = {"id_str": "100000000000000001", "full_text": "Watching the Labour leadership hustings tonight.",
            "created_at": "Thu Aug 04 19:05:00 +0000 2016",
            "user": {"screen_name": "alex_example", "name": "Alex Example", "zz_unknown": [1, 2]},
            "zz_unknown_field": {"nested": True}, "edit_history": ["x"]}
    other = {**good, "id_str": "100000000000000002",
             "full_text": "Second Labour leadership hustings, Gateshead. Lights went out.",
             "created_at": "Thu Aug 11 19:05:00 +0000 2016", "brand_new_field": None}
    lines = [json.dumps(good), "{this is not json", json.dumps(other)[:40], json.dumps(other), "[1, 2, 3]", ""]
    return "\n".join(lines).encode()


def hostile_routes(seed: int = 7) -> tuple[dict[str, Route], list[Case]]:
    """Every route of the hostile site and the expected outcome of each page."""
    rng = random.Random(seed)
    good = article("Watson: legal challenge is unhelpful", [PROSE[0], WATSON, PROSE[1]], date="2016-07-14")
    cp1252_text = article("Corbyn\u2019s campaign sets out its \u00a325 supporter fee", [
        "The \u00a325 fee for registered supporters in the Labour leadership election was a long week\u2019s "
        "news for Jeremy Corbyn\u2019s campaign and for Owen Smith\u2019s.",
        PROSE[2]], charset="windows-1252")
    latin1_text = article("Smith launches his Labour leadership bid", [
        "Owen Smith launched his Labour leadership bid against Jeremy Corbyn; the fee of \u00a325 and the "
        "caf\u00e9 meetings of members featured in the speech.", PROSE[0]], charset=None)
    wrong_text = article("Labour leadership: the \u00a325 question", [
        "The \u00a325 fee was a theme of the Labour leadership race between Jeremy Corbyn and Owen Smith.",
        PROSE[1]], charset="utf-8")
    malformed = ("<html><head><title>Hustings in Cardiff</title><body><div><p>" + PROSE[0] + "<p><b><i>" + PROSE[1]
                 + "</b></i></span></div></div></td><p>" + CORBYN + "<table><tr><td>unclosed")
    truncated = article("Eagle and Smith: the Labour leadership race narrows", [*PROSE, MCNICOL])
    truncated = truncated[: truncated.index("</article>") - 5] + "<p class=\"tru"
    binary = bytes(rng.getrandbits(8) for _ in range(50_000))
    png = b"\x89PNG\r\n\x1a\n" + bytes(rng.getrandbits(8) for _ in range(5_000))
    no_date = article("Labour leadership: what the hustings showed", [PROSE[0], PROSE[1]], date=None)
    old = article("Jeremy Corbyn wins the Labour leadership", [PROSE[0], PROSE[1]], date="2015-09-12")
    off_topic = article("Cup final preview", ["The two clubs meet at Wembley on Saturday afternoon.",
                                              "Both managers expect a close game and a big crowd."])
    base = _huge_page()[:4000] + b"</article></body></html>"

    cases = [
        Case("/politics/watson.html", Route(good.encode()), "stored", "a well-formed UTF-8 article"),
        Case("/politics/cp1252.html", Route(cp1252_text.encode("cp1252"), content_type="text/html; charset=windows-1252"),
             "stored", "Windows-1252 bytes, declared"),
        Case("/politics/latin1.html", Route(latin1_text.encode("latin-1"), content_type="text/html"),
             "stored", "Latin-1 bytes with no charset anywhere"),
        Case("/politics/wrong-charset.html", Route(wrong_text.encode("cp1252")),
             "stored", "Windows-1252 bytes declared as UTF-8"),
        Case("/politics/malformed.html", Route(malformed.encode()), "stored", "unclosed and misnested tags"),
        Case("/politics/truncated.html", Route(truncated.encode()), "stored", "cut off mid-tag"),
        Case("/politics/huge.html", Route(_huge_page()), "stored", "a 20 MB page"),
        Case("/politics/deep.html", Route(_deep_page()), "stored", "20,000 nested divs"),
        Case("/politics/no-date.html", Route(no_date.encode()), "stored", "no date anywhere", lastmod=None),
        Case("/politics/binary.html", Route(binary), "error", "random bytes served as HTML",
             error_words="not HTML"),
        Case("/politics/png.html", Route(png), "error", "a PNG served as HTML", error_words="not HTML"),
        Case("/politics/empty.html", Route(b""), "error", "an empty body", error_words="empty body"),
        Case("/politics/old.html", Route(old.encode()), "skipped", "dated 2015 in the page", lastmod=None),
        Case("/politics/off-topic.html", Route(off_topic.encode()), "skipped", "football"),
        Case("/politics/out-of-window.html", Route(old.encode()), "unfetched", "sitemap date 2014",
             lastmod="2014-05-01"),
    ]
    routes = {case.path: case.route for case in cases}
    urlset = "".join(
        f"<url><loc>{{{{BASE}}}}{case.path}</loc>"
        + (f"<news:news><news:publication_date>{case.lastmod}</news:publication_date></news:news>" if case.lastmod else "")
        + "</url>"
        for case in cases
    )
    out_of_scope = ["file:///etc/passwd", "data:text/html,%3Cscript%3Ealert(1)%3C/script%3E",
                    "ftp://{{BASE_HOST}}/pub/x.html", "http://169.254.169.254/latest/meta-data/",
                    "http://10.0.0.1/admin", "http://localhost:{{PORT}}/politics/watson.html",
                    "http://127.0.0.1:1/politics/watson.html"]
    urlset += "".join(f"<url><loc>{url}</loc></url>" for url in out_of_scope)
    routes["/sitemap-articles.xml"] = Route(
        ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
         'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">' + urlset + "</urlset>").encode(),
        content_type="application/xml")
    routes["/sitemap-broken.xml.gz"] = Route(_truncated_gzip(routes["/sitemap-articles.xml"].body),
                                             content_type="application/octet-stream")
    routes["/sitemap.xml"] = Route(
        b'<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        b"<sitemap><loc>{{BASE}}/sitemap-articles.xml</loc></sitemap>"
        b"<sitemap><loc>{{BASE}}/sitemap-broken.xml.gz</loc></sitemap></sitemapindex>",
        content_type="application/xml")
    routes["/robots.txt"] = Route(b"User-agent: *\nAllow: /\n", content_type="text/plain")
    routes["/tweets/tweets.v1.jsonl"] = Route(_tweets_jsonl(), content_type="application/x-ndjson")
    routes["/archive/broken.warc.gz"] = Route(_warc(base), content_type="application/warc")
    return routes, cases


OUT_OF_SCOPE_COUNT = 7


def contest_toml(base_url: str, *, extra_sources: str = "") -> str:
    """A contest file: labour-2016 plus the hostile site's sitemap, tweet archive and WARC."""
    return f'''extends = "labour-2016"

[[sources]]
name = "hostile-sitemap"
kind = "sitemap"
url = "{base_url}/sitemap.xml"

[[sources]]
name = "hostile-tweets"
kind = "tweet-archive"
url = "{base_url}/tweets/"
files = ["tweets.v1.jsonl"]
format = "v1"

[[sources]]
name = "hostile-warc"
kind = "warc"
url = "{base_url}/archive/broken.warc.gz"
{extra_sources}'''


def many_articles(n: int, *, delay: float = 0.0) -> dict[str, Route]:
    """``n`` distinct relevant articles, each quoting Mr Corbyn's 13 July words verbatim, and a sitemap."""
    routes = {}
    for i in range(n):
        page = article(f"Labour leadership diary, day {i}", [
            PROSE[i % 3], f"Day {i} of the campaign: Jeremy Corbyn and Owen Smith each held {i % 7 + 2} meetings.",
            CORBYN, PROSE[(i + 1) % 3]], date=f"2016-08-{i % 28 + 1:02d}")
        routes[f"/diary/{i}.html"] = Route(page.encode(), delay=delay)
    urls = "".join(f"<url><loc>{{{{BASE}}}}{path}</loc></url>" for path in routes)
    routes["/sitemap.xml"] = Route(('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                                    + urls + "</urlset>").encode(), content_type="application/xml")
    routes["/robots.txt"] = Route(b"User-agent: *\nAllow: /\n", content_type="text/plain")
    return routes


def sitemap_contest(base_url: str) -> str:
    return f'extends = "labour-2016"\n\n[[sources]]\nname = "fake-news"\nkind = "sitemap"\nurl = "{base_url}/sitemap.xml"\n'
