"""Downloader middlewares for the API spiders: a bearer token from the environment, and rate limits.

Spiders that need them list them in their ``custom_settings`` (the news
spiders do not). Both are written for the Scrapy we pin: no ``spider``
argument, and waiting is an ``await`` that leaves the reactor free.
"""
from __future__ import annotations

import email.utils
import logging
import os
import time
from urllib.parse import urlsplit

from scrapy.utils.asyncio import sleep

logger = logging.getLogger(__name__)


class BearerTokenMiddleware:
    """Adds ``Authorization: Bearer …`` to requests whose meta names a token variable and the API host.

    The token is read from the environment at the last moment and set only on
    requests to the API's own host, so the spider never holds it, and it never
    reaches the scheduler, the HTTP cache (requests carry ``dont_cache``), the
    database or the log: Scrapy logs requests as ``<GET url>``, without headers.
    """

    def process_request(self, request):
        variable = request.meta.get("bearer_token_env")
        if not variable:
            return None
        if urlsplit(request.url).netloc != request.meta.get("bearer_token_host"):
            request.headers.pop(b"Authorization", None)  # never send the token to another host
            return None
        token = os.environ.get(variable, "").strip()
        if token:
            request.headers[b"Authorization"] = b"Bearer " + token.encode("latin-1")
        return None


class RateLimitMiddleware:
    """Pause an endpoint when the API says so: ``x-rate-limit-remaining: 0`` until ``x-rate-limit-reset``,
    and on HTTP 429 until the reset or ``Retry-After``, then retry.

    Waits are per endpoint (host and path) and asynchronous: other requests and
    the reactor carry on. Settings: RATE_LIMIT_MAX_WAIT (seconds, cap on one
    wait), RATE_LIMIT_DEFAULT_WAIT (a 429 that names no reset) and
    RATE_LIMIT_MAX_RETRIES (429 retries of one request before giving up).
    """

    def __init__(self, crawler):
        self.crawler = crawler
        settings = crawler.settings
        self.max_wait = settings.getfloat("RATE_LIMIT_MAX_WAIT", 900.0)
        self.default_wait = settings.getfloat("RATE_LIMIT_DEFAULT_WAIT", 60.0)
        self.max_retries = settings.getint("RATE_LIMIT_MAX_RETRIES", 5)
        self.paused_until: dict[str, float] = {}

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    @staticmethod
    def endpoint(url: str) -> str:
        parts = urlsplit(url)
        return parts.netloc + parts.path

    async def process_request(self, request):
        endpoint = self.endpoint(request.url)
        wait = self.paused_until.get(endpoint, 0.0) - time.time()
        if wait > 0:
            wait = min(wait, self.max_wait)
            self.crawler.stats.inc_value("contest_tracker/rate_limit_waits")
            logger.info("Rate limit reached for %s: waiting %.1f s until it resets", endpoint, wait)
            await sleep(wait)
        return None

    def process_response(self, request, response):
        endpoint = self.endpoint(request.url)
        reset = self._reset(response)
        if response.status == 429:
            until = reset or time.time() + self.default_wait
            self._pause(endpoint, until)
            retries = request.meta.get("rate_limit_retries", 0)
            if retries >= self.max_retries:
                request.meta["dont_retry"] = True  # spent: let the errback record the 429
                return response
            self.crawler.stats.inc_value("contest_tracker/rate_limit_429")
            logger.info("HTTP 429 from %s: retrying after %.1f s", endpoint, max(0.0, until - time.time()))
            retry = request.replace(dont_filter=True)
            retry.meta["rate_limit_retries"] = retries + 1
            return retry
        remaining = response.headers.get(b"x-rate-limit-remaining")
        if remaining is not None and reset:
            try:
                if int(remaining) <= 0:
                    self._pause(endpoint, reset)
            except ValueError:
                pass  # a malformed header is no reason to stop; the next 429 will tell
        return response

    def _pause(self, endpoint: str, until: float) -> None:
        self.paused_until[endpoint] = max(self.paused_until.get(endpoint, 0.0), until)

    @staticmethod
    def _reset(response) -> float | None:
        """When the limit resets, as epoch seconds: the later of x-rate-limit-reset and Retry-After."""
        times = []
        reset = response.headers.get(b"x-rate-limit-reset")
        if reset:
            try:
                times.append(float(reset) + 0.25)  # whole seconds: wait past the boundary
            except ValueError:
                pass
        retry_after = response.headers.get(b"Retry-After")
        if retry_after:
            value = retry_after.decode("latin-1").strip()
            if value.isdigit():
                times.append(time.time() + int(value))
            else:
                try:
                    times.append(email.utils.parsedate_to_datetime(value).timestamp())
                except (TypeError, ValueError):
                    pass
        return max(times) if times else None
