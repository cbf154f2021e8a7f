"""A stand-in for the X API v2 on 127.0.0.1, speaking its JSON: data, includes.users, meta.next_token, errors.

TEST FIXTURE DATA ONLY: every account here is fictional (@demo_reporter,
@test_acct_one, @test_acct_two) and every id is an obviously fake
9000000000000000xx number. It misbehaves the way the real API does:

* it answers 401 without ``Authorization: Bearer <token>``;
* the first search page says ``x-rate-limit-remaining: 0`` with a reset 2 s away;
* the first request for the second page gets a 429 with a reset 1 s away;
* the first lookup gets a 503;
* deleted tweets come back in ``errors`` as "Not Found Error".

Every request is logged (time, path, query, and whether the token matched)
so tests can check pacing and parameters without ever storing the token.
"""
from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

USERS = {
    "800000000000000001": {"id": "800000000000000001", "username": "demo_reporter", "name": "Demo Reporter"},
    "800000000000000002": {"id": "800000000000000002", "username": "test_acct_one", "name": "Test Acct One"},
    "800000000000000003": {"id": "800000000000000003", "username": "test_acct_two", "name": "Test Acct Two"},
}

TWEETS = {
    # found by search, page 1
    "900000000000000501": {"id": "900000000000000501", "author_id": "800000000000000002", "lang": "en",
                           "created_at": "2016-08-04T19:30:00.000Z",
                           "text": "Watching the #LabourLeadership hustings in Cardiff tonight"},
    "900000000000000502": {"id": "900000000000000502", "author_id": "800000000000000001", "lang": "en",
                           "created_at": "2016-08-04T19:35:00.000Z",
                           "text": "RT @test_acct_one: Watching the #LabourLeadership hustings in Cardiff tonight",
                           "referenced_tweets": [{"type": "retweeted", "id": "900000000000000501"}]},
    "900000000000000503": {"id": "900000000000000503", "author_id": "800000000000000003", "lang": "en",
                           "created_at": "2016-08-04T20:00:00.000Z",
                           "text": "Good thread on the Labour leadership hustings &amp; the questions asked",
                           "referenced_tweets": [{"type": "quoted", "id": "900000000000000501"}]},
    # found by search, page 2
    "900000000000000504": {"id": "900000000000000504", "author_id": "800000000000000003", "lang": "en",
                           "created_at": "2016-08-22T09:00:00.000Z",
                           "text": "Ballot papers for the Labour leadership election arrived today"},
    # embedded in articles, looked up by id
    "900000000000000001": {"id": "900000000000000001", "author_id": "800000000000000001", "lang": "en",
                           "created_at": "2016-08-04T19:02:00.000Z",
                           "text": "Watching the #LabourLeadership hustings in Cardiff tonight with @test_acct_one.\n"
                                   "Notes &amp; photos: https://t.co/TESTaaaa01 https://t.co/TESTpic001"},
    "900000000000000003": {"id": "900000000000000003", "author_id": "800000000000000001", "lang": "en",
                           "created_at": "2016-08-11T19:45:00.000Z",
                           "text": "Gateshead hustings: the lights just went out #LabourLeadership"},
}
DELETED = {"900000000000000099"}
SEARCH_PAGES = [["900000000000000501", "900000000000000502", "900000000000000503"], ["900000000000000504"]]


class FakeXApi:
    """Run with ``with FakeXApi(token) as api:``; ``api.url`` is its base URL, ``api.log`` its requests."""

    def __init__(self, token: str, *, throttle: bool = True, fail_first_lookup: bool = True):
        self.token = token
        self.throttle = throttle
        self.fail_first_lookup = fail_first_lookup
        self.log: list[dict] = []
        self._lock = threading.Lock()
        self._seen: set[str] = set()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def __enter__(self):
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()

    def requests_to(self, path: str) -> list[dict]:
        return [entry for entry in self.log if entry["path"] == path]

    def _first(self, key: str) -> bool:
        with self._lock:
            if key in self._seen:
                return False
            self._seen.add(key)
            return True

    def _handler(self):
        api = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # keep test output quiet
                pass

            def send_json(self, status: int, body: dict, headers: dict | None = None):
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self):
                parts = urlsplit(self.path)
                query = {k: v[0] for k, v in parse_qs(parts.query).items()}
                authorised = self.headers.get("Authorization") == f"Bearer {api.token}"
                api.log.append({"time": time.time(), "path": parts.path, "query": query, "authorised": authorised})
                if parts.path == "/robots.txt":
                    data = b"User-agent: *\nAllow: /\n"
                    self.send_response(200)
                    self.send_header("Content-Type", "text/plain")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                    return
                if not authorised:
                    self.send_json(401, {"title": "Unauthorized", "type": "about:blank", "status": 401,
                                         "detail": "Unauthorized"})
                    return
                if parts.path == "/2/tweets/search/all":
                    self.search(query)
                elif parts.path == "/2/tweets":
                    self.lookup(query)
                else:
                    self.send_json(404, {"title": "Not Found", "detail": f"no route {parts.path}"})

            def page(self, ids: list[str]) -> dict:
                data = [TWEETS[i] for i in ids if i in TWEETS]
                users = {TWEETS[i]["author_id"] for i in ids if i in TWEETS}
                body = {"data": data, "includes": {"users": [USERS[u] for u in sorted(users)]}}
                errors = [{"value": i, "detail": f"Could not find tweet with ids: [{i}].", "title": "Not Found Error",
                           "resource_type": "tweet", "parameter": "ids", "resource_id": i,
                           "type": "https://api.twitter.com/2/problems/resource-not-found"}
                          for i in ids if i not in TWEETS]
                if errors:
                    body["errors"] = errors
                return body

            def search(self, query: dict):
                token = query.get("next_token")
                number = 1 if token is None else int(token.removeprefix("page"))
                limits = {"x-rate-limit-limit": "300", "x-rate-limit-remaining": "299",
                          "x-rate-limit-reset": str(int(time.time()) + 900)}
                if api.throttle and number == 1:
                    limits.update({"x-rate-limit-remaining": "0", "x-rate-limit-reset": str(int(time.time()) + 2)})
                if api.throttle and number == 2 and api._first("search-429"):
                    reset = str(int(time.time()) + 1)
                    self.send_json(429, {"title": "Too Many Requests", "detail": "Too Many Requests",
                                         "type": "about:blank", "status": 429},
                                   {"x-rate-limit-limit": "300", "x-rate-limit-remaining": "0",
                                    "x-rate-limit-reset": reset})
                    return
                ids = SEARCH_PAGES[number - 1]
                body = self.page(ids)
                body["meta"] = {"newest_id": ids[0], "oldest_id": ids[-1], "result_count": len(ids)}
                if number < len(SEARCH_PAGES):
                    body["meta"]["next_token"] = f"page{number + 1}"
                self.send_json(200, body, limits)

            def lookup(self, query: dict):
                if api.fail_first_lookup and api._first("lookup-503"):
                    self.send_json(503, {"title": "Service Unavailable", "detail": "Service Unavailable"})
                    return
                ids = [i for i in query.get("ids", "").split(",") if i]
                if not ids or len(ids) > 100:
                    self.send_json(400, {"title": "Invalid Request", "detail": "ids: 1 to 100 ids"})
                    return
                self.send_json(200, self.page(ids), {"x-rate-limit-limit": "900", "x-rate-limit-remaining": "899",
                                                     "x-rate-limit-reset": str(int(time.time()) + 900)})

        return Handler
