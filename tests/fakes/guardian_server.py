"""A fake Guardian content API: ``/search`` with the real parameters and the real JSON shape.

It wants the key in the ``api-key`` header (or query parameter, which it
records so a test can prove we never send it there), filters by from-date and
to-date, orders oldest first and pages with ``page`` and ``page-size``.
"""
from __future__ import annotations

import html

from tests.fakes import FakeServer, Request, Response, json_response
from tests.fakes.news_site import ARTICLES

KEY = "test-key-0123456789abcdef"


def result_for(slug: str, article: dict) -> dict:
    web_url = article.get("canonical") or f"https://www.theguardian.com/politics/2016/{slug}"
    body = "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in article["paragraphs"])
    return {
        "id": web_url.split("theguardian.com/", 1)[-1],
        "type": "article", "sectionId": "politics", "sectionName": "Politics",
        "webPublicationDate": article["published"].replace("+00:00", "Z"),
        "webTitle": article["title"], "webUrl": web_url,
        "apiUrl": "https://content.guardianapis.com/" + web_url.split("theguardian.com/", 1)[-1],
        "fields": {"headline": article["title"], "byline": article["byline"],
                   "trailText": html.escape(article["paragraphs"][0][:120]), "body": body},
        "tags": [{"id": "politics/labour", "type": "keyword", "webTitle": "Labour"},
                 {"id": "politics/jeremy-corbyn", "type": "keyword", "webTitle": "Jeremy Corbyn"}],
        "isHosted": False, "pillarId": "pillar/news", "pillarName": "News",
    }


class GuardianAPI(FakeServer):
    def __init__(self, articles: dict[str, dict] | None = None, key: str = KEY):
        super().__init__()
        self.articles = dict(ARTICLES if articles is None else articles)
        self.key = key
        self.keys_in_query = 0

    def add(self, slug: str, article: dict) -> None:
        self.articles[slug] = article

    def handle(self, request: Request) -> Response:
        if request.arg("api-key") is not None:
            self.keys_in_query += 1
        if request.path == "/robots.txt":
            return Response(404, b"", {"Content-Type": "text/plain"})
        if request.path != "/search":
            return json_response({"response": {"status": "error", "message": "not found"}}, 404)
        key = request.headers.get("api-key") or request.arg("api-key")
        if key != self.key:
            return json_response({"message": "Unauthorized"}, 401)
        start = request.arg("from-date", "0000")
        end = request.arg("to-date", "9999") + "T23:59:59Z"
        size = int(request.arg("page-size", "10"))
        page = int(request.arg("page", "1"))
        matching = sorted(
            (result_for(slug, a) for slug, a in self.articles.items()),
            key=lambda r: r["webPublicationDate"])
        matching = [r for r in matching if start <= r["webPublicationDate"] <= end]
        pages = max(1, -(-len(matching) // size))
        if page > pages:
            return json_response({"response": {"status": "error", "message": "requested page is beyond the "
                                                                             "number of available pages"}}, 400)
        chunk = matching[(page - 1) * size: page * size]
        return json_response({"response": {
            "status": "ok", "userTier": "developer", "total": len(matching), "startIndex": (page - 1) * size + 1,
            "pageSize": size, "currentPage": page, "pages": pages, "orderBy": "oldest", "results": chunk,
        }})
