"""The oembed spider against a fake publish.twitter.com on 127.0.0.1, run as a real crawl subprocess."""
from __future__ import annotations

from pathlib import Path

import pytest
import sqlite_utils

from db.embedded_tweets import extract_embedded_tweets
from tests.fakes import crawl, store_article_tweets, write_contest
from tests.fakes.oembed_server import FakeOEmbed

EMBEDS = Path(__file__).parent / "files" / "tweets" / "embeds"
FLAGS = ["-s", "HTTPCACHE_ENABLED=False", "-s", "ROBOTSTXT_OBEY=False"]


def seed(db_path: Path) -> None:
    """Bare embeds (no text) of 900000000000000003 and ...005, one deleted tweet, one with text."""
    tweets = extract_embedded_tweets((EMBEDS / "no_text.html").read_bytes(), "https://news.example/1")
    tweets += extract_embedded_tweets((EMBEDS / "standard.html").read_bytes(), "https://news.example/2")
    tweets += extract_embedded_tweets(
        '<blockquote class="twitter-tweet"><a href="https://x.com/demo_reporter/status/900000000000000099">'
        'August 12, 2016</a></blockquote>', "https://news.example/3")
    store_article_tweets(db_path, tweets)


@pytest.fixture(scope="module")
def oembed_crawl(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("oembed")
    db_path = tmp / "o.db"
    seed(db_path)
    with FakeOEmbed() as server:
        contest = write_contest(tmp / "contest.toml", [{"name": "oembed-test", "kind": "oembed", "url": server.url}])
        result = crawl(contest, db_path, *FLAGS, timeout=120)
        yield {"db": sqlite_utils.Database(db_path), "server": server, "result": result}


def test_asks_only_for_tweets_without_text(oembed_crawl):
    asked = {r.arg("url") for r in oembed_crawl["server"].requests if r.path == "/oembed"}
    assert asked == {"https://twitter.com/demo_reporter/status/900000000000000003",
                     "https://twitter.com/test_acct_two/status/900000000000000005",
                     "https://twitter.com/demo_reporter/status/900000000000000099"}


def test_sends_omit_script(oembed_crawl):
    assert all(r.arg("omit_script") == "1" for r in oembed_crawl["server"].requests if r.path == "/oembed")


def test_fills_text_from_html_paragraph(oembed_crawl):
    tweet = oembed_crawl["db"]["tweets"].get("900000000000000003")
    assert tweet["text"] == "Gateshead hustings: the lights just went out #LabourLeadership"


def test_takes_handle_from_author_url_and_name(oembed_crawl):
    tweet = oembed_crawl["db"]["tweets"].get("900000000000000005")
    assert (tweet["handle"], tweet["display_name"]) == ("test_acct_two", "Test Acct Two")


def test_takes_day_from_trailing_link(oembed_crawl):
    assert oembed_crawl["db"]["tweets"].get("900000000000000005")["created_at"] == "2016-08-22T12:00:00Z"


def test_pic_link_kept_as_tco_address(oembed_crawl):
    text = oembed_crawl["db"]["tweets"].get("900000000000000005")["text"]
    assert text == "Ballot papers for the Labour leadership election arrived today & I have voted https://t.co/TESTpic003"


def test_500_and_429_are_retried(oembed_crawl):
    statuses = [status for path, status in oembed_crawl["server"].hits if "900000000000000003" in path]
    assert statuses == [500, 200]
    statuses = [status for path, status in oembed_crawl["server"].hits if "900000000000000005" in path]
    assert statuses == [429, 200]


def test_deleted_tweet_is_unavailable_with_reason(oembed_crawl):
    db = oembed_crawl["db"]
    assert db["tweets"].get("900000000000000099")["available"] == 0
    [reason] = [r["reason"] for r in db.query("select reason from crawl_errors")]
    assert reason == ("tweet 900000000000000099 unavailable: oEmbed HTTP 404: "
                      "the tweet is deleted, suspended or protected")


def test_filled_tweet_becomes_a_quote_once(oembed_crawl):
    db = oembed_crawl["db"]
    rows = list(db.query("select q.kind, q.speaker_id from quotes q join quote_sources qs on qs.quote_id = q.id "
                         "where qs.tweet_id = '900000000000000003'"))
    assert rows == [{"kind": "tweet", "speaker_id": "twitter-demo-reporter"}]
    assert db.execute("select count(*) from tweets").fetchone()[0] == 4


def test_answers_kept_raw_for_rebuild(oembed_crawl):
    metas = [r["meta"] for r in oembed_crawl["db"].query("select meta from raw_responses")]
    assert len(metas) == 2 and all('"format": "oembed"' in m for m in metas)


def test_second_run_asks_nothing_new(oembed_crawl, tmp_path):
    db_path = Path(oembed_crawl["db"].conn.execute("pragma database_list").fetchone()[2])
    with FakeOEmbed() as server:
        contest = write_contest(tmp_path / "contest.toml", [{"name": "oembed-test", "kind": "oembed", "url": server.url}])
        crawl(contest, db_path, *FLAGS)
        assert [r for r in server.requests if r.path == "/oembed"] == []
