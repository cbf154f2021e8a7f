"""The Guardian API spider against a fake API on 127.0.0.1, run as a real crawl subprocess."""
from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from crawler.spiders.guardian import article_html
from tests.fakes import crawl, write_contest
from tests.fakes.guardian_server import KEY, GuardianAPI, result_for
from tests.fakes.news_site import ARTICLES, LATER_ARTICLES


def rows(db, sql, params=()):
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchall()


@pytest.fixture
def api():
    with GuardianAPI() as server:
        yield server


def guardian_source(api, **extra):
    return {"name": "guardian-politics", "kind": "guardian", "url": api.url, "tag": "politics/labour",
            "q": "Corbyn", "page_size": 2, **extra}


@pytest.fixture(scope="module")
def first_crawl(tmp_path_factory):
    """One crawl of the fake API: five articles in three pages."""
    tmp = tmp_path_factory.mktemp("guardian")
    with GuardianAPI() as server:
        contest = write_contest(tmp / "contest.toml", [guardian_source(server)])
        result = crawl(contest, tmp / "g.db", "-s", "LOG_LEVEL=DEBUG", env={"GUARDIAN_API_KEY": KEY}, timeout=60)
        yield {"db": tmp / "g.db", "server": server, "result": result, "requests": list(server.requests),
               "cache": tmp / "g-httpcache"}


def test_guardian_stores_every_article(first_crawl):
    urls = {r[0] for r in rows(first_crawl["db"], "select canonical_url from articles")}
    assert urls == {a["canonical"] or f"https://www.theguardian.com/politics/2016/{slug}"
                    for slug, a in ARTICLES.items()}


def test_guardian_follows_pages(first_crawl):
    pages = [r.arg("page") for r in first_crawl["requests"] if r.path == "/search"]
    assert pages == ["1", "2", "3"]


def test_guardian_sends_the_documented_parameters(first_crawl):
    request = next(r for r in first_crawl["requests"] if r.path == "/search")
    assert request.arg("tag") == "politics/labour"
    assert request.arg("q") == "Corbyn"
    assert request.arg("from-date") == "2016-06-23"
    assert request.arg("to-date") == "2016-09-30"
    assert request.arg("order-by") == "oldest"
    assert request.arg("show-fields") == "body,byline,headline,trailText"
    assert request.arg("show-tags") == "keyword"


def test_guardian_key_travels_in_a_header_only(first_crawl):
    assert all(r.headers.get("api-key") == KEY for r in first_crawl["requests"] if r.path == "/search")
    assert first_crawl["server"].keys_in_query == 0


def test_guardian_key_never_stored_or_logged(first_crawl):
    db = first_crawl["db"]
    with open(db, "rb") as f:
        assert KEY.encode() not in f.read()
    for table, column in [("raw_responses", "url"), ("raw_responses", "headers"), ("captures", "url"),
                          ("crawl_errors", "url"), ("crawl_errors", "reason")]:
        assert not rows(db, f"select 1 from {table} where {column} like ?", [f"%{KEY}%"])
    output = first_crawl["result"].stdout + first_crawl["result"].stderr
    assert "Crawled (200) <GET http://127.0.0.1" in output  # Scrapy's DEBUG lines were there to check
    assert KEY not in output
    cache = first_crawl["cache"]
    if cache.exists():
        for path in cache.rglob("*"):
            if path.is_file():
                assert KEY.encode() not in path.read_bytes()


def test_guardian_quotes_come_from_the_body(first_crawl):
    texts = [r[0] for r in rows(first_crawl["db"], "select text from quotes")]
    assert any(t.startswith("This legal challenge is very unhelpful") for t in texts)


def test_guardian_run_is_recorded(first_crawl):
    (status, requests, new), = rows(first_crawl["db"],
                                    "select status, requests, items_new from crawl_runs where source = 'guardian-politics'")
    assert (status, requests, new) == ("finished", 3, 5)


def test_article_html_carries_the_metadata():
    page = article_html(result_for("foster-challenge", ARTICLES["foster-challenge"])).decode()
    assert '<link rel="canonical" href="https://www.theguardian.com/politics/2016/jul/14/' in page
    assert '<meta property="article:published_time" content="2016-07-14T16:00:00Z">' in page
    assert '<meta name="author" content="Political staff">' in page
    assert "<article>" in page


def test_missing_key_is_a_crawl_error(tmp_path, api):
    contest = write_contest(tmp_path / "c.toml", [guardian_source(api)])
    crawl(contest, tmp_path / "g.db", env={"GUARDIAN_API_KEY": ""})
    (reason,), = rows(tmp_path / "g.db", "select reason from crawl_errors")
    assert reason.startswith("GUARDIAN_API_KEY is not set")
    assert api.count() == 0


def test_rerun_asks_only_from_the_last_run(tmp_path, api):
    """A contest still running: the rerun's from-date is the day before the last finished run."""
    today = dt.datetime.now(dt.timezone.utc).date()
    contest = write_contest(tmp_path / "c.toml", [guardian_source(api)], end=(today + dt.timedelta(days=30)).isoformat())
    db = tmp_path / "g.db"
    crawl(contest, db, env={"GUARDIAN_API_KEY": KEY})
    assert rows(db, "select count(*) from articles") == [(5,)]
    api.reset_hits()
    fresh = dict(LATER_ARTICLES["glasgow-hustings"], published=today.isoformat() + "T08:00:00+00:00")
    api.add("fresh", fresh)
    crawl(contest, db, env={"GUARDIAN_API_KEY": KEY})
    searches = [r for r in api.requests if r.path == "/search"]
    assert [r.arg("from-date") for r in searches] == [(today - dt.timedelta(days=1)).isoformat()]
    runs = rows(db, "select requests, items_new, status from crawl_runs order by id")
    assert runs == [(3, 5, "finished"), (1, 1, "finished")]
    assert rows(db, "select count(*) from articles") == [(6,)]


def test_daily_quota_spans_runs(tmp_path, api):
    contest = write_contest(tmp_path / "c.toml", [guardian_source(api, daily_quota=2)])
    db = tmp_path / "g.db"
    crawl(contest, db, env={"GUARDIAN_API_KEY": KEY})
    assert rows(db, "select requests, status from crawl_runs") == [(2, "daily_quota")]
    assert rows(db, "select count(*) from articles") == [(4,)]
    crawl(contest, db, env={"GUARDIAN_API_KEY": KEY})
    assert api.count(lambda path, status: path.startswith("/search")) == 2
    assert rows(db, "select requests, status from crawl_runs order by id")[-1] == (0, "daily_quota")
    reasons = [r[0] for r in rows(db, "select reason from crawl_errors")]
    assert reasons == ["daily quota of 2 API requests spent for today; the next run carries on from the same "
                       "from-date"] * 2
