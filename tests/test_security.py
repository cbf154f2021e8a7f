"""Security (issue 7): hostile scraped text is inert in Datasette, queries are bounded, secrets stay secret.

The browser tests drive Debian's /usr/bin/chromium through Playwright (never
``playwright install``) and skip when either is missing; each saves a
screenshot to tests/screenshots/. The /timeline page has its own XSS test.
"""
from __future__ import annotations

import os
import re
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import httpx
import pytest

from contest_tracker.publish import SETTINGS, datasette_command
from tests.conftest import ROOT, free_port

CHROMIUM = "/usr/bin/chromium"
SCREENSHOTS = ROOT / "tests" / "screenshots"
MARK = "xss-fired"
# Each payload, if it ever ran, would set window.__xss, open a dialog or navigate.
PAYLOADS = [
    f"<script>window.__xss='{MARK}';alert('{MARK}')</script>",
    f"<img src=x onerror=\"window.__xss='{MARK}';alert(1)\">",
    f"<svg onload=\"window.__xss='{MARK}'\"></svg>",
    f"\"><iframe src=\"javascript:window.parent.__xss='{MARK}'\"></iframe>",
    f"<a href=\"javascript:window.__xss='{MARK}'\" id=\"xsslink\">click</a>",
    f"</textarea></title><body onload=\"window.__xss='{MARK}'\">",
    "{{7*7}} ${7*7} <!-- --> <style>*{display:none}</style>",
]
EVIL = " ".join(PAYLOADS)
JS_URL = f"javascript:window.__xss='{MARK}'"


def build_hostile_db(path: Path) -> Path:
    """A contest database whose scraped fields are all attacks (fictional speaker, no real words)."""
    from contest_tracker.contest import load_contest
    from db.store import Store

    store = Store.open(path, load_contest())
    db = store.db
    with db.atomic():
        db["speakers"].insert({"id": "alex-example", "name": "Alex Example " + PAYLOADS[1], "kind": "person",
                               "in_config": 0, "candidate": 0, "twitter": "alex_example"}, pk="id")
        db["articles"].insert({"id": "a1", "url": JS_URL, "canonical_url": JS_URL, "outlet": PAYLOADS[2],
                               "title": "Labour leadership " + PAYLOADS[0], "byline": PAYLOADS[3],
                               "text": "Hustings report. " + EVIL, "description": PAYLOADS[5],
                               "published_date": "2016-08-04", "relevant": 1, "word_count": 10}, pk="id")
        db["quotes"].insert({"id": "q1", "text": "Fictional words " + EVIL, "speaker_id": "alex-example",
                             "kind": "direct", "first_seen": "2016-08-04", "first_url": JS_URL,
                             "source_count": 1, "normalized": "fictional words"}, pk="id")
        db["quote_sources"].insert({"id": "qs1", "quote_id": "q1", "article_id": "a1", "url": JS_URL,
                                    "context": EVIL, "published": "2016-08-04", "quote_text": EVIL,
                                    "cue": PAYLOADS[4], "speaker_mention": PAYLOADS[1]}, pk="id")
        db["tweets"].insert({"id": "100000000000000009", "handle": "alex_example", "display_name": PAYLOADS[2],
                             "speaker_id": "alex-example", "created_at": "2016-08-04T19:00:00+00:00",
                             "text": "Labour leadership hustings " + EVIL, "url": JS_URL, "available": 1}, pk="id")
    db.close()
    return path


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """The hostile database served by ``datasette serve`` exactly as ``contest-tracker serve`` runs it."""
    db_path = build_hostile_db(tmp_path_factory.mktemp("xss") / "contest.db")
    with sqlite3.connect(db_path) as conn:
        conn.execute("pragma wal_checkpoint(TRUNCATE)")
    port = free_port()
    proc = subprocess.Popen(datasette_command(db_path, port), cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            try:
                if httpx.get(base + "/-/versions.json", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        yield base
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(10)


PAGES = ["/contest/quotes", "/contest/quotes/q1", "/contest/articles", "/contest/articles/a1",
         "/contest/tweets", "/contest/tweets/100000000000000009", "/contest/quote_sources",
         "/contest/quote_sources/qs1", "/contest/speakers/alex-example", "/contest/quotes?_search=fictional",
         "/contest/articles?_search=hustings"]


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is absent")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"])
        yield chromium
        chromium.close()


