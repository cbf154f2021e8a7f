"""Downloader middleware: Scrapy's retries, with exponential backoff and Retry-After (issue 7).

Scrapy's own ``RetryMiddleware`` retries a 500, 503, 429 or a timeout at once.
A server that is struggling (or throttling us) deserves a pause: this one waits
``RETRY_BACKOFF_BASE * 2 ** (attempt - 1)`` seconds before each retry, or the
server's ``Retry-After`` when it sends one (in seconds or as an HTTP date),
never more than ``RETRY_BACKOFF_MAX``. The wait is a coroutine sleep, so the
reactor keeps serving other requests meanwhile. After ``RETRY_TIMES`` retries
the failure reaches the spider's errback, which records it in ``crawl_errors``.
"""
from __future__ import annotations

import asyncio
import email.utils
import time

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.http import Request


def retry_after_seconds(value: bytes | str | None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or HTTP-date), or None."""
    if not value:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text)
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def backoff_delay(attempt: int, base: float, cap: float, retry_after: float | None = None) -> float:
    """The pause before retry number ``attempt`` (1-based)."""
    delay = retry_after if retry_after is not None else base * 2 ** max(0, attempt - 1)
    return max(0.0, min(cap, delay))


class BackoffRetryMiddleware(RetryMiddleware):
    """RetryMiddleware that sleeps before retrying: exponential backoff, Retry-After honoured."""

    def __init__(self, settings):
        super().__init__(settings)
        self.base = settings.getfloat("RETRY_BACKOFF_BASE", 1.0)
        self.cap = settings.getfloat("RETRY_BACKOFF_MAX", 60.0)

    async def process_response(self, request, response):
        result = super().process_response(request, response)
        if isinstance(result, Request):
            stated = retry_after_seconds(response.headers.get(b"Retry-After"))
            await self._pause(result, stated)
        return result

    async def process_exception(self, request, exception):
        result = super().process_exception(request, exception)
        if isinstance(result, Request):
            await self._pause(result, None)
        return result

    async def _pause(self, retry: Request, retry_after: float | None) -> None:
        delay = backoff_delay(retry.meta.get("retry_times", 1), self.base, self.cap, retry_after)
        self.crawler.stats.inc_value("contest_tracker/retry_backoff_s", delay)
        if delay > 0:
            await asyncio.sleep(delay)
