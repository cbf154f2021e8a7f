"""Pipeline: extract the article, filter by relevance, find quotes and events, store them.

Extraction is CPU-bound (lxml, trafilatura, the quote rules), and Scrapy's
reactor is a single thread, so ``normalise_page`` runs in a pool of worker
processes (``CONTEST_WORKERS``, default one per core): ``process_item`` is a
coroutine that awaits the worker's result, so many pages are in flight at once
(``CONCURRENT_ITEMS``) while the reactor keeps downloading. Storing stays in the
main process, one transaction per page. ``CONTEST_WORKERS=0`` extracts in
process, as before (issue 7).

A page whose raw bytes were already stored by an earlier run and whose article
was stored from those very bytes is not extracted again: a rerun over an
unchanged site only revalidates.

Failures to extract, including unexpected exceptions from the extractors on
hostile input, are recorded in ``crawl_errors`` with the URL and the reason;
the crawl goes on.
"""
from __future__ import annotations

import asyncio
import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from crawler.items import PageItem
from crawler.pipelines.base import CrawlerPipeline
from db.normalise import ArticleExtractionError, safe_normalise_page

RAW_ONLY_KINDS = {"tweet-archive"}  # kept raw for rebuild; their tweets arrive as TweetItems


def store_page(store, item: dict, run_id: int | None) -> str:
    """Normalise one raw page and store it; returns new/updated/unchanged/skipped or "error"."""
    try:
        page = safe_normalise_page(item["url"], item["body"], store.contest, encoding=item.get("encoding"),
                                   meta=item.get("meta"))
    except ArticleExtractionError as exc:
        store.record_error(run_id, item.get("source"), item["url"], "extract", str(exc))
        return "error"
    return save(store, page, item, run_id)


def save(store, page, item: dict, run_id: int | None) -> str:
    return store.save_page(page, source=item.get("source"), run_id=run_id, raw_id=item.get("raw_id"),
                           fetched_at=item.get("fetched_at"), captured_at=item.get("captured_at"))


def already_stored(store, raw_id: str | None, run_id: int | None) -> bool:
    """True when these exact bytes came in an earlier run and an article was stored from them."""
    if not raw_id:
        return False
    row = store.db.execute("select run_id from raw_responses where id = ?", [raw_id]).fetchone()
    if row is None or row[0] == run_id:
        return False
    return store.db.execute("select 1 from captures where raw_id = ? limit 1", [raw_id]).fetchone() is not None


# --- worker processes -------------------------------------------------------------

_WORKER_CONTEST = None


def _init_worker(contest_path: str) -> None:
    global _WORKER_CONTEST  # one contest per worker process, loaded once
    from contest_tracker.contest import load_contest

    _WORKER_CONTEST = load_contest(contest_path)


def _normalise_in_worker(url: str, body: bytes, encoding: str | None, meta: dict | None):
    return safe_normalise_page(url, body, _WORKER_CONTEST, encoding=encoding, meta=meta)


class NormalisePipeline(CrawlerPipeline):
    def __init__(self, crawler, workers: int):
        super().__init__(crawler)
        self.workers = workers
        self.pool: ProcessPoolExecutor | None = None

    @classmethod
    def from_crawler(cls, crawler):
        workers = crawler.settings.get("CONTEST_WORKERS")
        workers = os.cpu_count() or 1 if workers in (None, "") else int(workers)
        return cls(crawler, max(0, workers))

    def _start_pool(self) -> ProcessPoolExecutor:
        import multiprocessing

        # forkserver: forking the reactor's process (threads, sockets, SQLite) is unsafe
        context = multiprocessing.get_context("forkserver")
        return ProcessPoolExecutor(self.workers, mp_context=context, initializer=_init_worker,
                                   initargs=(str(self.store.contest.path),))

    def close_spider(self, spider=None):
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None

    async def process_item(self, item):
        if not isinstance(item, PageItem) or item.get("kind") in RAW_ONLY_KINDS:
            return item
        store = self.store
        run_id = self.run_id
        if already_stored(store, item.get("raw_id"), run_id):
            status = "unchanged"
        elif not self.workers:
            status = store_page(store, item, run_id)
        else:
            if self.pool is None:  # started on the first page: a tweet-archive crawl needs none
                self.pool = self._start_pool()
            status = await self._normalise_and_store(store, item, run_id)
        self.count("errors" if status == "error" else status)
        return item

    async def _normalise_and_store(self, store, item, run_id) -> str:
        try:
            future = self.pool.submit(_normalise_in_worker, item["url"], item["body"], item.get("encoding"),
                                      item.get("meta"))
            page = await asyncio.wrap_future(future)
        except ArticleExtractionError as exc:
            store.record_error(run_id, item.get("source"), item["url"], "extract", str(exc))
            return "error"
        except BrokenProcessPool as exc:
            # a worker died (out of memory, a crash in C code): record the page, start a fresh pool
            store.record_error(run_id, item.get("source"), item["url"], "extract",
                               f"extractor process died: {exc}")
            old, self.pool = self.pool, self._start_pool()
            old.shutdown(wait=False, cancel_futures=True)
            return "error"
        return save(store, page, item, run_id)
