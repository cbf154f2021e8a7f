"""Merging node databases: everything once, however often and in whatever order."""
from __future__ import annotations

import sqlite3
import subprocess

import pytest

from contest_tracker.contest import load_contest
from db.merge import MergeError, merge
from db.normalise import normalise_page
from db.store import Store
from tests.fakes import BIN
from tests.fakes.news_site import ARTICLES, LATER_ARTICLES, article_page

CONTEST = load_contest("labour-2016")

SUMMARY = {
    "articles": "select count(*) from articles",
    "quotes": "select count(*) from quotes",
    "quote_sources": "select count(*) from quote_sources",
    "quote_counts": "select group_concat(source_count, ',') from (select source_count from quotes order by id)",
    "events": "select count(*) from events",
    "event_counts": "select group_concat(source_count, ',') from (select source_count from events order by id)",
    "captures": "select count(*) from captures",
    "capture_counts": "select group_concat(capture_count, ',') from (select capture_count from articles order by id)",
    "raw": "select count(*) from raw_responses",
    "runs": "select count(*) from crawl_runs",
    "fts": "select count(*) from articles_fts",
}


def summary(path) -> dict:
    with sqlite3.connect(path) as conn:
        assert conn.execute("pragma integrity_check").fetchone() == ("ok",)
        return {name: conn.execute(sql).fetchone()[0] for name, sql in SUMMARY.items()}


def store_pages(store: Store, source: str, pages: list[tuple[str, str, dict]], started: str) -> None:
    """What a crawl of ``source`` would store: a run, raw responses and normalised pages."""
    run_id = store.start_run(source, "site")
    store.db["crawl_runs"].update(run_id, {"started": started})
    for url, fetched_at, article in pages:
        body = article_page(article).encode()
        raw_id, _ = store.save_raw(url=url, body=body, source=source, fetched_at=fetched_at, run_id=run_id)
        page = normalise_page(url, body, CONTEST)
        store.save_page(page, source=source, run_id=run_id, raw_id=raw_id, fetched_at=fetched_at)
    store.finish_run(run_id, "finished", requests=len(pages))
    store.record_error(run_id, source, url + "/missing", "fetch", "HTTP 404")


NODE_A = [("http://a.example/foster", "2026-01-01T00:00:00+00:00", ARTICLES["foster-challenge"]),
          ("http://a.example/nec", "2026-01-01T00:01:00+00:00", ARTICLES["nec-ballot"])]
NODE_B = [("http://b.example/foster", "2026-01-02T00:00:00+00:00", ARTICLES["foster-challenge"]),
          ("http://b.example/smith", "2026-01-02T00:01:00+00:00", ARTICLES["smith-bid"]),
          ("http://b.example/glasgow", "2026-01-02T00:02:00+00:00", LATER_ARTICLES["glasgow-hustings"])]


@pytest.fixture(scope="module")
def nodes(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("merge")
    a, b, single = tmp / "a.db", tmp / "b.db", tmp / "single.db"
    store_pages(Store.open(a, CONTEST), "node-a", NODE_A, "2026-01-01T00:00:00+00:00")
    store_pages(Store.open(b, CONTEST), "node-b", NODE_B, "2026-01-02T00:00:00+00:00")
    one = Store.open(single, CONTEST)
    store_pages(one, "node-a", NODE_A, "2026-01-01T00:00:00+00:00")
    store_pages(one, "node-b", NODE_B, "2026-01-02T00:00:00+00:00")
    return {"a": a, "b": b, "single": single, "tmp": tmp}


def test_merge_equals_one_database_that_crawled_both(nodes):
    out = nodes["tmp"] / "ab.db"
    merge([nodes["a"], nodes["b"]], out, CONTEST)
    assert summary(out) == summary(nodes["single"])


def test_merge_in_the_other_order_gives_the_same(nodes):
    ab, ba = nodes["tmp"] / "ab2.db", nodes["tmp"] / "ba.db"
    merge([nodes["a"], nodes["b"]], ab, CONTEST)
    merge([nodes["b"], nodes["a"]], ba, CONTEST)
    assert summary(ab) == summary(ba)


def test_merging_twice_adds_nothing(nodes):
    out = nodes["tmp"] / "twice.db"
    merge([nodes["a"], nodes["b"]], out, CONTEST)
    before = summary(out)
    added = merge([nodes["a"], nodes["b"], nodes["a"]], out, CONTEST)
    assert summary(out) == before
    assert set(added.values()) == {0}


def test_merge_keeps_an_article_found_by_both_nodes_once(nodes):
    out = nodes["tmp"] / "once.db"
    merge([nodes["a"], nodes["b"]], out, CONTEST)
    with sqlite3.connect(out) as conn:
        (captures,), = conn.execute("select capture_count from articles where canonical_url like '%labour-donor%'")
        (sources,), = conn.execute("select source_count from quotes where text like 'This legal challenge%'")
        errors = conn.execute("select count(*) from crawl_errors").fetchone()[0]
    assert (captures, sources, errors) == (2, 1, 2)


def test_merge_refuses_the_output_as_an_input(nodes):
    with pytest.raises(MergeError, match="is the output database"):
        merge([nodes["a"]], nodes["a"], CONTEST)


def test_merge_refuses_a_missing_database(nodes, tmp_path):
    with pytest.raises(MergeError, match="No database at"):
        merge([tmp_path / "nope.db"], tmp_path / "out.db", CONTEST)


def test_cli_merge(nodes):
    out = nodes["tmp"] / "cli.db"
    result = subprocess.run([str(BIN), "merge", str(nodes["a"]), str(nodes["b"]), "--into", str(out)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "Merged 2 databases into" in result.stdout
    assert summary(out) == summary(nodes["single"])


def test_cli_merge_reports_a_missing_database(tmp_path):
    result = subprocess.run([str(BIN), "merge", str(tmp_path / "nope.db"), "--into", str(tmp_path / "o.db")],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert f"Error: No database at {tmp_path / 'nope.db'}" in result.stderr
