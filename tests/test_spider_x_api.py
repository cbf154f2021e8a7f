"""The x-api spider against a fake X API v2 on 127.0.0.1, run as a real crawl subprocess.

All tweets with ids are by fictional test accounts (see tests/fakes/x_api_server.py).
"""
from __future__ import annotations

from pathlib import Path

import pytest
import sqlite_utils

from crawler.spiders.x_api import batches, build_queries
from db.embedded_tweets import extract_embedded_tweets
from tests.fakes import crawl, store_article_tweets, write_contest
from tests.fakes.x_api_server import FakeXApi

TOKEN = "test-bearer-7f3a9c41e0d2b865"  # a made-up token the test looks for everywhere
EMBEDS = Path(__file__).parent / "files" / "tweets" / "embeds"
QUIET = ["-s", "HTTPCACHE_ENABLED=True", "-s", "ROBOTSTXT_OBEY=False", "-s", "LOG_LEVEL=DEBUG"]


def seed_embedded(db_path: Path) -> None:
    """Tweets found in articles before the API runs: one with text, one bare, one since deleted."""
    tweets = extract_embedded_tweets((EMBEDS / "standard.html").read_bytes(), "https://news.example/1")
    tweets += extract_embedded_tweets((EMBEDS / "no_text.html").read_bytes(), "https://news.example/2")[:1]
    tweets += extract_embedded_tweets(
        '<blockquote class="twitter-tweet"><a href="https://twitter.com/demo_reporter/status/900000000000000099">'
        'August 12, 2016</a></blockquote>', "https://news.example/3")
    store_article_tweets(db_path, tweets)


