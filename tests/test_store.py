"""The store: natural keys, one row per thing, and reruns that never duplicate."""
from __future__ import annotations

import datetime as dt

import pytest

from db.articles import ArticleData
from db.normalise import NormalisedPage
from db.store import Store, article_key, normalize_url

# Real words: Jeremy Corbyn's statement of 28 June 2016, https://newstalk.com/reader/47.301/76081/0/
LEGITIMACY = "Today's vote by MPs has no constitutional legitimacy."
BETRAY = ("I was democratically elected leader of our party for a new kind of politcs by 60% of Labour "
          "members and supporters, and I will not betray them by resigning.")


@pytest.fixture
def store(tmp_path, contest):
    return Store.open(tmp_path / "contest.db", contest)


def page(url: str, quotes: list[tuple[str, str]], text_suffix: str = "", canonical: str | None = None,
         day: dt.date = dt.date(2016, 6, 28)) -> NormalisedPage:
    text = " ".join(f"“{words}”" for words, _ in quotes) + text_suffix
    found, position = [], 0
    for words, speaker in quotes:
        start = text.index(words, position)
        found.append({"text": words, "start": start, "end": start + len(words), "kind": "direct",
                      "speaker_id": speaker, "speaker": None, "speaker_mention": None, "cue": None})
        position = start + len(words)
    article = ArticleData(title="Corbyn statement", text=text, published=day.isoformat(),
                          published_date=day, canonical_url=canonical or url, outlet="Test")
    return NormalisedPage(url=url, article=article, relevant=True, relevance=3, reason="test",
                          content_hash=str(hash(text)), quotes=found)


def test_normalize_url_drops_fragments_tracking_and_loopback_ports():
    assert normalize_url("HTTP://Example.org/a?utm_source=x&id=3#top") == "http://example.org/a?id=3"
    assert normalize_url("http://127.0.0.1:43211/x.html") == normalize_url("http://127.0.0.1:5000/x.html")
    assert normalize_url("http://example.org:8080/x") != normalize_url("http://example.org/x")
    assert article_key("https://example.org/a#b") == article_key("https://example.org/a")
    assert article_key("http://www.example.org/a") == article_key("https://example.org/a")


def test_the_same_page_stored_twice_is_one_article(store):
    first = store.save_page(page("https://a.example/1", [(LEGITIMACY, "jeremy-corbyn")]))
    second = store.save_page(page("https://a.example/1", [(LEGITIMACY, "jeremy-corbyn")]))
    assert (first, second) == ("new", "unchanged")
    assert store.db["articles"].count == 1 and store.db["quotes"].count == 1


def test_a_quote_in_two_articles_is_one_quote_with_two_sources(store):
    store.save_page(page("https://a.example/1", [(LEGITIMACY, "jeremy-corbyn")]))
    store.save_page(page("https://b.example/2", [(LEGITIMACY, "jeremy-corbyn")]))
    quote = next(store.db["quotes"].rows)
    assert quote["source_count"] == 2
    assert store.db["quote_sources"].count == 2


def test_near_duplicates_merge_truncation_and_changed_marks(store):
    store.save_page(page("https://a.example/1", [(BETRAY, "jeremy-corbyn")]))
    truncated = BETRAY[:90] + "…"
    store.save_page(page("https://b.example/2", [(truncated, "jeremy-corbyn")]))
    curly = BETRAY.replace("'", "’")
    store.save_page(page("https://c.example/3", [(curly, "jeremy-corbyn")]))
    assert store.db["quotes"].count == 1
    assert next(store.db["quotes"].rows)["source_count"] == 3


def test_the_same_words_from_two_speakers_are_two_quotes(store):
    store.save_page(page("https://a.example/1", [(LEGITIMACY, "jeremy-corbyn")]))
    store.save_page(page("https://b.example/2", [(LEGITIMACY, None)]))
    assert store.db["quotes"].count == 2


def test_an_edited_article_replaces_its_quotes(store):
    store.save_page(page("https://a.example/1", [(LEGITIMACY, "jeremy-corbyn")]))
    status = store.save_page(page("https://a.example/1", [(BETRAY, "jeremy-corbyn")], text_suffix=" Updated."))
    assert status == "updated"
    assert [q["text"] for q in store.db["quotes"].rows] == [BETRAY]


def test_seeding_the_contest_twice_changes_nothing(store, contest):
    before = (store.db["speakers"].count, store.db["speaker_aliases"].count, store.db["events"].count)
    Store.open(store.db.conn.execute("pragma database_list").fetchone()[2], contest)
    assert (store.db["speakers"].count, store.db["speaker_aliases"].count, store.db["events"].count) == before
    assert store.db["speakers"].get("jeremy-corbyn")["twitter"] == "jeremycorbyn"
    aliases = {r["alias"] for r in store.db["speaker_aliases"].rows_where("speaker_id = ?", ["jeremy-corbyn"])}
    assert {"Mr Corbyn", "@jeremycorbyn", "the Labour leader"} <= aliases


def test_errors_and_runs_are_recorded(store):
    run_id = store.start_run("test", "feed")
    store.record_error(run_id, "test", "https://a.example/broken", "extract", "empty body")
    store.finish_run(run_id, "finished", requests=3, items_new=1)
    assert store.db["crawl_runs"].get(run_id)["status"] == "finished"
    assert next(store.db["crawl_errors"].rows)["reason"] == "empty body"


def test_raw_responses_are_kept_once_and_read_back(store):
    raw_id, new = store.save_raw(url="https://a.example/1", body=b"<html>x</html>", source="t")
    again, new_again = store.save_raw(url="https://a.example/1", body=b"<html>x</html>", source="t")
    assert (raw_id, new, new_again) == (again, True, False)
    assert next(store.iter_raw())["body"] == b"<html>x</html>"


def test_first_seen_is_the_earliest_source_whatever_the_crawl_order(store):
    store.save_page(page("https://late.example/1", [(LEGITIMACY, "jeremy-corbyn")], day=dt.date(2016, 6, 30)))
    store.save_page(page("https://early.example/1", [(LEGITIMACY, "jeremy-corbyn")], day=dt.date(2016, 6, 28)))
    store.save_page(page("https://later.example/1", [(LEGITIMACY, "jeremy-corbyn")], day=dt.date(2016, 7, 2)))
    quote = next(store.db["quotes"].rows)
    assert (quote["first_seen"], quote["first_url"], quote["source_count"]) == (
        "2016-06-28", "https://early.example/1", 3)
