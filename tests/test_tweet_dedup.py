"""One tweet, one row: embeds, archives with and without ids, and APIs all land on the same tweet.

Tweets with ids are by fictional test accounts; the real tweets (Jeremy Corbyn,
25 August 2016; Angela Eagle, 19 July 2016) have no known id and go through the
id-less path.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from db.embedded_tweets import extract_embedded_tweets
from db.store import Store
from db.tweet_archives import normalise_tweet, read_archive, tweet_key

CORBYN = ("Tonight we're holding a #LabourLeadership rally in Glasgow https://t.co/wiKETk5orE "
          "& tomorrow in Dundee. RSVP here → https://t.co/U3W0UEu4hD")
EAGLE = (".@OwenSmith_MP will make a great Leader for Labour and a great PM. He has the values, "
         "vision & policies we need to take on the Tories")
DEMO_ID = "900000000000000001"
DEMO_TEXT = "Watching the #LabourLeadership hustings in Cardiff tonight"


@pytest.fixture
def store(tmp_path, contest):
    return Store.open(tmp_path / "tweets.db", contest)


def rows(store, sql, params=()):
    return list(store.db.query(sql, params))


def demo_tweet(**overrides):
    fields = dict(id=DEMO_ID, handle="demo_reporter", display_name="Demo Reporter",
                  created_at="2016-08-04T19:02:00Z", text=DEMO_TEXT)
    fields.update(overrides)
    return normalise_tweet(**fields)


def test_embedded_tweet_in_ten_articles_is_one_row_with_ten_links(store):
    for number in range(10):
        tweet = demo_tweet(created_at="2016-08-04", precision="day")
        store.save_tweet(tweet, source="demo-sitemaps", article_id=f"article-{number}",
                         url=f"https://news.example/{number}")
    assert store.db["tweets"].count == 1
    assert store.db["tweet_sources"].count == 10


def test_same_article_from_two_sources_is_one_link(store):
    for source in ("demo-sitemaps", "demo-feeds"):
        store.save_tweet(demo_tweet(), source=source, article_id="article-1", url="https://news.example/1")
    assert store.db["tweet_sources"].count == 1


def test_tweet_from_embed_archive_and_api_is_one_row(store):
    assert store.save_tweet(demo_tweet(created_at="2016-08-04", precision="day", text=""),
                            source="site", article_id="a1", url="https://news.example/1") == "new"
    assert store.save_tweet(demo_tweet(), source="import:tweets.jsonl") == "updated"
    assert store.save_tweet(demo_tweet(), source="x-api") == "unchanged"
    [tweet] = rows(store, "select * from tweets")
    assert tweet["id"] == DEMO_ID
    assert tweet["text"] == DEMO_TEXT
    assert tweet["created_at"] == "2016-08-04T19:02:00Z"  # the exact time beats the embed's day
    assert store.db["tweet_sources"].count == 3


def test_id_less_archive_tweet_merges_into_embedded_tweet(store):
    store.save_tweet(demo_tweet(created_at="2016-08-04", precision="day"), source="site",
                     article_id="a1", url="https://news.example/1")
    noid = demo_tweet(id=None, text=DEMO_TEXT.upper() + "  ")
    assert noid["id"] == tweet_key("demo_reporter", DEMO_TEXT)
    store.save_tweet(noid, source="import:old.json")
    assert [r["id"] for r in rows(store, "select id from tweets")] == [DEMO_ID]
    assert {r["tweet_id"] for r in rows(store, "select tweet_id from tweet_sources")} == {DEMO_ID}
    assert store.db["quotes"].count == 1


def test_embedded_tweet_with_id_takes_over_id_less_row(store):
    noid = demo_tweet(id=None)
    store.save_tweet(noid, source="import:old.json")
    assert rows(store, "select quote_id from quote_sources where tweet_id = ?", [noid["id"]])
    store.save_tweet(demo_tweet(created_at="2016-08-04", precision="day"), source="site",
                     article_id="a1", url="https://news.example/1")
    [tweet] = rows(store, "select * from tweets")
    assert tweet["id"] == DEMO_ID
    assert tweet["url"] == f"https://twitter.com/demo_reporter/status/{DEMO_ID}"
    assert {r["tweet_id"] for r in rows(store, "select tweet_id from tweet_sources")} == {DEMO_ID}
    assert store.db["tweet_sources"].count == 2
    [source] = rows(store, "select * from quote_sources")
    assert source["tweet_id"] == DEMO_ID
    [quote] = rows(store, "select * from quotes")
    assert quote["source_count"] == 1 and quote["kind"] == "tweet"


def test_embed_with_pic_link_matches_archive_with_tco_link(store):
    html = ('<blockquote class="twitter-tweet"><p>Rally tonight <a href="https://t.co/TESTpic002">'
            'pic.twitter.com/TESTpic002</a></p>&mdash; Demo Reporter (@demo_reporter) '
            '<a href="https://twitter.com/demo_reporter/status/900000000000000011">August 25, 2016</a></blockquote>')
    [embedded] = extract_embedded_tweets(html)
    store.save_tweet(embedded, source="site", article_id="a1", url="https://news.example/1")
    archived = normalise_tweet(handle="demo_reporter", text="Rally tonight https://t.co/OTHER",
                               created_at="2016-08-25T18:00:00Z")
    store.save_tweet(archived, source="import")
    assert [r["id"] for r in rows(store, "select id from tweets")] == ["900000000000000011"]


def test_real_tweet_without_id_is_a_quote_of_its_author(store):
    tweet = normalise_tweet(handle="jeremycorbyn", display_name="Jeremy Corbyn",
                            created_at="Thu Aug 25 17:00:00 +0000 2016", text=CORBYN)
    assert tweet["id"].startswith("noid-")
    assert store.save_tweet(tweet, source="import") == "new"
    [quote] = rows(store, "select * from quotes")
    assert (quote["speaker_id"], quote["kind"], quote["text"]) == ("jeremy-corbyn", "tweet", CORBYN)
    [row] = rows(store, "select * from timeline where kind = 'tweet'")
    assert row["speaker"] == "Jeremy Corbyn" and row["date"] == "2016-08-25"


def test_same_id_less_tweet_from_embed_and_archive_is_one_row(store):
    [embedded] = extract_embedded_tweets((
        '<blockquote class="twitter-tweet"><p>Tonight we&#39;re holding a <a href="https://twitter.com/hashtag/'
        'LabourLeadership">#LabourLeadership</a> rally in Glasgow <a href="https://t.co/wiKETk5orE">'
        'https://t.co/wiKETk5orE</a> &amp; tomorrow in Dundee. RSVP here → <a href="https://t.co/U3W0UEu4hD">'
        'https://t.co/U3W0UEu4hD</a></p>&mdash; Jeremy Corbyn (@jeremycorbyn) August 25, 2016</blockquote>'))
    store.save_tweet(embedded, source="site", article_id="a1", url="https://news.example/1")
    v1_line = json.dumps({"created_at": "Thu Aug 25 17:00:00 +0000 2016", "full_text": CORBYN.replace("&", "&amp;"),
                          "user": {"screen_name": "jeremycorbyn", "name": "Jeremy Corbyn"}})
    [(archived, error)] = list(read_archive(v1_line, "v1.jsonl", "v1"))
    assert error is None
    store.save_tweet(archived, source="import")
    [tweet] = rows(store, "select * from tweets")
    assert tweet["created_at"] == "2016-08-25T17:00:00Z"
    assert store.db["quotes"].count == 1
    assert store.db["tweet_sources"].count == 2


def test_retweet_is_not_a_quote_of_the_retweeter(store):
    retweet = demo_tweet(id="900000000000000012", text="RT @angelaeagle: " + EAGLE,
                         retweet_of="noid-original", created_at="2016-07-19T10:00:00Z")
    original = normalise_tweet(handle="angelaeagle", display_name="Angela Eagle", text=EAGLE,
                               created_at="2016-07-19T09:00:00Z")
    store.save_tweet(retweet, source="import")
    store.save_tweet(original, source="import")
    assert store.db["tweets"].count == 2
    [quote] = rows(store, "select * from quotes")
    assert quote["speaker_id"] == "angela-eagle"
    timeline = rows(store, "select * from timeline where kind = 'tweet'")
    assert [t["speaker"] for t in timeline] == ["Angela Eagle"]


def test_quote_tweet_keeps_the_quoted_id(store):
    store.save_tweet(demo_tweet(id="900000000000000013", quoted_id="900000000000000001"), source="x-api")
    assert store.db["tweets"].get("900000000000000013")["quoted_id"] == "900000000000000001"


def test_unknown_handle_becomes_a_twitter_speaker(store):
    store.save_tweet(demo_tweet(), source="x-api")
    tweet = store.db["tweets"].get(DEMO_ID)
    assert tweet["speaker_id"] == "twitter-demo-reporter"
    assert store.db["speakers"].get("twitter-demo-reporter")["name"] == "Demo Reporter"


def test_unavailable_tweet_is_kept_and_marked(store):
    store.save_tweet(demo_tweet(text="", created_at="2016-08-04", precision="day"), source="site",
                     article_id="a1", url="https://news.example/1")
    status = store.save_tweet(normalise_tweet(id=DEMO_ID, unavailable="Not Found Error: gone"), source="x-api")
    assert status == "updated"
    tweet = store.db["tweets"].get(DEMO_ID)
    assert tweet["available"] == 0 and tweet["handle"] == "demo_reporter"
    assert not rows(store, "select * from timeline where item_id = ?", [DEMO_ID])


def test_unrelated_tweet_from_an_api_is_skipped_but_a_stored_one_is_filled(store):
    unrelated = demo_tweet(id="900000000000000014", text="Lunch was nice")
    assert store.save_tweet(unrelated, source="x-api") == "skipped"
    store.save_tweet(demo_tweet(id="900000000000000015", text=""), source="site", article_id="a1", url="u")
    assert store.save_tweet(demo_tweet(id="900000000000000015", text="Lunch was nice"), source="x-api") == "updated"
    assert store.db["tweets"].get("900000000000000015")["text"] == "Lunch was nice"


def test_tweet_outside_the_window_is_skipped(store):
    assert store.save_tweet(demo_tweet(created_at="2015-08-04T19:02:00Z"), source="import") == "skipped"


def test_one_tweet_from_embed_twarc2_v1_and_x_api_is_one_row(store):
    html = (Path(__file__).parent / "files" / "tweets" / "embeds" / "standard.html").read_bytes()
    [embedded] = extract_embedded_tweets(html, "https://news.example/1")
    store.save_tweet(embedded, source="site", article_id="a1", url="https://news.example/1")
    v2 = {"id": DEMO_ID, "text": embedded["text"].replace("&", "&amp;"), "author_id": "1",
          "created_at": "2016-08-04T19:02:00.000Z"}
    twarc2_line = json.dumps({"data": [v2], "includes": {"users": [{"id": "1", "username": "demo_reporter",
                                                                     "name": "Demo Reporter"}]}})
    v1_line = json.dumps({"id_str": DEMO_ID, "full_text": v2["text"], "created_at": "Thu Aug 04 19:02:00 +0000 2016",
                          "user": {"screen_name": "demo_reporter", "name": "Demo Reporter"}})
    for source, text, fmt in (("import:twarc2", twarc2_line, "twarc2"), ("import:v1", v1_line, "v1"),
                              ("x-api", twarc2_line, "twarc2")):
        for tweet, error in read_archive(text, source, fmt):
            assert error is None
            store.save_tweet(tweet, source=source)
    [row] = rows(store, "select * from tweets")
    assert row["id"] == DEMO_ID and row["created_at"] == "2016-08-04T19:02:00Z"
    assert {r["source"] for r in rows(store, "select source from tweet_sources")} == {
        "site", "import:twarc2", "import:v1", "x-api"}
    assert store.db["quotes"].count == 1