@pytest.fixture(scope="module")
def x_crawl(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("x-api")
    db_path = tmp / "x.db"
    seed_embedded(db_path)
    with FakeXApi(TOKEN) as api:
        contest = write_contest(tmp / "contest.toml", [{"name": "x-test", "kind": "x-api", "url": api.url}])
        result = crawl(contest, db_path, *QUIET, env={"X_BEARER_TOKEN": TOKEN}, timeout=120)
        yield {"db": sqlite_utils.Database(db_path), "path": db_path, "api": api, "result": result,
               "cache": tmp / "x-httpcache"}


def test_search_stores_tweets_from_every_page(x_crawl):
    ids = {r["id"] for r in x_crawl["db"].query("select id from tweets where source = 'x-test'")}
    assert ids == {"900000000000000501", "900000000000000502", "900000000000000503", "900000000000000504"}


def test_search_sends_window_fields_and_expansions(x_crawl):
    [first, *_] = x_crawl["api"].requests_to("/2/tweets/search/all")
    query = first["query"]
    assert query["start_time"] == "2016-06-23T00:00:00Z"
    assert query["end_time"] == "2016-10-01T00:00:00Z"
    assert query["tweet.fields"] == "created_at,author_id,referenced_tweets,lang"
    assert query["expansions"] == "author_id"
    assert query["user.fields"] == "username,name"
    assert "from:jeremycorbyn" in query["query"] and '"Labour leadership"' in query["query"]


def test_search_follows_next_token(x_crawl):
    tokens = [r["query"].get("next_token") for r in x_crawl["api"].requests_to("/2/tweets/search/all")]
    assert tokens == [None, "page2", "page2"]  # the second page was refused once with a 429


def test_remaining_zero_pauses_until_reset(x_crawl):
    first, second, _ = x_crawl["api"].requests_to("/2/tweets/search/all")
    assert second["time"] - first["time"] >= 1.0  # the reset was 2 s away (whole seconds)


def test_429_is_retried_after_reset(x_crawl):
    _, refused, retried = x_crawl["api"].requests_to("/2/tweets/search/all")
    assert retried["time"] - refused["time"] >= 0.5
    assert "HTTP 429" not in " ".join(r["reason"] for r in x_crawl["db"].query("select reason from crawl_errors"))


def test_every_api_request_carried_the_token(x_crawl):
    assert all(entry["authorised"] for entry in x_crawl["api"].log if entry["path"].startswith("/2/"))


def test_lookup_asks_for_tweets_found_in_articles(x_crawl):
    lookups = x_crawl["api"].requests_to("/2/tweets")
    assert len(lookups) == 2  # a 503 first, retried
    assert set(lookups[-1]["query"]["ids"].split(",")) == {
        "900000000000000001", "900000000000000003", "900000000000000099"}
    assert lookups[-1]["query"]["expansions"] == "author_id"


def test_lookup_fills_text_of_bare_embed(x_crawl):
    tweet = x_crawl["db"]["tweets"].get("900000000000000003")
    assert tweet["text"] == "Gateshead hustings: the lights just went out #LabourLeadership"
    assert tweet["created_at"] == "2016-08-11T19:45:00Z"  # the API's exact time beats the embed's day


def test_lookup_keeps_one_row_per_embedded_tweet(x_crawl):
    db = x_crawl["db"]
    assert db.execute("select count(*) from tweets where id = '900000000000000001'").fetchone()[0] == 1
    sources = {r["source"] for r in db.query("select source from tweet_sources where tweet_id = '900000000000000001'")}
    assert sources == {"news", "x-test"}


def test_deleted_tweet_is_kept_unavailable_with_reason(x_crawl):
    db = x_crawl["db"]
    assert db["tweets"].get("900000000000000099")["available"] == 0
    [reason] = [r["reason"] for r in db.query("select reason from crawl_errors where reason like '%000099%'")]
    assert reason == ("tweet 900000000000000099 unavailable: Not Found Error: "
                      "Could not find tweet with ids: [900000000000000099].")


def test_retweet_keeps_original_and_is_no_quote(x_crawl):
    db = x_crawl["db"]
    assert db["tweets"].get("900000000000000502")["retweet_of"] == "900000000000000501"
    assert not list(db.query("select 1 from quote_sources where tweet_id = '900000000000000502'"))


def test_quote_tweet_keeps_quoted_id_and_decoded_text(x_crawl):
    tweet = x_crawl["db"]["tweets"].get("900000000000000503")
    assert tweet["quoted_id"] == "900000000000000501"
    assert tweet["text"] == "Good thread on the Labour leadership hustings & the questions asked"


def test_api_tweets_are_quotes_of_their_authors_on_the_timeline(x_crawl):
    db = x_crawl["db"]
    [quote] = db.query("select q.* from quotes q join quote_sources qs on qs.quote_id = q.id "
                       "where qs.tweet_id = '900000000000000504'")
    assert (quote["speaker_id"], quote["kind"]) == ("twitter-test-acct-two", "tweet")
    items = {r["item_id"] for r in db.query("select item_id from timeline where kind = 'tweet'")}
    assert {"900000000000000501", "900000000000000503", "900000000000000504"} <= items
    assert "900000000000000502" not in items and "900000000000000099" not in items


def test_api_pages_are_kept_raw_for_rebuild(x_crawl):
    rows = list(x_crawl["db"].query("select url, meta, headers from raw_responses"))
    assert len(rows) == 3  # two search pages and one lookup
    assert all('"format": "twarc2"' in r["meta"] and '"kind": "tweet-archive"' in r["meta"] for r in rows)


def test_token_never_stored_cached_or_logged(x_crawl):
    result = x_crawl["result"]
    assert "Crawled (200) <GET http://127.0.0.1" in result.stderr  # DEBUG logging was on
    assert TOKEN not in result.stdout + result.stderr
    path = x_crawl["path"]
    x_crawl["db"].execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for part in (path, Path(f"{path}-wal")):
        if part.exists():
            assert TOKEN.encode() not in part.read_bytes()
    cache = x_crawl["cache"]
    if cache.exists():
        for file in cache.rglob("*"):
            if file.is_file():
                assert TOKEN.encode() not in file.read_bytes(), file


def test_missing_token_is_a_clear_error_not_a_crash(tmp_path, monkeypatch):
    monkeypatch.delenv("X_BEARER_TOKEN", raising=False)
    with FakeXApi(TOKEN) as api:
        contest = write_contest(tmp_path / "contest.toml", [{"name": "x-test", "kind": "x-api", "url": api.url}])
        result = crawl(contest, tmp_path / "x.db", "-s", "HTTPCACHE_ENABLED=False", "-s", "ROBOTSTXT_OBEY=False")
        assert api.log == []
    assert "X_BEARER_TOKEN is not set: export your X API bearer token" in result.stderr
    assert "Traceback" not in result.stderr
    [reason] = [r["reason"] for r in sqlite_utils.Database(tmp_path / "x.db").query("select reason from crawl_errors")]
    assert reason.startswith("X_BEARER_TOKEN is not set")


def test_wrong_token_is_recorded_with_a_hint(tmp_path):
    with FakeXApi(TOKEN) as api:
        contest = write_contest(tmp_path / "contest.toml", [{"name": "x-test", "kind": "x-api", "url": api.url,
                                                            "lookup": False}])
        crawl(contest, tmp_path / "x.db", "-s", "HTTPCACHE_ENABLED=False", "-s", "ROBOTSTXT_OBEY=False",
              env={"X_BEARER_TOKEN": "not-the-right-one"})
    reasons = [r["reason"] for r in sqlite_utils.Database(tmp_path / "x.db").query("select reason from crawl_errors")]
    assert reasons == ["HTTP 401: Unauthorized (check the bearer token in X_BEARER_TOKEN and its access level)"]


def test_lookup_batches_hold_at_most_100_ids():
    ids = [str(900000000000001000 + n) for n in range(250)]
    assert [len(b) for b in batches(ids)] == [100, 100, 50]


def test_long_query_is_split():
    queries = build_queries([f"handle_{n}" for n in range(100)], ["Labour leadership"], max_length=200)
    assert all(len(q) <= 200 for q in queries)
    assert sum(q.count(" OR ") + 1 for q in queries) == 101
