"""Real HTTP servers on 127.0.0.1 that speak the formats our sources speak, for tests.

``FakeServer`` runs a ThreadingHTTPServer in a thread and records every hit;
subclasses answer ``handle(request)``. ``write_contest`` writes a contest file
that extends labour-2016 with its own ``[[sources]]``; ``crawl`` runs
``contest-tracker crawl`` in a subprocess, fast settings included.
"""
from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

BIN = Path(sys.executable).parent / "contest-tracker"
FAST = ["-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DOWNLOAD_DELAY=0", "-s", "CONTEST_PROGRESS=False",
        "-s", "LOG_LEVEL=INFO", "-s", "CONTEST_WORKERS=0"]


@dataclass
class Request:
    method: str
    path: str
    query: list[tuple[str, str]]
    headers: dict[str, str]

    def arg(self, name: str, default=None):
        return next((v for k, v in self.query if k == name), default)

    def args(self, name: str) -> list[str]:
        return [v for k, v in self.query if k == name]


@dataclass
class Response:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


def html_response(body: str, *, etag: bool = True, last_modified: float | None = None,
                  cache_control: str = "max-age=0, must-revalidate") -> Response:
    data = body.encode("utf-8")
    headers = {"Content-Type": "text/html; charset=utf-8", "Cache-Control": cache_control}
    if etag:
        headers["ETag"] = '"' + hashlib.sha1(data).hexdigest()[:16] + '"'
    if last_modified is not None:
        headers["Last-Modified"] = formatdate(last_modified, usegmt=True)
    return Response(200, data, headers)


def json_response(data, status: int = 200) -> Response:
    return Response(status, json.dumps(data).encode("utf-8"), {"Content-Type": "application/json"})


class FakeServer:
    """A threaded HTTP server on a free loopback port; ``hits`` lists (path, status) per request."""

    def __init__(self):
        self.hits: list[tuple[str, int]] = []
        self.requests: list[Request] = []
        self.lock = threading.Lock()
        self.stall = threading.Event()  # set: every request hangs until cleared
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_GET(self):
                parts = urlsplit(self.path)
                request = Request("GET", parts.path, parse_qsl(parts.query, keep_blank_values=True),
                                  {k.lower(): v for k, v in self.headers.items()})
                while server.stall.is_set():
                    server.stall_wait.wait(0.1)
                try:
                    response = server.handle(request)
                except Exception as exc:  # a bug in a fake should show, not hang the crawl
                    response = Response(500, repr(exc).encode(), {"Content-Type": "text/plain"})
                if response.status == 200 and "ETag" in response.headers:
                    if request.headers.get("if-none-match") == response.headers["ETag"]:
                        response = Response(304, b"", {k: v for k, v in response.headers.items()
                                                       if k in ("ETag", "Cache-Control", "Last-Modified")})
                with server.lock:
                    server.hits.append((self.path, response.status))
                    server.requests.append(request)
                self.send_response(response.status)
                for name, value in response.headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(response.body)))
                self.end_headers()
                if response.status != 304:
                    self.wfile.write(response.body)

        self.stall_wait = threading.Event()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def handle(self, request: Request) -> Response:  # pragma: no cover - subclasses answer
        return Response(404, b"not found")

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.stall.clear()
        self.httpd.shutdown()
        self.httpd.server_close()

    def count(self, predicate=lambda path, status: True) -> int:
        with self.lock:
            return sum(1 for path, status in self.hits if predicate(path, status))

    def reset_hits(self) -> None:
        with self.lock:
            self.hits.clear()
            self.requests.clear()


# --- contest files and crawls ---------------------------------------------------------

def _toml_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return json.dumps(str(value))


def write_contest(path: Path, sources: list[dict], extends: str = "labour-2016", **keys) -> Path:
    """A contest file extending ``extends`` with these [[sources]] (and any top-level keys)."""
    lines = [f"extends = {_toml_value(extends)}"]
    for key, value in keys.items():
        lines.append(f"{key} = {value if key in ('start', 'end') else _toml_value(value)}")
    for source in sources:
        lines.append("")
        lines.append("[[sources]]")
        lines += [f"{key} = {_toml_value(value)}" for key, value in source.items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def store_article_tweets(db_path: Path, tweets: list[dict]) -> None:
    """Save tweets as if found embedded in articles article-1, article-2, …: what the tweet spiders look up."""
    from contest_tracker.contest import load_contest
    from db.store import Store

    store = Store.open(db_path, load_contest())
    for number, tweet in enumerate(tweets, 1):
        store.save_tweet(tweet, source="news", article_id=f"article-{number}", url=tweet["source_url"])
    store.db.close()


def crawl_command(contest: Path, db: Path, *extra: str) -> list[str]:
    return [str(BIN), "crawl", "--contest", str(contest), "--db", str(db), *FAST, *extra]


def crawl(contest: Path, db: Path, *extra: str, env: dict | None = None, timeout: float = 90) -> subprocess.CompletedProcess:
    """Run one crawl to completion in a subprocess; fail the test with its output if it fails."""
    result = subprocess.run(crawl_command(contest, db, *extra), capture_output=True, text=True, timeout=timeout,
                            env={**os.environ, **(env or {})})
    assert result.returncode == 0, f"crawl failed ({result.returncode}):\n{result.stdout}\n{result.stderr[-6000:]}"
    return result
