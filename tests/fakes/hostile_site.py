"""A fake news site on loopback that misbehaves on purpose (issue 7).

Each path maps to a ``Route``: a status, headers and body, or a fault: a
timeout, a connection reset, a redirect loop, a run of failures before a
success. ``{{BASE}}`` in a body becomes the server's own base URL. Every
request is logged (path, time, headers) so tests can check retries, backoff
and that no secret travelled where it should not.
"""
from __future__ import annotations

import socket
import struct
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str | None = "text/html; charset=utf-8"
    headers: dict = field(default_factory=dict)
    fault: str | None = None  # "timeout", "reset", "redirect-loop", "redirect-spiral" or None
    fail_first: int = 0  # answer ``fail_status`` this many times before the real answer
    fail_status: int = 500
    delay: float = 0.0  # seconds before answering (a slow page; "timeout" sleeps much longer)


class HostileSite:
    """A ThreadingHTTPServer in a thread; ``routes`` may change while it runs."""

    def __init__(self, routes: dict[str, Route] | None = None, host: str = "127.0.0.1"):
        self.routes: dict[str, Route] = dict(routes or {})
        self.log: list[dict] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format, *args):
                pass

            def do_GET(self):
                site._handle(self)

        self.httpd = ThreadingHTTPServer((host, 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def hits(self, path: str) -> list[dict]:
        with self._lock:
            return [entry for entry in self.log if entry["path"] == path]

    def _handle(self, handler: BaseHTTPRequestHandler) -> None:
        path = handler.path.split("#", 1)[0]
        with self._lock:
            self.log.append({"path": path, "time": time.monotonic(), "headers": dict(handler.headers.items())})
            count = sum(1 for entry in self.log if entry["path"] == path)
        route = self.routes.get(path) or self.routes.get(path.split("?", 1)[0])
        if route is None:
            return self._send(handler, 404, b"not here", "text/plain")
        if route.delay:
            self._stop.wait(route.delay)
        if route.fault == "timeout":
            self._stop.wait(60)
            return
        if route.fault == "reset":
            # RST instead of FIN: SO_LINGER with a zero timeout, then close
            handler.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            handler.connection.close()
            handler.close_connection = True
            return
        if route.fault == "redirect-loop":  # A -> A?r=1 -> A -> ...
            target = path.split("?")[0] if "?" in path else path + "?r=1"
            return self._send(handler, 302, b"", "text/plain", {"Location": target})
        if route.fault == "redirect-spiral":  # A -> A?r=1 -> A?r=2 -> ... never the same URL twice
            target = path.split("?")[0] + f"?r={count}.{len(self.log)}"
            return self._send(handler, 302, b"", "text/plain", {"Location": target})
        if count <= route.fail_first:
            return self._send(handler, route.fail_status, b"try again", "text/plain", route.headers)
        host, port = self.httpd.server_address[:2]
        body = (route.body.replace(b"{{BASE}}", self.url.encode()).replace(b"{{PORT}}", str(port).encode())
                .replace(b"{{BASE_HOST}}", f"{host}:{port}".encode()))
        return self._send(handler, route.status, body, route.content_type, route.headers)

    def _send(self, handler, status, body, content_type, headers=None):
        try:
            handler.send_response(status)
            if content_type:
                handler.send_header("Content-Type", content_type)
            for name, value in (headers or {}).items():
                handler.send_header(name, value)
            handler.send_header("Content-Length", str(len(body)))
            handler.end_headers()
            handler.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def start(self) -> "HostileSite":
        self.thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()
