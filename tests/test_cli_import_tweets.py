"""``contest-tracker import-tweets``: every archive format, broken lines reported and skipped, reruns safe.

The archives in tests/files/tweets/archives/ are test fixtures by fictional
accounts (@demo_reporter, @test_acct_one) with obviously fake ids; the one real
tweet (Angela Eagle, 19 July 2016) has no id and is kept id-less.
"""
from __future__ import annotations

import gzip
import shutil
from pathlib import Path

import pytest
import sqlite_utils
from click.testing import CliRunner

from contest_tracker.cli import cli

ARCHIVES = Path(__file__).parent / "files" / "tweets" / "archives"


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "tweets.db"


def import_tweets(db_path, *args):
    result = CliRunner().invoke(cli, ["import-tweets", "--db", str(db_path), *map(str, args)],
                                catch_exceptions=False)
    return result


def tweet_ids(db_path) -> set[str]:
    return {r["id"] for r in sqlite_utils.Database(db_path).query("select id from tweets")}


def errors(db_path) -> list[str]:
    return [r["reason"] for r in sqlite_utils.Database(db_path).query("select reason from crawl_errors order by id")]


def test_import_twarc2_pages_and_flattened_lines(db_path):
    result = import_tweets(db_path, ARCHIVES / "twarc2.jsonl")
    assert result.exit_code == 0
    assert tweet_ids(db_path) == {"900000000000000101", "900000000000000102", "900000000000000103",
                                  "900000000000000106"}


def test_import_reports_broken_line_with_file_and_number(db_path):
    result = import_tweets(db_path, ARCHIVES / "twarc2.jsonl")
    path = ARCHIVES / "twarc2.jsonl"
    assert f"skipped: {path}:2: broken JSON line: Unterminated string" in result.stderr
    assert errors(db_path) == [f"{path}:2: broken JSON line: Unterminated string starting at"]


def test_import_prints_summary_and_progress(db_path):
    result = import_tweets(db_path, ARCHIVES / "twarc2.jsonl")
    assert "4 new, 0 updated, 0 unchanged, 3 skipped, 1 errors" in result.stderr
    assert "tweets:" in result.stderr  # the progress bar


def test_import_keeps_retweet_and_quote_links(db_path):
    import_tweets(db_path, ARCHIVES / "twarc2.jsonl")
    db = sqlite_utils.Database(db_path)
    assert db["tweets"].get("900000000000000102")["retweet_of"] == "900000000000000101"
    assert db["tweets"].get("900000000000000103")["quoted_id"] == "900000000000000101"
    assert db["tweets"].get("900000000000000103")["text"] == "Good summary of last night's hustings & the questions asked"
    quoted_tweets = {r["tweet_id"] for r in db.query("select tweet_id from quote_sources")}
    assert quoted_tweets == {"900000000000000101", "900000000000000103", "900000000000000106"}


def test_import_skips_tweets_outside_window_or_unrelated(db_path):
    import_tweets(db_path, ARCHIVES / "twarc2.jsonl")
    assert not tweet_ids(db_path) & {"900000000000000104", "900000000000000105"}


def test_import_v1_jsonl(db_path):
    result = import_tweets(db_path, ARCHIVES / "v1.jsonl")
    assert result.exit_code == 0
    ids = tweet_ids(db_path)
    assert {"900000000000000201", "900000000000000202", "900000000000000203", "900000000000000204"} <= ids
    db = sqlite_utils.Database(db_path)
    assert db["tweets"].get("900000000000000202")["text"] == (
        "The lights went out at the Gateshead hustings. Both candidates carried on in the dark & the audience cheered")
    assert db["tweets"].get("900000000000000203")["retweet_of"] == "900000000000000201"
    assert db["tweets"].get("900000000000000204")["quoted_id"] == "900000000000000201"
    path = ARCHIVES / "v1.jsonl"
    assert errors(db_path) == [f"{path}:3: broken JSON line: Unterminated string starting at",
                               f"{path}:9: a record must be a JSON object"]


def test_import_v1_real_tweet_without_id_is_a_quote_of_its_author(db_path):
    import_tweets(db_path, ARCHIVES / "v1.jsonl")
    db = sqlite_utils.Database(db_path)
    [tweet] = db.query("select * from tweets where handle = 'angelaeagle'")
    assert tweet["id"].startswith("noid-")
    assert tweet["speaker_id"] == "angela-eagle"
    assert tweet["text"].endswith("the values, vision & policies we need to take on the Tories")
    [quote] = db.query("select * from quotes where speaker_id = 'angela-eagle'")
    assert quote["kind"] == "tweet" and quote["first_seen"] == "2016-07-19"


def test_retweeter_is_not_the_speaker(db_path):
    import_tweets(db_path, ARCHIVES / "v1.jsonl")
    db = sqlite_utils.Database(db_path)
    assert not list(db.query("select * from quote_sources where tweet_id = '900000000000000203'"))


