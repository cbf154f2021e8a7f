"""The /timeline page in a real browser: a Datasette server on 127.0.0.1, driven through Chromium.

Each test saves a screenshot to tests/screenshots/<test name>.png.
"""
from __future__ import annotations

import re
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from contest_tracker.publish import checkpoint, datasette_command
from timeline_fixtures import PAYLOAD_SCRIPT, build_contest_db

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
SCREENSHOTS = Path(__file__).parent / "screenshots"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Chromium is not installed at /usr/bin/chromium"),
]
sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """Datasette serving a few-hundred-item demo database, as `contest-tracker serve` would."""
    db_path = build_contest_db(tmp_path_factory.mktemp("timeline") / "demo.db", filler=300)
    checkpoint(db_path)
    port = free_port()
    process = subprocess.Popen(datasette_command(db_path, port), stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(url + "/timeline.json?limit=1", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                if process.poll() is not None:
                    pytest.fail("Datasette exited: " + process.stderr.read().decode(errors="replace")[-2000:])
                if time.monotonic() > deadline:
                    pytest.fail("Datasette did not answer within 30 seconds")
                time.sleep(0.2)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, request):
    """A fresh page that records dialogs (an XSS alert would open one) and leaves a screenshot."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.dialogs = []

    def on_dialog(dialog):
        page.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    yield page
    SCREENSHOTS.mkdir(exist_ok=True)
    try:
        page.screenshot(path=str(SCREENSHOTS / f"{request.node.name}.png"))
    finally:
        context.close()


def day_dates(page) -> list[str]:
    return page.eval_on_selector_all("#days .day", "els => els.map(e => e.dataset.date)")


def item_attrs(page) -> list[dict]:
    return page.eval_on_selector_all(
        "#days .item", "els => els.map(e => ({kind: e.dataset.kind, speaker: e.dataset.speaker || null,"
        " text: e.textContent}))")


def wait_for_url_param(page, name, value):
    page.wait_for_function(
        "([n, v]) => new URLSearchParams(location.search).get(n) === v", arg=[name, value])


def wait_for_reload(page):
    page.wait_for_function("() => !document.getElementById('timeline').classList.contains('is-loading')")


def test_page_shows_days_in_order_quickly(server, page):
    page.goto(server + "/timeline")
    page.wait_for_selector("#days .day .item")
    first_day_ms = page.evaluate("performance.now()")
    timing = page.evaluate(
        "(() => { const n = performance.getEntriesByType('navigation')[0];"
        " return {dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd}; })()")
    print(f"first day rendered by {first_day_ms:.0f} ms; DOMContentLoaded {timing['dcl']:.0f} ms")
    dates = day_dates(page)
    assert len(dates) > 3
    assert dates == sorted(dates)
    assert dates[0] == "2016-06-25"
    assert page.locator("h1").inner_text() == "Timeline"
    # A sanity bound, not a benchmark: the first screen is there well within a few seconds.
    assert timing["dcl"] < 5000


def test_scrolling_loads_later_days(server, page):
    page.goto(server + "/timeline")
    page.wait_for_selector("#days .day")
    before = page.locator("#days .item").count()
    last_day = day_dates(page)[-1]
    page.mouse.wheel(0, 100_000)
    page.wait_for_function(f"document.querySelectorAll('#days .item').length > {before}")
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    dates = day_dates(page)
    assert dates == sorted(dates)
    assert len(dates) == len(set(dates)), "a day split across pages must stay one section"
    assert dates[-1] > last_day


def test_filtering_by_speaker_and_kind_narrows_items(server, page):
    page.goto(server + "/timeline")
    page.wait_for_selector("#days .item")
    page.select_option("select[name=speaker]", "jeremy-corbyn")
    wait_for_url_param(page, "speaker", "jeremy-corbyn")
    wait_for_reload(page)
    items = item_attrs(page)
    assert items
    assert all(i["speaker"] == "jeremy-corbyn" or i["kind"] == "event" for i in items)
    assert {"quote", "event"} <= {i["kind"] for i in items}
    page.select_option("select[name=kind]", "quote")
    wait_for_url_param(page, "kind", "quote")
    wait_for_reload(page)
    quotes = item_attrs(page)
    assert 0 < len(quotes) < len(items)
    assert {(i["kind"], i["speaker"]) for i in quotes} == {("quote", "jeremy-corbyn")}
    page.evaluate("window.scrollTo(0, 0)")


def test_search_finds_quotes_through_full_text_index(server, page):
    page.goto(server + "/timeline")
    page.wait_for_selector("#days .item")
    page.fill("input[name=q]", "legitimacy")
    wait_for_url_param(page, "q", "legitimacy")
    wait_for_reload(page)
    page.wait_for_function("document.querySelectorAll('#days .item').length === 1")
    item = item_attrs(page)[0]
    assert "Today's vote by MPs has no constitutional legitimacy." in item["text"]
    assert item["speaker"] == "jeremy-corbyn"
    assert day_dates(page) == ["2016-06-28"]


def test_chart_draws_one_series_per_candidate(server, page):
    page.goto(server + "/timeline")
    series = page.eval_on_selector_all("svg.chart-svg g.series", "els => els.map(e => e.dataset.speaker)")
    assert sorted(series) == ["jeremy-corbyn", "owen-smith"]
    bars = page.eval_on_selector_all("svg.chart-svg g.series", "els => els.map(e => e.querySelectorAll('rect').length)")
    assert all(n > 0 for n in bars), "each candidate has bars on the days they were quoted"
    legend = page.locator(".legend li").all_inner_texts()
    assert any("Jeremy Corbyn" in text for text in legend)
    assert any("Owen Smith" in text for text in legend)
    SCREENSHOTS.mkdir(exist_ok=True)
    page.locator(".chart").screenshot(path=str(SCREENSHOTS / "chart.png"))


def test_chart_redraws_for_a_search(server, page):
    page.goto(server + "/timeline")
    page.wait_for_selector("#days .item")
    totals = page.eval_on_selector_all(".legend li .n", "els => els.map(e => Number(e.textContent))")
    assert page.is_hidden("#chart-filtered")
    page.fill("input[name=q]", "legitimacy")
    wait_for_url_param(page, "q", "legitimacy")
    wait_for_reload(page)
    page.wait_for_function("document.querySelector('.legend li .n').textContent === '1'")
    assert page.eval_on_selector_all(".legend li .n", "els => els.map(e => Number(e.textContent))") == [1, 0]
    assert totals[0] > 1, "the unfiltered chart counted more"
    bars = page.eval_on_selector_all("svg.chart-svg g.series", "els => els.map(e => e.querySelectorAll('rect').length)")
    assert bars == [1, 0]
    assert page.is_visible("#chart-filtered")


def test_deep_link_opens_on_a_date(server, page):
    page.goto(server + "/timeline?date=2016-08-25")
    page.wait_for_selector("#days .day")
    assert day_dates(page)[0] == "2016-08-25"
    assert page.input_value("select[name=date]") == "2016-08-25"
    top = page.evaluate("document.getElementById('day-2016-08-25').getBoundingClientRect().top")
    assert abs(top) < 50, "the page scrolls to the day"
    # Earlier days load above, without losing the place.
    page.click("#earlier")
    page.wait_for_function("document.querySelector('#days .day').dataset.date < '2016-08-25'")
    dates = day_dates(page)
    assert dates == sorted(dates) and "2016-08-25" in dates
    page.evaluate("document.getElementById('day-2016-08-25').scrollIntoView()")


def test_deep_link_presets_the_filters(server, page):
    page.goto(server + "/timeline?speaker=jeremy-corbyn&kind=quote&q=ballot")
    page.wait_for_selector("#days .item")
    assert page.input_value("select[name=speaker]") == "jeremy-corbyn"
    assert page.input_value("select[name=kind]") == "quote"
    assert page.input_value("input[name=q]") == "ballot"
    items = item_attrs(page)
    assert len(items) == 1 and "I'm on the ballot paper!" in items[0]["text"]
    history_length = page.evaluate("history.length")
    # Changing a control rewrites the URL in place (history.replaceState), keeping the rest.
    page.select_option("select[name=kind]", "")
    page.wait_for_function("!new URLSearchParams(location.search).has('kind')")
    assert re.search(r"speaker=jeremy-corbyn", page.url) and "q=ballot" in page.url
    assert page.evaluate("history.length") == history_length


@pytest.mark.parametrize("how", ["server", "script"])
def test_payloads_are_shown_as_text_and_never_run(server, page, how):
    if how == "server":
        page.goto(server + "/timeline?date=2016-08-25")
    else:
        # Rendered by the script from /timeline.json.
        page.goto(server + "/timeline")
        page.wait_for_selector("#days .item")
        page.select_option("select[name=speaker]", "test-payload")
        wait_for_url_param(page, "speaker", "test-payload")
        wait_for_reload(page)
    page.wait_for_selector("#day-2016-08-25 .item")
    page.wait_for_timeout(300)  # let any injected handler (img onerror) fire, if one existed
    assert page.evaluate("window.__xss") is None
    assert page.dialogs == []
    texts = page.eval_on_selector_all("#days .item blockquote", "els => els.map(e => e.textContent)")
    assert any(PAYLOAD_SCRIPT in text for text in texts), "the payload is shown, as text"
    assert page.locator("#days img, #days script, #days b").count() == 0
    assert page.locator("a[href^='javascript:' i]").count() == 0
    unsafe = page.locator("#days .source.unsafe").all_inner_texts()
    assert "javascript:window.__xss=1" in unsafe
    # Clicking the text a link would have been does nothing either.
    page.locator("#days .source.unsafe").first.click()
    assert page.evaluate("window.__xss") is None
    page.evaluate("document.getElementById('day-2016-08-25').scrollIntoView()")
