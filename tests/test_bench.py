"""``contest-tracker bench`` smoke test: a tiny run prints every figure as a number (issue 7).

The real figures come from long runs recorded in BENCHMARKS.md; nothing here is timed.
"""
from __future__ import annotations

import json

from tests.conftest import run_cli

KEYS = ["articles", "articles_per_s", "extract_only_per_s", "peak_rss_mb", "db_mb", "first_run_s", "rerun_s",
        "fts_p50_ms", "fts_p95_ms", "scrapy_bench_pages_per_s"]


def test_bench_json_has_every_figure():
    result = run_cli("bench", "--articles", "30", "--scrapy-seconds", "2", "--json", timeout=240)
    figures = json.loads(result.stdout)
    for key in KEYS:
        assert isinstance(figures[key], (int, float)) and not isinstance(figures[key], bool), key
    assert figures["articles"] == 30
    assert figures["stored"] == 30 and figures["crawl_errors"] == 0
    assert figures["rerun_items_new"] == 0 and figures["rerun_items_updated"] == 0  # the rerun is incremental


def test_bench_quotes_builds_and_searches(tmp_path):
    result = run_cli("bench", "--quotes", "2000", "--json", "--keep", str(tmp_path), timeout=120)
    figures = json.loads(result.stdout)
    assert figures["quotes"] == 2000
    assert figures["fts_matches_median"] > 0
    assert figures["fts_p95_ms"] >= figures["fts_p50_ms"] > 0


def test_synthetic_pages_quote_only_fictional_people():
    import random

    from contest_tracker.bench import FICTIONAL_PEOPLE, article_page
    from contest_tracker.contest import load_contest

    real = [p.name for p in load_contest().people]
    page = article_page(0, random.Random(1))
    assert 50_000 <= len(page.encode()) <= 150_000
    assert not [name for name in real if name in page]
    assert FICTIONAL_PEOPLE[0][1] in page
