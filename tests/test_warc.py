"""WARC files built here with warcio: contest articles kept, the rest skipped, damage reported."""
from __future__ import annotations

import io
import re
import sqlite3

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from contest_tracker.contest import load_contest
from crawler.spiders.warc import candidate_terms, local_path, mentions_any
from tests.fakes import FakeServer, Request, Response, crawl, write_contest
from tests.fakes.news_site import ARTICLES, OFF_TOPIC, article_page


def rows(db, sql, params=()):
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchall()


def response_record(writer, url, body: bytes, content_type="text/html; charset=utf-8", status="200 OK",
                    date="2016-07-20T10:00:00Z"):
    headers = StatusAndHeaders(status, [("Content-Type", content_type), ("Content-Length", str(len(body)))],
                               protocol="HTTP/1.1")
    return writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers,
                                     warc_headers_dict={"WARC-Date": date})


def build_warc(records: list[tuple]) -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    writer.write_record(writer.create_warcinfo_record("test.warc.gz", {"software": "tests"}))
    for args in records:
        url = args[0]
        request = writer.create_warc_record(url, "request", payload=io.BytesIO(b""), http_headers=StatusAndHeaders(
            "GET / HTTP/1.1", [("Host", "example.org")], is_http_request=True))
        writer.write_record(request)
        writer.write_record(response_record(writer, *args))
    return out.getvalue()


@pytest.fixture(scope="module")
def warc_crawl(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("warc")
    full = tmp / "full.warc.gz"
    full.write_bytes(build_warc([
        ("https://www.theguardian.com/politics/2016/jul/14/foster", article_page(ARTICLES["foster-challenge"]).encode()),
        ("https://example.org/life/marrow", article_page(OFF_TOPIC).encode()),
        ("https://example.org/logo.png", b"\x89PNG Corbyn in a picture", "image/png"),
        ("https://example.org/missing", b"<html>Corbyn not found</html>", "text/html", "404 Not Found"),
    ]))
    damaged = tmp / "damaged.warc.gz"
    whole = build_warc([
        ("https://news.sky.com/story/owen-smith-to-fight-for-labour-leadership-10500012",
         article_page(ARTICLES["smith-bid"]).encode(), "text/html", "200 OK", "2016-07-13T09:00:00Z"),
        ("https://www.rte.ie/news/world/2016/0728/805468-jeremy-corbyn/",
         article_page(ARTICLES["court-ruling"]).encode()),
    ])
    damaged.write_bytes(whole[: len(whole) - 400])  # cut into the last record
    served = build_warc([("https://example.org/cardiff", article_page(ARTICLES["cardiff-hustings"]).encode())])
    with WarcServer(served) as server:
        contest = write_contest(tmp / "c.toml", [
            {"name": "warc-full", "kind": "warc", "url": str(full), "progress_every": 1},
            {"name": "warc-damaged", "kind": "warc", "url": "file://" + str(damaged)},
            {"name": "warc-served", "kind": "warc", "url": server.url + "/crawl.warc.gz"},
        ])
        result = crawl(contest, tmp / "w.db")
    return {"db": tmp / "w.db", "log": result.stderr}


class WarcServer(FakeServer):
    def __init__(self, data: bytes):
        super().__init__()
        self.data = data

    def handle(self, request: Request) -> Response:
        if request.path == "/crawl.warc.gz":
            return Response(200, self.data, {"Content-Type": "application/warc"})
        return Response(404, b"", {"Content-Type": "text/plain"})


def test_warc_over_http(warc_crawl):
    assert rows(warc_crawl["db"], "select source from captures where url = 'https://example.org/cardiff'") == [
        ("warc-served",)]


def test_warc_keeps_contest_articles(warc_crawl):
    urls = {r[0] for r in rows(warc_crawl["db"], "select canonical_url from articles")}
    assert urls >= {"https://www.theguardian.com/politics/2016/jul/14/labour-donor-to-mount-legal-challenge-over-leadership-ballot"}


def test_warc_capture_time_is_the_warc_date(warc_crawl):
    (captured,), = rows(warc_crawl["db"], "select captured_at from captures where url like '%news.sky.com%'")
    assert captured == "2016-07-13T09:00:00Z"


def test_warc_skips_off_topic_images_and_errors_before_extraction(warc_crawl):
    raw = {r[0] for r in rows(warc_crawl["db"], "select url from raw_responses")}
    assert "https://example.org/life/marrow" not in raw  # the byte pre-filter saw no contest word
    assert "https://example.org/logo.png" not in raw
    assert "https://example.org/missing" not in raw
    assert "'contest_tracker/warc_prefiltered': 1" in warc_crawl["log"]


def test_warc_reports_progress(warc_crawl):
    assert re.search(r"reading \S+full\.warc\.gz: 3 records, [\d.]+ MB, 1 hits", warc_crawl["log"])
    assert re.search(r"read \S+full\.warc\.gz: 9 records", warc_crawl["log"])


def test_damaged_warc_is_a_crawl_error_and_keeps_what_came_before(warc_crawl):
    (source, stage, reason), = rows(warc_crawl["db"], "select source, stage, reason from crawl_errors")
    assert (source, stage) == ("warc-damaged", "parse")
    assert reason.startswith("WARC file damaged after")
    assert rows(warc_crawl["db"], "select count(*) from articles where url like '%news.sky.com%'") == [(1,)]


def test_prefilter_terms_come_from_the_contest():
    terms = candidate_terms(load_contest("labour-2016"))
    assert b"corbyn" in terms and b"owen smith" in terms
    assert mentions_any(b"<p>JEREMY CORBYN spoke</p>", terms)
    assert not mentions_any(b"<p>A marrow won a prize</p>", terms)


def test_local_path_reads_plain_and_file_urls():
    assert str(local_path("file:///tmp/a.warc.gz")) == "/tmp/a.warc.gz"
    assert str(local_path("/tmp/a.warc")) == "/tmp/a.warc"
    assert local_path("https://example.org/a.warc.gz") is None