@pytest.mark.browser
@pytest.mark.parametrize("path", PAGES)
def test_hostile_text_is_inert_in_datasette_pages(served, browser, path):
    page = browser.new_page()
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    response = page.goto(served + path, wait_until="load")
    assert response.status == 200
    page.wait_for_timeout(300)  # give any onerror/onload handler its chance
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / ("security" + re.sub(r"[^a-z0-9]+", "_", path.lower()) + ".png")),
                    full_page=False)
    assert dialogs == []
    assert page.evaluate("window.__xss") is None
    assert page.url.startswith(served)  # nothing navigated away
    # the payloads show as text, never as live elements or attributes
    live = page.evaluate("""mark => [...document.querySelectorAll('*')].filter(e =>
        (e.tagName == 'SCRIPT' && e.textContent.includes(mark)) ||
        (e.tagName == 'STYLE' && e.textContent.includes('*{display')) ||
        [...e.attributes].some(a => a.value.includes(mark) &&
            (a.name.startsWith('on') || a.name == 'src' || a.value.trim().toLowerCase().startsWith('javascript:'))))
        .map(e => e.outerHTML.slice(0, 200))""", MARK)
    assert live == []
    assert page.evaluate("""() => [...document.querySelectorAll('a[href]')]
        .filter(a => a.href.trim().toLowerCase().startsWith('javascript:')).length""") == 0
    assert MARK in page.inner_text("body") or path.endswith(("_search=fictional", "_search=hustings", "/speakers/alex-example"))
    page.close()


def test_runaway_query_is_stopped_by_the_time_limit(served):
    sql = "with recursive c(x) as (select 1 union all select x + 1 from c) select count(*) from c"
    started = time.monotonic()
    response = httpx.get(served + "/contest.json", params={"sql": sql}, timeout=30)
    elapsed = time.monotonic() - started
    assert response.status_code == 400
    assert "took too long" in response.text
    assert elapsed < SETTINGS["sql_time_limit_ms"] / 1000 + 5


def test_datasette_refuses_writes(served):
    response = httpx.get(served + "/contest.json", params={"sql": "delete from quotes"}, timeout=10)
    assert response.status_code == 400
    assert httpx.get(served + "/contest/quotes.json", params={"_shape": "array"}).json()[0]["id"] == "q1"


# --- secrets: API keys come from the environment and are never stored or logged -----------------

SENTINEL_GUARDIAN = "sentinel-guardian-key-5b0c9e"
SENTINEL_X = "sentinel-x-bearer-token-8d14f2"


def test_api_keys_never_reach_the_database_logs_or_cache(tmp_path):
    fakes = pytest.importorskip("tests.fakes")
    guardian = pytest.importorskip("tests.fakes.guardian_server")
    x_api = pytest.importorskip("tests.fakes.x_api_server")
    with guardian.GuardianAPI(key=SENTINEL_GUARDIAN) as g, x_api.FakeXApi(SENTINEL_X) as x:
        contest = fakes.write_contest(tmp_path / "c.toml", [
            {"name": "guardian-politics", "kind": "guardian", "url": g.url, "tag": "politics/labour",
             "q": "Corbyn", "page_size": 2},
            {"name": "x-test", "kind": "x-api", "url": x.url},
        ])
        db_path = tmp_path / "secrets.db"
        result = fakes.crawl(contest, db_path, "-s", "LOG_LEVEL=DEBUG", "-s", "HTTPCACHE_ENABLED=True",
                             env={"GUARDIAN_API_KEY": SENTINEL_GUARDIAN, "X_BEARER_TOKEN": SENTINEL_X}, timeout=120)
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("select count(*) from articles").fetchone()[0] > 0  # the keys did work
        assert conn.execute("select count(*) from tweets").fetchone()[0] > 0
    log = result.stdout + result.stderr
    files = [p for p in tmp_path.rglob("*") if p.is_file() and p.name != "c.toml"]
    assert any(p.name.startswith("secrets.db") for p in files)
    for secret in (SENTINEL_GUARDIAN, SENTINEL_X):
        assert secret not in log
        for path in files:  # the database, its WAL, the HTTP cache (request records included)
            assert secret.encode() not in path.read_bytes(), f"{secret} found in {path}"