def test_import_v1_json_array(db_path):
    import_tweets(db_path, "--format", "v1", ARCHIVES / "v1_array.json")
    assert tweet_ids(db_path) == {"900000000000000201", "900000000000000202", "900000000000000204"}


def test_import_v1_json_array_with_a_broken_record_keeps_the_others(db_path):
    result = import_tweets(db_path, ARCHIVES / "v1_array_broken.json")
    assert tweet_ids(db_path) == {"900000000000000201", "900000000000000204"}
    assert f"{ARCHIVES / 'v1_array_broken.json'}:24: Expecting ',' delimiter" in result.stderr


def test_import_account_archive_tweet_js_and_later_part_with_account_js_beside(db_path):
    result = import_tweets(db_path, ARCHIVES / "account" / "tweet.js", ARCHIVES / "account" / "tweets-part1.js")
    assert result.exit_code == 0
    assert tweet_ids(db_path) == {"900000000000000301", "900000000000000303", "900000000000000304",
                                  "900000000000000306"}
    db = sqlite_utils.Database(db_path)
    tweet = db["tweets"].get("900000000000000301")
    assert (tweet["handle"], tweet["display_name"]) == ("demo_reporter", "Demo Reporter")
    assert db["tweets"].get("900000000000000303")["quoted_id"] == "900000000000000106"
    assert db["tweets"].get("900000000000000304")["retweet_of"].startswith("noid-")
    assert db["tweets"].get("900000000000000306")["text"] == "Corbyn re-elected as Labour leader > 61% of the vote"
    assert errors(db_path) == [f"{ARCHIVES / 'account' / 'tweet.js'}:48: broken account archive record: "
                               "Invalid control character at"]


def test_import_account_js_among_the_files_is_read_not_reported(db_path):
    files = sorted((ARCHIVES / "account").glob("*.js"))
    result = import_tweets(db_path, *files)
    assert result.exit_code == 0
    assert "account.js" not in "".join(errors(db_path))
    assert "900000000000000306" in tweet_ids(db_path)


def test_import_account_archive_without_handle_says_what_to_do(db_path):
    result = import_tweets(db_path, ARCHIVES / "account_no_js" / "tweets.js")
    assert result.exit_code == 0
    assert ("an account archive holds no user; give --handle or put account.js beside it") in result.stderr
    assert tweet_ids(db_path) == set()


def test_import_account_archive_with_handle(db_path):
    import_tweets(db_path, "--handle", "@demo_reporter", ARCHIVES / "account_no_js" / "tweets.js")
    db = sqlite_utils.Database(db_path)
    assert db["tweets"].get("900000000000000401")["handle"] == "demo_reporter"


def test_import_gzipped_jsonl(db_path, tmp_path):
    packed = tmp_path / "twarc2.jsonl.gz"
    packed.write_bytes(gzip.compress((ARCHIVES / "twarc2.jsonl").read_bytes()))
    import_tweets(db_path, packed)
    assert "900000000000000101" in tweet_ids(db_path)


def test_import_rerun_changes_nothing(db_path):
    import_tweets(db_path, ARCHIVES / "twarc2.jsonl", ARCHIVES / "v1.jsonl")
    db = sqlite_utils.Database(db_path)
    before = {t: db[t].count for t in ("tweets", "tweet_sources", "quotes", "quote_sources")}
    result = import_tweets(db_path, ARCHIVES / "twarc2.jsonl", ARCHIVES / "v1.jsonl")
    assert " 0 new, 0 updated" in " " + result.stderr.splitlines()[-1]
    assert {t: db[t].count for t in before} == before


def test_same_tweet_in_two_archives_is_one_row_with_two_sources(db_path):
    import_tweets(db_path, ARCHIVES / "v1.jsonl", ARCHIVES / "v1_array.json")
    db = sqlite_utils.Database(db_path)
    links = list(db.query("select source from tweet_sources where tweet_id = '900000000000000201' order by source"))
    assert [r["source"] for r in links] == ["import:v1.jsonl", "import:v1_array.json"]


def test_import_tweets_appear_in_timeline(db_path):
    import_tweets(db_path, ARCHIVES / "twarc2.jsonl")
    db = sqlite_utils.Database(db_path)
    rows = list(db.query("select item_id from timeline where kind = 'tweet'"))
    # the retweet 900000000000000102 is not on the timeline
    assert {r["item_id"] for r in rows} == {"900000000000000101", "900000000000000103", "900000000000000106"}


def test_import_unreadable_file_is_reported(db_path, tmp_path):
    folder = tmp_path / "a-folder.jsonl"
    shutil.copy(ARCHIVES / "twarc2.jsonl", tmp_path / "ok.jsonl")
    folder.mkdir()
    result = CliRunner().invoke(cli, ["import-tweets", "--db", str(db_path), str(folder)])
    assert result.exit_code == 2  # click refuses a folder before anything runs
