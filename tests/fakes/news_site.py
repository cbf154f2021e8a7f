"""A fake news site: section fronts, article pages, an off-topic page, ETags and 304s.

The articles carry real quotes only, verbatim from
shared/contest-facts/labour-2016.md with the pages they come from as
canonical URLs; the rest is plain prose naming the contest's people.
The site can change between runs (``add``), stall, or fail pages with 500.
"""
from __future__ import annotations

import calendar
import datetime as dt
import html
import threading

from tests.fakes import FakeServer, Request, Response, html_response


def _p(*paragraphs: str) -> list[str]:
    return list(paragraphs)


ARTICLES: dict[str, dict] = {
    "nec-ballot": dict(
        title="Labour executive rules Jeremy Corbyn must be on leadership ballot",
        published="2016-07-12T21:30:00+00:00", byline="Political staff",
        canonical="https://www.theguardian.com/politics/2016/jul/12/jeremy-corbyn-must-be-on-labour-leadership-ballot-paper-party-rules-nec",
        paragraphs=_p(
            "Labour's national executive committee has voted 18 to 14 to put Jeremy Corbyn on the ballot "
            "paper in the Labour leadership contest without the nominations of MPs.",
            "The NEC met at Labour HQ in London for about six hours and decided the question by secret ballot.",
            "The committee also set a freeze date of 12 January for members who want a vote, and a fee of "
            "£25 for registered supporters, who have a window from 18 to 20 July to sign up.",
            "Angela Eagle, who launched her leadership challenge on Monday, needs nominations from 20 per cent "
            "of Labour MPs and MEPs. Owen Smith is expected to enter the leadership race too.",
        )),
    "foster-challenge": dict(
        title="Labour donor to mount legal challenge over leadership ballot",
        published="2016-07-14T16:00:00+00:00", byline="Political staff",
        canonical="https://www.theguardian.com/politics/2016/jul/14/labour-donor-to-mount-legal-challenge-over-leadership-ballot",
        paragraphs=_p(
            "Michael Foster, a Labour donor, has lodged a legal challenge to Jeremy Corbyn's place on the "
            "Labour leadership ballot, two days after the national executive committee ruled on it.",
            "Tom Watson, Labour's deputy leader said Foster's move was unwelcome: \u201cThis legal challenge "
            "is very unhelpful and destabilising to the Labour party. The NEC made a decision. They ruled "
            "that Jeremy Corbyn is automatically on the ballot paper. We must respect that decision and give "
            "our members a choice of candidates as soon as possible.\u201d",
            "Owen Smith, the MP for Pontypridd, announced his leadership bid on Wednesday.",
        )),
    "smith-bid": dict(
        title="Owen Smith to fight for Labour leadership",
        published="2016-07-13T08:00:00+00:00", byline="Sky News",
        canonical="https://news.sky.com/story/owen-smith-to-fight-for-labour-leadership-10500012",
        paragraphs=_p(
            "Owen Smith has announced on Radio 4's Today programme that he will stand in the Labour "
            "leadership contest against Jeremy Corbyn.",
            "The national executive committee decided on Tuesday that Jeremy Corbyn will be on the ballot "
            "paper automatically.",
            "Speaking after the vote, Mr Corbyn said: \u201cI'm sure Labour MPs will understand that the party "
            "has to come together in order to present to the British people the options of a different and "
            "better way of doing things.\u201d",
        )),
    "court-ruling": dict(
        title="High Court dismisses challenge to Jeremy Corbyn's place on ballot",
        published="2016-07-28T14:00:00+00:00", byline="RTÉ News",
        canonical="https://www.rte.ie/news/world/2016/0728/805468-jeremy-corbyn/",
        paragraphs=_p(
            "Mr Justice Foskett has dismissed Michael Foster's claim that Jeremy Corbyn needed nominations "
            "to stand in the Labour leadership election against Owen Smith.",
            "Mr McNicol said: \u201cWe are delighted that the court has upheld the authority and decision of "
            "the national executive committee of the Labour Party.",
            "\u201cWe will continue with the leadership election as agreed by the NEC.\u201d",
        )),
    "cardiff-hustings": dict(
        title="Corbyn and Smith meet at the first Labour leadership hustings in Cardiff",
        published="2016-08-04T21:30:00+00:00", byline="Wales politics staff",
        canonical=None,
        paragraphs=_p(
            "Jeremy Corbyn and Owen Smith faced each other at the first hustings of the Labour leadership "
            "contest, at the All Nations Centre in Cardiff.",
            "The event was moderated by Catrin Haf Jones of ITV Cymru Wales and streamed on the Labour "
            "website. The next hustings is in Gateshead on 11 August.",
        )),
}

# Added between runs, to show that a rerun finds only what is new.
LATER_ARTICLES: dict[str, dict] = {
    "glasgow-hustings": dict(
        title="Corbyn and Smith take the Labour leadership contest to Glasgow",
        published="2016-08-25T22:00:00+00:00", byline="Scottish politics staff",
        canonical=None,
        paragraphs=_p(
            "Jeremy Corbyn and Owen Smith met at the SECC in Glasgow for the only Labour leadership "
            "hustings in Scotland, chaired by Lindsay McIntosh of The Times.",
            "Ballot papers in the leadership election started going out on 22 August and the ballot closes "
            "at noon on 21 September.",
        )),
}

