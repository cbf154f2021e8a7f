"""The whole pipeline on the bundled archive: crawl over loopback HTTP, normalise, store."""
from __future__ import annotations

import json
import re

import sqlite_utils

from conftest import ROOT, needs_shared

MANIFEST = ROOT / "demo_archive" / "site" / "manifest.json"


def manifest() -> list[dict]:
    data = json.loads(MANIFEST.read_text(encoding="utf-8"))
    return data["articles"] if isinstance(data, dict) else data


def test_demo_stores_at_least_40_contest_articles_from_5_outlets(demo_db):
    db = sqlite_utils.Database(demo_db)
    assert db["articles"].count >= 40
    outlets = {row["outlet"] for row in db.query("select distinct outlet from articles")}
    assert len(outlets) >= 5, outlets


def test_every_on_topic_article_is_stored_and_no_off_topic_one(demo_db):
    db = sqlite_utils.Database(demo_db)
    stored_paths = {re.sub(r"^https?://[^/]+", "", row["canonical_url"]) for row in db["articles"].rows}
    on_topic = {a["path"] if "path" in a else a["url"] for a in manifest() if a["on_topic"]}
    off_topic = {a["path"] if "path" in a else a["url"] for a in manifest() if not a["on_topic"]}
    on_topic = {re.sub(r"^(\{\{ARCHIVE\}\}|https?://[^/]+)", "", p) for p in on_topic}
    off_topic = {re.sub(r"^(\{\{ARCHIVE\}\}|https?://[^/]+)", "", p) for p in off_topic}
    assert on_topic <= stored_paths, sorted(on_topic - stored_paths)
    assert not (off_topic & stored_paths), sorted(off_topic & stored_paths)


def test_articles_span_the_contest(demo_db):
    db = sqlite_utils.Database(demo_db)
    first, last = db.execute("select min(published_date), max(published_date) from articles").fetchone()
    assert first == "2016-06-28"
    assert last == "2016-09-24"
    assert db.execute("select count(*) from articles where published_date is null").fetchone()[0] == 0


def test_at_least_15_events_and_the_key_dates(demo_db, contest):
    db = sqlite_utils.Database(demo_db)
    assert db["events"].count >= 15
    dates = {row["date"] for row in db["events"].rows}
    assert {k.date.isoformat() for k in contest.key_dates} <= dates


def test_tweets_are_stored_and_on_the_timeline(demo_db):
    db = sqlite_utils.Database(demo_db)
    assert db["tweets"].count >= 2
    handles = {row["handle"] for row in db["tweets"].rows}
    assert "jeremycorbyn" in handles
    kinds = {row["kind"] for row in db.query("select distinct kind from timeline")}
    assert kinds == {"event", "quote", "tweet"}


def test_seed_quotes_are_attributed_to_jeremy_corbyn(demo_db):
    seed = needs_shared("seed", "article-2016-08-25-corbyn-snp.txt").read_text(encoding="utf-8")
    expected = [
        "I won’t be looking for an alliance from the SNP. I will welcome support for our policies from any other party.",
        "A Scottish deficit of £15 billion raises a huge question mark over the central economic mission of the SNP.",
        "We will create a Scottish national bank under Scottish control and backed by the national investment bank.",
    ]
    db = sqlite_utils.Database(demo_db)
    for words in expected:
        assert words in seed
        rows = list(db.query(
            "select q.text, s.name from quotes q left join speakers s on s.id = q.speaker_id "
            "where q.text like '%' || ? || '%'", [words[:60]]))
        assert rows, f"seed quote not stored: {words[:60]}"
        assert all(row["name"] == "Jeremy Corbyn" for row in rows), rows


def test_every_article_quote_is_verbatim_in_its_source_article(demo_db):
    db = sqlite_utils.Database(demo_db)
    rows = list(db.query("select qs.quote_text, qs.start, qs.end, a.text from quote_sources qs "
                         "join articles a on a.id = qs.article_id"))
    assert len(rows) >= 40
    for row in rows:
        span = row["text"][row["start"]:row["end"]]
        first_words = row["quote_text"].split()[:4]
        assert " ".join(first_words) in re.sub(r"\s+", " ", span), (row["quote_text"], span)


def test_a_quote_carried_by_several_outlets_is_one_row_with_many_sources(demo_db):
    db = sqlite_utils.Database(demo_db)
    assert db.execute("select max(source_count) from quotes").fetchone()[0] >= 2
    duplicated = db.execute("select count(*) from (select normalized, speaker_id from quotes "
                            "group by normalized, speaker_id having count(*) > 1)").fetchone()[0]
    assert duplicated == 0


def test_each_crawl_run_is_recorded(demo_db):
    db = sqlite_utils.Database(demo_db)
    runs = list(db["crawl_runs"].rows)
    assert runs and all(run["status"] == "finished" and run["finished"] for run in runs)
    assert sum(run["requests"] for run in runs) >= 40


def test_raw_responses_are_kept_for_rebuild(demo_db):
    db = sqlite_utils.Database(demo_db)
    assert db["raw_responses"].count >= db["articles"].count


HUSTINGS_AND_DEBATES = [  # from shared/contest-facts/labour-2016.md
    ("2016-08-04", "Cardiff"), ("2016-08-11", "Gateshead"), ("2016-08-17", "Nottingham"),
    ("2016-08-25", "Glasgow"), ("2016-09-08", "Oldham"), ("2016-09-14", "London"),
]


def test_every_hustings_and_debate_is_an_event_with_sources(demo_db):
    db = sqlite_utils.Database(demo_db)
    for date, place in HUSTINGS_AND_DEBATES:
        rows = list(db.query("select * from events where date = ? and type in ('hustings', 'debate')", [date]))
        assert len(rows) == 1, (date, rows)
        assert place in rows[0]["place"]
        assert rows[0]["source_count"] >= 1, (date, place)


def test_no_event_is_placed_on_a_day_from_a_vague_date(demo_db):
    db = sqlite_utils.Database(demo_db)
    assert not list(db.query("select id from events where id glob '????-??-[a-z]*' or id glob '????-W*'"))
