"""The archive readers: format detection, dates, id-less keys, and records that survive their neighbours.

Tweets with ids are by fictional test accounts; real tweets appear only id-less.
"""
from __future__ import annotations

import json

import pytest

from db.tweet_archives import (
    TweetArchiveError, account_from_js, detect_format, iter_json_array, parse_created_at, read_archive,
    read_twarc2_record, read_v1_record, text_key, tweet_key, ytd_name,
)

CORBYN = ("Tonight we're holding a #LabourLeadership rally in Glasgow https://t.co/wiKETk5orE "
          "& tomorrow in Dundee. RSVP here → https://t.co/U3W0UEu4hD")
SMITH = "I am not prepared to stand by and see our party split"


@pytest.mark.parametrize("value,expected", [
    ("Thu Aug 25 17:00:00 +0000 2016", "2016-08-25T17:00:00Z"),
    ("2016-08-25T17:00:00.000Z", "2016-08-25T17:00:00Z"),
    ("2016-08-25T18:00:00+01:00", "2016-08-25T17:00:00Z"),
    ("2016-08-25", "2016-08-25T00:00:00Z"),
    ("not a date", None),
    (None, None),
])
def test_created_at_is_utc_iso(value, expected):
    assert parse_created_at(value) == expected


@pytest.mark.parametrize("name,head,expected", [
    ("tweets.js", "window.YTD.tweets.part0 = [", "account-archive"),
    ("tweet.js", "window.YTD.tweet.part0 = [", "account-archive"),
    ("tweets-part1.js", "window.YTD.tweets.part1 = [", "account-archive"),
    ("x.jsonl", '{"data": [{"id": "1", "text": "a", "author_id": "2"}], "includes": {"users": []}}', "twarc2"),
    ("x.jsonl", '{"id": "1", "text": "a", "author": {"username": "demo_reporter"}, "__twarc": {}}', "twarc2"),
    ("x.jsonl", '{"created_at": "Thu Aug 25 17:00:00 +0000 2016", "id_str": "1", "full_text": "a"}', "v1"),
    ("x.json", '[\n  {\n    "id_str": "1",\n    "text": "a"\n  }\n]', "v1"),
    ("x.jsonl", '{"broken\n{"id_str": "1", "text": "a", "user": {"screen_name": "x"}}', "v1"),
])
def test_detect_format(name, head, expected):
    assert detect_format(name, head) == expected


def test_tweet_key_ignores_case_spacing_entities_and_links():
    assert tweet_key("@JeremyCorbyn", CORBYN) == tweet_key("jeremycorbyn", CORBYN.replace("&", "&amp;").upper())
    assert tweet_key("jeremycorbyn", CORBYN) == tweet_key(
        "jeremycorbyn", CORBYN.replace("https://t.co/wiKETk5orE", "pic.twitter.com/wiKETk5orE"))


def test_tweet_key_differs_by_author():
    assert tweet_key("OwenSmith_MP", SMITH) != tweet_key("jeremycorbyn", SMITH)


def test_text_key_of_links_only_keeps_the_links():
    assert text_key("https://t.co/abc") == "https://t.co/abc"


def test_real_tweet_without_id_gets_a_noid_key():
    line = json.dumps({"created_at": "Sun Jul 10 12:00:00 +0000 2016", "text": SMITH,
                       "user": {"screen_name": "OwenSmith_MP", "name": "Owen Smith"},
                       "source_url": "https://iframe.standard.co.uk/news/politics/owen-smith-set-to-enter-labour-"
                                     "leadership-contest-in-bid-to-oust-jeremy-corbyn-a3294476.html"})
    [(tweet, error)] = list(read_archive(line, "smith.jsonl"))
    assert error is None
    assert tweet["id"] == tweet_key("OwenSmith_MP", SMITH) and tweet["real_id"] is None
    assert tweet["url"].startswith("https://iframe.standard.co.uk/")


def test_v1_extended_tweet_wins_over_truncated_text():
    [tweet] = read_v1_record({"id_str": "900000000000000601", "text": "cut…", "truncated": True,
                              "extended_tweet": {"full_text": "the whole hustings tweet"},
                              "user": {"screen_name": "demo_reporter"}})
    assert tweet["text"] == "the whole hustings tweet"