OFF_TOPIC = dict(
    title="Giant marrow takes first prize at the village show",
    published="2016-08-01T10:00:00+00:00", byline="Local desk", canonical=None,
    paragraphs=_p(
        "A marrow weighing more than twenty kilograms took first prize at the village show on Saturday.",
        "Judges also praised the onions, the runner beans and a cake decorated as a lighthouse.",
    ),
)


def article_page(article: dict, url: str | None = None) -> str:
    """A real-looking article page: metadata in the head, the story in <article>."""
    esc = html.escape
    head = [
        '<meta charset="utf-8">', f"<title>{esc(article['title'])} | Fake Herald</title>",
        '<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{esc(article["title"])}">',
        f'<meta property="article:published_time" content="{article["published"]}">',
        f'<meta name="author" content="{esc(article["byline"])}">',
        '<meta property="og:site_name" content="Fake Herald">',
    ]
    canonical = article.get("canonical") or url
    if canonical:
        head.append(f'<link rel="canonical" href="{esc(canonical)}">')
    body = "\n".join(f"<p>{esc(p, quote=False)}</p>" for p in article["paragraphs"])
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head>" + "\n".join(head) + "</head><body>"
        "<header><nav><a href=\"/\">Home</a> <a href=\"/politics/\">Politics</a> <a href=\"/about\">About</a>"
        "</nav></header>"
        f"<main><article><h1>{esc(article['title'])}</h1><p class=\"byline\">By {esc(article['byline'])}</p>"
        f"<time datetime=\"{article['published']}\">{article['published'][:10]}</time>\n{body}</article></main>"
        "<footer><p>Fake Herald, a test fixture.</p></footer></body></html>"
    )


def _stamp(iso: str) -> float:
    return calendar.timegm(dt.datetime.fromisoformat(iso).utctimetuple())


class NewsSite(FakeServer):
    """Home page -> politics front -> articles; ``/about`` and an off-topic story on the side."""

    def __init__(self, articles: dict[str, dict] | None = None):
        super().__init__()
        self.articles = dict(ARTICLES if articles is None else articles)
        self.fail_paths: set[str] = set()
        self.stall_after: int | None = None  # hang every article request after this many
        self.article_hits = 0
        self.release = threading.Event()

    def add(self, slug: str, article: dict) -> None:
        self.articles[slug] = article

    def article_path(self, slug: str) -> str:
        return f"/politics/2016/{slug}"

    def handle(self, request: Request) -> Response:
        path = request.path
        if path in self.fail_paths:
            return Response(500, b"server error", {"Content-Type": "text/plain"})
        if path == "/robots.txt":
            return Response(200, b"User-agent: *\nDisallow: /private/\n", {"Content-Type": "text/plain"})
        if path == "/":
            return html_response(self._front("Fake Herald", [("/politics/", "Politics"), ("/about", "About us"),
                                                             ("/life/marrow", OFF_TOPIC["title"]),
                                                             ("/private/drafts", "Drafts")]))
        if path == "/politics/":
            links = [(self.article_path(slug), a["title"]) for slug, a in self.articles.items()]
            return html_response(self._front("Politics", links))
        if path == "/sitemap.xml":
            return self.sitemap()
        if path == "/about":
            return html_response(self._front("About the Fake Herald", []))
        if path == "/life/marrow":
            return html_response(article_page(OFF_TOPIC), last_modified=_stamp(OFF_TOPIC["published"]))
        for slug, article in self.articles.items():
            if path == self.article_path(slug):
                with self.lock:
                    self.article_hits += 1
                    stall = self.stall_after is not None and self.article_hits > self.stall_after
                if stall:
                    self.release.wait(60)
                return html_response(article_page(article, self.url + path), last_modified=_stamp(article["published"]))
        return Response(404, b"<html><body>Not found</body></html>", {"Content-Type": "text/html"})

    def sitemap(self) -> Response:
        """A Google News sitemap; ``lastmod`` is the article's ``modified`` time, else its publication."""
        entries = "".join(
            f"<url><loc>{self.url}{self.article_path(slug)}</loc><lastmod>{a.get('modified', a['published'])}</lastmod>"
            f"<news:news><news:publication><news:name>Fake Herald</news:name><news:language>en</news:language>"
            f"</news:publication><news:publication_date>{a['published']}</news:publication_date>"
            f"<news:title>{html.escape(a['title'])}</news:title></news:news></url>"
            for slug, a in self.articles.items())
        body = ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
                'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">' + entries + "</urlset>")
        return Response(200, body.encode(), {"Content-Type": "application/xml", "Cache-Control": "max-age=0"})

    def _front(self, title: str, links: list[tuple[str, str]]) -> str:
        items = "".join(f'<li><a href="{href}">{html.escape(text)}</a></li>' for href, text in links)
        return (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{html.escape(title)}</title></head>"
                f"<body><h1>{html.escape(title)}</h1><ul>{items}</ul></body></html>")
