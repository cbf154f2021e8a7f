"""The Wayback spider against a fake CDX server and capture store on 127.0.0.1."""
from __future__ import annotations

import json
import sqlite3

import pytest

from crawler.spiders.wayback import digest_to_hex, parse_cdx, timestamp_iso
from tests.fakes import crawl, write_contest
from tests.fakes.guardian_server import KEY, GuardianAPI
from tests.fakes.news_site import ARTICLES, LATER_ARTICLES, OFF_TOPIC, article_page
from tests.fakes.wayback_server import Wayback, digest

FOSTER = "http://www.theguardian.com/politics/2016/jul/14/labour-donor-to-mount-legal-challenge-over-leadership-ballot"
NEC = "http://www.theguardian.com/politics/2016/jul/12/jeremy-corbyn-must-be-on-labour-leadership-ballot-paper-party-rules-nec"


def rows(db, sql, params=()):
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchall()


def archive() -> Wayback:
    wayback = Wayback(page_size=2)
    wayback.add("20160715083000", FOSTER, article_page(ARTICLES["foster-challenge"]))
    wayback.add("20160713070000", NEC, article_page(ARTICLES["nec-ballot"]))
    # The same bytes under a tracking-parameter URL: one fetch, not two.
    wayback.add("20160713070500", NEC + "?CMP=twt_gu", article_page(ARTICLES["nec-ballot"]))
    wayback.add("20160802120000", "http://www.theguardian.com/politics/2016/aug/01/marrow", article_page(OFF_TOPIC))
    wayback.add("20170101000000", "http://www.theguardian.com/politics/2017/jan/01/later",
                article_page(ARTICLES["smith-bid"]))  # captured outside the window
    wayback.add("20160801000000", "http://www.theguardian.com/sport/2016/aug/01/x", article_page(ARTICLES["smith-bid"]))
    return wayback


NO_WAIT = ("-s", "RETRY_TIMES=1", "-s", "RETRY_BACKOFF_BASE=0")


def wayback_source(server):
    return {"name": "wayback-guardian", "kind": "wayback", "url": server.url,
            "prefixes": ["theguardian.com/politics/"]}


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    """A first crawl (with a 429 on one capture), then a rerun after the archive gained a capture."""
    tmp = tmp_path_factory.mktemp("wayback")
    db = tmp / "w.db"
    with archive() as server:
        server.throttle["/web/20160715083000id_/" + FOSTER] = 1
        server.add("20160725100000", "http://www.theguardian.com/politics/2016/jul/28/court",
                   article_page(ARTICLES["court-ruling"]))
        server.failing.add("/web/20160725100000id_/http://www.theguardian.com/politics/2016/jul/28/court")
        contest = write_contest(tmp / "c.toml", [wayback_source(server)])
        crawl(contest, db, *NO_WAIT)
        first = list(server.hits)
        errors = rows(db, "select stage, reason, url from crawl_errors")
        server.reset_hits()
        server.failing.clear()  # the archive recovered
        server.add("20160826080000", "http://www.theguardian.com/politics/2016/aug/25/glasgow",
                   article_page(LATER_ARTICLES["glasgow-hustings"]))
        crawl(contest, db, *NO_WAIT)
        yield {"db": db, "first": first, "second": list(server.hits), "errors": errors}


def test_parse_cdx_splits_off_the_resume_key():
    body = json.dumps([["timestamp", "original", "digest"], ["2016", "http://a", "D1"], [], ["KEY"]]).encode()
    assert parse_cdx(body) == ([{"timestamp": "2016", "original": "http://a", "digest": "D1"}], "KEY")


def test_digest_matches_the_hex_content_hash():
    import hashlib
    assert digest_to_hex(digest(b"page")) == hashlib.sha1(b"page").hexdigest()


def test_timestamp_becomes_iso():
    assert timestamp_iso("20160715083000") == "2016-07-15T08:30:00+00:00"


