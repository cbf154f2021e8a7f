"""Reruns: they revalidate instead of refetching, add only what is new, survive a crash,
and store every article and quote once whatever the order of sources."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import time

import pytest

from tests.fakes import crawl, crawl_command, write_contest
from tests.fakes.guardian_server import KEY, GuardianAPI
from tests.fakes.news_site import ARTICLES, LATER_ARTICLES, NewsSite, article_page
from tests.fakes.wayback_server import Wayback
from tests.test_spider_wayback import FOSTER, NEC


def rows(db, sql, params=()):
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchall()


def site_source(server):
    return {"name": "herald", "kind": "site", "url": server.url + "/", "allowed_domains": ["127.0.0.1"]}


def assert_clean(db):
    """integrity_check passes and nothing is stored twice."""
    assert rows(db, "pragma integrity_check") == [("ok",)]
    assert rows(db, "select canonical_url from articles group by canonical_url having count(*) > 1") == []
    assert rows(db, "select normalized from quotes group by speaker_id, normalized having count(*) > 1") == []
    assert rows(db, "select article_id, url, captured_at, content_hash from captures "
                    "group by 1, 2, 3, 4 having count(*) > 1") == []


def test_rerun_revalidates_and_adds_only_what_is_new(tmp_path):
    db = tmp_path / "c.db"
    with NewsSite() as site:
        contest = write_contest(tmp_path / "c.toml", [site_source(site)])
        crawl(contest, db)
        first_full = site.count(lambda path, status: status == 200)
        site.reset_hits()
        site.add("glasgow-hustings", LATER_ARTICLES["glasgow-hustings"])
        crawl(contest, db)
        full = sorted(path for path, status in site.hits if status == 200 and path != "/robots.txt")
        not_modified = site.count(lambda path, status: status == 304)
    assert full == ["/politics/", "/politics/2016/glasgow-hustings"]
    assert not_modified == len(ARTICLES) + 3  # the home page, about, the off-topic story and each article
    assert first_full > len(full) + 1
    runs = rows(db, "select status, items_new, items_updated from crawl_runs order by id")
    assert runs == [("finished", len(ARTICLES), 0), ("finished", 1, 0)]
    assert rows(db, "select count(*) from articles") == [(len(ARTICLES) + 1,)]
    assert_clean(db)


def test_crash_mid_run_then_rerun_loses_nothing(tmp_path):
    db = tmp_path / "c.db"
    with NewsSite() as site:
        site.stall_after = 3  # the fourth article hangs: the crawl is killed while waiting for it
        contest = write_contest(tmp_path / "c.toml", [site_source(site)])
        process = subprocess.Popen(crawl_command(contest, db), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                   start_new_session=True)
        try:
            deadline = time.monotonic() + 60
            stored = 0
            while time.monotonic() < deadline:
                if db.exists():
                    try:
                        stored = rows(db, "select count(*) from articles")[0][0]
                    except sqlite3.OperationalError:
                        stored = 0
                if stored >= 2:
                    break
                time.sleep(0.2)
            assert stored >= 2, "the crawl never stored anything"
        finally:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        assert stored < len(ARTICLES)
        site.stall_after = None
        site.release.set()
        crawl(contest, db)
    assert rows(db, "select status from crawl_runs order by id") == [("running",), ("finished",)]
    assert rows(db, "select count(*) from articles") == [(len(ARTICLES),)]
    assert {r[0] for r in rows(db, "select title from articles")} == {a["title"] for a in ARTICLES.values()}
    assert_clean(db)


@pytest.fixture
def three_sources():
    with NewsSite() as site, GuardianAPI() as api, Wayback() as wayback:
        wayback.add("20160715083000", FOSTER, article_page(ARTICLES["foster-challenge"]))
        wayback.add("20160713070000", NEC, article_page(ARTICLES["nec-ballot"]))
        yield [site_source(site),
               {"name": "guardian", "kind": "guardian", "url": api.url, "tag": "politics/labour"},
               {"name": "wayback", "kind": "wayback", "url": wayback.url, "prefixes": ["theguardian.com/politics/"]}]


def test_any_order_of_sources_and_reruns_stores_everything_once(tmp_path, three_sources):
    env = {"GUARDIAN_API_KEY": KEY}
    contest = write_contest(tmp_path / "c.toml", three_sources)
    together, apart = tmp_path / "together.db", tmp_path / "apart.db"
    crawl(contest, together, env=env)
    crawl(contest, apart, "--source", "wayback", env=env)
    crawl(contest, apart, env=env)  # a rerun of wayback, the others for the first time
    for db in (together, apart):
        assert_clean(db)
    summary = ("select (select count(*) from articles), (select count(*) from quotes), "
               "(select count(*) from events where from_config = 0), (select count(*) from captures)")
    assert rows(together, summary)[0][:3] == rows(apart, summary)[0][:3]
    (captures,), = rows(apart, "select capture_count from articles where canonical_url like '%labour-donor-to-mount%'")
    assert captures == 3  # the site, the Guardian API and the Wayback Machine


def test_sitemap_rerun_skips_entries_unchanged_since_the_last_run(tmp_path):
    db = tmp_path / "c.db"
    with NewsSite() as site:
        contest = write_contest(tmp_path / "c.toml", [{"name": "herald-sitemap", "kind": "sitemap",
                                                       "url": site.url + "/sitemap.xml"}])
        crawl(contest, db)
        first = site.count(lambda path, status: path.startswith("/politics/"))
        site.reset_hits()
        today = time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime())
        site.articles["smith-bid"] = dict(ARTICLES["smith-bid"], modified=today)  # the outlet edited it
        site.add("glasgow-hustings", LATER_ARTICLES["glasgow-hustings"])
        crawl(contest, db)
        fetched = sorted(path for path, status in site.hits if path.startswith("/politics/"))
    assert first == len(ARTICLES)
    assert fetched == ["/politics/2016/glasgow-hustings", "/politics/2016/smith-bid"]
    assert rows(db, "select items_new from crawl_runs order by id") == [(len(ARTICLES),), (1,)]
    assert_clean(db)
