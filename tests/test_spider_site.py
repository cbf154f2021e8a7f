"""The site spider follows links inside its domain and patterns and keeps the article pages."""
from __future__ import annotations

import sqlite3

import pytest
from scrapy.http import HtmlResponse

from crawler.spiders.site import looks_like_article
from tests.fakes import crawl, write_contest
from tests.fakes.news_site import ARTICLES, OFF_TOPIC, NewsSite, article_page


def rows(db, sql, params=()):
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchall()


def site_source(server, **extra):
    return {"name": "herald", "kind": "site", "url": server.url + "/", "allowed_domains": ["127.0.0.1"],
            "deny": ["/about$"], **extra}


@pytest.fixture(scope="module")
def site_crawl(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("site")
    with NewsSite() as server:
        contest = write_contest(tmp / "c.toml", [site_source(server)])
        crawl(contest, tmp / "s.db")
        yield {"db": tmp / "s.db", "hits": list(server.hits)}


def test_site_stores_the_contest_articles(site_crawl):
    titles = {r[0] for r in rows(site_crawl["db"], "select title from articles")}
    assert titles == {a["title"] for a in ARTICLES.values()}


def test_site_skips_off_topic_articles(site_crawl):
    assert ("/life/marrow", 200) in site_crawl["hits"]
    assert not rows(site_crawl["db"], "select 1 from articles where title = ?", [OFF_TOPIC["title"]])


def test_site_obeys_deny_patterns_and_robots(site_crawl):
    paths = [path for path, status in site_crawl["hits"]]
    assert "/about" not in paths
    assert "/private/drafts" not in paths


def test_site_keeps_fronts_out_of_raw_responses(site_crawl):
    urls = [r[0] for r in rows(site_crawl["db"], "select url from raw_responses")]
    assert not any(u.endswith("/politics/") or u.endswith(":" + u.split(":")[-1].split("/")[0] + "/") for u in urls)
    assert len(urls) == len(ARTICLES) + 1  # the articles and the off-topic story


def test_site_follows_allow_patterns_only(tmp_path):
    with NewsSite() as server:
        contest = write_contest(tmp_path / "c.toml", [site_source(server, allow=["/politics/"])])
        crawl(contest, tmp_path / "s.db")
        paths = {path for path, status in server.hits}
    assert "/life/marrow" not in paths
    assert rows(tmp_path / "s.db", "select count(*) from articles") == [(len(ARTICLES),)]


@pytest.mark.parametrize("html, expected", [
    (article_page(ARTICLES["smith-bid"]), True),
    ("<html><head><title>Politics</title></head><body><ul><li><a href='/a'>A</a></li></ul></body></html>", False),
    ("<html><body><article><p>Some story.</p></article></body></html>", True),
])
def test_looks_like_article(html, expected):
    response = HtmlResponse("http://127.0.0.1/x", body=html.encode(), encoding="utf-8")
    assert looks_like_article(response) is expected