def test_wayback_keys_articles_on_the_original_url(runs):
    urls = sorted(r[0] for r in rows(runs["db"], "select url from captures"))
    assert FOSTER in urls and NEC in urls


def test_wayback_keeps_capture_time_beside_article_date(runs):
    (captured, published), = rows(runs["db"], "select c.captured_at, a.published_date from captures c "
                                              "join articles a on a.id = c.article_id where c.url = ?", [FOSTER])
    assert (captured, published) == ("2016-07-15T08:30:00+00:00", "2016-07-14")


def test_wayback_records_capture_url_and_digest(runs):
    (meta,), = rows(runs["db"], "select meta from raw_responses where url = ?", [FOSTER])
    meta = json.loads(meta)
    assert meta["capture_url"].endswith("/web/20160715083000id_/" + FOSTER)
    assert meta["digest"] == digest(article_page(ARTICLES["foster-challenge"]).encode())


def test_wayback_follows_resume_keys(runs):
    cdx = [path for path, status in runs["first"] if path.startswith("/cdx/")]
    assert len(cdx) == 3 and "resumeKey" not in cdx[0]
    assert cdx[1].endswith("&resumeKey=2") and cdx[2].endswith("&resumeKey=4")


def test_wayback_fetches_identical_bytes_once(runs):
    fetched = [path for path, status in runs["first"] if path.startswith("/web/") and status == 200]
    assert len([p for p in fetched if "jul/12" in p]) == 1


def test_wayback_waits_out_a_429(runs):
    foster = [status for path, status in runs["first"] if path.startswith("/web/20160715083000id_/")]
    assert foster == [429, 200]


def test_wayback_skips_captures_outside_window_and_prefix(runs):
    fetched = [path for path, status in runs["first"] if path.startswith("/web/")]
    assert not any("/2017/" in p or "/sport/" in p for p in fetched)


def test_wayback_stores_only_contest_articles(runs):
    titles = {r[0] for r in rows(runs["db"], "select title from articles")}
    assert OFF_TOPIC["title"] not in titles
    assert ARTICLES["foster-challenge"]["title"] in titles


def test_wayback_records_a_failing_capture(runs):
    (stage, reason, url), = runs["errors"]
    assert (stage, reason) == ("fetch", "HTTP 500")
    assert url.endswith("/web/20160725100000id_/http://www.theguardian.com/politics/2016/jul/28/court")


def test_wayback_rerun_fetches_only_new_and_failed_captures(runs):
    fetched = sorted(path for path, status in runs["second"] if path.startswith("/web/"))
    assert fetched == ["/web/20160725100000id_/http://www.theguardian.com/politics/2016/jul/28/court",
                       "/web/20160826080000id_/http://www.theguardian.com/politics/2016/aug/25/glasgow"]
    (new,), = rows(runs["db"], "select items_new from crawl_runs order by id desc limit 1")
    assert new == 2


def test_article_in_guardian_and_wayback_is_one_article_with_two_captures(tmp_path):
    db = tmp_path / "both.db"
    with archive() as wayback, GuardianAPI() as api:
        contest = write_contest(tmp_path / "c.toml", [
            {"name": "guardian", "kind": "guardian", "url": api.url, "tag": "politics/labour"},
            wayback_source(wayback)])
        crawl(contest, db, env={"GUARDIAN_API_KEY": KEY})
    (count, captures, sources), = rows(db, "select count(*), sum(capture_count), group_concat(distinct source) "
                                           "from articles where canonical_url like '%labour-donor-to-mount%'")
    assert (count, captures) == (1, 2)
    capture_sources = {r[0] for r in rows(db, "select c.source from captures c join articles a on a.id = c.article_id "
                                              "where a.canonical_url like '%labour-donor-to-mount%'")}
    assert capture_sources == {"guardian", "wayback-guardian"}
    (quotes,), = rows(db, "select count(*) from quotes where text like 'This legal challenge is very unhelpful%'")
    assert quotes == 1
