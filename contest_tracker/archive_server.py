"""Serve the bundled demo archive (or any folder of saved pages) over HTTP on loopback.

Text files have ``{{ARCHIVE}}`` replaced by the server's own base URL, so the
archive's sitemaps and links work on whatever port is free. Responses carry
ETag and Last-Modified and answer conditional requests with 304, like a real
news site, so that reruns can revalidate instead of refetching.
"""
from __future__ import annotations

import email.utils
import hashlib
import mimetypes
import threading
from functools import partial
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

DEMO_ARCHIVE = Path(__file__).resolve().parent.parent / "demo_archive" / "site"
PLACEHOLDER = b"{{ARCHIVE}}"
TEXT_TYPES = (".html", ".xml", ".json", ".jsonl", ".js", ".txt", ".opml", ".atom", ".rss")
mimetypes.add_type("application/x-ndjson", ".jsonl")


class ArchiveHandler(BaseHTTPRequestHandler):
    server_version = "contest-tracker-archive/1.0"

    def __init__(self, *args, root: Path, **kwargs):
        self.root = root
        super().__init__(*args, **kwargs)

    def log_message(self, format, *args):  # quiet: the crawl prints its own progress
        pass

    def _resolve(self) -> Path | None:
        path = unquote(urlsplit(self.path).path)
        target = (self.root / path.lstrip("/")).resolve()
        if self.root not in target.parents and target != self.root:
            return None  # no escaping the archive with ../
        if target.is_dir():
            target = target / "index.html"
        return target if target.is_file() else None

    def do_HEAD(self):
        self.do_GET(head=True)

    def do_GET(self, head: bool = False):
        target = self._resolve()
        if target is None:
            self.send_error(404, "Not in the archive")
            return
        body = target.read_bytes()
        if target.suffix in TEXT_TYPES:
            host = self.headers.get("Host") or f"{self.server.server_address[0]}:{self.server.server_address[1]}"
            body = body.replace(PLACEHOLDER, f"http://{host}".encode())
        etag = '"' + hashlib.sha1(body).hexdigest()[:20] + '"'
        modified = email.utils.formatdate(int(target.stat().st_mtime), usegmt=True)
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        ctype = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        if ctype.startswith("text/") or target.suffix in TEXT_TYPES:
            ctype += "; charset=utf-8"
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("ETag", etag)
        self.send_header("Last-Modified", modified)
        self.send_header("Cache-Control", "max-age=0, must-revalidate")
        self.end_headers()
        if not head:
            self.wfile.write(body)


class ArchiveServer:
    """A loopback HTTP server in a background thread; use as a context manager."""

    def __init__(self, root: Path = DEMO_ARCHIVE, host: str = "127.0.0.1", port: int = 0):
        self.root = Path(root).resolve()
        if not self.root.is_dir():
            raise FileNotFoundError(f"No archive at {self.root}")
        self.httpd = ThreadingHTTPServer((host, port), partial(ArchiveHandler, root=self.root))
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> "ArchiveServer":
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()
