"""Hostile and broken input never crashes the crawl: each failure is recorded, the rest stored (issue 7).

One crawl of the hostile site (tests/hostile.py) per module, in a subprocess as
a user would run it; each test checks one page or one kind of damage.
"""
from __future__ import annotations

import sqlite3

import pytest

from tests.conftest import run_cli
from tests.fakes.hostile_site import HostileSite
from tests.hostile import OUT_OF_SCOPE_COUNT, contest_toml, hostile_routes

FAST = ["-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DOWNLOAD_DELAY=0", "-s", "HTTPCACHE_ENABLED=False",
        "-s", "CONTEST_PROGRESS=False", "-s", "RETRY_BACKOFF_BASE=0.1"]
ROUTES, CASES = hostile_routes()


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("hostile")
    with HostileSite(ROUTES) as site:
        contest = tmp / "hostile.toml"
        contest.write_text(contest_toml(site.url), encoding="utf-8")
        db_path = tmp / "hostile.db"
        result = run_cli("crawl", "--contest", str(contest), "--db", str(db_path), *FAST, "-v", timeout=240)
        (tmp / "crawl.log").write_text(result.stderr)
        conn = sqlite3.connect(db_path)
        conn.row_factory = sqlite3.Row
        yield {"site": site, "db": conn, "log": result.stderr, "url": site.url}
        conn.close()


def _article(crawled, path):
    return crawled["db"].execute("select * from articles where url = ?", [crawled["url"] + path]).fetchone()


def _errors(crawled, path):
    return crawled["db"].execute("select * from crawl_errors where url = ?", [crawled["url"] + path]).fetchall()


def test_crawl_finishes_without_a_traceback(crawled):
    assert "Traceback" not in crawled["log"]
    runs = crawled["db"].execute("select source, status from crawl_runs").fetchall()
    assert {r["status"] for r in runs} == {"finished"}, [tuple(r) for r in runs]


@pytest.mark.parametrize("case", [c for c in CASES if c.expect == "stored"], ids=lambda c: c.path)
def test_readable_pages_are_stored(crawled, case):
    row = _article(crawled, case.path)
    assert row is not None, f"{case.why}: not stored; errors: {[tuple(e) for e in _errors(crawled, case.path)]}"
    assert row["text"] and "Corbyn" in row["title"] + row["text"] or "Smith" in row["text"]
    assert not _errors(crawled, case.path)


@pytest.mark.parametrize("case", [c for c in CASES if c.expect == "error"], ids=lambda c: c.path)
def test_unreadable_pages_are_recorded_with_url_and_reason(crawled, case):
    errors = _errors(crawled, case.path)
    assert len(errors) == 1, case.why
    assert errors[0]["stage"] == "extract"
    assert case.error_words in errors[0]["reason"]
    assert _article(crawled, case.path) is None


@pytest.mark.parametrize("case", [c for c in CASES if c.expect in ("skipped", "unfetched")], ids=lambda c: c.path)
def test_off_topic_and_out_of_window_pages_are_skips_not_errors(crawled, case):
    assert _article(crawled, case.path) is None
    assert not _errors(crawled, case.path)
    fetched = crawled["site"].hits(case.path)
    assert bool(fetched) == (case.expect == "skipped")


@pytest.mark.parametrize("path, words", [
    ("/politics/cp1252.html", "\u00a325"), ("/politics/cp1252.html", "Corbyn\u2019s"),
    ("/politics/latin1.html", "caf\u00e9"), ("/politics/wrong-charset.html", "\u00a325"),
])
def test_single_byte_pages_are_decoded_right(crawled, path, words):
    assert words in _article(crawled, path)["text"]


def test_page_with_no_date_is_stored_without_one(crawled):
    assert _article(crawled, "/politics/no-date.html")["published_date"] is None


def test_huge_page_keeps_its_article(crawled):
    row = _article(crawled, "/politics/huge.html")
    assert "present to the British people" in row["text"]
    assert len(row["text"]) < 100_000


def test_real_quote_from_damaged_page_is_kept_verbatim(crawled):
    texts = [r[0] for r in crawled["db"].execute("select text from quotes")]
    assert any(t.startswith("This legal challenge is very unhelpful") for t in texts), texts


def test_truncated_gzip_sitemap_is_recorded(crawled):
    errors = _errors(crawled, "/sitemap-broken.xml.gz")
    assert [e["stage"] for e in errors] == ["parse"]
    assert "unreadable sitemap" in errors[0]["reason"]


def test_truncated_warc_keeps_the_records_before_the_damage(crawled):
    errors = _errors(crawled, "/archive/broken.warc.gz")
    assert len(errors) == 1 and "damaged after" in errors[0]["reason"]
    stored = crawled["db"].execute(
        "select count(*) from articles where url = 'http://warc.example-news.test/politics/1.html'").fetchone()[0]
    assert stored == 1


def test_broken_tweet_lines_are_recorded_and_unknown_fields_ignored(crawled):
    errors = _errors(crawled, "/tweets/tweets.v1.jsonl")
    assert len(errors) >= 2, [tuple(e) for e in errors]
    assert all(e["stage"] == "parse" for e in errors)
    handles = {r[0] for r in crawled["db"].execute("select handle from tweets")}
    ids = {r[0] for r in crawled["db"].execute("select id from tweets")}
    assert "alex_example" in handles
    assert {"100000000000000001", "100000000000000002"} <= ids


def test_links_out_of_scope_are_refused_and_recorded(crawled):
    rows = crawled["db"].execute("select url, reason from crawl_errors where stage = 'scope'").fetchall()
    assert len(rows) == OUT_OF_SCOPE_COUNT, [tuple(r) for r in rows]
    urls = " ".join(r["url"] for r in rows)
    for needle in ("file:///etc/passwd", "data:text/html", "ftp://", "169.254.169.254", "10.0.0.1",
                   "localhost:", "127.0.0.1:1/"):
        assert needle in urls
    assert all(r["reason"].startswith("refused: ") for r in rows)


def test_no_request_ever_left_the_site(crawled):
    paths = {entry["path"] for entry in crawled["site"].log}
    assert paths <= set(ROUTES) | {"/robots.txt"}, paths - set(ROUTES)


def test_integrity_and_no_duplicates(crawled):
    db = crawled["db"]
    assert db.execute("pragma integrity_check").fetchone()[0] == "ok"
    assert db.execute("select count(*) - count(distinct url) from articles").fetchone()[0] == 0
