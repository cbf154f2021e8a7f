"""Downloader middleware: stop a redirect that comes back to a URL it already passed (issue 7).

Scrapy's RedirectMiddleware caps a chain at ``REDIRECT_MAX_TIMES``, but a loop
between two URLs (A -> B -> A) ends earlier and silently: the scheduler's
duplicate filter drops the second A and nobody hears of it. This middleware
sits just before RedirectMiddleware and refuses a redirect to a URL already in
the chain, so the spider's errback records "redirect loop: A -> B -> A".
"""
from __future__ import annotations

from scrapy.exceptions import IgnoreRequest
from w3lib.url import safe_url_string
from urllib.parse import urljoin


class RedirectLoop(IgnoreRequest):
    """A redirect leads back to a URL already visited in the same chain."""


class RedirectLoopMiddleware:
    def process_response(self, request, response):
        if response.status not in (301, 302, 303, 307, 308) or b"Location" not in response.headers:
            return response
        if request.meta.get("dont_redirect") or response.status in request.meta.get("handle_httpstatus_list", ()):
            return response
        location = safe_url_string(response.headers[b"Location"].decode("latin-1"))
        target = urljoin(request.url, location)
        chain = [*request.meta.get("redirect_urls", []), request.url]
        if target in chain:
            raise RedirectLoop(f"redirect loop: {' -> '.join([*chain[chain.index(target):], target])}"[:1000])
        return response
