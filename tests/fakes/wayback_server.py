"""A fake Wayback Machine: the CDX server's JSON output with resume keys, and raw ``id_`` captures.

Captures are (timestamp, original URL, HTML); the digest is the base32 SHA-1
of the payload, as the real CDX index gives it. A capture can be told to
answer 429 with Retry-After the first N times it is asked for.
"""
from __future__ import annotations

import base64
import hashlib
from urllib.parse import unquote

from tests.fakes import FakeServer, Request, Response, json_response

FIELDS = ["timestamp", "original", "digest"]


def digest(body: bytes) -> str:
    return base64.b32encode(hashlib.sha1(body).digest()).decode("ascii")


class Wayback(FakeServer):
    def __init__(self, page_size: int = 2):
        super().__init__()
        self.captures: list[dict] = []
        self.page_size = page_size
        self.throttle: dict[str, int] = {}  # path -> how many more 429s to send
        self.failing: set[str] = set()  # paths that answer 500 until removed

    def add(self, timestamp: str, original: str, html: str, mimetype: str = "text/html", status: str = "200"):
        body = html.encode("utf-8")
        self.captures.append({"timestamp": timestamp, "original": original, "body": body, "digest": digest(body),
                              "mimetype": mimetype, "statuscode": status})

    def urlkey(self, original: str) -> str:
        return original.split("://", 1)[-1].removeprefix("www.").rstrip("/").lower()

    def handle(self, request: Request) -> Response:
        if request.path in self.throttle and self.throttle[request.path] > 0:
            self.throttle[request.path] -= 1
            return Response(429, b"Too Many Requests", {"Content-Type": "text/plain", "Retry-After": "1"})
        if request.path in self.failing:
            return Response(500, b"Internal Server Error", {"Content-Type": "text/plain"})
        if request.path == "/robots.txt":
            return Response(404, b"", {"Content-Type": "text/plain"})
        if request.path == "/cdx/search/cdx":
            return self.cdx(request)
        if request.path.startswith("/web/"):
            stamp, _, original = request.path[len("/web/"):].partition("/")
            original = unquote(original)
            for capture in self.captures:
                if stamp == capture["timestamp"] + "id_" and capture["original"] == original:
                    return Response(200, capture["body"], {"Content-Type": "text/html; charset=utf-8",
                                                           "X-Archive-Src": "fake.warc.gz"})
            return Response(404, b"not in archive", {"Content-Type": "text/plain"})
        return Response(404, b"", {"Content-Type": "text/plain"})

    def cdx(self, request: Request) -> Response:
        prefix = self.urlkey(request.arg("url", ""))
        start, end = request.arg("from", "0"), request.arg("to", "9") + "999999"
        filters = [f.split(":", 1) for f in request.args("filter")]
        rows, seen = [], set()
        for capture in sorted(self.captures, key=lambda c: (self.urlkey(c["original"]), c["timestamp"])):
            key = self.urlkey(capture["original"])
            if not key.startswith(prefix) or not (start <= capture["timestamp"] <= end):
                continue
            if any(capture.get(name) != value for name, value in filters):
                continue
            if request.arg("collapse") == "urlkey" and key in seen:
                continue
            seen.add(key)
            rows.append([capture["timestamp"], capture["original"], capture["digest"]])
        offset = int(request.arg("resumeKey", "0") or 0)
        chunk = rows[offset: offset + self.page_size]
        out = [FIELDS, *chunk]
        if request.arg("showResumeKey") == "true" and offset + self.page_size < len(rows):
            out += [[], [str(offset + self.page_size)]]
        return json_response(out)
