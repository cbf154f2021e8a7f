"""Embedded tweets in the layouts news sites use, read from saved test pages in tests/files/tweets/embeds/."""
from __future__ import annotations

from pathlib import Path

import pytest

from db.embedded_tweets import extract_embedded_tweets, parse_embed_date, tweet_from_oembed

EMBEDS = Path(__file__).parent / "files" / "tweets" / "embeds"
PAGE = "https://news.example/2016/aug/live"


def tweets_in(name: str) -> list[dict]:
    return extract_embedded_tweets((EMBEDS / name).read_bytes(), PAGE)


@pytest.fixture(scope="module")
def standard():
    return tweets_in("standard.html")


@pytest.fixture(scope="module")
def guardian():
    return tweets_in("guardian.html")


@pytest.fixture(scope="module")
def bare():
    return tweets_in("no_text.html")


@pytest.fixture(scope="module")
def x_com():
    return tweets_in("x_com.html")


def test_standard_embed_embedded_twice_is_one_tweet(standard):
    assert [t["id"] for t in standard] == ["900000000000000001"]


def test_standard_embed_id_is_text(standard):
    assert isinstance(standard[0]["id"], str)


def test_standard_embed_author(standard):
    assert (standard[0]["handle"], standard[0]["display_name"]) == ("demo_reporter", "Demo Reporter")


def test_standard_embed_day(standard):
    assert (standard[0]["created_at"], standard[0]["created_at_precision"]) == ("2016-08-04T12:00:00Z", "day")


def test_standard_embed_text_keeps_links_hashtags_mentions_and_line_breaks(standard):
    assert standard[0]["text"] == ("Watching the #LabourLeadership hustings in Cardiff tonight with @test_acct_one.\n"
                                   "Notes & photos: https://t.co/TESTaaaa01 https://t.co/TESTpic001")


def test_standard_embed_pic_link_is_written_as_its_tco_address(standard):
    assert "pic.twitter.com" not in standard[0]["text"]
    assert "https://t.co/TESTpic001" in standard[0]["links"]


def test_standard_embed_entities(standard):
    assert standard[0]["hashtags"] == ["LabourLeadership"]
    assert standard[0]["mentions"] == ["test_acct_one"]


def test_standard_embed_status_url(standard):
    assert standard[0]["url"] == "https://twitter.com/demo_reporter/status/900000000000000001"


def test_guardian_figure_and_its_blockquote_are_one_tweet(guardian):
    assert [t["id"] for t in guardian] == ["900000000000000002", "900000000000000004"]


def test_guardian_figure_author_and_date(guardian):
    assert guardian[0]["handle"] == "test_acct_one"
    assert guardian[0]["created_at"] == "2016-09-24T12:00:00Z"


def test_guardian_figure_without_status_link_uses_canonical_url(guardian):
    tweet = guardian[1]
    assert (tweet["handle"], tweet["created_at"]) == ("demo_reporter", "2016-08-11T12:00:00Z")
    assert tweet["text"] == "Queue outside the Gateshead hustings is round the block."


def test_embed_without_paragraph_keeps_id_with_empty_text(bare):
    assert bare[0]["id"] == "900000000000000003"
    assert bare[0]["text"] == ""
    assert bare[0]["created_at"] == "2016-08-11T12:00:00Z"


def test_mobile_twitter_link_gives_id_and_handle(bare):
    assert (bare[1]["id"], bare[1]["handle"]) == ("900000000000000005", "test_acct_two")


def test_x_com_status_link(x_com):
    assert (x_com[0]["id"], x_com[0]["handle"]) == ("900000000000000006", "test_acct_two")
    assert x_com[0]["url"] == "https://twitter.com/test_acct_two/status/900000000000000006"


def test_data_tweet_id_attribute(x_com):
    assert x_com[1]["id"] == "900000000000000007"


def test_i_web_status_link_takes_handle_from_byline(x_com):
    assert (x_com[2]["id"], x_com[2]["handle"]) == ("900000000000000008", "demo_reporter")


def test_real_tweet_without_status_link_gets_an_id_less_key():
    [tweet] = tweets_in("real_noid.html")
    assert tweet["id"].startswith("noid-") and tweet["real_id"] is None
    assert tweet["handle"] == "jeremycorbyn"
    assert tweet["text"] == ("Tonight we're holding a #LabourLeadership rally in Glasgow https://t.co/wiKETk5orE "
                             "& tomorrow in Dundee. RSVP here → https://t.co/U3W0UEu4hD")
    assert tweet["url"] == PAGE  # no status link known: the embedding article


@pytest.mark.parametrize("name", sorted(p.name for p in EMBEDS.glob("*.html")))
def test_every_embedded_tweet_has_an_id_and_page(name):
    for tweet in tweets_in(name):
        assert tweet["id"] and tweet["source_url"] == PAGE


def test_page_without_embeds_has_no_tweets():
    assert extract_embedded_tweets("<html><body><blockquote>Not a tweet</blockquote></body></html>") == []


def test_empty_page_has_no_tweets():
    assert extract_embedded_tweets(b"   ") == []


def test_status_link_inside_the_text_is_not_the_tweet_id():
    html = ('<blockquote class="twitter-tweet"><p>See <a href="https://twitter.com/test_acct_one/status/900000000000000021">'
            'this</a> on the hustings</p>&mdash; Demo Reporter (@demo_reporter) '
            '<a href="https://twitter.com/demo_reporter/status/900000000000000022">August 4, 2016</a></blockquote>')
    [tweet] = extract_embedded_tweets(html)
    assert tweet["id"] == "900000000000000022"


@pytest.mark.parametrize("text,expected", [
    ("August 25, 2016", "2016-08-25T12:00:00Z"),
    ("Aug 25, 2016", "2016-08-25T12:00:00Z"),
    ("25 August 2016", "2016-08-25T12:00:00Z"),
    ("7:05 PM - 25 Aug 2016", "2016-08-25T12:00:00Z"),
    ("yesterday", None),
])
def test_embed_dates(text, expected):
    assert parse_embed_date(text) == expected


def test_oembed_answer():
    answer = {
        "url": "https://twitter.com/demo_reporter/status/900000000000000003",
        "author_name": "Demo Reporter", "author_url": "https://twitter.com/demo_reporter",
        "html": ('<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Gateshead hustings: the lights just went out '
                 '<a href="https://twitter.com/hashtag/LabourLeadership?src=hash&amp;ref_src=twsrc%5Etfw">'
                 '#LabourLeadership</a></p>&mdash; Demo Reporter (@demo_reporter) <a href="https://twitter.com/'
                 'demo_reporter/status/900000000000000003?ref_src=twsrc%5Etfw">August 11, 2016</a></blockquote>\n'),
        "width": 550, "height": None, "type": "rich", "provider_name": "Twitter", "version": "1.0",
    }
    tweet = tweet_from_oembed(answer)
    assert tweet["id"] == "900000000000000003"
    assert tweet["handle"] == "demo_reporter"
    assert tweet["text"] == "Gateshead hustings: the lights just went out #LabourLeadership"
    assert tweet["created_at"] == "2016-08-11T12:00:00Z"