def test_v1_quoted_status_is_kept_with_its_id():
    tweets = read_v1_record({"id_str": "900000000000000602", "full_text": "this", "user": {"screen_name": "a_b"},
                             "quoted_status": {"id_str": "900000000000000603", "full_text": "that",
                                               "user": {"screen_name": "c_d"}}})
    assert [t["id"] for t in tweets] == ["900000000000000602", "900000000000000603"]
    assert tweets[0]["quoted_id"] == "900000000000000603"


def test_v1_search_response_with_statuses():
    tweets = read_v1_record({"statuses": [{"id_str": "900000000000000604", "text": "a", "user": {}}],
                             "search_metadata": {}})
    assert [t["id"] for t in tweets] == ["900000000000000604"]


def test_v1_deletion_notice_marks_tweet_unavailable():
    [tweet] = read_v1_record({"delete": {"status": {"id_str": "900000000000000605"}}})
    assert tweet["unavailable"] and tweet["id"] == "900000000000000605"


def test_twarc2_errors_become_unavailable_tweets():
    tweets = read_twarc2_record({"errors": [{"resource_id": "900000000000000606", "resource_type": "tweet",
                                             "parameter": "ids", "title": "Authorization Error",
                                             "detail": "Sorry, you are not authorized to see the Tweet."}]})
    assert tweets[0]["unavailable_reason"] == "Authorization Error: Sorry, you are not authorized to see the Tweet."


def test_twarc2_error_page_without_tweets_is_an_error():
    with pytest.raises(TweetArchiveError):
        read_twarc2_record({"errors": [{"title": "Invalid Request", "detail": "bad query"}]})


def test_twarc2_single_tweet_lookup_and_included_tweets():
    tweets = read_twarc2_record({
        "data": {"id": "900000000000000607", "text": "RT @c_d: x", "author_id": "1",
                 "referenced_tweets": [{"type": "retweeted", "id": "900000000000000608"}]},
        "includes": {"users": [{"id": "1", "username": "a_b", "name": "A B"}],
                     "tweets": [{"id": "900000000000000608", "text": "x", "author_id": "9"}]}})
    assert [t["id"] for t in tweets] == ["900000000000000607", "900000000000000608"]
    assert tweets[0]["retweet_of"] == "900000000000000608" and tweets[0]["handle"] == "a_b"


def test_unknown_fields_are_ignored():
    line = json.dumps({"id": "900000000000000609", "text": "hustings", "author": {"username": "a_b"},
                       "edit_controls": {"x": 1}, "context_annotations": [1, 2, 3]})
    [(tweet, error)] = list(read_archive(line, "x.jsonl", "twarc2"))
    assert error is None and tweet["id"] == "900000000000000609"


def test_json_array_skips_a_broken_element_and_goes_on():
    text = '[\n  {"a": 1},\n  {"b": oops},\n  {"c": 3}\n]'
    results = list(iter_json_array(text))
    assert [(line, value) for line, value, error in results if not error] == [(2, {"a": 1}), (4, {"c": 3})]
    assert [(line, error) for line, value, error in results if error] == [(3, "Expecting value")]


def test_json_array_cut_short_is_reported():
    assert list(iter_json_array('[\n  {"a": 1},\n'))[-1][2] == "the array is cut short (no closing ])"


def test_ytd_name_and_account():
    text = 'window.YTD.account.part0 = [{"account": {"username": "demo_reporter", "accountDisplayName": "Demo"}}]'
    assert ytd_name(text) == "account"
    assert account_from_js(text) == ("demo_reporter", "Demo")
    assert account_from_js("window.YTD.account.part0 = [broken") == (None, None)


def test_account_archive_deleted_tweet_is_unavailable():
    text = ('window.YTD.deleted_tweets.part0 = [{"tweet": {"id_str": "900000000000000610", "full_text": "hustings",'
            ' "created_at": "Thu Aug 25 17:00:00 +0000 2016", "deleted_at": "Fri Aug 26 09:00:00 +0000 2016"}}]')
    [(tweet, error)] = list(read_archive(text, "deleted-tweets.js", handle="demo_reporter"))
    assert tweet["unavailable"] and tweet["handle"] == "demo_reporter"


def test_account_archive_without_prefix_is_an_error():
    [(tweet, error)] = list(read_archive('{"x": 1}', "odd.js", "account-archive", handle="a"))
    assert error == "odd.js:1: not an account archive file (no window.YTD.tweets.partN = [...])"


def test_unknown_format_is_refused():
    with pytest.raises(TweetArchiveError, match="unknown format 'csv'"):
        list(read_archive("", "x.csv", "csv"))
