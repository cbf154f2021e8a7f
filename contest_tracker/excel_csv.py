"""CSV that Excel opens with the right characters: ``?_bom=1`` on any Datasette ``.csv`` URL.

Datasette writes CSV as UTF-8 without a byte-order mark. Excel on Windows
reads such a file as Windows-1252, so a quote's curly apostrophes and "£"
arrive as "â€™" and "Â£". A UTF-8 byte-order mark in front of the first
byte makes Excel read UTF-8. Scripts rarely want the mark (it lands in the
first column's name), so it is added only when asked for, and the site's
"CSV for Excel" links ask for it.
"""
from __future__ import annotations

from urllib.parse import parse_qs

from datasette import hookimpl

BOM = "\ufeff".encode("utf-8")


def wants_bom(scope: dict) -> bool:
    """True for an HTTP request to a ``.csv`` path whose query string has ``_bom=1``."""
    if scope.get("type") != "http" or not scope.get("path", "").endswith(".csv"):
        return False
    query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
    return query.get("_bom", [""])[0] in {"1", "on", "true"}


def add_bom(app):
    """ASGI middleware: prepend a UTF-8 byte-order mark to the body of a successful CSV response."""

    async def wrapped(scope, receive, send):
        if not wants_bom(scope):
            await app(scope, receive, send)
            return
        state = {"csv": False, "sent": False}

        async def send_with_bom(message):
            if message["type"] == "http.response.start":
                headers = message.get("headers", [])
                content_type = dict((k.lower(), v) for k, v in headers).get(b"content-type", b"")
                state["csv"] = message.get("status") == 200 and (
                    content_type.startswith(b"text/csv") or content_type.startswith(b"text/plain"))
                if state["csv"]:  # three more bytes: let the server count them
                    message = {**message, "headers": [(k, v) for k, v in headers if k.lower() != b"content-length"]}
            elif message["type"] == "http.response.body" and state["csv"] and not state["sent"]:
                state["sent"] = True
                message = {**message, "body": BOM + message.get("body", b"")}
            await send(message)

        await app(scope, receive, send_with_bom)

    return wrapped


@hookimpl
def asgi_wrapper(datasette):
    return add_bom
