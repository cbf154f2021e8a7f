"""Servers that fail: retries with backoff, then a recorded error; never a crash (issue 7)."""
from __future__ import annotations

import sqlite3

import pytest

from crawler.retry import backoff_delay, retry_after_seconds
from tests.conftest import run_cli
from tests.fakes.hostile_site import HostileSite, Route
from tests.hostile import CORBYN, PROSE, article

RETRY_TIMES = 3
SETTINGS = ["-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DOWNLOAD_DELAY=0", "-s", "HTTPCACHE_ENABLED=False",
            "-s", "CONTEST_PROGRESS=False", "-s", f"RETRY_TIMES={RETRY_TIMES}", "-s", "RETRY_BACKOFF_BASE=0.3",
            "-s", "RETRY_BACKOFF_MAX=5", "-s", "DOWNLOAD_TIMEOUT=1", "-s", "REDIRECT_MAX_TIMES=5"]
PAGE = article("Smith and Corbyn clash at the hustings", [PROSE[0], CORBYN, PROSE[1]]).encode()
ROUTES = {
    "/flaky.html": Route(PAGE, fail_first=2, fail_status=500),
    "/busy.html": Route(PAGE, fail_first=99, fail_status=503),
    "/throttled.html": Route(PAGE, fail_first=99, fail_status=429, headers={"Retry-After": "1"}),
    "/slow.html": Route(PAGE, fault="timeout"),
    "/reset.html": Route(PAGE, fault="reset"),
    "/loop.html": Route(PAGE, fault="redirect-loop"),
    "/spiral.html": Route(PAGE, fault="redirect-spiral"),
}
SITEMAP = ('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
           + "".join(f"<url><loc>{{{{BASE}}}}{path}</loc></url>" for path in ROUTES) + "</urlset>")


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("faults")
    routes = {**ROUTES, "/sitemap.xml": Route(SITEMAP.encode(), content_type="application/xml"),
              "/robots.txt": Route(b"User-agent: *\nAllow: /\n", content_type="text/plain")}
    with HostileSite(routes) as site:
        contest = tmp / "faults.toml"
        contest.write_text(f'extends = "labour-2016"\n\n[[sources]]\nname = "faulty"\nkind = "sitemap"\n'
                           f'url = "{site.url}/sitemap.xml"\n', encoding="utf-8")
        db_path = tmp / "faults.db"
        result = run_cli("crawl", "--contest", str(contest), "--db", str(db_path), *SETTINGS, "-v", timeout=120)
        conn = sqlite3.connect(db_path)
        conn.row_factory = sqlite3.Row
        yield {"site": site, "db": conn, "log": result.stderr, "url": site.url}
        conn.close()


def _errors(crawled, path):
    return [r["reason"] for r in crawled["db"].execute(
        "select reason from crawl_errors where url like ? and stage = 'fetch'", [crawled["url"] + path + "%"])]


def _gaps(crawled, path):
    times = [hit["time"] for hit in crawled["site"].hits(path)]
    return [b - a for a, b in zip(times, times[1:])]


def test_crawl_survives_every_fault(crawled):
    assert "Traceback" not in crawled["log"]
    assert crawled["db"].execute("select status from crawl_runs").fetchone()[0] == "finished"


def test_flaky_page_is_stored_after_retries(crawled):
    assert len(crawled["site"].hits("/flaky.html")) == 3
    assert crawled["db"].execute("select count(*) from articles where url like '%/flaky.html'").fetchone()[0] == 1
    assert _errors(crawled, "/flaky.html") == []


def test_503_is_retried_with_growing_pauses_then_recorded(crawled):
    assert len(crawled["site"].hits("/busy.html")) == RETRY_TIMES + 1
    gaps = _gaps(crawled, "/busy.html")
    assert gaps[0] >= 0.25 and gaps[1] >= 0.55 and gaps[2] >= 1.1, gaps
    assert _errors(crawled, "/busy.html") == ["HTTP 503"]


def test_429_waits_for_retry_after_then_is_recorded(crawled):
    assert len(crawled["site"].hits("/throttled.html")) == RETRY_TIMES + 1
    assert min(_gaps(crawled, "/throttled.html")) >= 0.9
    assert _errors(crawled, "/throttled.html") == ["HTTP 429 (Retry-After: 1)"]


def test_timeout_is_retried_then_recorded(crawled):
    assert len(crawled["site"].hits("/slow.html")) == RETRY_TIMES + 1
    [reason] = _errors(crawled, "/slow.html")
    assert "TimeoutError" in reason or "took longer than" in reason


def test_connection_reset_is_retried_then_recorded(crawled):
    assert len(crawled["site"].hits("/reset.html")) >= RETRY_TIMES + 1  # Twisted retries a reused connection too
    [reason] = _errors(crawled, "/reset.html")
    assert "ResponseFailed" in reason or "ConnectionLost" in reason or "ConnectionDone" in reason, reason


@pytest.mark.parametrize("path", ["/loop.html", "/spiral.html"])
def test_redirect_loop_is_recorded(crawled, path):
    [reason] = _errors(crawled, path)
    assert "redirect" in reason.lower(), reason
    assert len(crawled["site"].hits(path)) <= 6


def test_retry_after_parsing():
    assert retry_after_seconds(b"7") == 7.0
    assert retry_after_seconds(b"Wed, 21 Oct 2015 07:28:00 GMT") == 0.0
    assert retry_after_seconds(b"soon") is None
    assert retry_after_seconds(None) is None


def test_backoff_doubles_and_is_capped():
    assert [backoff_delay(n, 1.0, 60) for n in (1, 2, 3, 4)] == [1, 2, 4, 8]
    assert backoff_delay(10, 1.0, 60) == 60
    assert backoff_delay(1, 1.0, 60, retry_after=3600) == 60
